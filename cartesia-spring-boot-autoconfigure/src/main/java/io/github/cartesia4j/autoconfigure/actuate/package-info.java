/**
 * Actuator integration for the Cartesia clients.
 */
@NullMarked
package io.github.cartesia4j.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
