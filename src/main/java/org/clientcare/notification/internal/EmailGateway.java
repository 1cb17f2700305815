package org.clientcare.notification.internal;

import java.time.Duration;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.clientcare.notification.Channel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail through Spring's {@link JavaMailSender}, which exists when {@code spring.mail.host} is set. An address the
 * server rejects, or one that cannot be parsed, is a refusal for good; anything else (connection, authentication,
 * a busy server) is retried. Each message carries its idempotency key as its {@code Message-ID}.
 */
class EmailGateway implements ChannelGateway {

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	private final String domain;

	EmailGateway(ObjectProvider<JavaMailSender> mail, String from, Duration connectTimeout, Duration requestTimeout) {
		this.mail = mail;
		this.from = from;
		String host = from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
		this.domain = host.isEmpty() ? "clientcare.local" : host;
		if (mail.getIfAvailable() instanceof JavaMailSenderImpl sender) {
			// JavaMail waits forever by default; the dispatcher holds its claimed rows while it sends.
			Properties properties = sender.getJavaMailProperties();
			for (String protocol : new String[] { "smtp", "smtps" }) {
				properties.putIfAbsent("mail." + protocol + ".connectiontimeout", Long.toString(connectTimeout.toMillis()));
				properties.putIfAbsent("mail." + protocol + ".timeout", Long.toString(requestTimeout.toMillis()));
				properties.putIfAbsent("mail." + protocol + ".writetimeout", Long.toString(requestTimeout.toMillis()));
			}
			sender.setJavaMailProperties(properties);
		}
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public boolean configured() {
		return mail.getIfAvailable() != null;
	}

	@Override
	public Delivery deliver(Envelope envelope) {
		JavaMailSender sender = mail.getObject();
		try {
			MimeMessage message = sender.createMimeMessage();
			var helper = new MimeMessageHelper(message, !envelope.attachments().isEmpty(), "UTF-8");
			helper.setFrom(from);
			helper.setTo(envelope.to());
			helper.setSubject(envelope.subject());
			helper.setText(envelope.text(), false);
			for (var attachment : envelope.attachments()) {
				helper.addAttachment(attachment.filename(),
						new org.springframework.core.io.ByteArrayResource(attachment.content()), attachment.contentType());
			}
			message.setHeader("X-ClientCare-Event", envelope.eventKey());
			// The same Message-ID on every attempt (JavaMailSender keeps one that is set): a mail server or a mail
			// client that remembers it drops a second copy sent after a node died before recording the first.
			message.setHeader("Message-ID", "<" + envelope.idempotencyKey() + "@" + domain + ">");
			sender.send(message);
			return Delivery.delivered();
		}
		catch (MessagingException | MailParseException | MailPreparationException e) {
			return Delivery.refused("Not a deliverable message: " + describe(e));
		}
		catch (MailException e) {
			return rejectedAddress(e) ? Delivery.refused("Address rejected: " + describe(e)) : Delivery.retry(describe(e));
		}
	}

	private static boolean rejectedAddress(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof AddressException) {
				return true;
			}
			if (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0) {
				return true;
			}
		}
		if (e instanceof org.springframework.mail.MailSendException send) {
			return send.getFailedMessages().values().stream().anyMatch(EmailGateway::rejectedAddress);
		}
		return false;
	}

	private static String describe(Exception e) {
		String message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip().replaceAll("\\s+", " "));
	}
}
