package io.github.cartesia4j.benchmarks;

/**
 * One side of the WebSocket benchmark: a way to run many TTS contexts at once on one open
 * WebSocket connection to the {@link AudioServer}. Each context sends the same transcript
 * piece then ends its input, the messages of {@code TtsContext#send} and
 * {@code TtsContext#end}, and must receive {@value WebSocketAudio#CHUNKS} audio chunks then
 * its {@code done}.
 *
 * @author cartesia4j
 */
interface WebSocketSide extends AutoCloseable {

	/**
	 * Return the side's name in the results.
	 * @return the name
	 */
	String name();

	/**
	 * Start every context of a round from the calling thread, one after the other, noting
	 * {@link ContextRound#started(int)} just before calling into the client for each, and
	 * return without waiting for them.
	 * @param round receives what happens to each context
	 */
	void start(ContextRound round);

	/**
	 * Close the connection.
	 */
	@Override
	void close();

}
