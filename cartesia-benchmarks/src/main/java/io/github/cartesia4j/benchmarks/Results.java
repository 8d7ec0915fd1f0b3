package io.github.cartesia4j.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a run: printed as {@code RESULT <name>=<value>} lines for machines and as a
 * table for people.
 *
 * @author cartesia4j
 */
final class Results {

	private final List<Figure> figures = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	/**
	 * Add a figure without a goal.
	 * @param name the name
	 * @param value the value
	 * @param unit the unit
	 * @param description what it measures
	 */
	void add(String name, double value, String unit, String description) {
		this.figures.add(new Figure(name, value, unit, description, null, null));
	}

	/**
	 * Add a figure with a goal.
	 * @param name the name
	 * @param value the value
	 * @param unit the unit
	 * @param description what it measures
	 * @param goal the goal, for example {@code >= 0.90}
	 * @param met whether the goal is met
	 */
	void add(String name, double value, String unit, String description, String goal, boolean met) {
		this.figures.add(new Figure(name, value, unit, description, goal, met));
	}

	/**
	 * Add a line printed under the table.
	 * @param note the note
	 */
	void note(String note) {
		this.notes.add(note);
	}

	List<Figure> figures() {
		return this.figures;
	}

	double value(String name) {
		return this.figures.stream()
			.filter((figure) -> figure.name().equals(name))
			.mapToDouble(Figure::value)
			.findFirst()
			.orElse(Double.NaN);
	}

	void printResults(PrintStream out) {
		for (Figure figure : this.figures) {
			out.println("RESULT " + figure.name() + "=" + figure.formatted());
		}
	}

	void printTable(PrintStream out) {
		int nameWidth = this.figures.stream().mapToInt((figure) -> figure.name().length()).max().orElse(10);
		String format = "%-" + nameWidth + "s  %12s %-6s  %-9s  %-4s  %s%n";
		out.printf(Locale.ROOT, format, "figure", "value", "unit", "goal", "met", "what");
		out.println("-".repeat(nameWidth + 60));
		for (Figure figure : this.figures) {
			out.printf(Locale.ROOT, format, figure.name(), figure.formatted(), figure.unit(),
					(figure.goal() != null) ? figure.goal() : "", figure.verdict(), figure.description());
		}
		for (String note : this.notes) {
			out.println("  " + note);
		}
	}

	String markdown() {
		StringBuilder table = new StringBuilder("| figure | value | unit | goal | met | what |\n|---|---:|---|---|---|---|\n");
		for (Figure figure : this.figures) {
			table.append("| `").append(figure.name()).append("` | ").append(figure.formatted()).append(" | ")
				.append(figure.unit()).append(" | ").append((figure.goal() != null) ? figure.goal() : "")
				.append(" | ").append(figure.verdict()).append(" | ").append(figure.description()).append(" |\n");
		}
		return table.toString();
	}

	/**
	 * One figure.
	 *
	 * @param name the name in the {@code RESULT} line
	 * @param value the value
	 * @param unit the unit
	 * @param description what it measures
	 * @param goal the goal, or {@code null}
	 * @param met whether the goal is met, or {@code null} without a goal
	 */
	record Figure(String name, double value, String unit, String description, String goal, Boolean met) {

		String formatted() {
			double magnitude = Math.abs(this.value);
			String pattern = (magnitude >= 1000) ? "%.0f" : (magnitude >= 10) ? "%.1f" : "%.3f";
			return String.format(Locale.ROOT, pattern, this.value);
		}

		String verdict() {
			return (this.met == null) ? "" : this.met ? "yes" : "NO";
		}

	}

}
