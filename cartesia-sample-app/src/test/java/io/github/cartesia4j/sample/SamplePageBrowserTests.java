package io.github.cartesia4j.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.cartesia4j.client.voices.Voice;
import io.github.cartesia4j.client.voices.VoicesClient;
import io.github.cartesia4j.metrics.MicrometerTtsRecorder;
import io.github.cartesia4j.test.context.AutoConfigureCartesiaSimulator;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.SimulatorFault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The sample page in a real headless Chromium: the voice picker is filled from the
 * simulator, Speak plays the streamed audio, and the status panel shows health and the TTS
 * timers. Needs Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run}
 * installs; other locations can be given with {@code -Dsample.chromium=...} and
 * {@code -Dsample.chromedriver=...}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureCartesiaSimulator(chunkDelayMillis = SamplePageBrowserTests.CHUNK_DELAY_MILLIS)
class SamplePageBrowserTests {

	/**
	 * The audio duration of a chunk: the simulator generates speech in real time, so the
	 * last words are still being generated while the first ones play.
	 */
	static final long CHUNK_DELAY_MILLIS = 40;

	private static final Path CHROMIUM = Path.of(System.getProperty("sample.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("sample.chromedriver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOT = Path.of("target", "sample-page.png");

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final Duration POLL = Duration.ofMillis(50);

	/**
	 * Selenium warns that it has no DevTools support for this Chromium version; the tests
	 * use WebDriver only, so the warning would only mislead. Held here so that the levels
	 * are not lost when the loggers are garbage collected.
	 */
	private static final List<Logger> QUIET_LOGGERS = Stream
		.of("org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
		.map(Logger::getLogger)
		.toList();

	/**
	 * About five seconds of speech: Chromium starts a streamed WAV once it has some 250 kB
	 * (about three seconds at 44.1 kHz), so the speech must be longer than that to be heard
	 * before it is completely generated.
	 */
	private static final String TEXT = "Hello from a real browser, streamed while it is still being generated";

	private static final String AUDIO_STATE = """
			const audio = document.getElementById('player');
			return { currentTime: audio.currentTime, readyState: audio.readyState, paused: audio.paused,
				ended: audio.ended, error: audio.error ? audio.error.code : null, src: audio.currentSrc };""";

	private static final String PAGE_SIZE = """
			const root = document.documentElement;
			return { width: window.innerWidth, height: window.innerHeight, scrollWidth: root.scrollWidth,
				scrollHeight: root.scrollHeight };""";

	@TempDir
	static Path profile;

	private static @Nullable ChromeDriverService service;

	private static @Nullable ChromeDriver browser;

	@Autowired
	private CartesiaSimulator simulator;

	@Autowired
	private VoicesClient voices;

	@Autowired
	private MeterRegistry meters;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER)
			.filter((path) -> !Files.isExecutable(path))
			.map(Path::toString)
			.toList();
		if (!missing.isEmpty()) {
			fail("The sample page is tested in a real headless Chromium, but " + String.join(" and ", missing)
					+ " cannot be found. Run .ci/run, which installs Debian's chromium and chromium-driver when"
					+ " they are missing, or install them yourself: sudo apt-get install chromium chromium-driver."
					+ " On another system, point -Dsample.chromium and -Dsample.chromedriver at a Chromium and"
					+ " its matching ChromeDriver.");
		}
		QUIET_LOGGERS.forEach((logger) -> logger.setLevel(Level.SEVERE));
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--autoplay-policy=no-user-gesture-required", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,800",
				"--user-data-dir=" + profile.toAbsolutePath());
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (service != null) {
			service.stop();
		}
	}

	@AfterEach
	void reset() {
		this.simulator.faults().clear();
		this.simulator.clearRequests();
	}

	@Test
	void pageListsTheSimulatorVoicesAndShowsHealthWithoutScrolling() {
		open();
		List<String> library = this.voices.listAll().map(Voice::id).collectList().block(WAIT);
		Select voice = new Select(browser().findElement(By.id("voice")));
		assertThat(voice.getOptions()).extracting((option) -> option.getAttribute("value"))
			.containsExactlyElementsOf(library);
		assertThat(voice.getFirstSelectedOption().getText()).isEqualTo("Barbershop Man (en-US)");
		assertThat(text(By.id("voice-description"))).contains("baritone");
		waitFor("the health panel", () -> text(By.id("health-cartesia")).equals("UP"));
		assertThat(text(By.id("health-application"))).isEqualTo("UP");
		assertThat(text(By.id("health-version"))).isEqualTo(CartesiaSimulator.API_VERSION);

		assertThat(accessibleName(By.id("text"))).isEqualTo("Text");
		assertThat(accessibleName(By.id("voice"))).isEqualTo("Voice");
		assertThat(accessibleName(By.id("speak"))).isEqualTo("Speak");
		assertThat(browser().findElement(By.id("player")).isDisplayed()).as("player before any speech").isFalse();
		assertFitsWithoutScrolling();
		assertNoConsoleErrors();
	}

	@Test
	void speakPlaysTheStreamedAudioAndTheTimersCountIt() throws IOException {
		open();
		long firstAudioBefore = serverCount(MicrometerTtsRecorder.TIME_TO_FIRST_AUDIO);
		long completedBefore = serverCount(MicrometerTtsRecorder.LATENCY);
		WebElement text = browser().findElement(By.id("text"));
		text.clear();
		text.sendKeys(TEXT);
		Select voice = new Select(browser().findElement(By.id("voice")));
		voice.selectByVisibleText("British Lady (en-GB)");
		String britishLady = voice.getFirstSelectedOption().getAttribute("value");
		browser().findElement(By.id("speak")).click();

		Map<String, Object> playing = waitForAudio("playing past 0.2 s",
				(audio) -> number(audio, "currentTime") > 0.2 && number(audio, "readyState") >= 2);
		assertThat(serverCount(MicrometerTtsRecorder.LATENCY)).as("speeches completed when playback started")
			.isEqualTo(completedBefore);
		assertThat(playing.get("error")).isNull();
		assertThat(accessibleName(By.id("player"))).isEqualTo("Generated speech");
		assertThat((String) playing.get("src")).contains("/api/speech/stream?text=Hello+from+a+real+browser")
			.endsWith("&voiceId=" + britishLady);
		assertThat(this.simulator.requests()).filteredOn((request) -> request.path().equals("/tts/bytes"))
			.isNotEmpty()
			.allSatisfy((request) -> assertThat(request.bodyAsString())
				.contains("\"transcript\":\"" + TEXT + "\"")
				.contains("\"id\":\"" + britishLady + "\""));

		Map<String, Object> ended = waitForAudio("the end of the speech",
				(audio) -> Boolean.TRUE.equals(audio.get("ended")));
		assertThat(ended.get("error")).isNull();
		assertThat(number(ended, "currentTime")).as("seconds played").isGreaterThan(4.0);
		assertThat(serverCount(MicrometerTtsRecorder.LATENCY)).as("speeches completed").isGreaterThan(completedBefore);
		waitFor("the timers to count the speech",
				() -> panelCount("time-to-first-audio") > firstAudioBefore && panelCount("latency") > completedBefore);
		assertThat(text(By.cssSelector("#timer-time-to-first-audio .mean"))).matches("\\d+ ms");
		assertThat(text(By.cssSelector("#timer-latency .mean"))).matches("\\d+ ms");
		assertThat(text(By.id("message"))).isEqualTo("Done.");
		Files.createDirectories(SCREENSHOT.getParent());
		Files.write(SCREENSHOT, browser().getScreenshotAs(OutputType.BYTES));
		assertFitsWithoutScrolling();
		assertNoConsoleErrors();
	}

	@Test
	void aCartesiaErrorIsExplainedOnThePage() {
		this.simulator.faults()
			.always("POST", "/tts/bytes", SimulatorFault.status(400)
				.body("{\"error\":\"transcript is too long for this model\"}", "application/json"));
		open();
		browser().findElement(By.id("speak")).click();
		waitFor("the error message", () -> text(By.id("message")).startsWith("Could not play the speech"));
		assertThat(text(By.id("message"))).contains("transcript is too long for this model");
		assertThat(browser().findElement(By.id("message")).getAttribute("class")).contains("error");
	}

	private void open() {
		// Reading the browser's log empties it: errors an earlier test provoked stay there.
		browser().manage().logs().get(LogType.BROWSER);
		browser().get("http://127.0.0.1:" + this.port + "/");
		waitFor("the voice list", () -> browser().findElement(By.id("voice")).isEnabled());
	}

	private long serverCount(String timer) {
		return this.meters.find(timer).timers().stream().mapToLong(Timer::count).sum();
	}

	private long panelCount(String timer) {
		return Long.parseLong(text(By.cssSelector("#timer-" + timer + " .count")));
	}

	private Map<String, Object> waitForAudio(String what, Predicate<Map<String, Object>> done) {
		Object[] last = new Object[1];
		WebDriverWait wait = new WebDriverWait(browser(), WAIT);
		return wait.pollingEvery(POLL).withMessage(() -> "audio state: " + last[0]).until((driver) -> {
			Map<String, Object> audio = script(AUDIO_STATE);
			last[0] = audio;
			if (audio.get("error") != null) {
				fail("The audio element failed while waiting for " + what + ": " + audio);
			}
			return done.test(audio) ? audio : null;
		});
	}

	private void waitFor(String what, BooleanSupplier condition) {
		new WebDriverWait(browser(), WAIT).pollingEvery(POLL).withMessage(() -> "waiting for " + what)
			.until((driver) -> condition.getAsBoolean());
	}

	/**
	 * The window is 1280x800, so the page itself has less (headless Chromium keeps room for
	 * its window frame), as on a real 1280x800 screen.
	 */
	private void assertFitsWithoutScrolling() {
		Map<String, Object> size = script(PAGE_SIZE);
		assertThat(number(size, "width")).as("viewport width").isEqualTo(1280);
		assertThat(number(size, "height")).as("viewport height").isBetween(600.0, 800.0);
		assertThat(number(size, "scrollHeight")).as("page height").isLessThanOrEqualTo(number(size, "height"));
		assertThat(number(size, "scrollWidth")).as("page width").isLessThanOrEqualTo(number(size, "width"));
	}

	private void assertNoConsoleErrors() {
		List<LogEntry> errors = browser().manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
		assertThat(errors).as("browser console errors").isEmpty();
	}

	private String text(By locator) {
		return browser().findElement(locator).getText();
	}

	private String accessibleName(By locator) {
		return browser().findElement(locator).getAccessibleName();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> script(String script) {
		return (Map<String, Object>) ((JavascriptExecutor) browser()).executeScript(script);
	}

	private static double number(Map<String, Object> values, String key) {
		return ((Number) Objects.requireNonNull(values.get(key), key)).doubleValue();
	}

	private static ChromeDriver browser() {
		return Objects.requireNonNull(browser, "browser");
	}

}
