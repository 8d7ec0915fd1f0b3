package io.github.cartesia4j.client.voices;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The voice created by clone or localize. API 2026-08-14 replaces {@code is_public} with
 * {@code access} and {@code visibility} and adds {@code tagline}.
 *
 * @param id the new voice's id
 * @param userId the owner's user id
 * @param isPublic whether the voice is public (up to 2025-11-04)
 * @param name the name
 * @param description the description
 * @param createdAt when the voice was created
 * @param language the language code
 * @param access {@code private} or {@code public} (2026-08-14)
 * @param visibility {@code owner} or {@code all} (2026-08-14)
 * @param tagline a short tagline (2026-08-14)
 * @author cartesia4j
 * @since 0.1.0
 */
public record VoiceMetadata(@JsonProperty("id") String id, @JsonProperty("user_id") @Nullable String userId,
		@JsonProperty("is_public") @Nullable Boolean isPublic, @JsonProperty("name") @Nullable String name,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("created_at") @Nullable Instant createdAt, @JsonProperty("language") @Nullable String language,
		@JsonProperty("access") @Nullable String access, @JsonProperty("visibility") @Nullable String visibility,
		@JsonProperty("tagline") @Nullable String tagline) {

}
