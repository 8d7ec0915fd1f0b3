/**
 * Entry point of the Cartesia API clients.
 */
@NullMarked
package io.github.cartesia4j.client;

import org.jspecify.annotations.NullMarked;
