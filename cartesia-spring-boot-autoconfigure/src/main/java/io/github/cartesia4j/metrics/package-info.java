/**
 * Micrometer meters for the Cartesia clients.
 */
@NullMarked
package io.github.cartesia4j.metrics;

import org.jspecify.annotations.NullMarked;
