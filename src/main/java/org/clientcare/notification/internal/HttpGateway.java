package org.clientcare.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.notification.Channel;
import org.clientcare.notification.DeliveryFailure;
import org.clientcare.notification.NotificationSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMS or WeChat gateway reached over HTTP: {@code POST <url>} with JSON {@code {to, text, template, eventKey}},
 * the header {@code Idempotency-Key} (the same on every attempt at one message, for the gateway to deliver it once)
 * and, when configured, {@code Authorization: Bearer <token>}. A 2xx answer is delivery; 4xx is a refusal for good
 * (except 408 and 429, which say "later"); 5xx, timeouts and connection failures are retried.
 */
class HttpGateway implements ChannelGateway {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int ERROR_BODY_CHARS = 200;

	private final Channel channel;

	private final NotificationSettings.Gateway settings;

	private final HttpClient http;

	private final Duration requestTimeout;

	HttpGateway(Channel channel, NotificationSettings.Gateway settings, HttpClient http, Duration requestTimeout) {
		this.channel = channel;
		this.settings = settings;
		this.http = http;
		this.requestTimeout = requestTimeout;
	}

	@Override
	public Channel channel() {
		return channel;
	}

	@Override
	public boolean configured() {
		return settings.configured();
	}

	@Override
	public Delivery deliver(Envelope envelope) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("to", envelope.to());
		body.put("text", envelope.text());
		body.put("template", envelope.template());
		body.put("eventKey", envelope.eventKey());
		try {
			var request = HttpRequest.newBuilder(URI.create(settings.url().strip())).timeout(requestTimeout)
				.header("Content-Type", "application/json; charset=utf-8")
				.header("Idempotency-Key", envelope.idempotencyKey())
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
			if (settings.token() != null && !settings.token().isBlank()) {
				request.header("Authorization", "Bearer " + settings.token().strip());
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				return Delivery.delivered();
			}
			String error = "HTTP " + status + answer(response.body());
			boolean later = status == 408 || status == 429;
			return status >= 400 && status < 500 && !later ? Delivery.refused(error) : Delivery.retry(error);
		}
		catch (HttpTimeoutException e) {
			return Delivery.retry(DeliveryFailure.TIMEOUT, "Timed out after " + requestTimeout.toSeconds() + " s");
		}
		catch (IOException | IllegalArgumentException e) {
			return Delivery.retry(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Delivery.retry("Interrupted");
		}
	}

	private static String answer(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String text = body.strip().replaceAll("\\s+", " ");
		return ": " + (text.length() > ERROR_BODY_CHARS ? text.substring(0, ERROR_BODY_CHARS) + "…" : text);
	}
}
