/**
 * Datasets and their files.
 */
@NullMarked
package io.github.cartesia4j.client.datasets;

import org.jspecify.annotations.NullMarked;
