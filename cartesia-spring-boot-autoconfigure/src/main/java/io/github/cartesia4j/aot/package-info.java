/**
 * Ahead-of-time and native-image support for the Cartesia clients.
 */
@NullMarked
package io.github.cartesia4j.aot;

import org.jspecify.annotations.NullMarked;
