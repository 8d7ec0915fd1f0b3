package io.github.cartesia4j.client.voices;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.CartesiaRequest;

/**
 * Query of {@code GET /voices}: page size and cursors, plus filters. Which filters an API
 * version honours differs: {@code q} and {@code language} are 2025-11-04 and newer,
 * {@code is_starred} is 2024-11-13 and 2025-04-16 only.
 *
 * @param limit the page size, 1 to 100, or {@code null} for the API's default
 * @param startingAfter return the voices after this id
 * @param endingBefore return the voices before this id
 * @param q search text matched against name, description and id
 * @param isOwner only the caller's voices ({@code true}) or only the others ({@code false})
 * @param isStarred only starred voices
 * @param gender only voices of this gender presentation
 * @param expand extra fields, see {@link VoiceExpand}; sent as one {@code expand[]} per value
 * @param language only voices of this language or locale, for example {@code en} or
 * {@code en-GB}
 * @author cartesia4j
 * @since 0.1.0
 */
public record VoiceListRequest(@Nullable Integer limit, @Nullable String startingAfter, @Nullable String endingBefore,
		@Nullable String q, @Nullable Boolean isOwner, @Nullable Boolean isStarred,
		@Nullable GenderPresentation gender, List<String> expand, @Nullable String language) {

	/**
	 * The first page with the API's default size and no filter.
	 */
	public static final VoiceListRequest FIRST = builder().build();

	public VoiceListRequest {
		Arguments.requireRange(limit, 1, 100, "limit");
		if (startingAfter != null && endingBefore != null) {
			throw new IllegalArgumentException("'starting_after' and 'ending_before' must not both be set");
		}
		requireNotBlank(startingAfter, "starting_after");
		requireNotBlank(endingBefore, "ending_before");
		requireNotBlank(language, "language");
		if (expand != null) {
			expand.forEach((value) -> Arguments.requireText(value, "expand[]"));
		}
		expand = (expand != null) ? List.copyOf(expand) : List.of();
	}

	private static void requireNotBlank(@Nullable String value, String field) {
		if (value != null) {
			Arguments.requireText(value, field);
		}
	}

	/**
	 * Start building a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start a builder holding this request's values.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder().limit(this.limit)
			.startingAfter(this.startingAfter)
			.endingBefore(this.endingBefore)
			.q(this.q)
			.isOwner(this.isOwner)
			.isStarred(this.isStarred)
			.gender(this.gender)
			.expand(this.expand)
			.language(this.language);
	}

	/**
	 * Return the same query for the page after a cursor.
	 * @param cursor the id to start after
	 * @return the request
	 */
	public VoiceListRequest after(String cursor) {
		return toBuilder().startingAfter(cursor).endingBefore(null).build();
	}

	CartesiaRequest.Builder applyTo(CartesiaRequest.Builder request) {
		return request.query("limit", this.limit)
			.query("starting_after", this.startingAfter)
			.query("ending_before", this.endingBefore)
			.query("q", this.q)
			.query("is_owner", this.isOwner)
			.query("is_starred", this.isStarred)
			.query("gender", (this.gender != null) ? this.gender.value() : null)
			.queryEach("expand[]", this.expand)
			.query("language", this.language);
	}

	/**
	 * Builder for {@link VoiceListRequest}.
	 */
	public static final class Builder {

		private @Nullable Integer limit;

		private @Nullable String startingAfter;

		private @Nullable String endingBefore;

		private @Nullable String q;

		private @Nullable Boolean isOwner;

		private @Nullable Boolean isStarred;

		private @Nullable GenderPresentation gender;

		private List<String> expand = List.of();

		private @Nullable String language;

		private Builder() {
		}

		/**
		 * Set the page size.
		 * @param limit 1 to 100, or {@code null} for the API's default
		 * @return this builder
		 */
		public Builder limit(@Nullable Integer limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Start after a voice id.
		 * @param startingAfter the cursor
		 * @return this builder
		 */
		public Builder startingAfter(@Nullable String startingAfter) {
			this.startingAfter = startingAfter;
			return this;
		}

		/**
		 * End before a voice id.
		 * @param endingBefore the cursor
		 * @return this builder
		 */
		public Builder endingBefore(@Nullable String endingBefore) {
			this.endingBefore = endingBefore;
			return this;
		}

		/**
		 * Search name, description and id (2025-11-04 and newer).
		 * @param q the search text
		 * @return this builder
		 */
		public Builder q(@Nullable String q) {
			this.q = q;
			return this;
		}

		/**
		 * Filter on ownership.
		 * @param isOwner {@code true} for the caller's voices only
		 * @return this builder
		 */
		public Builder isOwner(@Nullable Boolean isOwner) {
			this.isOwner = isOwner;
			return this;
		}

		/**
		 * Filter on stars (2024-11-13 and 2025-04-16).
		 * @param isStarred {@code true} for starred voices only
		 * @return this builder
		 */
		public Builder isStarred(@Nullable Boolean isStarred) {
			this.isStarred = isStarred;
			return this;
		}

		/**
		 * Filter on gender presentation.
		 * @param gender the gender
		 * @return this builder
		 */
		public Builder gender(@Nullable GenderPresentation gender) {
			this.gender = gender;
			return this;
		}

		/**
		 * Ask for extra fields, see {@link VoiceExpand}.
		 * @param expand the fields
		 * @return this builder
		 */
		public Builder expand(@Nullable List<String> expand) {
			this.expand = (expand != null) ? expand : List.of();
			return this;
		}

		/**
		 * Ask for extra fields, see {@link VoiceExpand}.
		 * @param expand the fields
		 * @return this builder
		 */
		public Builder expand(String... expand) {
			return expand(Arrays.asList(expand));
		}

		/**
		 * Filter on language or locale.
		 * @param language for example {@code en} or {@code en-GB}
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public VoiceListRequest build() {
			return new VoiceListRequest(this.limit, this.startingAfter, this.endingBefore, this.q, this.isOwner,
					this.isStarred, this.gender, this.expand, this.language);
		}

	}

}
