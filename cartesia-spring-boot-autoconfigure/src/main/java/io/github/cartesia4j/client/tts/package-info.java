/**
 * Text-to-speech over HTTP (bytes and Server-Sent Events) and over a multiplexed WebSocket.
 */
@NullMarked
package io.github.cartesia4j.client.tts;

import org.jspecify.annotations.NullMarked;
