/**
 * Pronunciation dictionaries.
 */
@NullMarked
package io.github.cartesia4j.client.pronunciationdicts;

import org.jspecify.annotations.NullMarked;
