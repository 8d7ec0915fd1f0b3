package io.github.cartesia4j.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Collects what the sections measured and draws it as a PNG of grouped bar charts with Java2D,
 * so that the benchmark needs no external tool to make its figure.
 *
 * @author cartesia4j
 */
final class ChartData {

	private static final Color RAW = new Color(0x9E9E9E);

	private static final Color CLIENT = new Color(0x1E88E5);

	private static final Color ARRAYS = new Color(0x90CAF9);

	private static final Color LIMIT = new Color(0xE53935);

	private final List<Panel> panels = new ArrayList<>();

	private final List<String> firstAudioTransports = new ArrayList<>();

	private final List<double[]> firstAudioValues = new ArrayList<>();

	void throughput(String[] names, double[][] rps, long[][] latencies) {
		String[] rounds = new String[rps[0].length];
		for (int i = 0; i < rounds.length; i++) {
			rounds[i] = String.valueOf(i + 1);
		}
		Color[] colors = Arrays.copyOf(new Color[] { RAW, CLIENT, ARRAYS }, names.length);
		this.panels.add(new Panel("Throughput by round (1-" + rounds.length + "), 256 KiB responses, 64 concurrent",
				"req/s", rounds, names, colors, rps));
		double[] percentiles = { 50, 90, 99 };
		double[][] values = new double[names.length][percentiles.length];
		for (int s = 0; s < names.length; s++) {
			for (int i = 0; i < percentiles.length; i++) {
				values[s][i] = Stats.percentile(latencies[s], percentiles[i]) / 1e6;
			}
		}
		this.panels.add(new Panel("Latency per request at 64 concurrent", "ms", new String[] { "p50", "p90", "p99" },
				names, colors, values));
	}

	void cpu(String[] sides, double[] micros) {
		this.panels.add(new Panel("Client CPU per 256 KiB response: where the time goes", "us", sides,
				new String[] { "median over the rounds" }, new Color[] { CLIENT }, new double[][] { micros }));
	}

	void firstAudio(String transport, double rawMicros, double clientMicros) {
		this.firstAudioTransports.add(transport);
		this.firstAudioValues.add(new double[] { rawMicros, clientMicros });
	}

	void write(Path file, Results results) throws IOException {
		List<Panel> all = new ArrayList<>(this.panels);
		if (!this.firstAudioTransports.isEmpty()) {
			double[][] values = new double[2][this.firstAudioTransports.size()];
			for (int i = 0; i < this.firstAudioValues.size(); i++) {
				values[0][i] = this.firstAudioValues.get(i)[0];
				values[1][i] = this.firstAudioValues.get(i)[1];
			}
			all.add(new Panel("Time to first audio, one request at a time (p50)", "us",
					this.firstAudioTransports.toArray(String[]::new), new String[] { "raw Reactor Netty", "TtsClient" },
					new Color[] { RAW, CLIENT }, values));
		}
		double wsRawP50 = results.value("ws-contexts-1000-first-audio-p50-ms-raw");
		double wsRawP99 = results.value("ws-contexts-1000-first-audio-p99-ms-raw");
		if (!Double.isNaN(wsRawP50) && !Double.isNaN(wsRawP99)) {
			all.add(new Panel("First audio of 1000 contexts started at once on one WebSocket", "ms",
					new String[] { "p50", "p99" }, new String[] { "raw Reactor Netty", "TtsClient.websocket()" },
					new Color[] { RAW, CLIENT },
					new double[][] { { wsRawP50, wsRawP99 }, { results.value("ws-contexts-1000-first-audio-p50-ms"),
							results.value("ws-contexts-1000-first-audio-p99-ms") } }));
		}
		double heap = results.value("stream-1gib-heap-peak-mib");
		double startup = results.value("startup-overhead-ms");
		if (!Double.isNaN(heap) || !Double.isNaN(startup)) {
			all.add(new Panel("Memory and startup against their limits", "MiB / ms",
					new String[] { "heap peak, 1 GiB stream (MiB)", "startup overhead (ms)" },
					new String[] { "measured", "limit" }, new Color[] { CLIENT, LIMIT },
					new double[][] { { nan0(heap), nan0(startup) }, { 48, 50 } }));
		}
		if (all.isEmpty()) {
			return;
		}
		int columns = 2;
		int rows = (all.size() + 1) / 2;
		int width = 640;
		int height = 380;
		BufferedImage image = new BufferedImage(columns * width, rows * height + 40, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
		g.drawString("Cartesia TtsClient against raw Reactor Netty on loopback (" + Runtime.getRuntime()
			.availableProcessors() + " cores, JDK " + System.getProperty("java.version") + ")", 16, 26);
		for (int i = 0; i < all.size(); i++) {
			draw(g, all.get(i), (i % columns) * width, 40 + (i / columns) * height, width, height);
		}
		g.dispose();
		ImageIO.write(image, "png", file.toFile());
	}

	private static double nan0(double value) {
		return Double.isNaN(value) ? 0 : value;
	}

	private static void draw(Graphics2D g, Panel panel, int x, int y, int width, int height) {
		int left = x + 64;
		int top = y + 40;
		int bottom = y + height - 56;
		int right = x + width - 16;
		double max = 0;
		for (double[] series : panel.values()) {
			for (double value : series) {
				max = Math.max(max, value);
			}
		}
		double scale = niceCeiling(max * 1.15);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
		g.setColor(Color.BLACK);
		g.drawString(panel.title(), x + 16, y + 20);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		FontMetrics metrics = g.getFontMetrics();
		for (int tick = 0; tick <= 4; tick++) {
			double value = scale * tick / 4;
			int ty = bottom - (int) ((bottom - top) * tick / 4.0);
			g.setColor(new Color(0xE0E0E0));
			g.drawLine(left, ty, right, ty);
			g.setColor(Color.DARK_GRAY);
			String label = format(value);
			g.drawString(label, left - 6 - metrics.stringWidth(label), ty + 4);
		}
		g.drawString(panel.unit(), x + 8, top - 6);
		int groups = panel.categories().length;
		int seriesCount = panel.values().length;
		double groupWidth = (right - left) / (double) groups;
		double barWidth = groupWidth * 0.8 / seriesCount;
		for (int c = 0; c < groups; c++) {
			double groupLeft = left + c * groupWidth + groupWidth * 0.1;
			for (int s = 0; s < seriesCount; s++) {
				double value = panel.values()[s][c];
				int barHeight = (int) Math.round((bottom - top) * value / scale);
				int bx = (int) Math.round(groupLeft + s * barWidth);
				g.setColor(panel.colors()[s]);
				g.fillRect(bx, bottom - barHeight, (int) Math.max(1, barWidth - 2), barHeight);
				g.setColor(Color.BLACK);
				String label = format(value);
				if (barWidth > metrics.stringWidth(label) - 4) {
					g.drawString(label, bx + (int) (barWidth - metrics.stringWidth(label)) / 2 - 1,
							bottom - barHeight - 3);
				}
			}
			String category = panel.categories()[c];
			g.setColor(Color.DARK_GRAY);
			g.drawString(category, (int) (left + c * groupWidth + (groupWidth - metrics.stringWidth(category)) / 2),
					bottom + 16);
		}
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(1));
		g.drawLine(left, bottom, right, bottom);
		int lx = left;
		for (int s = 0; s < seriesCount; s++) {
			g.setColor(panel.colors()[s]);
			g.fillRect(lx, bottom + 30, 12, 12);
			g.setColor(Color.BLACK);
			g.drawString(panel.series()[s], lx + 16, bottom + 40);
			lx += 24 + metrics.stringWidth(panel.series()[s]);
		}
	}

	private static double niceCeiling(double value) {
		if (value <= 0) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }) {
			if (step * magnitude >= value) {
				return step * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String format(double value) {
		if (value >= 100) {
			return String.format(Locale.ROOT, "%.0f", value);
		}
		return String.format(Locale.ROOT, (value >= 10) ? "%.1f" : "%.2f", value);
	}

	/**
	 * One grouped bar chart.
	 *
	 * @param title the title
	 * @param unit the unit of the values
	 * @param categories the groups
	 * @param series the bars of each group
	 * @param colors one color per series
	 * @param values values by series, then category
	 */
	record Panel(String title, String unit, String[] categories, String[] series, Color[] colors, double[][] values) {

	}

}
