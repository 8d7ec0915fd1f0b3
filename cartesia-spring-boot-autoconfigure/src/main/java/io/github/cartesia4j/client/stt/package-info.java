/**
 * Speech-to-text.
 */
@NullMarked
package io.github.cartesia4j.client.stt;

import org.jspecify.annotations.NullMarked;
