package org.clientcare.notification.internal;

import java.net.http.HttpClient;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The gateway of each channel, and which channels have one configured. A demo installation ({@code --demo}) stands a
 * {@link SandboxGateway} in for an SMS or WeChat channel that has no gateway of its own; e-mail without a mail server is
 * held for display.
 */
@Component
public class Gateways {

	private final Map<Channel, ChannelGateway> byChannel = new EnumMap<>(Channel.class);

	private final Set<Channel> sandboxed = EnumSet.noneOf(Channel.class);

	@Autowired
	Gateways(NotificationSettings settings, ObjectProvider<JavaMailSender> mail, Environment environment) {
		this(settings, mail, environment.containsProperty("demo")
				|| environment.getProperty("clientcare.demo", Boolean.class, false));
	}

	Gateways(NotificationSettings settings, ObjectProvider<JavaMailSender> mail, boolean demo) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		add(new EmailGateway(mail, settings.email().from(), settings.connectTimeout(), settings.requestTimeout()), false);
		add(new HttpGateway(Channel.SMS, settings.sms(), http, settings.requestTimeout()), demo);
		add(new HttpGateway(Channel.WECHAT, settings.wechat(), http, settings.requestTimeout()), demo);
	}

	private void add(ChannelGateway gateway, boolean sandboxWhenUnconfigured) {
		if (!gateway.configured() && sandboxWhenUnconfigured) {
			byChannel.put(gateway.channel(), new SandboxGateway(gateway.channel()));
			sandboxed.add(gateway.channel());
			return;
		}
		byChannel.put(gateway.channel(), gateway);
	}

	/** Whether the channel's messages go to the demo's sandbox rather than anywhere outside. */
	public boolean sandboxed(Channel channel) {
		return sandboxed.contains(channel);
	}

	public ChannelGateway of(Channel channel) {
		return byChannel.get(channel);
	}

	public boolean configured(Channel channel) {
		return of(channel).configured();
	}

	public Set<Channel> configuredChannels() {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		byChannel.values().stream().filter(ChannelGateway::configured).forEach(gateway -> channels.add(gateway.channel()));
		return channels;
	}
}
