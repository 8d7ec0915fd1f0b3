/**
 * Voices: list, clone, localize, update and delete.
 */
@NullMarked
package io.github.cartesia4j.client.voices;

import org.jspecify.annotations.NullMarked;
