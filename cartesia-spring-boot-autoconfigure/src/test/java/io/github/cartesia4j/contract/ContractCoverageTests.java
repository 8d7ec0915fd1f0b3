package io.github.cartesia4j.contract;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;

import io.github.cartesia4j.client.CartesiaClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@link ContractCases} complete: every method of every resource client that sends a
 * request has a case, directly or through {@link ContractCases#SAME_REQUEST_AS}, and every
 * case names a real method.
 */
class ContractCoverageTests {

	/**
	 * Operations over WebSockets, which the OpenAPI documents do not describe (Cartesia's
	 * AsyncAPI documents do); their own tests cover the frames.
	 */
	private static final Set<String> WEBSOCKET_OPERATIONS = Set.of("tts.speak", "stt.stream",
			"stt.streamInputs", "stt.streamTurns", "stt.streamTurnInputs");

	@Test
	void everyClientOperationHasAContractCase() {
		Set<String> covered = ContractCases.all().map(ContractCase::operation).collect(Collectors.toSet());
		Set<String> missing = new TreeSet<>(operations());
		missing.removeAll(covered);
		missing.removeAll(ContractCases.SAME_REQUEST_AS.keySet());
		missing.removeAll(WEBSOCKET_OPERATIONS);
		assertThat(missing).as("client operations without a contract case").isEmpty();
	}

	@Test
	void everyContractCaseNamesAClientOperation() {
		Set<String> operations = operations();
		assertThat(ContractCases.all().map(ContractCase::operation)).as("contract cases")
			.allMatch(operations::contains);
		assertThat(ContractCases.SAME_REQUEST_AS).allSatisfy((convenience, operation) -> {
			assertThat(operations).contains(convenience, operation);
		});
	}

	@Test
	void caseNamesAreUnique() {
		assertThat(ContractCases.all().map(ContractCase::name)).doesNotHaveDuplicates();
	}

	/**
	 * Return {@code <accessor>.<method>} for every method returning a publisher of every
	 * resource client that {@link CartesiaClient} hands out.
	 */
	private static Set<String> operations() {
		Set<String> operations = new TreeSet<>();
		for (Method accessor : CartesiaClient.class.getMethods()) {
			Class<?> client = accessor.getReturnType();
			if (accessor.getParameterCount() != 0 || !client.isInterface()
					|| !client.getPackageName().startsWith("io.github.cartesia4j.client.")) {
				continue;
			}
			for (Method method : client.getMethods()) {
				boolean sends = Publisher.class.isAssignableFrom(method.getReturnType());
				if (sends && !Modifier.isStatic(method.getModifiers())) {
					operations.add(accessor.getName() + "." + method.getName());
				}
			}
		}
		assertThat(operations).as("operations found by reflection").contains("apiStatus.get", "voices.clone");
		return operations;
	}

}
