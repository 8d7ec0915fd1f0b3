package io.github.cartesia4j.test.simulator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.netty.handler.codec.http.HttpMethod;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;

/**
 * Registers simulator routes on Reactor Netty's {@link HttpServerRoutes}. Every request is
 * given a request id ({@code X-Request-Id}), has its body read and recorded, is checked
 * for credentials and API version (unless the route is public), and has any
 * {@link SimulatorException} turned into a JSON error response. Requests no route matches
 * get a 404 (or 405 when only the method differs) once {@link #fallback()} is registered.
 *
 * @author cartesia4j
 */
final class SimulatorRouter {

	static final String REQUEST_ID_HEADER = "X-Request-Id";

	private static final byte[] NO_BODY = new byte[0];

	private final HttpServerRoutes routes;

	private final SimulatorAuth auth;

	private final RequestRecorder recorder;

	private final SimulatorFaults faults;

	private final List<PathTemplate> templates = new CopyOnWriteArrayList<>();

	SimulatorRouter(HttpServerRoutes routes, SimulatorAuth auth, RequestRecorder recorder, SimulatorFaults faults) {
		this.routes = routes;
		this.auth = auth;
		this.recorder = recorder;
		this.faults = faults;
	}

	SimulatorRouter get(String path, SimulatorHandler handler) {
		return route(HttpMethod.GET, path, handler, true);
	}

	SimulatorRouter post(String path, SimulatorHandler handler) {
		return route(HttpMethod.POST, path, handler, true);
	}

	SimulatorRouter put(String path, SimulatorHandler handler) {
		return route(HttpMethod.PUT, path, handler, true);
	}

	SimulatorRouter patch(String path, SimulatorHandler handler) {
		return route(HttpMethod.PATCH, path, handler, true);
	}

	SimulatorRouter delete(String path, SimulatorHandler handler) {
		return route(HttpMethod.DELETE, path, handler, true);
	}

	SimulatorRouter publicGet(String path, SimulatorHandler handler) {
		return route(HttpMethod.GET, path, handler, false);
	}

	/**
	 * Return the underlying Reactor Netty routes, for WebSocket routes. Register them
	 * before {@link #fallback()}.
	 * @return the routes
	 */
	HttpServerRoutes routes() {
		return this.routes;
	}

	SimulatorAuth auth() {
		return this.auth;
	}

	/**
	 * Register the catch-all route answering 404 or 405; call it last.
	 */
	void fallback() {
		this.routes.route((request) -> true,
				(request, response) -> handle(request, response, Map.of(), this::unmatched, true));
	}

	private SimulatorRouter route(HttpMethod method, String path, SimulatorHandler handler, boolean authenticated) {
		PathTemplate template = new PathTemplate(path);
		this.templates.add(template);
		this.routes.route((request) -> method.equals(request.method()) && template.matches(request.uri()),
				(request, response) -> {
					Map<String, String> variables = template.variables(request.uri());
					return handle(request, response, (variables != null) ? variables : Map.of(), handler,
							authenticated);
				});
		return this;
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response,
			Map<String, String> variables, SimulatorHandler handler, boolean authenticated) {
		String requestId = SimulatorIds.requestId();
		response.header(REQUEST_ID_HEADER, requestId);
		return request.receive().aggregate().asByteArray().defaultIfEmpty(NO_BODY).flatMap((body) -> {
			this.recorder.record(request, body);
			SimulatorExchange exchange = new SimulatorExchange(request, response, body, requestId, variables);
			SimulatorFault fault = this.faults.take(request.method().name(), pathOf(request.uri()));
			if (fault != null) {
				return Mono.from(SimulatorFaultResponder.respond(fault, exchange,
						(faulty) -> checked(faulty, handler, authenticated)));
			}
			return Mono.from(checked(exchange, handler, authenticated));
		});
	}

	private static String pathOf(String uri) {
		int query = uri.indexOf('?');
		return (query < 0) ? uri : uri.substring(0, query);
	}

	private Publisher<Void> checked(SimulatorExchange exchange, SimulatorHandler handler, boolean authenticated) {
		try {
			if (authenticated) {
				this.auth.check(exchange.request().requestHeaders());
			}
			return Mono.from(handler.handle(exchange)).onErrorResume((ex) -> fail(exchange, ex));
		}
		catch (RuntimeException ex) {
			return fail(exchange, ex);
		}
	}

	private Publisher<Void> unmatched(SimulatorExchange exchange) {
		HttpServerRequest request = exchange.request();
		String path = request.fullPath();
		boolean known = this.templates.stream().anyMatch((template) -> template.matches(request.uri()));
		throw known ? SimulatorErrors.methodNotAllowed(request.method().name() + " is not allowed on " + path)
				: SimulatorErrors.notFound("No route for " + request.method().name() + " " + path);
	}

	private static Mono<Void> fail(SimulatorExchange exchange, Throwable ex) {
		if (exchange.response().hasSentHeaders()) {
			return Mono.error(ex);
		}
		SimulatorException error = (ex instanceof SimulatorException simulatorException) ? simulatorException
				: SimulatorErrors.internalError(String.valueOf(ex.getMessage()));
		return SimulatorErrors.send(exchange.response(), exchange.requestId(), error);
	}

}
