/**
 * Resilience4j retries and circuit breakers for the Cartesia clients.
 */
@NullMarked
package io.github.cartesia4j.resilience;

import org.jspecify.annotations.NullMarked;
