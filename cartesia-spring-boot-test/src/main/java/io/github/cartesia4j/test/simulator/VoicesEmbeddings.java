package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Synthetic voice embeddings: 192 numbers of unit length, derived deterministically from a
 * seed so that the same voice always has the same embedding.
 *
 * @author cartesia4j
 */
final class VoicesEmbeddings {

	static final int SIZE = 192;

	private VoicesEmbeddings() {
	}

	static double[] of(String seed) {
		return of(seed.getBytes(StandardCharsets.UTF_8));
	}

	static double[] of(byte[] seed) {
		SplittableRandom random = new SplittableRandom(Arrays.hashCode(seed) * 0x9E3779B97F4A7C15L);
		double[] embedding = new double[SIZE];
		for (int i = 0; i < SIZE; i++) {
			embedding[i] = random.nextDouble(-1, 1);
		}
		return normalized(embedding);
	}

	static double[] blend(double[] first, double[] second, double secondWeight) {
		double[] blended = new double[first.length];
		for (int i = 0; i < first.length; i++) {
			blended[i] = first[i] * (1 - secondWeight) + ((i < second.length) ? second[i] : 0) * secondWeight;
		}
		return normalized(blended);
	}

	static double[] normalized(double[] embedding) {
		double norm = 0;
		for (double value : embedding) {
			norm += value * value;
		}
		norm = Math.sqrt(norm);
		double[] result = new double[embedding.length];
		for (int i = 0; i < embedding.length; i++) {
			result[i] = (norm > 0) ? Math.round(embedding[i] / norm * 1e6) / 1e6 : 0;
		}
		return result;
	}

	static ArrayNode toJson(double[] embedding) {
		ArrayNode array = ResourceStore.array();
		for (double value : embedding) {
			array.add(value);
		}
		return array;
	}

	/**
	 * Read an embedding from a request.
	 * @param node the JSON value
	 * @param field the field name used in errors
	 * @return the numbers
	 */
	static double[] read(JsonNode node, String field) {
		if (node == null || !node.isArray() || node.isEmpty()) {
			throw SimulatorErrors.badRequest(field + " is required: an array of numbers");
		}
		double[] embedding = new double[node.size()];
		for (int i = 0; i < embedding.length; i++) {
			JsonNode value = node.get(i);
			if (!value.isNumber()) {
				throw SimulatorErrors.badRequest(field + " must be an array of numbers");
			}
			embedding[i] = value.doubleValue();
		}
		return embedding;
	}

	static double[] stored(JsonNode voice) {
		JsonNode embedding = voice.get("embedding");
		if (embedding != null && embedding.isArray() && !embedding.isEmpty()) {
			return read(embedding, "embedding");
		}
		return of(voice.get("id").asString());
	}

}
