package org.clientcare.notification.internal;

import org.clientcare.notification.Channel;
import org.clientcare.notification.DeliveryFailure;

/** Delivers messages of one channel: to a mail server, or to an SMS or WeChat gateway. */
public interface ChannelGateway {

	Channel channel();

	/** Whether this channel has somewhere to deliver to; if not, its messages are held for display (demo mode). */
	boolean configured();

	/** Tries once; never throws for a failed delivery but answers how it failed. */
	Delivery deliver(Envelope envelope);

	/**
	 * What a gateway needs to deliver one message; attachments travel only by e-mail. The idempotency key names the
	 * outbox message ({@link #idempotencyKey(long, java.time.Instant)}): every attempt at one message carries the same
	 * key, so a gateway that took a message from a sender that died before recording it delivers it only once.
	 */
	record Envelope(String to, String subject, String text, String template, String eventKey, String idempotencyKey,
			java.util.List<org.clientcare.notification.OutgoingMessage.Attachment> attachments) {

		public Envelope {
			attachments = attachments == null ? java.util.List.of() : java.util.List.copyOf(attachments);
		}

		public Envelope(String to, String subject, String text, String template, String eventKey, String idempotencyKey) {
			this(to, subject, text, template, eventKey, idempotencyKey, java.util.List.of());
		}
	}

	/**
	 * The idempotency key of an outbox message: its id, and the time it was enqueued so that a database built afresh
	 * (whose ids start again at 1) never repeats a key a gateway still remembers, e.g. {@code outbox-42-1764900000000}.
	 */
	static String idempotencyKey(long outboxId, java.time.Instant createdAt) {
		return "outbox-" + outboxId + "-" + createdAt.toEpochMilli();
	}

	/**
	 * The outcome of one attempt: sent, failed for a passing reason (retry), or refused for good; a failure carries its
	 * code and the gateway's words.
	 */
	record Delivery(boolean sent, boolean permanent, DeliveryFailure failure, String error) {

		public static Delivery delivered() {
			return new Delivery(true, false, null, null);
		}

		/** A gateway error to retry. */
		public static Delivery retry(String error) {
			return retry(DeliveryFailure.GATEWAY_ERROR, error);
		}

		public static Delivery retry(DeliveryFailure failure, String error) {
			return new Delivery(false, false, failure, error);
		}

		/** A refusal for good. */
		public static Delivery refused(String error) {
			return refused(DeliveryFailure.REFUSED, error);
		}

		public static Delivery refused(DeliveryFailure failure, String error) {
			return new Delivery(false, true, failure, error);
		}
	}
}
