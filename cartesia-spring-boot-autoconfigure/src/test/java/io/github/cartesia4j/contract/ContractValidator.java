package io.github.cartesia4j.contract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import io.swagger.v3.oas.models.OpenAPI;

import io.github.cartesia4j.test.simulator.RecordedRequest;

/**
 * Validates exchanges of one {@link ContractCase} against its OpenAPI document. Everything
 * the validator reports fails, except messages covered by the case's accepted
 * {@link Deviation deviations}; an accepted deviation that does not occur fails too. Paths
 * match strictly (a trailing slash counts), unknown query parameters and unknown body fields
 * are errors.
 * <p>
 * Deviations are applied as a whitelist of this case's validator, after validation, rather
 * than by lowering their keys in the {@link LevelResolver}: a lowered level changes the
 * validator's decisions (a security requirement whose missing credential is only a warning
 * counts as met), so the deviation would vanish instead of being recorded as it happens.
 *
 * @author cartesia4j
 */
final class ContractValidator {

	private static final String ACCEPTED = "accepted deviation";

	private static final Pattern LISTED_NAMES = Pattern.compile("\\[(\"[^\"]*\"(?:,\"[^\"]*\")*)]");

	private final List<Deviation> deviations;

	private final OpenApiInteractionValidator validator;

	ContractValidator(ApiDocument document, List<Deviation> deviations) {
		this.deviations = List.copyOf(deviations);
		ValidationErrorsWhitelist whitelist = ValidationErrorsWhitelist.create()
			.withRule(ACCEPTED, (message, operation, request, response) -> !covering(message).isEmpty());
		LevelResolver resolver = LevelResolver.create().withLoader(null).build();
		MessageResolver messages = new MessageResolver(resolver);
		OpenAPI api = document.api();
		SchemaValidator schemas = new SchemaValidator(api, messages);
		this.validator = OpenApiInteractionValidator.createFor(api)
			.withLevelResolver(resolver)
			.withWhitelist(whitelist)
			.withStrictOperationPathMatching()
			.withCustomRequestValidation(new MultipartBodyValidator(schemas, messages))
			.withCustomResponseValidation(new SseEventsValidator(schemas, messages))
			.build();
	}

	ContractValidator(ContractCase contractCase) {
		this(contractCase.document(), contractCase.deviations());
	}

	/**
	 * Validate exchanges and return what is wrong with them.
	 * @param exchanges the requests and responses of the case's call
	 * @return one line per problem, empty if the exchanges match the document
	 */
	List<String> problems(List<Exchange> exchanges) {
		List<String> problems = new ArrayList<>();
		Set<Deviation> occurred = new LinkedHashSet<>();
		for (Exchange exchange : exchanges) {
			ValidationReport report;
			try {
				report = this.validator.validate(request(exchange.request()), response(exchange.response()));
			}
			catch (PatternSyntaxException ex) {
				problems.add(exchange + ": validation.request.parameter.query.unexpected: a query parameter of '"
						+ exchange.request().query() + "' is not in the document (the validator cannot name it: it "
						+ "fails on the bracketed names the operation declares, such as expand[])");
				continue;
			}
			for (ValidationReport.Message message : report.getMessages()) {
				boolean accepted = message.getContext()
					.flatMap(ValidationReport.MessageContext::getAppliedWhitelistRule)
					.isPresent();
				if (accepted) {
					occurred.addAll(covering(message));
				}
				else if (message.getLevel() == ValidationReport.Level.ERROR
						|| message.getLevel() == ValidationReport.Level.WARN) {
					problems.add(exchange + ": " + message.getKey() + ": " + Deviation.text(message));
				}
			}
		}
		this.deviations.stream()
			.filter((deviation) -> !occurred.contains(deviation))
			.forEach((deviation) -> problems.add("Accepted deviation no longer occurs, remove it: " + deviation));
		return problems;
	}

	/**
	 * Return the deviations that together cover a message, or none if they do not cover all
	 * of it: a message listing several fields (unknown or missing ones) is covered only if
	 * every listed field is named by a deviation.
	 * @param message a validation message
	 * @return the covering deviations, empty if the message is not accepted
	 */
	private List<Deviation> covering(ValidationReport.Message message) {
		List<Deviation> candidates = this.deviations.stream().filter((deviation) -> deviation.covers(message)).toList();
		if (candidates.isEmpty() || !listsFields(message.getKey())) {
			return candidates;
		}
		Matcher listed = LISTED_NAMES.matcher(message.getMessage());
		while (listed.find()) {
			for (String name : listed.group(1).split(",")) {
				if (candidates.stream().noneMatch((deviation) -> deviation.detail().contains(name))) {
					return List.of();
				}
			}
		}
		return candidates;
	}

	private static boolean listsFields(String key) {
		return key.endsWith(".additionalProperties") || key.endsWith(".required");
	}

	static Request request(RecordedRequest recorded) {
		SimpleRequest.Builder request = new SimpleRequest.Builder(recorded.method(), recorded.path());
		query(recorded.query()).forEach(request::withQueryParam);
		recorded.headers().forEach(request::withHeader);
		if (recorded.body().length > 0) {
			request.withBody(recorded.body());
		}
		return request.build();
	}

	static Response response(CapturedResponse captured) {
		SimpleResponse.Builder response = new SimpleResponse.Builder(captured.status());
		captured.headers().forEach(response::withHeader);
		byte[] body = captured.body();
		if (body.length > 0) {
			response.withBody(body);
		}
		return response.build();
	}

	private static Map<String, List<String>> query(String query) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (query == null || query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return parameters;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
