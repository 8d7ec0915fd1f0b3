package io.github.cartesia4j.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code cartesia.api-key} has text; an empty value (for example an unset
 * {@code ${CARTESIA_API_KEY:}}) does not match.
 *
 * @author cartesia4j
 */
class OnApiKeyCondition extends SpringBootCondition {

	static final String PROPERTY = "cartesia.api-key";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty(PROPERTY))
				? ConditionOutcome.match(PROPERTY + " is set")
				: ConditionOutcome.noMatch(PROPERTY + " is not set");
	}

}
