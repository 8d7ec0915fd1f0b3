package io.github.cartesia4j.test.simulator;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The transcripts of the seeded calls, before {@link AgentsTranscripts} times them: spoken
 * turns with their end reasons, a tool call, a logged event and a logged metric.
 *
 * @author cartesia4j
 */
final class AgentsSeedCalls {

	private AgentsSeedCalls() {
	}

	static ArrayNode booking() {
		ArrayNode transcript = ResourceStore.array();
		agent(transcript, "Hi, thanks for calling Acme support. This is Savannah. How can I help you today?", 0.284);
		user(transcript, "Hi Savannah. My dishwasher stopped draining and I would like someone to take a look.", 612);
		agent(transcript, "I'm sorry to hear that. I can book a technician visit. What is your postcode?", 0.301);
		user(transcript, "It is nine four one zero seven.", 488);
		ObjectNode lookup = agent(transcript, "Let me check what we have available for you.", 0.276);
		lookup.putArray("tool_calls")
			.addObject()
			.put("id", "call_sim_book_1")
			.put("name", "book_appointment")
			.putObject("arguments")
			.put("postcode", "94107")
			.put("date", "2025-08-18")
			.put("window", "09:00-11:00");
		ObjectNode event = system(transcript);
		event.putObject("log_event")
			.put("event", "appointment_booked")
			.putObject("metadata")
			.put("appointment_id", "apt_58213")
			.put("window", "09:00-11:00");
		agent(transcript, "You are booked for Monday between nine and eleven in the morning. Anything else?", 0.312);
		user(transcript, "No, that is perfect. Thank you so much!", 530);
		agent(transcript, "You're welcome. Have a great day!", 0.251).put("end_reason", "call_ended");
		system(transcript).putObject("log_metric").put("name", "llm_ttft_seconds").put("value", 0.412);
		return transcript;
	}

	static ArrayNode billing() {
		ArrayNode transcript = ResourceStore.array();
		agent(transcript, "Hi, thanks for calling Acme support. How can I help you today?", 0.279);
		user(transcript, "I was charged twice for my last order.", 575);
		agent(transcript, "I'm sorry about that. I can see two charges of forty nine dollars on August twelfth. "
				+ "I have refunded the duplicate.", 0.334);
		user(transcript, "Great, how long will the refund take?", 441);
		agent(transcript, "It should appear within three to five business days.", 0.262);
		user(transcript, "Okay, thanks.", 390);
		agent(transcript, "Thanks for calling. Goodbye!", 0.248).put("end_reason", "call_ended");
		return transcript;
	}

	static ArrayNode orderStatus() {
		ArrayNode transcript = ResourceStore.array();
		agent(transcript, "Hi there! Thanks for calling Acme support.", 0.288);
		user(transcript, "Hi, where is my order? The number is A one zero four four two.", 664);
		ObjectNode answer = agent(transcript,
				"Let me look that up. Your order shipped this morning and arrives tomorrow.", 0.297);
		answer.putArray("tool_calls")
			.addObject()
			.put("id", "call_sim_lookup_1")
			.put("name", "lookup_order")
			.putObject("arguments")
			.put("order_number", "A-10442");
		user(transcript, "Oh good. Thanks.", 402);
		agent(transcript, "Happy to help. Goodbye!", 0.243).put("end_reason", "call_ended");
		return transcript;
	}

	static ArrayNode openingHours() {
		ArrayNode transcript = ResourceStore.array();
		agent(transcript, "Hi, thanks for calling Acme support. This call may be", 0.281).put("end_reason",
				"interrupted");
		user(transcript, "Hi, I just wanted to check your opening hours.", 520);
		agent(transcript, "We are open from eight in the morning to six in the evening, Monday to Saturday.", 0.305);
		user(transcript, "Perfect, thank you.", 415);
		agent(transcript, "You're welcome. Goodbye!", 0.239).put("end_reason", "call_ended");
		return transcript;
	}

	private static ObjectNode agent(ArrayNode transcript, String text, double ttfb) {
		return transcript.addObject()
			.put("role", "assistant")
			.put("text", text)
			.put("end_reason", "tts_completed")
			.put("tts_ttfb", ttfb);
	}

	private static ObjectNode user(ArrayNode transcript, String text, int vadBufferMs) {
		return transcript.addObject().put("role", "user").put("text", text).put("vad_buffer_ms", vadBufferMs);
	}

	private static ObjectNode system(ArrayNode transcript) {
		return transcript.addObject().put("role", "system");
	}

}
