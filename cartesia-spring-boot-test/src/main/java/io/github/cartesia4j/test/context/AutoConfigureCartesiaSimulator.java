package io.github.cartesia4j.test.context;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Runs a Spring test against a {@code CartesiaSimulator}: the simulator starts with the test's
 * application context, {@code cartesia.base-url} and {@code cartesia.api-key} point at it, and
 * the simulator is a bean, so a test can inject it to read the requests it received or to
 * script faults. It stops when the context closes.
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureCartesiaSimulator
 * class SpeechTests {
 *
 *     &#64;Autowired CartesiaSimulator simulator;
 *
 *     &#64;Autowired TtsClient tts;
 * }
 * </pre>
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = "cartesia.simulator.enabled=false")
public @interface AutoConfigureCartesiaSimulator {

	/**
	 * API key the simulator accepts and the application is given; empty lets the simulator
	 * accept any key and gives the application {@code simulator}.
	 * @return the API key
	 */
	String apiKey() default "";

	/**
	 * Pause between two streamed audio chunks, in milliseconds, to simulate real-time
	 * generation.
	 * @return the pause
	 */
	long chunkDelayMillis() default 0;

}
