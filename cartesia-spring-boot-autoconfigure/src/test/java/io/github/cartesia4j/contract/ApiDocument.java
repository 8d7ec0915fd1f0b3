package io.github.cartesia4j.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The Cartesia OpenAPI documents the contract is checked against. They live in
 * {@code shared/cartesia-api/openapi/} beside the repository and are read from there, never
 * copied; each is parsed once per test run.
 *
 * @author cartesia4j
 */
enum ApiDocument {

	/**
	 * The {@code 2025-11-04} document (Stainless, with tryAGI's hand edits): the version the
	 * client sends by default.
	 */
	CURRENT("tryAGI-Cartesia-openapi.yaml"),

	/**
	 * The document whose {@code Cartesia-Version} enum still lists {@code 2024-06-10} to
	 * {@code 2025-11-04}: the reference for operations the client sends on older versions.
	 */
	MULTI_VERSION("tryAGI-Cartesia-openapi.2026-03-20-initial-multiversion.yaml");

	/**
	 * System property naming the folder of the documents, when it is not
	 * {@code shared/cartesia-api/openapi} in the working directory or one of its parents.
	 */
	static final String LOCATION_PROPERTY = "cartesia.openapi.dir";

	private static final String RELATIVE_LOCATION = "shared/cartesia-api/openapi";

	/**
	 * Parser complaints about the documents themselves, not about the API, that are
	 * tolerated: the parser drops the offending attribute and goes on. Any other complaint
	 * fails the load.
	 */
	private static final Set<String> KNOWN_DEFECTS = Set.of(
			// an example misplaced as a schema keyword in the Stainless document
			"attribute components.schemas.WordTimestamps.word_timestamps is unexpected");

	private final String fileName;

	private @Nullable OpenAPI api;

	ApiDocument(String fileName) {
		this.fileName = fileName;
	}

	/**
	 * Return the file of this document.
	 * @return the path
	 */
	Path path() {
		return directory().resolve(this.fileName);
	}

	/**
	 * Return this document parsed, with references resolved the way the validator expects
	 * and {@link NullableReferences nullable references} kept nullable.
	 * @return the parsed document
	 */
	synchronized OpenAPI api() {
		if (this.api == null) {
			Path path = path();
			if (!Files.isRegularFile(path)) {
				throw new IllegalStateException("OpenAPI document " + path + " is missing");
			}
			ParseOptions options = new ParseOptions();
			options.setResolve(true);
			options.setResolveFully(true);
			options.setResolveCombinators(false);
			SwaggerParseResult result = new OpenAPIParser().readContents(prepared(path), null, options);
			List<String> complaints = (result.getMessages() != null) ? result.getMessages() : List.of();
			List<String> unexpected = complaints.stream()
				.filter((message) -> !KNOWN_DEFECTS.contains(NullableReferences.original(message)))
				.toList();
			if (result.getOpenAPI() == null || !unexpected.isEmpty()) {
				throw new IllegalStateException("Cannot read OpenAPI document " + path + ": " + unexpected);
			}
			this.api = untypeComposedSchemas(result.getOpenAPI());
		}
		return this.api;
	}

	private static String prepared(Path path) {
		try {
			JsonNode document = readYaml(Files.readString(path));
			NullableReferences.apply(document);
			return Json.mapper().writeValueAsString(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read OpenAPI document " + path, ex);
		}
	}

	/**
	 * Read YAML the way the parser does (aliases such as {@code *ref_0} expanded, dates left
	 * as text), an order of magnitude faster than the parser's own reader.
	 * @param yaml the document
	 * @return the document tree
	 */
	private static JsonNode readYaml(String yaml) {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(Integer.MAX_VALUE);
		DumperOptions dumper = new DumperOptions();
		Yaml reader = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options,
				new TextDatesResolver());
		return Json.mapper().valueToTree(reader.load(yaml));
	}

	/**
	 * Resolves plain YAML scalars like the standard resolver, except timestamps, which stay
	 * strings as in JSON.
	 */
	private static final class TextDatesResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
			addImplicitResolver(Tag.INT, INT, "-+0123456789");
			addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
			addImplicitResolver(Tag.MERGE, MERGE, "<");
			addImplicitResolver(Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(Tag.NULL, EMPTY, null);
		}

	}

	/**
	 * Drop the {@code type: object} that full resolution adds to {@code oneOf}/{@code anyOf}
	 * schemas and that would otherwise fail their validation, as the validator's own loader
	 * does.
	 * @param api the parsed document
	 * @return the same document
	 */
	private static OpenAPI untypeComposedSchemas(OpenAPI api) {
		if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
			api.getComponents().getSchemas().values().forEach(ApiDocument::untype);
		}
		return api;
	}

	@SuppressWarnings("rawtypes")
	private static void untype(@Nullable Schema schema) {
		if (schema instanceof ComposedSchema composed) {
			composed.setType(null);
		}
		else if (schema instanceof ArraySchema array) {
			untype(array.getItems());
		}
		else if (schema instanceof ObjectSchema object && object.getProperties() != null) {
			((Map<String, Schema>) object.getProperties()).values().forEach(ApiDocument::untype);
		}
	}

	/**
	 * Find the folder of the documents: the {@value #LOCATION_PROPERTY} system property, else
	 * {@code shared/cartesia-api/openapi} in the working directory (the module when Maven
	 * runs the tests) or the nearest parent that has it, which covers {@code shared/} beside
	 * the clone as in CI.
	 * @return the folder
	 * @throws IllegalStateException if there is none
	 */
	static Path directory() {
		String configured = System.getProperty(LOCATION_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			Path directory = Path.of(configured).toAbsolutePath();
			if (!Files.isDirectory(directory)) {
				throw new IllegalStateException(LOCATION_PROPERTY + "=" + configured + " is not a directory");
			}
			return directory;
		}
		Path start = Path.of("").toAbsolutePath();
		for (Path directory = start; directory != null; directory = directory.getParent()) {
			Path candidate = directory.resolve(RELATIVE_LOCATION);
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("The contract tests need Cartesia's OpenAPI documents in " + RELATIVE_LOCATION
				+ " beside the repository, but neither " + start + " nor any parent has it; check out shared/ next to "
				+ "the clone or set -D" + LOCATION_PROPERTY + "=<folder>");
	}

}
