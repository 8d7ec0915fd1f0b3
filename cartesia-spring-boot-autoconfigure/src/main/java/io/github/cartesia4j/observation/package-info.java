/**
 * Micrometer observations of Cartesia client calls.
 */
@NullMarked
package io.github.cartesia4j.observation;

import org.jspecify.annotations.NullMarked;
