package org.clientcare.notification.internal;

import java.util.Map;
import java.util.Set;

import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The channels of the shared full-application context: those it is configured with (none, in the tests: every message
 * is held for display) until a test opens real ones — a mail server and an SMS and WeChat gateway — with
 * {@link #open}, and again after it {@link #close}s them. While they are open, messages enqueued on any thread are due
 * on them, and only the thread that opened them dispatches: the scheduled dispatcher of the context still finds no
 * channel, so that only the test sends, through {@code Jobs.run}, and nothing races it. So a test of delivery runs on
 * the shared context instead of one of its own, and every other test sees the channels as before.
 */
@Primary
public class TestChannels extends Gateways {

	private final NotificationSettings settings;

	private volatile Gateways open;

	private volatile Thread dispatcher;

	TestChannels(NotificationSettings settings, ObjectProvider<JavaMailSender> mail, Environment environment) {
		super(settings, mail, environment);
		this.settings = settings;
	}

	/**
	 * Opens real channels for the calling thread's dispatches: e-mail to the SMTP server on {@code mailPort} of
	 * 127.0.0.1, SMS and WeChat to the given gateway URLs, with the context's other notification settings.
	 */
	public void open(int mailPort, String smsUrl, String smsToken, String wechatUrl) {
		var mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(mailPort);
		mail.setDefaultEncoding("UTF-8");
		ObjectProvider<JavaMailSender> sender = new StaticListableBeanFactory(Map.of("mailSender", mail))
			.getBeanProvider(JavaMailSender.class);
		var channels = new NotificationSettings(settings.email(), new NotificationSettings.Gateway(smsUrl, smsToken),
				new NotificationSettings.Gateway(wechatUrl, null), settings.connectTimeout(), settings.requestTimeout(),
				settings.retryBackoff(), settings.maxAttempts(), settings.quietHoursStart(), settings.quietHoursEnd(),
				settings.batchSize(), settings.maxBatchesPerRun());
		dispatcher = Thread.currentThread();
		open = new Gateways(channels, sender, false);
	}

	/** Back to the context's own channels. */
	public void close() {
		open = null;
		dispatcher = null;
	}

	private Gateways dispatching() {
		Gateways gateways = open;
		return gateways != null && Thread.currentThread() == dispatcher ? gateways : null;
	}

	@Override
	public boolean configured(Channel channel) {
		Gateways gateways = open;
		return gateways != null ? gateways.configured(channel) : super.configured(channel);
	}

	@Override
	public Set<Channel> configuredChannels() {
		Gateways gateways = dispatching();
		return gateways != null ? gateways.configuredChannels() : super.configuredChannels();
	}

	@Override
	public ChannelGateway of(Channel channel) {
		Gateways gateways = dispatching();
		return gateways != null ? gateways.of(channel) : super.of(channel);
	}
}
