package io.github.cartesia4j.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An {@link AudioServer} (or the simulator) running in a forked JVM.
 *
 * @author cartesia4j
 */
final class ServerProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private ServerProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static ServerProcess start(File log, String... args) throws IOException {
		List<String> command = Jvm.command(List.of("-Xms256m", "-Xmx256m"), AudioServer.class, args);
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log)).start();
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
				StandardCharsets.UTF_8));
		String line = output.readLine();
		if (line == null || !line.startsWith("PORT ")) {
			process.destroyForcibly();
			throw new IOException("Server did not start (see " + log + "): " + line);
		}
		Thread drain = new Thread(() -> {
			try {
				while (output.readLine() != null) {
					// discard
				}
			}
			catch (IOException ex) {
				// the server stopped
			}
		}, "server-output");
		drain.setDaemon(true);
		drain.start();
		return new ServerProcess(process, Integer.parseInt(line.substring(5).trim()));
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	ProcessHandle handle() {
		return this.process.toHandle();
	}

	@Override
	public void close() throws Exception {
		this.process.getOutputStream().close();
		if (!this.process.waitFor(15, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	/**
	 * Builds command lines for forked JVMs on this JVM's classpath.
	 */
	static final class Jvm {

		private Jvm() {
		}

		static List<String> command(List<String> jvmArgs, Class<?> main, String... args) {
			List<String> command = new ArrayList<>();
			command.add(ProcessHandle.current().info().command().orElse(
					System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"));
			command.addAll(jvmArgs);
			command.add("-cp");
			command.add(System.getProperty("java.class.path"));
			command.add(main.getName());
			command.addAll(List.of(args));
			return command;
		}

	}

}
