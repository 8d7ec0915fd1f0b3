package io.github.cartesia4j.client.core;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * An open WebSocket to the Cartesia API, from {@link WebSocketTransport#connect}. Sends are
 * written in the order they are subscribed; what arrives goes to the
 * {@link WebSocketListener} given when connecting.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class WebSocketConnection {

	private final String operation;

	private final WebsocketInbound inbound;

	private final WebsocketOutbound outbound;

	private final AtomicReference<@Nullable WebSocketCloseStatus> closeStatus = new AtomicReference<>();

	private final AtomicBoolean ended = new AtomicBoolean();

	private volatile boolean closing;

	WebSocketConnection(String operation, WebsocketInbound inbound, WebsocketOutbound outbound) {
		this.operation = operation;
		this.inbound = inbound;
		this.outbound = outbound;
	}

	/**
	 * Send a text frame.
	 * @param text the payload
	 * @return completes once the frame is written, or fails with a
	 * {@link CartesiaConnectionException} when the socket is gone
	 */
	public Mono<Void> send(String text) {
		return Mono.defer(() -> this.ended.get() ? Mono.error(closed())
				: this.outbound.sendObject(new TextWebSocketFrame(text)).then())
			.onErrorMap(this::sendFailure);
	}

	/**
	 * Send a binary frame.
	 * @param data the payload
	 * @return completes once the frame is written, or fails with a
	 * {@link CartesiaConnectionException} when the socket is gone
	 */
	public Mono<Void> send(byte[] data) {
		return Mono.defer(() -> this.ended.get() ? Mono.error(closed())
				: this.outbound.sendObject(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(data))).then())
			.onErrorMap(this::sendFailure);
	}

	/**
	 * Close the socket normally (code {@value WebSocketClosure#NORMAL}); the listener hears
	 * about it once the server has answered.
	 * @return completes once the close frame is written (or the socket is already gone)
	 */
	public Mono<Void> close() {
		return Mono.defer(() -> {
			if (this.ended.get()) {
				return Mono.<Void>empty();
			}
			this.closing = true;
			return this.outbound.sendClose(WebSocketClosure.NORMAL, "");
		}).onErrorResume((ex) -> Mono.empty());
	}

	/**
	 * Whether the socket is still open.
	 * @return {@code false} once it ended
	 */
	public boolean isOpen() {
		return !this.ended.get();
	}

	Mono<Void> receive(WebSocketListener listener) {
		this.inbound.receiveCloseStatus().subscribe(this.closeStatus::set, (ex) -> {
		});
		return this.inbound.aggregateFrames(WebSocketTransport.MAX_FRAME_PAYLOAD_LENGTH)
			.receiveFrames()
			.doOnNext((frame) -> dispatch(frame, listener))
			.then();
	}

	void ended(WebSocketListener listener, @Nullable Throwable error) {
		if (!this.ended.compareAndSet(false, true)) {
			return;
		}
		WebSocketCloseStatus status = this.closeStatus.get();
		WebSocketClosure closure;
		if (status != null && status.code() != WebSocketClosure.ABNORMAL) {
			closure = new WebSocketClosure(status.code(), status.reasonText(), null);
		}
		else if (this.closing) {
			closure = new WebSocketClosure(WebSocketClosure.NORMAL, "closed by the client", null);
		}
		else {
			String cause = (error != null) ? error.toString() : "no close frame";
			closure = new WebSocketClosure(WebSocketClosure.ABNORMAL, null,
					new CartesiaConnectionException(this.operation + " connection broke: " + cause, error));
		}
		listener.onClosed(closure);
	}

	private static void dispatch(WebSocketFrame frame, WebSocketListener listener) {
		if (frame instanceof TextWebSocketFrame) {
			listener.onText(frame.content().toString(StandardCharsets.UTF_8));
		}
		else if (frame instanceof BinaryWebSocketFrame) {
			listener.onBinary(ByteBufUtil.getBytes(frame.content()));
		}
	}

	private Throwable sendFailure(Throwable ex) {
		return (ex instanceof CartesiaException) ? ex
				: new CartesiaConnectionException(this.operation + " could not send: the socket is closed", ex);
	}

	private CartesiaConnectionException closed() {
		return new CartesiaConnectionException(this.operation + " could not send: the socket is closed", null);
	}

}
