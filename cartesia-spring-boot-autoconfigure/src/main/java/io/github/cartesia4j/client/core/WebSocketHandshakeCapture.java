package io.github.cartesia4j.client.core;

import java.io.ByteArrayOutputStream;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Copies the body of a refused WebSocket upgrade as it passes by, because the handshake
 * exception only carries a response whose content has already been released. Removes itself
 * once the upgrade response is complete.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class WebSocketHandshakeCapture extends ChannelInboundHandlerAdapter {

	static final String NAME = "cartesia.handshakeCapture";

	private static final int MAX_BODY = 64 * 1024;

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	private boolean refused;

	@Override
	public void channelRead(ChannelHandlerContext context, Object message) throws Exception {
		if (message instanceof HttpResponse response) {
			this.refused = !HttpResponseStatus.SWITCHING_PROTOCOLS.equals(response.status());
		}
		if (this.refused && message instanceof HttpContent content) {
			copy(content.content());
		}
		boolean last = message instanceof LastHttpContent;
		context.fireChannelRead(message);
		if (last && context.pipeline().get(NAME) == this) {
			context.pipeline().remove(this);
		}
	}

	synchronized byte[] body() {
		return this.body.toByteArray();
	}

	private synchronized void copy(ByteBuf content) {
		int length = Math.min(content.readableBytes(), MAX_BODY - this.body.size());
		if (length > 0) {
			byte[] bytes = new byte[length];
			content.getBytes(content.readerIndex(), bytes);
			this.body.write(bytes, 0, length);
		}
	}

}
