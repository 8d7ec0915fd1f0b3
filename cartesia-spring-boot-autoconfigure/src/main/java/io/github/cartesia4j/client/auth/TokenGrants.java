package io.github.cartesia4j.client.auth;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The {@code grants} of an access token request; grants that are not set are not sent.
 *
 * @param tts whether the token may generate speech
 * @param stt whether the token may transcribe speech
 * @param agent whether the token may call voice agents
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenGrants(@JsonProperty("tts") @Nullable Boolean tts, @JsonProperty("stt") @Nullable Boolean stt,
		@JsonProperty("agent") @Nullable Boolean agent) {

	/**
	 * Grant exactly the given capabilities.
	 * @param grants the capabilities
	 * @return the grants, with only the given ones set (to {@code true})
	 */
	public static TokenGrants of(Grant... grants) {
		Set<Grant> granted = EnumSet.noneOf(Grant.class);
		for (Grant grant : grants) {
			if (grant == null) {
				throw new IllegalArgumentException("'grants' must not contain null");
			}
			granted.add(grant);
		}
		return new TokenGrants(granted.contains(Grant.TTS) ? Boolean.TRUE : null,
				granted.contains(Grant.STT) ? Boolean.TRUE : null, granted.contains(Grant.AGENT) ? Boolean.TRUE : null);
	}

	/**
	 * Return the capabilities granted ({@code true}).
	 * @return the granted capabilities, possibly empty
	 */
	public Set<Grant> granted() {
		Set<Grant> granted = EnumSet.noneOf(Grant.class);
		if (Boolean.TRUE.equals(this.tts)) {
			granted.add(Grant.TTS);
		}
		if (Boolean.TRUE.equals(this.stt)) {
			granted.add(Grant.STT);
		}
		if (Boolean.TRUE.equals(this.agent)) {
			granted.add(Grant.AGENT);
		}
		return granted;
	}

}
