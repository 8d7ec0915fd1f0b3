/**
 * Auto-configuration for the Cartesia clients.
 */
@NullMarked
package io.github.cartesia4j.autoconfigure;

import org.jspecify.annotations.NullMarked;
