package io.github.cartesia4j.sample;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.github.cartesia4j.client.core.CartesiaException;

/**
 * Turns the errors of the sample's endpoints into JSON: 400 for a request the client
 * rejects before calling Cartesia, 502 when Cartesia fails.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@RestControllerAdvice
class ApiErrors {

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler(CartesiaException.class)
	ResponseEntity<Map<String, String>> upstreamError(CartesiaException ex) {
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Map.of("error", ex.getMessage()));
	}

}
