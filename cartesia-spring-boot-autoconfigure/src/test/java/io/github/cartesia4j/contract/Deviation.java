package io.github.cartesia4j.contract;

import com.atlassian.oai.validator.report.ValidationReport;

/**
 * A known difference between what the client or the simulator does and what an OpenAPI
 * document says, accepted for one operation. It covers validation messages with its key
 * whose text names its detail; every accepted deviation must still occur, so one that no
 * longer happens fails the case until it is removed.
 *
 * @param key the validator's message key, such as
 * {@code validation.response.body.schema.additionalProperties}
 * @param detail text the message must contain: the field, parameter, header or path
 * concerned
 * @param reason why the deviation is accepted, for the release note
 * @author cartesia4j
 */
record Deviation(String key, String detail, String reason) {

	Deviation {
		if (key.isBlank() || detail.isBlank() || reason.isBlank()) {
			throw new IllegalArgumentException("A deviation needs a key, a detail and a reason");
		}
	}

	/**
	 * Whether this deviation covers a validation message.
	 * @param message the message
	 * @return {@code true} if the key is the same and the text contains the detail
	 */
	boolean covers(ValidationReport.Message message) {
		return this.key.equals(message.getKey()) && text(message).contains(this.detail);
	}

	/**
	 * Return a message's text with its additional information, as it is matched.
	 * @param message the message
	 * @return the text
	 */
	static String text(ValidationReport.Message message) {
		StringBuilder text = new StringBuilder(message.getMessage());
		message.getAdditionalInfo().forEach((info) -> text.append('\n').append(info));
		return text.toString();
	}

	@Override
	public String toString() {
		return this.key + " [" + this.detail + "]: " + this.reason;
	}

}
