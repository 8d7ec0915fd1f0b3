/**
 * Fine-tunes.
 */
@NullMarked
package io.github.cartesia4j.client.finetunes;

import org.jspecify.annotations.NullMarked;
