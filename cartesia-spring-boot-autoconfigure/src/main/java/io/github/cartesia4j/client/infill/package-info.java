/**
 * Infill: speech between two audio clips.
 */
@NullMarked
package io.github.cartesia4j.client.infill;

import org.jspecify.annotations.NullMarked;
