package io.github.cartesia4j.contract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;

import io.github.cartesia4j.test.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * {@link ContractValidator} on hand-made exchanges: what it must catch, and what it must let
 * through.
 */
class ContractValidatorTests {

	private static final String JSON = "application/json";

	private static final String BOUNDARY = "contract-boundary";

	private static final String FORM = "multipart/form-data; boundary=" + BOUNDARY;

	private static final String API_INFO = "{\"ok\":true,\"version\":\"2025-11-04\"}";

	private static final String VOICE = """
			{"id":"v1","is_owner":true,"is_public":false,"name":"Mine","description":"","gender":null,
			"created_at":"2025-08-13T12:00:00Z","language":"en","locales":[{"locale":"en-US","is_native":true}]}""";

	private static final String VOICE_METADATA = """
			{"id":"v1","user_id":"u1","is_public":false,"name":"Mine","description":"",
			"created_at":"2025-08-13T12:00:00Z","language":"en"}""";

	@Test
	void anExchangeThatMatchesTheDocumentHasNoProblems() {
		assertThat(problems(get("/"), response(200, JSON, API_INFO))).isEmpty();
	}

	@Test
	void unknownRequestFieldsAreReported() {
		assertThat(problems(post("/access-token", JSON, "{\"grants\":{\"tts\":true},\"scope\":\"all\"}"),
				response(200, JSON, "{\"token\":\"t\"}")))
			.singleElement(STRING)
			.contains("validation.request.body.schema.additionalProperties", "scope");
	}

	@Test
	void missingAndUnknownResponseFieldsAreReported() {
		assertThat(problems(get("/"), response(200, JSON, "{\"ok\":true,\"uptime\":3}")))
			.anySatisfy((problem) -> assertThat(problem).contains("response.body.schema.required", "version"))
			.anySatisfy((problem) -> assertThat(problem).contains("response.body.schema.additionalProperties",
					"uptime"));
	}

	@Test
	void theVersionHeaderMustBeOneTheDocumentLists() {
		RecordedRequest newer = request("GET", "/", null, null, new byte[0], "2026-08-14", true);
		assertThat(problems(newer, response(200, JSON, API_INFO))).singleElement(STRING)
			.contains("validation.request.parameter.schema.enum", "2026-08-14");
	}

	@Test
	void bearerAuthenticationIsRequired() {
		RecordedRequest apiKeyHeader = request("GET", "/voices", null, null, new byte[0], "2025-11-04", false);
		assertThat(problems(apiKeyHeader, response(200, JSON, "{\"data\":[],\"has_more\":false}")))
			.singleElement(STRING)
			.contains("validation.request.security.missing");
	}

	@Test
	void trailingSlashesCount() {
		assertThat(problems(get("/datasets"), response(200, JSON, "{\"data\":[],\"has_more\":false}")))
			.singleElement(STRING)
			.contains("validation.request.path.missing", "/datasets");
	}

	@Test
	void unknownQueryParametersAreReported() {
		RecordedRequest starred = request("GET", "/voices", "is_starred=true&expand%5B%5D=preview_file_url", null,
				new byte[0], "2025-11-04", true);
		assertThat(problems(starred, response(200, JSON, "{\"data\":[],\"has_more\":false}"))).singleElement(STRING)
			.contains("validation.request.parameter.query.unexpected", "is_starred");
		RecordedRequest unknownOnly = request("GET", "/voices", "is_starred=true", null, new byte[0], "2025-11-04",
				true);
		assertThat(problems(unknownOnly, response(200, JSON, "{\"data\":[],\"has_more\":false}")))
			.singleElement(STRING)
			.contains("validation.request.parameter.query.unexpected", "is_starred");
	}

	@Test
	void nullableReferencesAcceptNull() {
		RecordedRequest reset = request("PATCH", "/voices/v1", null, JSON,
				"{\"gender\":null}".getBytes(StandardCharsets.UTF_8), "2025-11-04", true);
		assertThat(problems(reset, response(200, JSON, VOICE))).isEmpty();
	}

	@Test
	void aWellFormedMultipartBodyPasses() {
		byte[] form = form(file("clip", "me.wav", "RIFF"), text("name", "Mine"), text("language", "en"));
		assertThat(problems(post("/voices/clone", FORM, form), response(200, JSON, VOICE_METADATA))).isEmpty();
	}

	@Test
	void multipartPartsAreCheckedAgainstTheFormSchema() {
		byte[] form = form(text("clip", "not a file"), text("language", "xx"), text("mode", "stability"));
		assertThat(problems(post("/voices/clone", FORM, form), response(200, JSON, VOICE_METADATA)))
			.anySatisfy((problem) -> assertThat(problem).contains(MultipartBodyValidator.PART_KIND_KEY, "clip"))
			.anySatisfy((problem) -> assertThat(problem).contains("request.body.schema.enum", "xx"))
			.anySatisfy((problem) -> assertThat(problem).contains("request.body.schema.additionalProperties", "mode"))
			.anySatisfy((problem) -> assertThat(problem).contains("request.body.schema.required", "name"));
	}

	@Test
	void bracketedPartNamesFillNestedObjectsAndArrays() {
		byte[] infill = form(file("left_audio", "left.wav", "RIFF"), text("transcript", "and then"),
				text("output_format[container]", "wav"), text("output_format[encoding]", "pcm_s16le"),
				text("output_format[sample_rate]", "44100"));
		assertThat(problems(post("/infill/bytes", FORM, infill), response(200, "audio/wav", "RIFF"))).isEmpty();
		byte[] flac = form(file("left_audio", "left.wav", "RIFF"), text("output_format[container]", "flac"),
				text("output_format[sample_rate]", "44100"));
		assertThat(problems(post("/infill/bytes", FORM, flac), response(200, "audio/wav", "RIFF"))).isNotEmpty();
		byte[] words = form(file("file", "a.wav", "RIFF"), text("model", "ink-whisper"),
				text("timestamp_granularities[]", "word"));
		String transcript = "{\"type\":\"transcript\",\"text\":\"hi\"}";
		assertThat(problems(post("/stt", FORM, words), response(200, JSON, transcript))).isEmpty();
		byte[] letters = form(file("file", "a.wav", "RIFF"), text("model", "ink-whisper"),
				text("timestamp_granularities[]", "letter"));
		assertThat(problems(post("/stt", FORM, letters), response(200, JSON, transcript))).singleElement(STRING)
			.contains("request.body.schema.enum", "letter");
	}

	@Test
	void eventStreamPayloadsAreValidated() {
		RecordedRequest sse = post("/tts/sse", JSON, """
				{"model_id":"sonic-3","transcript":"Hi","voice":{"mode":"id","id":"v1"},
				"output_format":{"container":"raw","encoding":"pcm_s16le","sample_rate":24000}}""");
		String good = """
				event: chunk
				data: {"type":"chunk","done":false,"status_code":206,"step_time":1.5,"data":"AAAA"}

				event: done
				data: {"type":"done","done":true,"status_code":206}

				""";
		assertThat(problems(sse, response(200, "text/event-stream", good))).isEmpty();
		String bad = """
				event: done
				data: {"type":"chunk","done":false,"status_code":206}

				""";
		assertThat(problems(sse, response(200, "text/event-stream", bad)))
			.anySatisfy((problem) -> assertThat(problem).contains(SseEventsValidator.EVENT_NAME_KEY))
			.anySatisfy((problem) -> assertThat(problem).contains("response.body.schema"));
		assertThat(problems(sse, response(200, "text/event-stream", ": keep-alive\n\n"))).singleElement(STRING)
			.contains(SseEventsValidator.NO_EVENTS_KEY);
	}

	@Test
	void audioResponsesMustHaveTheDocumentedContentType() {
		RecordedRequest bytes = post("/tts/bytes", JSON, """
				{"model_id":"sonic-3","transcript":"Hi","voice":{"mode":"id","id":"v1"},
				"output_format":{"container":"mp3","sample_rate":44100,"bit_rate":128000}}""");
		assertThat(problems(bytes, response(200, "audio/mpeg", "ID3"))).singleElement(STRING)
			.contains("validation.response.contentType.notAllowed", "audio/mpeg");
	}

	@Test
	void anAcceptedDeviationHidesOnlyWhatItNames() {
		Deviation scope = new Deviation("validation.request.body.schema.additionalProperties", "\"scope\"",
				"a reason");
		ContractValidator validator = new ContractValidator(ApiDocument.CURRENT, List.of(scope));
		RecordedRequest request = post("/access-token", JSON, "{\"scope\":\"all\"}");
		assertThat(validator.problems(List.of(new Exchange(request, response(200, JSON, "{\"token\":\"t\"}")))))
			.isEmpty();
		RecordedRequest other = post("/access-token", JSON, "{\"scope\":\"all\",\"audience\":\"x\"}");
		assertThat(validator.problems(List.of(new Exchange(other, response(200, JSON, "{\"token\":\"t\"}")))))
			.anySatisfy((problem) -> assertThat(problem).contains("additionalProperties", "audience"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("Accepted deviation no longer occurs"));
	}

	@Test
	void anAcceptedDeviationThatNoLongerOccursFails() {
		Deviation gone = new Deviation("validation.request.path.missing", "/voices/mix", "a reason");
		ContractValidator validator = new ContractValidator(ApiDocument.CURRENT, List.of(gone));
		assertThat(validator.problems(List.of(new Exchange(get("/"), response(200, JSON, API_INFO)))))
			.singleElement(STRING)
			.startsWith("Accepted deviation no longer occurs")
			.contains("/voices/mix");
	}

	private static List<String> problems(RecordedRequest request, CapturedResponse response) {
		return new ContractValidator(ApiDocument.CURRENT, List.of()).problems(List.of(new Exchange(request, response)));
	}

	private static RecordedRequest get(String path) {
		return request("GET", path, null, null, new byte[0], "2025-11-04", true);
	}

	private static RecordedRequest post(String path, String contentType, String body) {
		return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
	}

	private static RecordedRequest post(String path, String contentType, byte[] body) {
		return request("POST", path, null, contentType, body, "2025-11-04", true);
	}

	private static RecordedRequest request(String method, String path, @Nullable String query,
			@Nullable String contentType, byte[] body, String version, boolean bearer) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		headers.put("Cartesia-Version", List.of(version));
		headers.put(bearer ? "Authorization" : "X-API-Key", List.of(bearer ? "Bearer sk_car_test" : "sk_car_test"));
		if (contentType != null) {
			headers.put("Content-Type", List.of(contentType));
		}
		return new RecordedRequest(method, path, query, headers, body);
	}

	private static CapturedResponse response(int status, String contentType, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.CONTENT_TYPE, contentType);
		CapturedResponse response = new CapturedResponse(status, headers);
		response.append(DefaultDataBufferFactory.sharedInstance.wrap(body.getBytes(StandardCharsets.UTF_8)));
		return response;
	}

	private static String text(String name, String value) {
		return "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value;
	}

	private static String file(String name, String filename, String content) {
		return "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: audio/wav\r\n\r\n" + content;
	}

	private static byte[] form(String... parts) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		List<String> lines = new ArrayList<>();
		for (String part : parts) {
			lines.add("--" + BOUNDARY + "\r\n" + part + "\r\n");
		}
		lines.add("--" + BOUNDARY + "--\r\n");
		lines.forEach((line) -> body.writeBytes(line.getBytes(StandardCharsets.UTF_8)));
		return body.toByteArray();
	}

}
