/**
 * Netty buffer leak detection for test runs: paranoid detection that fails the run on a leak.
 */
@NullMarked
package io.github.cartesia4j.test.leak;

import org.jspecify.annotations.NullMarked;
