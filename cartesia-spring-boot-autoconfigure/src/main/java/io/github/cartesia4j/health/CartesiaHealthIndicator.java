package io.github.cartesia4j.health;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.client.status.ApiStatusClient;

/**
 * Reports the Cartesia API as UP when {@code GET /} answers {@code ok} within a short timeout,
 * with the API version as a detail. The call is not retried. Adding this indicator to a
 * readiness group takes instances out of service during a Cartesia outage.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaHealthIndicator extends AbstractReactiveHealthIndicator {

	private final ApiStatusClient apiStatus;

	public CartesiaHealthIndicator(ApiStatusClient apiStatus, Duration timeout) {
		super("Cartesia health check failed");
		this.apiStatus = apiStatus.withOptions(RequestOptions.builder().timeout(timeout).maxRetries(0).build());
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		return this.apiStatus.get().map((status) -> {
			builder.withDetail("version", (status.version() != null) ? status.version() : "unknown");
			return (status.ok() ? builder.up() : builder.down()).build();
		});
	}

}
