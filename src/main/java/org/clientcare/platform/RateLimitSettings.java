package org.clientcare.platform;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rate limits of the public pages and endpoints ({@code clientcare.rate-limit.*}), counted by every instance together
 * in PostgreSQL. Each limit is a number of requests per client address (or mobile number) in a fixed window that starts
 * with its first request.
 *
 * @param enabled           off only for a closed test installation
 * @param pagesPerMinute    GET requests to public pages, per client address and minute
 * @param formsPerMinute    public forms sent (POST: complaints, bookings, SMS codes, questionnaires, inquiries), per
 *                          client address and minute; the assistant's questions have their own limit
 *                          ({@code clientcare.assistant.asks-per-minute})
 * @param lookupsPerMinute  status look-ups (a complaint's or an inquiry's number), per client address and minute
 * @param formsPerMobilePerHour public forms that name one mobile number, per number and hour: each may send that number
 *                          an SMS, so this bounds the SMS a stranger can have sent to one number
 * @param exemptAddresses   client addresses never limited, e.g. a monitoring probe (none by default)
 */
@ConfigurationProperties("clientcare.rate-limit")
public record RateLimitSettings(Boolean enabled, int pagesPerMinute, int formsPerMinute, int lookupsPerMinute,
		int formsPerMobilePerHour, List<String> exemptAddresses) {

	public RateLimitSettings {
		enabled = enabled == null || enabled;
		pagesPerMinute = pagesPerMinute <= 0 ? 120 : pagesPerMinute;
		formsPerMinute = formsPerMinute <= 0 ? 20 : formsPerMinute;
		lookupsPerMinute = lookupsPerMinute <= 0 ? 10 : lookupsPerMinute;
		formsPerMobilePerHour = formsPerMobilePerHour <= 0 ? 3 : formsPerMobilePerHour;
		exemptAddresses = exemptAddresses == null ? List.of()
				: exemptAddresses.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
	}

	public boolean exempt(String address) {
		return address != null && exemptAddresses.contains(address);
	}
}
