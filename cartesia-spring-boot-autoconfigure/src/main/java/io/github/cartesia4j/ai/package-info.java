/**
 * Spring AI audio models on the Cartesia clients: text-to-speech and batch transcription.
 */
@NullMarked
package io.github.cartesia4j.ai;

import org.jspecify.annotations.NullMarked;
