package io.github.cartesia4j.autoconfigure;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Explains a missing Cartesia client bean by the missing {@code cartesia.api-key}.
 *
 * @author cartesia4j
 */
class MissingApiKeyFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	private final Environment environment;

	MissingApiKeyFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		Class<?> type = cause.getBeanType();
		if (type == null || !type.getName().startsWith("io.github.cartesia4j.")
				|| StringUtils.hasText(this.environment.getProperty(OnApiKeyCondition.PROPERTY))) {
			return null;
		}
		return new FailureAnalysis("A component needs a " + type.getSimpleName()
				+ " bean, but no Cartesia client was created because '" + OnApiKeyCondition.PROPERTY
				+ "' is not set.", "Set the '" + OnApiKeyCondition.PROPERTY
						+ "' property, for example 'cartesia.api-key=${CARTESIA_API_KEY}' in application.yaml with"
						+ " the CARTESIA_API_KEY environment variable exported.",
				cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
