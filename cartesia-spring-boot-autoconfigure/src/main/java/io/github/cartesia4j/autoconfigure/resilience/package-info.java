/**
 * Auto-configuration for Cartesia resilience.
 */
@NullMarked
package io.github.cartesia4j.autoconfigure.resilience;

import org.jspecify.annotations.NullMarked;
