package io.github.cartesia4j.client.agents;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * A new metric for {@code POST /agents/metrics}.
 *
 * @param name the unique name: lower-case letters, digits, {@code _}, {@code -} and {@code .}
 * @param prompt the prompt detailing the task and the evaluation criteria
 * @param displayName the display name, or {@code null} for none
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricCreateRequest(@JsonProperty("name") String name, @JsonProperty("prompt") String prompt,
		@JsonProperty("display_name") @Nullable String displayName) {

	private static final Pattern NAME = Pattern.compile("[a-z0-9_.\\-]+");

	public MetricCreateRequest {
		Arguments.requireText(name, "name");
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"'name' may only contain lower-case letters, digits, '_', '-' and '.', got '" + name + "'");
		}
		Arguments.requireText(prompt, "prompt");
	}

	/**
	 * A metric without a display name.
	 * @param name the unique name
	 * @param prompt the prompt
	 * @return the request
	 */
	public static MetricCreateRequest of(String name, String prompt) {
		return new MetricCreateRequest(name, prompt, null);
	}

	/**
	 * Return the same request with a display name.
	 * @param displayName the display name
	 * @return the request
	 */
	public MetricCreateRequest withDisplayName(@Nullable String displayName) {
		return new MetricCreateRequest(this.name, this.prompt, displayName);
	}

}
