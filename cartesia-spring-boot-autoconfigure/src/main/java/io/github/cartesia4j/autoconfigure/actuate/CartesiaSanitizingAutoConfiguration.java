package io.github.cartesia4j.autoconfigure.actuate;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} that masks the Cartesia API key (and any
 * other {@code *api-key} value) in the Actuator {@code env} and {@code configprops}
 * endpoints, even when they are set to show values.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class CartesiaSanitizingAutoConfiguration {

	@Bean
	SanitizingFunction cartesiaApiKeySanitizingFunction() {
		return CartesiaSanitizingAutoConfiguration::sanitize;
	}

	static SanitizableData sanitize(SanitizableData data) {
		String key = data.getKey().toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
		return (key.endsWith("api-key") || key.endsWith("apikey")) ? data.withSanitizedValue() : data;
	}

}
