package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Datasets and their files, kept in {@link SimulatorState}: {@code GET|POST /datasets/},
 * {@code GET|PATCH|DELETE /datasets/{id}}, {@code GET|POST /datasets/{id}/files} (the upload
 * is multipart {@code file} and {@code purpose}) and {@code DELETE /datasets/{id}/files/{fileID}}.
 * Unknown ids answer 404, invalid fields 400 naming the field.
 *
 * @author cartesia4j
 */
final class DatasetsRoutes implements SimulatorRoutes {

	/**
	 * First API version whose datasets require a description.
	 */
	static final String DESCRIPTION_REQUIRED_SINCE = "2025-04-16";

	private final SimulatorSettings settings;

	private final SimulatorState state;

	DatasetsRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
		this.state = state;
		DatasetsSeed.ensure(state);
	}

	@Override
	public void register(SimulatorRouter router) {
		router.get("/datasets/", this::list)
			.post("/datasets/", this::create)
			.get("/datasets/{id}", this::get)
			.patch("/datasets/{id}", this::update)
			.delete("/datasets/{id}", this::delete)
			.get("/datasets/{id}/files", this::listFiles)
			.post("/datasets/{id}/files", this::uploadFile)
			.delete("/datasets/{id}/files/{fileID}", this::deleteFile);
	}

	static ObjectNode dataset(String id, String name, String description, String createdAt) {
		ObjectNode dataset = ResourceStore.object();
		dataset.put("id", id);
		dataset.put("name", name);
		dataset.put("description", description);
		dataset.put("created_at", createdAt);
		return dataset;
	}

	static ObjectNode file(String id, String filename, String createdAt, long size) {
		ObjectNode file = ResourceStore.object();
		file.put("id", id);
		file.put("filename", filename);
		file.put("created_at", createdAt);
		file.put("size", size);
		return file;
	}

	private Publisher<Void> list(SimulatorExchange exchange) {
		return exchange.sendJson(200, this.state.datasets.page(exchange, (dataset) -> true));
	}

	private Publisher<Void> create(SimulatorExchange exchange) {
		JsonNode body = exchange.jsonBody();
		String name = DatasetsFields.requireText(body, "name");
		String description = descriptionRequired(exchange) ? DatasetsFields.requireString(body, "description")
				: DatasetsFields.optionalString(body, "description");
		ObjectNode dataset = this.state.datasets.add(dataset(SimulatorIds.resourceId(), name,
				(description != null) ? description : "", ResourceStore.now()));
		return exchange.sendJson(200, SimulatorJson.write(dataset));
	}

	private Publisher<Void> get(SimulatorExchange exchange) {
		return exchange.sendJson(200, SimulatorJson.write(this.state.datasets.get(exchange.pathVariable("id"))));
	}

	private Publisher<Void> update(SimulatorExchange exchange) {
		String id = exchange.pathVariable("id");
		this.state.datasets.get(id);
		JsonNode body = exchange.jsonBody();
		String name = DatasetsFields.requireText(body, "name");
		String description = DatasetsFields.requireString(body, "description");
		this.state.datasets.update(id, (dataset) -> dataset.put("name", name).put("description", description));
		return exchange.response().status(204).send();
	}

	private Publisher<Void> delete(SimulatorExchange exchange) {
		String id = exchange.pathVariable("id");
		this.state.datasets.remove(id);
		ResourceStore files = this.state.datasetFiles(id);
		files.all((file) -> true).forEach((file) -> files.remove(file.get("id").asString()));
		return exchange.response().status(204).send();
	}

	private Publisher<Void> listFiles(SimulatorExchange exchange) {
		return exchange.sendJson(200, files(exchange).page(exchange, (file) -> true));
	}

	private Publisher<Void> uploadFile(SimulatorExchange exchange) {
		ResourceStore files = files(exchange);
		MultipartForm form = MultipartForm.parse(exchange);
		MultipartForm.Part file = form.file("file");
		if (file == null) {
			throw SimulatorErrors.badRequest("file is required: send it as a multipart file part named 'file'");
		}
		if (file.content().length == 0) {
			throw SimulatorErrors.badRequest("file must not be empty");
		}
		form.requireText("purpose");
		files.add(file(SimulatorIds.fileId(), file.filename(), ResourceStore.now(), file.content().length));
		return exchange.response().status(204).send();
	}

	private Publisher<Void> deleteFile(SimulatorExchange exchange) {
		files(exchange).remove(exchange.pathVariable("fileID"));
		return exchange.response().status(204).send();
	}

	private ResourceStore files(SimulatorExchange exchange) {
		String id = exchange.pathVariable("id");
		this.state.datasets.get(id);
		return this.state.datasetFiles(id);
	}

	private static boolean descriptionRequired(SimulatorExchange exchange) {
		@Nullable String version = exchange.apiVersion();
		return version == null || version.trim().compareTo(DESCRIPTION_REQUIRED_SINCE) >= 0;
	}

}
