package org.clientcare.support;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * A real HTTP client for the API, signed in as one user with HTTP Basic. Its requests go over HTTP/1.1 connections
 * kept open between requests, as the JDK's client's did, through Apache HttpClient's blocking client, which spends
 * about a quarter of the JDK client's CPU a request (docs/benchmarks.md, the twenty-third pass): no cookies, no
 * redirects followed, no compression asked for, and no request sent again, so that each test sees the one answer its
 * request got.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final CloseableHttpClient HTTP = HttpClients.custom()
		.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
			.setMaxConnTotal(64)
			.setMaxConnPerRoute(64)
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.ofSeconds(10))
				// a connection the server may have closed meanwhile is checked before it is used again
				.setValidateAfterInactivity(Timeout.ofMilliseconds(500))
				.build())
			.build())
		.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(60, TimeUnit.SECONDS).build())
		.disableCookieManagement()
		.disableRedirectHandling()
		.disableContentCompression()
		.disableAutomaticRetries()
		.build();

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
		return exchange(signedIn(ClassicRequestBuilder.post(address(path)))
			.setHeader("Content-Type", "multipart/form-data; boundary=" + boundary)
			.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8), null)));
	}

	/** Sends a body as given: a String is sent verbatim, anything else as JSON. */
	public Response send(String method, String path, Object body, Map<String, String> headers) {
		String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
		var request = signedIn(ClassicRequestBuilder.create(method).setUri(address(path)));
		if (text != null) {
			request.setEntity(new ByteArrayEntity(text.getBytes(StandardCharsets.UTF_8), null));
			request.setHeader("Content-Type", "application/json");
		}
		headers.forEach(request::setHeader);
		return exchange(request);
	}

	/** The path's whole address, characters outside ASCII sent percent-encoded in UTF-8, as a browser sends them. */
	private String address(String path) {
		return URI.create(base + path).toASCIIString();
	}

	private ClassicRequestBuilder signedIn(ClassicRequestBuilder request) {
		return authorization == null ? request : request.setHeader("Authorization", authorization);
	}

	private static Response exchange(ClassicRequestBuilder request) {
		try {
			return HTTP.execute(request.build(), Api::response);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Response response(ClassicHttpResponse response) throws IOException {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (Header header : response.getHeaders()) {
			headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
		}
		byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
		return new Response(response.getCode(), headers, new String(body, StandardCharsets.UTF_8));
	}

	public static Map<String, Object> json(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	/** An answer: status, headers, body (parsed as JSON on demand). */
	public record Response(int status, Map<String, List<String>> headers, String text) {

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
