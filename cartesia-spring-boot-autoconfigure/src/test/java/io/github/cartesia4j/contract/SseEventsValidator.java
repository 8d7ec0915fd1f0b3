package io.github.cartesia4j.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.atlassian.oai.validator.interaction.response.CustomResponseValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.jspecify.annotations.Nullable;

/**
 * Validates the events of a {@code text/event-stream} response, which the validator itself
 * leaves alone: each {@code data:} payload must match the schema the document gives for the
 * stream, and an {@code event:} name, when present, must equal the payload's {@code type}.
 *
 * @author cartesia4j
 */
final class SseEventsValidator implements CustomResponseValidator {

	static final String EVENT_NAME_KEY = "validation.response.body.sse.eventName";

	static final String NO_EVENTS_KEY = "validation.response.body.sse.empty";

	private static final String EVENT_STREAM = "text/event-stream";

	private final SchemaValidator schemas;

	private final MessageResolver messages;

	SseEventsValidator(SchemaValidator schemas, MessageResolver messages) {
		this.schemas = schemas;
		this.messages = messages;
	}

	@Override
	public ValidationReport validate(Response response, ApiOperation operation) {
		Optional<String> contentType = response.getContentType();
		Schema<?> schema = eventSchema(operation, response.getStatus());
		if (contentType.isEmpty() || !contentType.get().toLowerCase(Locale.ROOT).startsWith(EVENT_STREAM) || schema == null) {
			return ValidationReport.empty();
		}
		List<Frame> frames = frames(text(response.getResponseBody()));
		if (frames.isEmpty()) {
			return ValidationReport.singleton(this.messages.create(NO_EVENTS_KEY, "The event stream has no events"));
		}
		ValidationReport report = ValidationReport.empty();
		for (Frame frame : frames) {
			report = report.merge(this.schemas.validate(() -> Json.mapper().readTree(frame.data()), schema,
					"response.body"));
			report = report.merge(checkName(frame));
		}
		return report;
	}

	private ValidationReport checkName(Frame frame) {
		if (frame.event() == null) {
			return ValidationReport.empty();
		}
		try {
			JsonNode type = Json.mapper().readTree(frame.data()).get("type");
			if (type != null && !type.asText().equals(frame.event())) {
				return ValidationReport.singleton(this.messages.create(EVENT_NAME_KEY,
						"Event '" + frame.event() + "' carries a payload of type '" + type.asText() + "'"));
			}
		}
		catch (IOException ex) {
			// reported by the schema validation of the same payload
		}
		return ValidationReport.empty();
	}

	private static List<Frame> frames(String body) {
		List<Frame> frames = new ArrayList<>();
		for (String block : body.replace("\r\n", "\n").split("\n\n")) {
			String event = null;
			StringBuilder data = null;
			for (String line : block.split("\n")) {
				if (line.startsWith("event:")) {
					event = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					String value = line.substring(5);
					value = value.startsWith(" ") ? value.substring(1) : value;
					data = (data == null) ? new StringBuilder(value) : data.append('\n').append(value);
				}
			}
			if (data != null && !data.toString().equals("[DONE]")) {
				frames.add(new Frame(event, data.toString()));
			}
		}
		return frames;
	}

	private static @Nullable Schema<?> eventSchema(ApiOperation operation, int status) {
		ApiResponse response = (operation.getOperation().getResponses() != null)
				? operation.getOperation().getResponses().get(Integer.toString(status)) : null;
		Content content = (response != null) ? response.getContent() : null;
		MediaType stream = (content != null) ? content.get(EVENT_STREAM) : null;
		return (stream != null) ? stream.getSchema() : null;
	}

	private static String text(Optional<Body> body) {
		if (body.isEmpty() || !body.get().hasBody()) {
			return "";
		}
		try {
			return body.get().toString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Frame(@Nullable String event, String data) {

	}

}
