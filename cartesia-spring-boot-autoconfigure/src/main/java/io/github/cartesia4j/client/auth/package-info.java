/**
 * Access tokens.
 */
@NullMarked
package io.github.cartesia4j.client.auth;

import org.jspecify.annotations.NullMarked;
