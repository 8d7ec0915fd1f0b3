package io.github.cartesia4j.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the same small application in fresh contexts, alternately with and without the
 * Cartesia auto-configurations (excluded through {@code spring.autoconfigure.exclude}; the
 * classpath and everything else stay the same), and prints the time of each
 * {@code SpringApplication.run}, which includes the context refresh.
 *
 * @author cartesia4j
 */
public final class StartupMain {

	private StartupMain() {
	}

	/**
	 * Run.
	 * @param args warm-up pairs and measured pairs
	 */
	public static void main(String[] args) {
		int warmup = Integer.parseInt(args[0]);
		int pairs = Integer.parseInt(args[1]);
		List<String> cartesia = StreamSupport
			.stream(ImportCandidates.load(AutoConfiguration.class, StartupMain.class.getClassLoader()).spliterator(),
					false)
			.filter((name) -> name.startsWith("io.github.cartesia4j."))
			.toList();
		System.out.println("EXCLUDED " + String.join(",", cartesia));
		for (int i = 0; i < warmup + pairs; i++) {
			boolean withFirst = (i % 2 == 0);
			long first = once(withFirst, cartesia);
			long second = once(!withFirst, cartesia);
			if (i >= warmup) {
				long with = withFirst ? first : second;
				long without = withFirst ? second : first;
				System.out.println("PAIR " + with + " " + without);
			}
		}
		System.exit(0);
	}

	/**
	 * Fork a JVM running the alternating starts and add the figures.
	 * @param results where the figures go
	 * @param quick whether to run fewer pairs
	 * @throws Exception on failure
	 */
	static void measure(Results results, boolean quick) throws Exception {
		int warmup = quick ? 3 : 15;
		int pairs = quick ? 8 : 60;
		BenchmarkSuite.log("startup: %d alternating pairs of fresh contexts with and without the Cartesia auto-configuration, "
				+ "after %d warm-up pairs, in a fresh JVM", pairs, warmup);
		List<String> command = ServerProcess.Jvm.command(List.of("-Xms512m", "-Xmx512m"), StartupMain.class,
				String.valueOf(warmup), String.valueOf(pairs));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		List<long[]> measured = output.lines()
			.filter((line) -> line.startsWith("PAIR "))
			.map((line) -> line.substring(5).split(" "))
			.map((fields) -> new long[] { Long.parseLong(fields[0]), Long.parseLong(fields[1]) })
			.toList();
		if (exit != 0 || measured.size() != pairs) {
			throw new IllegalStateException("Startup benchmark failed (exit " + exit + "):\n" + output);
		}
		double[] with = measured.stream().mapToDouble((pair) -> pair[0] / 1e6).toArray();
		double[] without = measured.stream().mapToDouble((pair) -> pair[1] / 1e6).toArray();
		double[] differences = measured.stream().mapToDouble((pair) -> (pair[0] - pair[1]) / 1e6).toArray();
		double overhead = Stats.median(differences);
		BenchmarkSuite.log("  with: median %.1f ms, without: median %.1f ms, median paired difference %.1f ms", Stats.median(with),
				Stats.median(without), overhead);
		results.add("startup-overhead-ms", overhead, "ms",
				"context start with minus without the Cartesia auto-configuration, median of " + pairs + " pairs",
				"<= 50", overhead <= 50);
		results.add("startup-overhead-ms-difference-of-medians", Stats.median(with) - Stats.median(without), "ms",
				"median with minus median without (more exposed to drift than the paired figure)");
		results.add("startup-with-ms", Stats.median(with), "ms", "median context start with the starter");
		results.add("startup-without-ms", Stats.median(without), "ms", "median context start without it");
	}

	private static long once(boolean withCartesia, List<String> cartesia) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("cartesia.api-key", BenchmarkRequests.API_KEY);
		properties.put("cartesia.base-url", "http://127.0.0.1:9");
		properties.put("logging.level.root", "WARN");
		properties.put("spring.main.register-shutdown-hook", "false");
		if (!withCartesia) {
			properties.put("spring.autoconfigure.exclude", String.join(",", cartesia));
		}
		long start = System.nanoTime();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(properties)
			.run();
		long nanos = System.nanoTime() - start;
		boolean hasClient = context.getBeanNamesForType(io.github.cartesia4j.client.tts.TtsClient.class).length > 0;
		context.close();
		if (hasClient != withCartesia) {
			throw new IllegalStateException("TtsClient bean present: " + hasClient + ", expected " + withCartesia);
		}
		return nanos;
	}

	/**
	 * The application: Spring Boot's auto-configuration with what is on the classpath (the
	 * starter, Actuator), nothing else.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}
