package org.clientcare.care;

import java.time.Instant;
import java.time.LocalDate;

import org.clientcare.notification.Channel;

/** A greeting queued for a customer ({@code status} {@code QUEUED}, or {@code NO_ADDRESS} without an address). */
public record GreetingView(long id, long customerId, Occasion occasion, int year, LocalDate greetOn, Channel channel,
		String language, String status, Instant createdAt) {
}
