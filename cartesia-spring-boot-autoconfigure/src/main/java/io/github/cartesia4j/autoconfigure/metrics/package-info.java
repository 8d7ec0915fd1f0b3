/**
 * Auto-configuration for Cartesia metrics.
 */
@NullMarked
package io.github.cartesia4j.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
