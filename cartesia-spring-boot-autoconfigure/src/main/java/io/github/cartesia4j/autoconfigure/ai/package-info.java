/**
 * Auto-configuration for the Cartesia Spring AI audio models.
 */
@NullMarked
package io.github.cartesia4j.autoconfigure.ai;

import org.jspecify.annotations.NullMarked;
