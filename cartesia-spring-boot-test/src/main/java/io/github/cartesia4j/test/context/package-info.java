/**
 * Spring test support: run application tests against the Cartesia simulator.
 */
@NullMarked
package io.github.cartesia4j.test.context;

import org.jspecify.annotations.NullMarked;
