package io.github.cartesia4j.test.simulator;

import java.time.Duration;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Carries out a {@link SimulatorFault} on a response.
 *
 * @author cartesia4j
 */
final class SimulatorFaultResponder {

	private static final Duration SETTLE = Duration.ofMillis(50);

	private SimulatorFaultResponder() {
	}

	static Publisher<Void> respond(SimulatorFault fault, SimulatorExchange exchange, SimulatorHandler handler) {
		HttpServerResponse response = exchange.response();
		return switch (fault.kind()) {
			case DELAY -> Mono.delay(fault.delay()).then(Mono.from(handler.handle(exchange)));
			case RESET -> end(response, SimulatorFault.Ending.RESET);
			case EMPTY_REPLY -> end(response, SimulatorFault.Ending.CLOSE);
			case STATUS -> {
				response.status(fault.statusCode());
				fault.headers().forEach(response::header);
				yield response.sendByteArray(Mono.just(fault.body())).then();
			}
			case PARTIAL -> {
				response.status(fault.statusCode());
				fault.headers().forEach(response::header);
				if (fault.ending() == SimulatorFault.Ending.COMPLETE) {
					yield response.sendByteArray(Mono.just(fault.body())).then();
				}
				Flux<ByteBuf> body = Flux.<ByteBuf>just(Unpooled.wrappedBuffer(fault.body()))
					.concatWith(end(response, fault.ending()).then(Mono.empty()));
				yield response.send(body).then();
			}
		};
	}

	private static Mono<Void> end(HttpServerResponse response, SimulatorFault.Ending ending) {
		return switch (ending) {
			case STALL -> Mono.never();
			case COMPLETE -> Mono.empty();
			case RESET, CLOSE -> Mono.delay(SETTLE).then(Mono.fromRunnable(() -> response.withConnection((connection) -> {
				Channel channel = connection.channel();
				if (ending == SimulatorFault.Ending.RESET) {
					channel.config().setOption(ChannelOption.SO_LINGER, 0);
				}
				channel.close();
			}))).then(Mono.never());
		};
	}

}
