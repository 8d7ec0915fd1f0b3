/**
 * Sample application for the Cartesia starter.
 */
@NullMarked
package io.github.cartesia4j.sample;

import org.jspecify.annotations.NullMarked;
