package io.github.cartesia4j.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.reactivestreams.Publisher;

/**
 * One client operation checked against an OpenAPI document: the call, the document that
 * describes it and the deviations accepted for it.
 *
 * @param name the operation as {@code <CartesiaClient accessor>.<method>}, optionally
 * followed by a space and a variant, such as {@code voices.update (reset gender)}
 * @param document the document to validate against
 * @param call makes the call; fixtures it asks for are created before the call runs and are
 * not validated as part of it
 * @param deviations the accepted deviations
 * @author cartesia4j
 */
record ContractCase(String name, ApiDocument document, Function<ContractFixtures, Publisher<?>> call,
		List<Deviation> deviations) {

	ContractCase {
		deviations = List.copyOf(deviations);
	}

	/**
	 * An operation on the current ({@code 2025-11-04}) document.
	 * @param name the operation
	 * @param call makes the call
	 * @return the case
	 */
	static ContractCase of(String name, Function<ContractFixtures, Publisher<?>> call) {
		return new ContractCase(name, ApiDocument.CURRENT, call, List.of());
	}

	/**
	 * An operation the client sends on an older API version, checked against the
	 * multi-version document.
	 * @param name the operation
	 * @param call makes the call, with the older version set through {@code withOptions}
	 * @return the case
	 */
	static ContractCase legacy(String name, Function<ContractFixtures, Publisher<?>> call) {
		return new ContractCase(name, ApiDocument.MULTI_VERSION, call, List.of());
	}

	/**
	 * Return a copy that accepts one more deviation.
	 * @param key the validator's message key
	 * @param detail text the message must contain
	 * @param reason why it is accepted
	 * @return the copy
	 */
	ContractCase accepting(String key, String detail, String reason) {
		List<Deviation> more = new ArrayList<>(this.deviations);
		more.add(new Deviation(key, detail, reason));
		return new ContractCase(this.name, this.document, this.call, more);
	}

	/**
	 * Return the operation without its variant, such as {@code voices.update}.
	 * @return the operation
	 */
	String operation() {
		int space = this.name.indexOf(' ');
		return (space < 0) ? this.name : this.name.substring(0, space);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
