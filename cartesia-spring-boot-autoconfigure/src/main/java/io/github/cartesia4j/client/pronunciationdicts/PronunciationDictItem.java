package io.github.cartesia4j.client.pronunciationdicts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One mapping of a pronunciation dictionary: the {@code text} to find in a transcript and
 * the {@code alias} spoken instead (plain words or IPA phonemes such as
 * {@code <<ˈk|ɑ|ɹ|t|i|ʒ|ə>>}). Requests check the fields; responses are read as sent.
 *
 * @param text the text to replace
 * @param alias what is spoken instead
 * @param caseSensitive whether {@code text} must match with the same capitalisation, or
 * {@code null} for the API's default
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PronunciationDictItem(@JsonProperty("text") String text, @JsonProperty("alias") String alias,
		@JsonProperty("case_sensitive") @Nullable Boolean caseSensitive) {

	/**
	 * A mapping with the API's default case sensitivity.
	 * @param text the text to replace
	 * @param alias what is spoken instead
	 * @return the item
	 */
	public static PronunciationDictItem of(String text, String alias) {
		return new PronunciationDictItem(text, alias, null);
	}

	/**
	 * Return a copy with an explicit case sensitivity.
	 * @param caseSensitive whether {@code text} must match with the same capitalisation
	 * @return the copy
	 */
	public PronunciationDictItem withCaseSensitive(boolean caseSensitive) {
		return new PronunciationDictItem(this.text, this.alias, caseSensitive);
	}

}
