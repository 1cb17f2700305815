package org.clientcare.notification.internal;

import java.net.http.HttpClient;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The gateway of each channel, and which channels have one configured. */
@Component
public class Gateways {

	private final Map<Channel, ChannelGateway> byChannel = new EnumMap<>(Channel.class);

	Gateways(NotificationSettings settings, ObjectProvider<JavaMailSender> mail) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		add(new EmailGateway(mail, settings.email().from(), settings.connectTimeout(), settings.requestTimeout()));
		add(new HttpGateway(Channel.SMS, settings.sms(), http, settings.requestTimeout()));
		add(new HttpGateway(Channel.WECHAT, settings.wechat(), http, settings.requestTimeout()));
	}

	private void add(ChannelGateway gateway) {
		byChannel.put(gateway.channel(), gateway);
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
