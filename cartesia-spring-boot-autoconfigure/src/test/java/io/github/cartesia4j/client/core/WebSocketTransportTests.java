package io.github.cartesia4j.client.core;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WebSocketTransportTests {

	private static final String KEY = "sk_car_ws_test_key";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final WebSocketTestServer server = WebSocketTestServer.start();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void derivesWebSocketUrlsFromHttpAndHttpsBaseUrls() {
		assertThat(transport("https://api.cartesia.ai", Credentials.apiKey(KEY)).uri("/tts/websocket", query()))
			.hasToString("wss://api.cartesia.ai/tts/websocket");
		assertThat(transport("http://127.0.0.1:8080/", Credentials.apiKey(KEY)).uri("/stt/websocket",
				query("model", "ink-2", "keyterm", "a b", "keyterm", "c&d")))
			.hasToString("ws://127.0.0.1:8080/stt/websocket?model=ink-2&keyterm=a%20b&keyterm=c%26d");
	}

	@Test
	void accessTokenTravelsInTheQueryWithTheVersionAndNoHeader() {
		WebSocketTransport transport = transport("https://api.cartesia.ai", Credentials.accessToken("tok+1"));
		assertThat(transport.uri("/tts/websocket", query()))
			.hasToString("wss://api.cartesia.ai/tts/websocket?access_token=tok%2B1&cartesia_version=2025-11-04");
		assertThat(transport.headers(new HttpHeaders()).headerNames())
			.containsExactly("User-Agent");
	}

	@Test
	void apiKeyNeverAppearsInTheUrl() {
		WebSocketTransport transport = transport("https://api.cartesia.ai", Credentials.apiKey(KEY));
		assertThat(transport.uri("/tts/websocket", query()).toString()).doesNotContain(KEY);
		HttpHeaders headers = transport.headers(new HttpHeaders());
		assertThat(headers.getFirst("Authorization")).isEqualTo("Bearer " + KEY);
		assertThat(headers.getFirst("Cartesia-Version")).isEqualTo("2025-11-04");
		assertThat(headers.getFirst("User-Agent")).startsWith("cartesia-spring-boot/");
	}

	@Test
	void upgradesWithHeadersAndExchangesFrames() {
		this.server.respond((peer, text) -> List.of("echo:" + text));
		Recorder recorder = new Recorder();
		WebSocketTransport transport = transport(this.server.baseUrl(), Credentials.apiKey(KEY));
		WebSocketConnection connection = transport.connect("test.websocket", "/tts/websocket", query(), recorder)
			.block(TIMEOUT);
		StepVerifier.create(connection.send("hello").then(connection.send("world"))).expectComplete().verify(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> recorder.texts.size() == 2);
		assertThat(recorder.texts).containsExactly("echo:hello", "echo:world");
		WebSocketTestServer.Handshake handshake = this.server.handshakes().get(0);
		assertThat(handshake.uri()).isEqualTo("/tts/websocket");
		assertThat(handshake.headers()).containsEntry("Authorization", "Bearer " + KEY)
			.containsEntry("Cartesia-Version", "2025-11-04");
		StepVerifier.create(connection.close()).expectComplete().verify(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> recorder.closures.size() == 1);
		assertThat(recorder.closures.get(0).isNormal()).as(recorder.closures.get(0).toString()).isTrue();
		assertThat(this.server.closeCodes()).containsExactly(1000);
		assertThat(connection.isOpen()).isFalse();
	}

	@Test
	void refusedUpgradeBecomesTheTypedException() {
		this.server.refuse(401, "{\"error_code\":\"invalid_api_key\",\"title\":\"Unauthorized\","
				+ "\"message\":\"Invalid API key\",\"request_id\":\"req-401\"}");
		Recorder recorder = new Recorder();
		StepVerifier.create(transport(this.server.baseUrl(), Credentials.apiKey(KEY)).connect("test.websocket",
				"/tts/websocket", query(), recorder))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(CartesiaAuthenticationException.class)
					.hasMessageContaining("Invalid API key");
				assertThat(((CartesiaApiException) ex).getRequestId()).isEqualTo("req-401");
				assertThat(((CartesiaApiException) ex).getStatusCode()).isEqualTo(401);
				assertThat(ex.getMessage()).doesNotContain(KEY);
			})
			.verify(TIMEOUT);
		assertThat(recorder.closures).isEmpty();
	}

	@Test
	void serverErrorOnUpgradeIsAServerException() {
		this.server.refuse(503, "{\"title\":\"Unavailable\",\"message\":\"try later\"}");
		StepVerifier.create(transport(this.server.baseUrl(), Credentials.apiKey(KEY)).connect("test.websocket",
				"/tts/websocket", query(), new Recorder()))
			.expectError(CartesiaServerException.class)
			.verify(TIMEOUT);
	}

	@Test
	void unreachableServerIsAConnectionException() {
		String baseUrl = this.server.baseUrl();
		this.server.close();
		StepVerifier
			.create(transport(baseUrl, Credentials.apiKey(KEY)).connect("test.websocket", "/tts/websocket", query(),
					new Recorder()))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaConnectionException.class)
				.hasMessageContaining("test.websocket could not connect"))
			.verify(TIMEOUT);
	}

	@Test
	void serverCloseFrameIsReportedWithItsCode() {
		Recorder recorder = new Recorder();
		WebSocketConnection connection = transport(this.server.baseUrl(), Credentials.apiKey(KEY))
			.connect("test.websocket", "/tts/websocket", query(), recorder)
			.block(TIMEOUT);
		this.server.latest().close(1011, "overloaded");
		await().atMost(TIMEOUT).until(() -> recorder.closures.size() == 1);
		WebSocketClosure closure = recorder.closures.get(0);
		assertThat(closure.code()).isEqualTo(1011);
		assertThat(closure.reason()).isEqualTo("overloaded");
		assertThat(closure.isNormal()).isFalse();
		StepVerifier.create(connection.send("late")).expectError(CartesiaConnectionException.class).verify(TIMEOUT);
	}

	@Test
	void droppedConnectionIsReportedAsAbnormal() {
		Recorder recorder = new Recorder();
		transport(this.server.baseUrl(), Credentials.apiKey(KEY))
			.connect("test.websocket", "/tts/websocket", query(), recorder)
			.block(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> this.server.peers().size() == 1);
		this.server.latest().drop();
		await().atMost(TIMEOUT).until(() -> recorder.closures.size() == 1);
		assertThat(recorder.closures.get(0).code()).isEqualTo(WebSocketClosure.ABNORMAL);
		assertThat(recorder.closures.get(0).error()).isInstanceOf(CartesiaConnectionException.class);
	}

	private static WebSocketTransport transport(String baseUrl, Credentials credentials) {
		HttpSettings settings = new HttpSettings(baseUrl, credentials, "2025-11-04", "cartesia-spring-boot/test",
				Duration.ofSeconds(5), Duration.ofSeconds(5));
		return WebSocketTransport.create(new CartesiaHttp(WebClient.create(), settings, CartesiaCallDecorator.NONE));
	}

	private static MultiValueMap<String, String> query(String... pairs) {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			query.add(pairs[i], pairs[i + 1]);
		}
		return query;
	}

	private static final class Recorder implements WebSocketListener {

		private final List<String> texts = new CopyOnWriteArrayList<>();

		private final List<WebSocketClosure> closures = new CopyOnWriteArrayList<>();

		@Override
		public void onText(String text) {
			this.texts.add(text);
		}

		@Override
		public void onClosed(WebSocketClosure closure) {
			this.closures.add(closure);
		}

	}

}
