package io.github.cartesia4j.client.voices;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * Body of {@code PATCH /voices/{id}}. Absent fields are not sent and stay unchanged. A
 * {@link GenderChange#reset() gender reset} sends {@code "gender": null}. API versions before
 * 2025-11-04 require both {@code name} and {@code description}; {@code accent} is 2025-11-04
 * and newer.
 *
 * @param name the new name
 * @param description the new description
 * @param gender the gender change, or {@code null} to leave the gender unchanged
 * @param accent the new accent
 * @author cartesia4j
 * @since 0.1.0
 * @see <a href="https://docs.cartesia.ai/api-reference/voices/update">Update Voice</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoiceUpdate(@JsonProperty("name") @Nullable String name,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("gender") @Nullable GenderChange gender, @JsonProperty("accent") @Nullable String accent) {

	public VoiceUpdate {
		if (name != null) {
			Arguments.requireText(name, "name");
		}
		if (accent != null) {
			Arguments.requireText(accent, "accent");
		}
		if (name == null && description == null && gender == null && accent == null) {
			throw new IllegalArgumentException(
					"'name', 'description', 'gender' or 'accent' must be set: an update must change something");
		}
	}

	/**
	 * Start building an update.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start a builder holding this update's values.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder().name(this.name).description(this.description).gender(this.gender).accent(this.accent);
	}

	/**
	 * Builder for {@link VoiceUpdate}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable GenderChange gender;

		private @Nullable String accent;

		private Builder() {
		}

		/**
		 * Set the new name.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set the new description.
		 * @param description the description
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Set the gender.
		 * @param gender the new gender; use {@link #resetGender()} to reset it
		 * @return this builder
		 */
		public Builder gender(GenderPresentation gender) {
			this.gender = GenderChange.to(gender);
			return this;
		}

		/**
		 * Set the gender change; {@code null} leaves the gender unchanged.
		 * @param gender the change
		 * @return this builder
		 */
		public Builder gender(@Nullable GenderChange gender) {
			this.gender = gender;
			return this;
		}

		/**
		 * Reset the gender to the API's default, sending {@code "gender": null}.
		 * @return this builder
		 */
		public Builder resetGender() {
			this.gender = GenderChange.reset();
			return this;
		}

		/**
		 * Set the new accent (2025-11-04 and newer).
		 * @param accent the accent
		 * @return this builder
		 */
		public Builder accent(@Nullable String accent) {
			this.accent = accent;
			return this;
		}

		/**
		 * Build the update.
		 * @return the update
		 */
		public VoiceUpdate build() {
			return new VoiceUpdate(this.name, this.description, this.gender, this.accent);
		}

	}

}
