package org.clientcare.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientcare.notification.Channel;
import org.clientcare.notification.DeliveryFailure;
import org.clientcare.notification.NotificationSettings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

class SandboxGatewayTest {

	final SandboxGateway sms = new SandboxGateway(Channel.SMS);

	@Test
	void anOrdinaryNumberIsDelivered() {
		assertThat(sms.deliver(to("13912345678")).sent()).isTrue();
	}

	@Test
	void aNumberEndingInFourNoughtsDoesNotExistAndIsRefusedForGood() {
		var delivery = sms.deliver(to("13912340000"));

		assertThat(delivery.sent()).isFalse();
		assertThat(delivery.permanent()).isTrue();
		assertThat(delivery.failure()).isEqualTo(DeliveryFailure.NO_SUCH_SUBSCRIBER);
		assertThat(delivery.error()).isEqualTo("400 from the demo sandbox: no such subscriber");
	}

	@Test
	void aNumberEndingInFourNinesTimesOutOnEveryAttemptForTheOutboxToRetry() {
		for (int attempt = 0; attempt < 3; attempt++) {
			var delivery = sms.deliver(to("13912349999"));
			assertThat(delivery.sent()).isFalse();
			assertThat(delivery.permanent()).isFalse();
			assertThat(delivery.failure()).isEqualTo(DeliveryFailure.UNREACHABLE);
		}
	}

	@Test
	void aDemoInstallationSandboxesSmsAndWechatWithoutAGatewayButHoldsEmailWithoutAMailServer() {
		var gateways = new Gateways(settings(null), noMail(), true);

		assertThat(gateways.sandboxed(Channel.SMS)).isTrue();
		assertThat(gateways.sandboxed(Channel.WECHAT)).isTrue();
		assertThat(gateways.configured(Channel.SMS)).isTrue();
		assertThat(gateways.sandboxed(Channel.EMAIL)).isFalse();
		assertThat(gateways.configured(Channel.EMAIL)).isFalse();
	}

	@Test
	void aGatewayOfItsOwnIsNeverReplacedBySandboxEvenInADemo() {
		var gateways = new Gateways(settings("http://sms.example/send"), noMail(), true);

		assertThat(gateways.sandboxed(Channel.SMS)).isFalse();
		assertThat(gateways.of(Channel.SMS)).isInstanceOf(HttpGateway.class);
	}

	@Test
	void outsideADemoAChannelWithoutAGatewayHasNone() {
		var gateways = new Gateways(settings(null), noMail(), false);

		assertThat(gateways.sandboxed(Channel.SMS)).isFalse();
		assertThat(gateways.configured(Channel.SMS)).isFalse();
	}

	private static ChannelGateway.Envelope to(String number) {
		return new ChannelGateway.Envelope(number, null, "您的投诉已受理。", "complaint-acknowledged", "complaint:1:acknowledged",
				"outbox-1-0");
	}

	private static NotificationSettings settings(String smsUrl) {
		return new NotificationSettings(null, new NotificationSettings.Gateway(smsUrl, null), null, null, null, null, 0,
				null, null, 0, 0);
	}

	private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> noMail() {
		return new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class);
	}
}
