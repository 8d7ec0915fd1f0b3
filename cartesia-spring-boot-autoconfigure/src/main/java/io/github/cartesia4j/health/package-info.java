/**
 * Actuator health indicator for the Cartesia API.
 */
@NullMarked
package io.github.cartesia4j.health;

import org.jspecify.annotations.NullMarked;
