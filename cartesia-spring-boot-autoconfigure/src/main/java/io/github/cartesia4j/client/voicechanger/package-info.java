/**
 * Voice changer.
 */
@NullMarked
package io.github.cartesia4j.client.voicechanger;

import org.jspecify.annotations.NullMarked;
