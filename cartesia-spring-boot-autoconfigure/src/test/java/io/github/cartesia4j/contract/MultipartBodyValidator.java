package io.github.cartesia4j.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@code multipart/form-data} request bodies, which the validator itself leaves
 * alone: the parts become a JSON object checked against the operation's multipart schema
 * (unknown part names, missing required parts, text values of the wrong type or outside an
 * enum), and file properties must be sent as file parts. Part names follow the usual form
 * conventions: {@code parent[child]} fills a nested object and {@code name[]} an array
 * when the schema names the property without the brackets.
 *
 * @author cartesia4j
 */
final class MultipartBodyValidator implements CustomRequestValidator {

	static final String PART_KIND_KEY = "validation.request.body.multipart.partKind";

	static final String MALFORMED_KEY = "validation.request.body.multipart.malformed";

	private static final String FORM_DATA = "multipart/form-data";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final SchemaValidator schemas;

	private final MessageResolver messages;

	MultipartBodyValidator(SchemaValidator schemas, MessageResolver messages) {
		this.schemas = schemas;
		this.messages = messages;
	}

	@Override
	public ValidationReport validate(Request request, ApiOperation operation) {
		Optional<String> contentType = request.getContentType();
		Schema<?> schema = formSchema(operation.getOperation().getRequestBody());
		if (contentType.isEmpty() || !contentType.get().toLowerCase(Locale.ROOT).startsWith(FORM_DATA) || schema == null) {
			return ValidationReport.empty();
		}
		List<MultipartPart> parts;
		try {
			parts = MultipartPart.parse(contentType.get(), bytes(request.getRequestBody()));
		}
		catch (IllegalArgumentException ex) {
			return ValidationReport.singleton(this.messages.create(MALFORMED_KEY, ex.getMessage()));
		}
		List<ValidationReport.Message> problems = new ArrayList<>();
		ObjectNode form = NODES.objectNode();
		for (MultipartPart part : parts) {
			add(form, schema, part, problems);
		}
		ValidationReport report = this.schemas.validate(() -> form, schema, "request.body");
		return ValidationReport.from(problems).merge(report);
	}

	private void add(ObjectNode form, Schema<?> schema, MultipartPart part, List<ValidationReport.Message> problems) {
		String name = part.name();
		Map<String, Schema> properties = properties(schema);
		Schema<?> property = properties.get(name);
		if (property == null && name.endsWith("[]")) {
			String plain = name.substring(0, name.length() - 2);
			Schema<?> array = properties.get(plain);
			if (array != null && "array".equals(array.getType())) {
				arrayOf(form, plain).add(value(array.getItems(), part, problems));
				return;
			}
		}
		int open = name.indexOf('[');
		if (property == null && open > 0 && name.endsWith("]")) {
			String parent = name.substring(0, open);
			Schema<?> object = properties.get(parent);
			if (object != null && !"array".equals(object.getType())) {
				String child = name.substring(open + 1, name.length() - 1);
				ObjectNode nested = (form.get(parent) instanceof ObjectNode existing) ? existing
						: form.putObject(parent);
				nested.set(child, value(childSchema(object, child), part, problems));
				return;
			}
		}
		if (property != null && "array".equals(property.getType())) {
			arrayOf(form, name).add(value(property.getItems(), part, problems));
			return;
		}
		form.set(name, value(property, part, problems));
	}

	private JsonNode value(@Nullable Schema<?> schema, MultipartPart part, List<ValidationReport.Message> problems) {
		boolean binary = schema != null && "binary".equals(schema.getFormat());
		if (binary != part.isFile()) {
			problems.add(this.messages.create(PART_KIND_KEY,
					"Part '" + part.name() + "' is " + (part.isFile() ? "a file" : "text") + " but the schema wants "
							+ (binary ? "a file" : "a text value")));
		}
		if (part.isFile()) {
			return NODES.textNode(part.content().length + " bytes from " + part.filename());
		}
		String text = part.text();
		String type = (schema != null) ? schema.getType() : null;
		if ("integer".equals(type) || "number".equals(type) || "boolean".equals(type)) {
			try {
				JsonNode parsed = Json.mapper().readTree(text);
				if (parsed != null && (parsed.isNumber() || parsed.isBoolean())) {
					return parsed;
				}
			}
			catch (IOException ex) {
				// not a number or a boolean: validated as the text it is
			}
		}
		return NODES.textNode(text);
	}

	/**
	 * Find the schema of a property of an object schema, or of any of its {@code oneOf},
	 * {@code anyOf} or {@code allOf} alternatives (such as the container-specific output
	 * formats).
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static @Nullable Schema<?> childSchema(Schema<?> object, String child) {
		Schema<?> direct = properties(object).get(child);
		if (direct != null) {
			return direct;
		}
		for (List<Schema> alternatives : new List[] { object.getOneOf(), object.getAnyOf(), object.getAllOf() }) {
			if (alternatives != null) {
				for (Schema alternative : alternatives) {
					Schema<?> found = childSchema(alternative, child);
					if (found != null) {
						return found;
					}
				}
			}
		}
		return null;
	}

	private static ArrayNode arrayOf(ObjectNode form, String name) {
		return (form.get(name) instanceof ArrayNode existing) ? existing : form.putArray(name);
	}

	@SuppressWarnings("rawtypes")
	private static Map<String, Schema> properties(@Nullable Schema<?> schema) {
		return (schema != null && schema.getProperties() != null) ? schema.getProperties() : Map.of();
	}

	private static @Nullable Schema<?> formSchema(@Nullable RequestBody body) {
		Content content = (body != null) ? body.getContent() : null;
		MediaType form = (content != null) ? content.get(FORM_DATA) : null;
		return (form != null) ? form.getSchema() : null;
	}

	private static byte[] bytes(Optional<Body> body) {
		if (body.isEmpty() || !body.get().hasBody()) {
			return new byte[0];
		}
		try {
			return body.get().toString(StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
