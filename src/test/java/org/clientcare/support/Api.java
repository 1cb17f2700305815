package org.clientcare.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/** A real HTTP client for the API, signed in as one user with HTTP Basic. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String base;

	private final String authorization;

	private Api(String base, String username, String password) {
		this.base = base;
		this.authorization = username == null ? null
				: "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public Api as(String username) {
		return new Api(base, username, "demo");
	}

	public Api as(String username, String password) {
		return new Api(base, username, password);
	}

	public Api anonymous() {
		return new Api(base, null, null);
	}

	public Response get(String path) {
		return send("GET", path, null, Map.of());
	}

	public Response post(String path, Object body) {
		return send("POST", path, body, Map.of());
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body, Map.of());
	}

	public Response patch(String path, Object body, String ifMatch) {
		return send("PATCH", path, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
	}

	/** Posts one file as the multipart part {@code field}. */
	public Response upload(String path, String field, String filename, String content) {
		String boundary = "----clientcare" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Sends a body as given: a String is sent verbatim, anything else as JSON. */
	public Response send(String method, String path, Object body, Map<String, String> headers) {
		String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
		var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.method(method, text == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
		if (text != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		headers.forEach(request::setHeader);
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public static Map<String, Object> json(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	/** An answer: status, headers, body (parsed as JSON on demand). */
	public record Response(int status, Map<String, java.util.List<String>> headers, String text) {

		public JsonNode body() {
			return JSON.readTree(text);
		}

		public String header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().get(0)).findFirst().orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		@Override
		public String toString() {
			return status + " " + text;
		}
	}

	/** Makes an {@link Api} for the random port of the test server. */
	public static class Configuration {

		@Bean
		@Lazy
		Api api(@Value("${local.server.port}") int port) {
			return new Api("http://localhost:" + port, null, null);
		}
	}
}
