package io.github.cartesia4j.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Sample application that streams Cartesia speech over HTTP. Without a
 * {@code CARTESIA_API_KEY} it runs on the embedded Cartesia simulator.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
