package io.github.cartesia4j.client.voices;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A voice, with the fields of every API version; each version sends a subset, so all but
 * {@code id} may be {@code null}.
 *
 * @param id the voice id
 * @param userId the owner's user id (2024-06-10)
 * @param isOwner whether the caller owns the voice (2024-11-13 and newer)
 * @param isPublic whether the voice is public (up to 2025-11-04)
 * @param name the name
 * @param description the description
 * @param gender {@code masculine}, {@code feminine}, {@code gender_neutral} or {@code null}
 * (2025-04-16 and newer); see {@link #genderPresentation()}
 * @param createdAt when the voice was created
 * @param embedding the voice embedding (2024-06-10, or 2024-11-13 with
 * {@code expand[]=embedding})
 * @param isStarred whether the caller starred the voice (2024-11-13 and 2025-04-16, when
 * expanded)
 * @param language the language code, for example {@code en}
 * @param previewFileUrl URL of a preview clip (with {@code expand[]=preview_file_url}); it
 * needs the same authentication to download
 * @param locales the locales the voice speaks, native first (2025-11-04 and newer)
 * @param country ISO 3166 alpha-2 country (2025-11-04 and newer, deprecated in 2026-08-14)
 * @param accent the accent: a display name (2025-11-04) or a catalog id such as
 * {@code general-american} (2026-08-14)
 * @param access {@code private} or {@code public} (2026-08-14)
 * @param visibility {@code owner} or {@code all} (2026-08-14)
 * @param tagline a short tagline, empty when unset (2026-08-14)
 * @author cartesia4j
 * @since 0.1.0
 * @see <a href="https://docs.cartesia.ai/api-reference/voices/get">Get Voice</a>
 */
public record Voice(@JsonProperty("id") String id, @JsonProperty("user_id") @Nullable String userId,
		@JsonProperty("is_owner") @Nullable Boolean isOwner, @JsonProperty("is_public") @Nullable Boolean isPublic,
		@JsonProperty("name") @Nullable String name, @JsonProperty("description") @Nullable String description,
		@JsonProperty("gender") @Nullable String gender, @JsonProperty("created_at") @Nullable Instant createdAt,
		@JsonProperty("embedding") @Nullable List<Double> embedding,
		@JsonProperty("is_starred") @Nullable Boolean isStarred, @JsonProperty("language") @Nullable String language,
		@JsonProperty("preview_file_url") @Nullable String previewFileUrl,
		@JsonProperty("locales") @Nullable List<VoiceLocale> locales,
		@JsonProperty("country") @Nullable String country, @JsonProperty("accent") @Nullable String accent,
		@JsonProperty("access") @Nullable String access, @JsonProperty("visibility") @Nullable String visibility,
		@JsonProperty("tagline") @Nullable String tagline) {

	public Voice {
		embedding = (embedding != null) ? List.copyOf(embedding) : null;
		locales = (locales != null) ? List.copyOf(locales) : null;
	}

	/**
	 * Return the gender as a {@link GenderPresentation}.
	 * @return the gender, or {@code null} when unset or not a known value
	 */
	public @Nullable GenderPresentation genderPresentation() {
		for (GenderPresentation candidate : GenderPresentation.values()) {
			if (candidate.value().equals(this.gender)) {
				return candidate;
			}
		}
		return null;
	}

}
