/**
 * Auto-configuration for Cartesia observations.
 */
@NullMarked
package io.github.cartesia4j.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
