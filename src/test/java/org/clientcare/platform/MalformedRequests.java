package org.clientcare.platform;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed requests generated from the OpenAPI document: for every operation, bad path values, bad query and paging
 * values, broken and wrongly shaped bodies, wrong field types, missing and null fields, huge strings, bad content
 * types and broken uploads. Every request is malformed by construction — a body always breaks its schema, a path
 * always names nothing that exists — so sending them changes no data.
 */
final class MalformedRequests {

	/** One request: method, path with query, body (sent verbatim), and its Content-Type (null: none). */
	record Probe(String method, String path, String body, String contentType) {

		@Override
		public String toString() {
			return method + " " + path + (contentType == null ? "" : " [" + contentType + "]")
					+ (body == null ? "" : " " + (body.length() > 120 ? body.substring(0, 120) + "…" : body));
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String MISSING_ID = "2147480001";

	private static final String MISSING_NAME = "NO_SUCH_THING";

	private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "1.5", "99999999999999999999", "%20", "null",
			"1;drop", "1e3", "0x10", "%E4%B8%AD", "9".repeat(300));

	private static final List<String> BAD_NAMES = List.of("x".repeat(300), "..", "%25", "%00", "%27%22", "%E4%B8%AD%E6%96%87",
			"a%20b", "-", "NULL", "%F0%9F%98%80");

	private static final List<String> BAD_NUMBERS = List.of("abc", "-1", "1.5", "99999999999999999999", "", "-2147483649",
			"NaN", "1e999", "%00", "0x1F");

	private static final List<String> BAD_PAGING = List.of("-1", "-100", "0", "100000", "2147483647", "abc", "", "1.5");

	private static final List<String> BAD_TEXT = List.of("x".repeat(65), "x".repeat(2_000), "%00", "%27%22%3B--", "NOT_AN_ENUM",
			"2026-13-45", "%E4%B8%AD", "%F0%9F%98%80", "", "%25%25%25", "..%2F..%2Fetc");

	private static final List<String> BAD_BOOLEANS = List.of("maybe", "2", "", "%00", "yes%20please");

	private static final List<String> BROKEN_JSON = List.of("", "{", "}", "[", "{\"a\":", "{\"a\" \"x\"}", "nul",
			"{'a':'b'}", "{\"a\":1,}", "\u0000", "{\"a\":\"\\uZZZZ\"}", "<xml/>", "{\"a\":\"x\"}}", "[1,2", "\"unterminated",
			"{\"x\":1e999999}", "{\"a\":NaN}", "{{}}", "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]", "true false");

	private static final List<String> WRONG_SHAPES = List.of("null", "true", "0", "-1", "\"text\"", "[]", "[{}]", "[null]",
			"1.5e308", "{\"answers\":{\"q\":null}}");

	private static final List<String> BAD_CONTENT_TYPES = List.of("*/*", "text/*", "text/plain", "application/xml",
			"multipart/form-data", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
			"application/json; charset=nope", "foo", "application/octet-stream", "multipart/mixed");

	private static final List<String> BROKEN_UPLOADS = List.of(
			"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc",
			"--b\r\nContent-Disposition: form-data; name=\"other\"; filename=\"a.csv\"\r\n\r\nabc\r\n--b--\r\n",
			"garbage without any boundary", "--b--\r\n", "--b\r\n\r\n\r\n--b--\r\n",
			"--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n\u0000\u0001\r\n--b");

	private final JsonNode document;

	MalformedRequests(JsonNode document) {
		this.document = document;
	}

	/** Every operation ({@code "POST /api/v1/customers"}) with its probes, in the document's order. */
	Map<String, List<Probe>> generate() {
		Map<String, List<Probe>> probes = new LinkedHashMap<>();
		for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").properties().iterator(); paths.hasNext();) {
			var path = paths.next();
			for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().properties().iterator(); operations.hasNext();) {
				var operation = operations.next();
				List<Probe> ofOperation = new ArrayList<>();
				operation(operation.getKey().toUpperCase(), path.getKey(), operation.getValue(), ofOperation);
				probes.put(operation.getKey().toUpperCase() + " " + path.getKey(), ofOperation);
			}
		}
		return probes;
	}

	private void operation(String method, String template, JsonNode operation, List<Probe> probes) {
		List<JsonNode> pathParameters = new ArrayList<>();
		List<JsonNode> queryParameters = new ArrayList<>();
		for (JsonNode parameter : operation.path("parameters")) {
			switch (parameter.path("in").asString()) {
				case "path" -> pathParameters.add(parameter);
				case "query" -> queryParameters.add(parameter);
				default -> {
				}
			}
		}
		JsonNode bodySchema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
		boolean hasBody = !bodySchema.isMissingNode();
		boolean upload = template.startsWith("/api/v1/imports/") && method.equals("POST");
		// A request without a body, with all its path values well-formed, would act; its path values name nothing.
		String path = fill(template, pathParameters, null, null);
		String query = requiredQuery(queryParameters);
		String validBody = hasBody ? JSON.writeValueAsString(poisoned(bodySchema)) : null;
		String validType = hasBody ? "application/json" : null;

		for (JsonNode parameter : pathParameters) {
			String name = parameter.path("name").asString();
			for (String value : isInteger(parameter) ? BAD_IDS : BAD_NAMES) {
				probes.add(new Probe(method, fill(template, pathParameters, name, value) + query, validBody, validType));
			}
		}
		for (JsonNode parameter : queryParameters) {
			String name = parameter.path("name").asString();
			for (String value : badValues(parameter)) {
				probes.add(new Probe(method, path + withParameter(query, name, value), validBody, validType));
			}
		}
		if (!hasBody && !upload) {
			return;
		}
		String target = path + query;
		for (String body : BROKEN_JSON) {
			probes.add(new Probe(method, target, body, "application/json"));
		}
		for (String body : WRONG_SHAPES) {
			probes.add(new Probe(method, target, body, "application/json"));
		}
		for (String type : BAD_CONTENT_TYPES) {
			probes.add(new Probe(method, target, validBody == null ? "{}" : validBody, type));
		}
		if (upload) {
			for (String body : BROKEN_UPLOADS) {
				probes.add(new Probe(method, target, body, "multipart/form-data; boundary=b"));
			}
		}
		if (!hasBody || !bodySchema.has("properties")) {
			return;
		}
		// Where a path names no record (an id that does not exist), the body may be well-typed and reach validation;
		// elsewhere it keeps one field of a wrong type, so that no mutation makes the request one that acts.
		boolean targetsNothing = pathParameters.stream().anyMatch(p -> isInteger(p) && p.path("name").asString().matches("id|.*Id"));
		Map<String, Object> base = base(bodySchema, !targetsNothing);
		List<String> required = new ArrayList<>();
		bodySchema.path("required").forEach(field -> required.add(field.asString()));
		List<String> fields = new ArrayList<>(base.keySet());
		for (var property : bodySchema.get("properties").properties()) {
			String field = property.getKey();
			List<Object> values = new ArrayList<>(wrongTypes(resolve(property.getValue())));
			Map<String, Object> start = base;
			if (!targetsNothing && field.equals(fields.get(fields.size() - 1))) {
				// The mutated field is the poisoned one: the poison moves to the first field, if there is another.
				if (fields.size() == 1) {
					values.forEach(wrong -> probes.add(new Probe(method, target, JSON.writeValueAsString(Map.of(field, wrong)),
							"application/json")));
					continue;
				}
				start = new LinkedHashMap<>(base);
				start.put(fields.get(0), wrongTypes(resolve(bodySchema.get("properties").get(fields.get(0)))).get(1));
			}
			values.addAll(List.of("x".repeat(5_000), "\u0000", "😀".repeat(40), List.of(Map.of("a", 1))));
			for (Object wrong : values) {
				Map<String, Object> body = new LinkedHashMap<>(start);
				body.put(field, wrong);
				probes.add(new Probe(method, target, JSON.writeValueAsString(body), "application/json"));
			}
			if (required.contains(field)) {
				Map<String, Object> without = new LinkedHashMap<>(start);
				without.remove(field);
				probes.add(new Probe(method, target, JSON.writeValueAsString(without), "application/json"));
			}
			Map<String, Object> nulled = new LinkedHashMap<>(start);
			nulled.put(field, null);
			probes.add(new Probe(method, target, JSON.writeValueAsString(nulled), "application/json"));
		}
	}

	/** Values that cannot bind to a property of this schema: Jackson coerces scalars to text, never arrays or objects. */
	private static List<Object> wrongTypes(JsonNode schema) {
		String type = schema.path("type").asString("object");
		return switch (type) {
			case "string" -> schema.has("enum") || schema.has("format")
					? List.of(List.of(), Map.of("a", 1), "NOT_AN_ENUM_OR_DATE", "2026-13-45T99:99")
					: List.of(List.of(), Map.of("a", 1), List.of("x"));
			case "integer", "number" -> List.of("abc", List.of(), Map.of("a", 1), "1e999999", "99999999999999999999999");
			case "boolean" -> List.of("maybe", List.of(), Map.of("a", 1));
			case "array" -> List.of("x", Map.of("a", 1), 12);
			default -> List.of("x", List.of(1), 12);
		};
	}

	/** A body of the schema's shape whose every field is of a wrong type: binding fails, whatever else is sent. */
	private Map<String, Object> poisoned(JsonNode schema) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (var property : schema.path("properties").properties()) {
			body.put(property.getKey(), wrongTypes(resolve(property.getValue())).get(1));
		}
		if (body.isEmpty()) {
			body.put("unknown", List.of());
		}
		return body;
	}

	/** A body with a well-typed value for every property; with {@code poisoned}, its last property of a wrong type. */
	private Map<String, Object> base(JsonNode schema, boolean poisoned) {
		Map<String, Object> body = new LinkedHashMap<>();
		String last = null;
		for (var property : schema.get("properties").properties()) {
			body.put(property.getKey(), sample(resolve(property.getValue())));
			last = property.getKey();
		}
		if (poisoned && last != null) {
			body.put(last, wrongTypes(resolve(schema.get("properties").get(last))).get(1));
		}
		return body;
	}

	private Object sample(JsonNode schema) {
		if (schema.has("enum")) {
			return schema.get("enum").get(0).asString();
		}
		return switch (schema.path("type").asString("object")) {
			case "string" -> switch (schema.path("format").asString("")) {
				case "date" -> "2026-06-30";
				case "date-time" -> "2026-06-30T10:00:00+08:00";
				default -> "x";
			};
			case "integer", "number" -> 1;
			case "boolean" -> true;
			case "array" -> List.of();
			default -> Map.of();
		};
	}

	private JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
		}
		return schema;
	}

	private static List<String> badValues(JsonNode parameter) {
		String name = parameter.path("name").asString();
		if (name.equals("page") || name.equals("size")) {
			return BAD_PAGING;
		}
		return switch (parameter.path("schema").path("type").asString("string")) {
			case "integer", "number" -> BAD_NUMBERS;
			case "boolean" -> BAD_BOOLEANS;
			default -> BAD_TEXT;
		};
	}

	private static boolean isInteger(JsonNode parameter) {
		String type = parameter.path("schema").path("type").asString("string");
		return type.equals("integer") || type.equals("number");
	}

	/** The path with every parameter naming nothing that exists, but {@code name} set to {@code value}. */
	private static String fill(String template, List<JsonNode> parameters, String name, String value) {
		String path = template;
		for (JsonNode parameter : parameters) {
			String parameterName = parameter.path("name").asString();
			String filled = parameterName.equals(name) ? value : isInteger(parameter) ? MISSING_ID : MISSING_NAME;
			path = path.replace("{" + parameterName + "}", filled);
		}
		return path;
	}

	/** Well-formed values of the required query parameters (e.g. the calendar's {@code from} and {@code add}). */
	private static String requiredQuery(List<JsonNode> parameters) {
		StringBuilder query = new StringBuilder();
		for (JsonNode parameter : parameters) {
			if (parameter.path("required").asBoolean(false)) {
				query.append(query.isEmpty() ? "?" : "&").append(parameter.path("name").asString()).append('=')
					.append(isInteger(parameter) ? "1" : "2026-06-30");
			}
		}
		return query.toString();
	}

	private static String withParameter(String query, String name, String value) {
		String pair = name + "=" + value;
		if (query.isEmpty()) {
			return "?" + pair;
		}
		String replaced = query.replaceAll("([?&])" + name + "=[^&]*", "$1" + java.util.regex.Matcher.quoteReplacement(pair));
		return replaced.equals(query) ? query + "&" + pair : replaced;
	}
}
