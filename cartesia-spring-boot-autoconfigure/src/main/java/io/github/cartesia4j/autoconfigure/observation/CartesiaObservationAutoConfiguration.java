package io.github.cartesia4j.autoconfigure.observation;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

import io.github.cartesia4j.observation.CartesiaObservationConvention;
import io.github.cartesia4j.observation.ObservationCallDecorator;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@code cartesia.client.requests}
 * observations of every Cartesia call, with the convention taken from a
 * {@link CartesiaObservationConvention} bean when there is one.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@AutoConfiguration(
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
public final class CartesiaObservationAutoConfiguration {

	@Bean
	@Order(100)
	@ConditionalOnMissingBean
	ObservationCallDecorator cartesiaObservationCallDecorator(ObservationRegistry observationRegistry,
			ObjectProvider<CartesiaObservationConvention> convention) {
		return new ObservationCallDecorator(observationRegistry, convention.getIfAvailable());
	}

}
