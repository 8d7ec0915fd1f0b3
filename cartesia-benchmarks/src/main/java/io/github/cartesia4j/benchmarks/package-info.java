/**
 * Benchmarks of the Cartesia client against raw Reactor Netty on loopback, run through
 * {@code cartesia-benchmarks/run}.
 */
@NullMarked
package io.github.cartesia4j.benchmarks;

import org.jspecify.annotations.NullMarked;
