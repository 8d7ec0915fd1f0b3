/**
 * Cartesia simulator: an in-process fake of the Cartesia HTTP API that answers with
 * synthetic audio, for tests, local development and benchmarks.
 */
@NullMarked
package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.NullMarked;
