package io.github.cartesia4j.autoconfigure.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;

import io.github.cartesia4j.autoconfigure.CartesiaAutoConfiguration;
import io.github.cartesia4j.autoconfigure.CartesiaProperties;
import io.github.cartesia4j.client.status.ApiStatusClient;
import io.github.cartesia4j.health.CartesiaHealthIndicator;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the {@code cartesia} health
 * indicator, switched by {@code management.health.cartesia.enabled}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@AutoConfiguration(after = CartesiaAutoConfiguration.class)
@ConditionalOnClass({ AbstractReactiveHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(ApiStatusClient.class)
@ConditionalOnEnabledHealthIndicator("cartesia")
public final class CartesiaHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "cartesiaHealthIndicator", "cartesiaHealthContributor" })
	CartesiaHealthIndicator cartesiaHealthIndicator(ApiStatusClient apiStatusClient, CartesiaProperties properties) {
		return new CartesiaHealthIndicator(apiStatusClient, properties.getHealth().getTimeout());
	}

}
