/**
 * API status.
 */
@NullMarked
package io.github.cartesia4j.client.status;

import org.jspecify.annotations.NullMarked;
