package org.clientcare.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of notifications ({@code clientcare.notification.*}). A channel without configuration — e-mail without
 * {@code spring.mail.host}, SMS or WeChat without a gateway URL — holds its messages for display (demo mode).
 *
 * @param email            e-mail: the sender address
 * @param sms              the SMS gateway (JSON over HTTP)
 * @param wechat           the WeChat gateway (JSON over HTTP)
 * @param connectTimeout   for gateways and the mail server
 * @param requestTimeout   for one gateway call or one SMTP read or write
 * @param retryBackoff     the wait after the 1st, 2nd, … failed attempt
 * @param maxAttempts      attempts before a message is dead
 * @param quietHoursStart  marketing messages are not sent from this time (institution's zone) …
 * @param quietHoursEnd    … until this time; they wait for it
 * @param batchSize        messages claimed, sent and committed together
 * @param maxBatchesPerRun batches one run of the dispatcher works through at most
 */
@ConfigurationProperties("clientcare.notification")
public record NotificationSettings(Email email, Gateway sms, Gateway wechat, Duration connectTimeout,
		Duration requestTimeout, List<Duration> retryBackoff, int maxAttempts, LocalTime quietHoursStart,
		LocalTime quietHoursEnd, int batchSize, int maxBatchesPerRun) {

	public NotificationSettings {
		email = email == null ? new Email(null) : email;
		sms = sms == null ? new Gateway(null, null) : sms;
		wechat = wechat == null ? new Gateway(null, null) : wechat;
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
		requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
		retryBackoff = retryBackoff == null || retryBackoff.isEmpty() ? List.of(Duration.ofMinutes(1),
				Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6))
				: List.copyOf(retryBackoff);
		maxAttempts = maxAttempts <= 0 ? 6 : maxAttempts;
		quietHoursStart = quietHoursStart == null ? LocalTime.of(21, 0) : quietHoursStart;
		quietHoursEnd = quietHoursEnd == null ? LocalTime.of(8, 0) : quietHoursEnd;
		batchSize = batchSize <= 0 ? 10 : batchSize;
		maxBatchesPerRun = maxBatchesPerRun <= 0 ? 20 : maxBatchesPerRun;
	}

	/** @param from the sender address */
	public record Email(String from) {

		public Email {
			from = from == null || from.isBlank() ? "noreply@clientcare.example" : from.strip();
		}
	}

	/**
	 * @param url   where messages are posted as JSON {@code {to, text, template, eventKey}}; blank: not configured
	 * @param token sent as {@code Authorization: Bearer …} when set
	 */
	public record Gateway(String url, String token) {

		public boolean configured() {
			return url != null && !url.isBlank();
		}
	}
}
