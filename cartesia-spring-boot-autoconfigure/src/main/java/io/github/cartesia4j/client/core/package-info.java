/**
 * Shared transport, options, errors and JSON of the Cartesia clients.
 */
@NullMarked
package io.github.cartesia4j.client.core;

import org.jspecify.annotations.NullMarked;
