package io.github.cartesia4j.client.finetunes;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A voice produced by a fine-tune. Which fields are present depends on the API version, so
 * all but the id may be {@code null}.
 *
 * @param id the voice id, usable in text-to-speech requests
 * @param userId the owner (API 2024-06-10)
 * @param isOwner whether the caller owns the voice
 * @param isPublic whether the voice is public (API versions up to 2025-11-04)
 * @param access {@code private} or {@code public} (API 2026-08-14)
 * @param visibility {@code owner} or {@code all} (API 2026-08-14)
 * @param name the name
 * @param tagline the short tagline (API 2026-08-14)
 * @param description the description
 * @param gender {@code masculine}, {@code feminine} or {@code gender_neutral}
 * @param createdAt when it was created, as the API sent it (ISO-8601)
 * @param previewFileUrl the preview audio, when expanded
 * @param isStarred whether the caller starred it (API 2025-04-16)
 * @param language the language code
 * @param locales the locales it speaks, native first (API 2025-11-04 and later)
 * @param country the ISO-3166 country code
 * @param accent the accent
 * @author cartesia4j
 * @since 0.1.0
 */
public record FineTuneVoice(@JsonProperty("id") String id, @JsonProperty("user_id") @Nullable String userId,
		@JsonProperty("is_owner") @Nullable Boolean isOwner, @JsonProperty("is_public") @Nullable Boolean isPublic,
		@JsonProperty("access") @Nullable String access, @JsonProperty("visibility") @Nullable String visibility,
		@JsonProperty("name") @Nullable String name, @JsonProperty("tagline") @Nullable String tagline,
		@JsonProperty("description") @Nullable String description, @JsonProperty("gender") @Nullable String gender,
		@JsonProperty("created_at") @Nullable String createdAt,
		@JsonProperty("preview_file_url") @Nullable String previewFileUrl,
		@JsonProperty("is_starred") @Nullable Boolean isStarred, @JsonProperty("language") @Nullable String language,
		@JsonProperty("locales") @Nullable List<FineTuneVoiceLocale> locales,
		@JsonProperty("country") @Nullable String country, @JsonProperty("accent") @Nullable String accent) {

	public FineTuneVoice {
		locales = (locales != null) ? List.copyOf(locales) : null;
	}

}
