package io.github.cartesia4j.test.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A route path such as {@code /voices/{id}}: literal segments and <code>{name}</code>
 * variables, each variable matching one non-empty segment. A trailing slash is ignored on
 * both sides, and so is a query string. Matching does not allocate.
 *
 * @author cartesia4j
 */
final class PathTemplate {

	private final String pattern;

	private final String[] segments;

	private final boolean[] variables;

	PathTemplate(String pattern) {
		this.pattern = pattern;
		String trimmed = strip(pattern);
		this.segments = trimmed.isEmpty() ? new String[0] : trimmed.split("/");
		this.variables = new boolean[this.segments.length];
		for (int i = 0; i < this.segments.length; i++) {
			String segment = this.segments[i];
			if (segment.startsWith("{") && segment.endsWith("}")) {
				this.variables[i] = true;
				this.segments[i] = segment.substring(1, segment.length() - 1);
			}
		}
	}

	String pattern() {
		return this.pattern;
	}

	boolean matches(String uri) {
		return match(uri, null);
	}

	/**
	 * Return the decoded variables of a matching request URI.
	 * @param uri the raw request URI: path and optional query
	 * @return the variables by name, or {@code null} when the path does not match
	 */
	@Nullable Map<String, String> variables(String uri) {
		Map<String, String> variables = new LinkedHashMap<>();
		return match(uri, variables) ? variables : null;
	}

	private boolean match(String path, @Nullable Map<String, String> variables) {
		int position = path.startsWith("/") ? 1 : 0;
		int query = path.indexOf('?');
		int end = (query < 0) ? path.length() : query;
		if (end > position && path.charAt(end - 1) == '/') {
			end--;
		}
		for (int i = 0; i < this.segments.length; i++) {
			if (position > end) {
				return false;
			}
			int slash = path.indexOf('/', position);
			if (slash < 0 || slash > end) {
				slash = end;
			}
			String segment = this.segments[i];
			if (this.variables[i]) {
				if (slash == position) {
					return false;
				}
				if (variables != null) {
					variables.put(segment, decode(path.substring(position, slash)));
				}
			}
			else if (!literalMatches(path, position, slash, segment)) {
				return false;
			}
			position = slash + 1;
		}
		return (this.segments.length == 0) ? position >= end : position == end + 1;
	}

	private static boolean literalMatches(String path, int start, int end, String segment) {
		return end - start == segment.length() && path.regionMatches(start, segment, 0, segment.length());
	}

	private static String decode(String segment) {
		if (segment.indexOf('%') < 0) {
			return segment;
		}
		return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static String strip(String pattern) {
		int start = pattern.startsWith("/") ? 1 : 0;
		int end = (pattern.length() > start && pattern.endsWith("/")) ? pattern.length() - 1 : pattern.length();
		return pattern.substring(start, end);
	}

}
