package io.github.cartesia4j.client.agents;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads the API's ISO-8601 date-times into {@link Instant}s, accepting a {@code Z} or a
 * numeric offset, a missing offset (read as UTC), an empty string (read as absent) and epoch
 * seconds, so a timestamp written slightly differently never fails a whole response.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class LenientInstantDeserializer extends ValueDeserializer<Instant> {

	@Override
	public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
			double seconds = parser.getDoubleValue();
			long whole = (long) Math.floor(seconds);
			return Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1_000_000_000L));
		}
		if (token != JsonToken.VALUE_STRING) {
			return (Instant) context.handleUnexpectedToken(Instant.class, parser);
		}
		String text = parser.getString().trim();
		if (text.isEmpty()) {
			return null;
		}
		Instant instant = parse(text);
		if (instant == null) {
			return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 date-time");
		}
		return instant;
	}

	static @Nullable Instant parse(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException notLocal) {
				return null;
			}
		}
	}

}
