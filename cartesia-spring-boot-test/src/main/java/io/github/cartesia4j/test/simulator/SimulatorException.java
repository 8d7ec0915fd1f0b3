package io.github.cartesia4j.test.simulator;

/**
 * An error the simulator answers with a JSON error body; build one with {@link SimulatorErrors}.
 *
 * @author cartesia4j
 */
final class SimulatorException extends RuntimeException {

	private final int status;

	private final String errorCode;

	private final String title;

	SimulatorException(int status, String errorCode, String title, String message) {
		super(message, null, false, false);
		this.status = status;
		this.errorCode = errorCode;
		this.title = title;
	}

	int status() {
		return this.status;
	}

	String errorCode() {
		return this.errorCode;
	}

	String title() {
		return this.title;
	}

}
