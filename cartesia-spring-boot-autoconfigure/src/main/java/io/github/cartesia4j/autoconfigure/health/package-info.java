/**
 * Auto-configuration for the Cartesia health indicator.
 */
@NullMarked
package io.github.cartesia4j.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
