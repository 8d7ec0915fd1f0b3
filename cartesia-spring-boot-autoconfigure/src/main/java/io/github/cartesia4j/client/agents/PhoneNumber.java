package io.github.cartesia4j.client.agents;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A phone number that calls an agent. Cartesia currently provisions one number per agent.
 *
 * @param agentId the agent the number calls
 * @param number the number in E.164 form, for example {@code +14155550123}
 * @param createdAt when the number was assigned
 * @param updatedAt when the number was last changed
 * @param cartesiaManaged whether Cartesia provisioned and manages the number
 * ({@code is_cartesia_managed})
 * @author cartesia4j
 * @since 0.1.0
 * @see <a href="https://docs.cartesia.ai/api-reference/agents/agents/phone-numbers">List Phone Numbers</a>
 */
public record PhoneNumber(@JsonProperty("agent_id") String agentId, @JsonProperty("number") String number,
		@JsonProperty("created_at") @LenientInstant @Nullable Instant createdAt,
		@JsonProperty("updated_at") @LenientInstant @Nullable Instant updatedAt,
		@JsonProperty("is_cartesia_managed") @Nullable Boolean cartesiaManaged) {

}
