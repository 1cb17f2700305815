package org.clientcare.notification;

/**
 * Why a message of the outbox was not delivered (投递失败原因), as a stable code beside the gateway's own words: pages
 * show the code in their language, the API carries both. Only a real gateway's refusal or error has words worth
 * showing beside the code; the others say all in the code.
 */
public enum DeliveryFailure {

	/** A marketing message to a customer without a current marketing consent, kept back ({@code SUPPRESSED}). */
	NO_CONSENT(false),
	/** The number does not exist (空号): the demo sandbox refuses a mobile number ending in {@code 0000} for good. */
	NO_SUCH_SUBSCRIBER(false),
	/** The handset did not answer: the demo sandbox times out on a mobile number ending in {@code 9999}. */
	UNREACHABLE(false),
	/** The gateway or mail server refused the message or its address for good. */
	REFUSED(true),
	/** The gateway did not answer in time; retried. */
	TIMEOUT(false),
	/** The gateway or mail server failed for a passing reason; retried. */
	GATEWAY_ERROR(true);

	private final boolean gatewayWords;

	DeliveryFailure(boolean gatewayWords) {
		this.gatewayWords = gatewayWords;
	}

	/** Whether the stored text is the gateway's own answer, worth showing beside the reason. */
	public boolean gatewayWords() {
		return gatewayWords;
	}
}
