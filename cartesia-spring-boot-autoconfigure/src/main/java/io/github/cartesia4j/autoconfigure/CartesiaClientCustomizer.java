package io.github.cartesia4j.autoconfigure;

import io.github.cartesia4j.client.CartesiaClient;

/**
 * Callback to customize the {@link CartesiaClient.Builder} before the auto-configured client
 * is built.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@FunctionalInterface
public interface CartesiaClientCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder to customize
	 */
	void customize(CartesiaClient.Builder builder);

}
