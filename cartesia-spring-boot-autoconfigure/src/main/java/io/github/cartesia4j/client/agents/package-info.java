/**
 * Voice agents: agents, calls, metrics and deployments.
 */
@NullMarked
package io.github.cartesia4j.client.agents;

import org.jspecify.annotations.NullMarked;
