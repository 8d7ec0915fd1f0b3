package io.github.cartesia4j.client.agents;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code GET /agents/templates}: {@code {"templates": [...]}}.
 *
 * @param templates the templates
 * @author cartesia4j
 * @since 0.1.0
 */
record AgentTemplateList(@JsonProperty("templates") List<AgentTemplate> templates) {

	AgentTemplateList {
		templates = Immutables.list(templates);
	}

}
