package org.clientcare.notification.internal;

import org.clientcare.notification.Channel;
import org.clientcare.notification.DeliveryFailure;

/**
 * The gateway of a demo installation for an SMS or WeChat channel that has none of its own. Like a provider's test
 * credentials it sends nothing anywhere but answers as a gateway does, with magic recipients that fail: a mobile number
 * ending in {@code 0000} is refused for good (空号, no such subscriber), one ending in {@code 9999} times out on every
 * attempt and is retried on the schedule until it is given up. Each failure carries its code
 * ({@link DeliveryFailure#NO_SUCH_SUBSCRIBER}, {@link DeliveryFailure#UNREACHABLE}) and words in English only; pages
 * show the code in their language. So a demo's outbox shows messages sent, retrying and
 * dead, as a live one does, and staff can still read what a customer would have received.
 */
class SandboxGateway implements ChannelGateway {

	static final String NO_SUCH_SUBSCRIBER = "0000";

	static final String UNREACHABLE = "9999";

	private final Channel channel;

	SandboxGateway(Channel channel) {
		if (channel == Channel.EMAIL) {
			throw new IllegalArgumentException("The sandbox stands in for SMS and WeChat gateways only");
		}
		this.channel = channel;
	}

	@Override
	public Channel channel() {
		return channel;
	}

	@Override
	public boolean configured() {
		return true;
	}

	@Override
	public Delivery deliver(Envelope envelope) {
		String to = envelope.to() == null ? "" : envelope.to();
		if (channel == Channel.SMS && to.endsWith(NO_SUCH_SUBSCRIBER)) {
			return Delivery.refused(DeliveryFailure.NO_SUCH_SUBSCRIBER, "400 from the demo sandbox: no such subscriber");
		}
		if (channel == Channel.SMS && to.endsWith(UNREACHABLE)) {
			return Delivery.retry(DeliveryFailure.UNREACHABLE,
					"Timed out waiting for the demo sandbox: the handset is unreachable");
		}
		return Delivery.delivered();
	}
}
