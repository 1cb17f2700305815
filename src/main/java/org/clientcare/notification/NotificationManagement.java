package org.clientcare.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

import org.clientcare.customer.ConsentPurpose;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Subject;
import org.clientcare.notification.internal.Gateways;
import org.clientcare.notification.internal.MessageTemplates;
import org.clientcare.notification.internal.Outbox;
import org.clientcare.notification.internal.QuietHours;
import org.clientcare.notification.internal.Recipients;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends messages (通知) through the outbox, and shows the outbox to staff.
 *
 * <p>{@link #send} enqueues in the caller's transaction (Propagation.MANDATORY): the message exists exactly when the
 * caller's change commits, and the {@code notification-dispatch} job sends it afterwards, retrying on failure. At most
 * one message exists per event key, channel and recipient: a repeat is ignored, so callers may send again safely.
 * A marketing message without the customer's marketing consent is kept as {@code SUPPRESSED}; one due in quiet hours
 * waits for their end; one for a channel without a gateway is kept as {@code HELD_DEMO}.
 */
@Service
public class NotificationManagement {

	/** The most messages the demo phone page shows. */
	private static final int DEMO_INBOX_SIZE = 20;

	private final Outbox outbox;

	private final MessageTemplates templates;

	private final Gateways gateways;

	private final CustomerManagement customers;

	private final PiiCipher pii;

	private final Clock clock;

	private final NotificationSettings settings;

	private final List<MarketingPause> pauses;

	private final ApplicationEventPublisher events;

	/** Demo mode ({@code --demo} or {@code clientcare.demo=true}), as the demo module reads it. */
	private final boolean demo;

	NotificationManagement(Outbox outbox, MessageTemplates templates, Gateways gateways, CustomerManagement customers,
			PiiCipher pii, Clock clock, NotificationSettings settings, List<MarketingPause> pauses,
			org.springframework.core.env.Environment environment, ApplicationEventPublisher events) {
		this.events = events;
		this.demo = environment.containsProperty("demo")
				|| environment.getProperty("clientcare.demo", Boolean.class, false);
		this.pauses = List.copyOf(pauses);
		this.outbox = outbox;
		this.templates = templates;
		this.gateways = gateways;
		this.customers = customers;
		this.pii = pii;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Enqueues a message in the caller's transaction; a repeat of an (eventKey, channel, recipient) is ignored.
	 *
	 * @throws IllegalArgumentException for an unknown template, a placeholder without a value, a recipient that is no
	 *                                  address of the channel, a missing event key or purpose, or a marketing message
	 *                                  without its customer
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(OutgoingMessage message) {
		Outbox.NewMessage prepared = prepare(message, clock.instant(), new HashMap<>(),
				marketingOf(List.of(message), clock.instant()));
		if (outbox.insert(prepared)) {
			announceHeld(message, prepared);
		}
	}

	/**
	 * Enqueues many messages in the caller's transaction, with one statement per thousand messages; the same as
	 * {@link #send} for each, and all or none: one refused message refuses them all.
	 *
	 * @throws IllegalArgumentException as {@link #send}, for the first message refused
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void sendAll(List<OutgoingMessage> messages) {
		Instant now = clock.instant();
		// Many messages of a batch go to the same few people: each address is encrypted once per call.
		Map<String, Sealed> sealed = new HashMap<>();
		// Whose marketing consent holds and who is paused is read once for the whole batch, not once per message.
		Marketing marketing = marketingOf(messages, now);
		List<Outbox.NewMessage> prepared = new ArrayList<>(messages.size());
		for (OutgoingMessage message : messages) {
			prepared.add(prepare(message, now, sealed, marketing));
		}
		outbox.insertAll(prepared);
		// A repeat was not inserted, but its entry on the customer's timeline is kept once whatever is announced.
		for (int i = 0; i < messages.size(); i++) {
			announceHeld(messages.get(i), prepared.get(i));
		}
	}

	/**
	 * Enqueues messages to customers at the addresses they have on file (their mobile numbers, their e-mail addresses)
	 * in the caller's transaction, set-based: the addresses are copied still encrypted from the customer module's
	 * published contacts ({@code customer_contact_ref}) by one {@code insert … select} per ten thousand messages, so
	 * nothing is encrypted again for them (an e-mail address is decrypted once per customer for its search hash, which
	 * the customer module does not keep), and each template is checked once per language, not once per message. Otherwise the same as {@link #sendAll}: marketing needs consent (else {@code SUPPRESSED}) and waits for
	 * the end of quiet hours and of a pause; a repeat of an event key, channel and customer is ignored; all or none.
	 *
	 * @return the event keys of the messages whose customer has no address on file for the channel (none queued)
	 * @throws IllegalArgumentException as {@link #send}, for the first message refused
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<String> sendToCustomers(List<CustomerMessage> messages) {
		Instant now = clock.instant();
		List<OutgoingMessage> asOutgoing = new ArrayList<>(messages.size());
		for (CustomerMessage message : messages) {
			asOutgoing.add(message == null ? null : new OutgoingMessage(message.eventKey(), message.channel(), null,
					message.template(), message.locale(), message.params(), message.purpose(), message.customer()));
		}
		Marketing marketing = marketingOf(asOutgoing, now);
		Map<Long, Sealed> mailboxes = mailboxesOnFile(messages);
		Set<String> checked = new HashSet<>();
		List<Outbox.NewMessage> prepared = new ArrayList<>(messages.size());
		for (CustomerMessage message : messages) {
			if (message == null || message.customer() == null) {
				throw new IllegalArgumentException("A message to a customer's address on file names its customer");
			}
			checkEnvelope(message.eventKey(), message.channel(), message.purpose(), message.customer());
			Locale locale = MessageTemplates.supported(message.locale());
			Map<String, String> values = new HashMap<>(message.params());
			values.putAll(message.secrets());
			// The texts are rendered when the message is sent; here only whether they can be, once per template,
			// language and set of placeholders given.
			if (checked.add(message.template() + "|" + locale + "|" + new java.util.TreeSet<>(values.keySet()))) {
				templates.render(message.template(), locale, values);
			}
			Delivery delivery = delivery(message.channel(), message.purpose(), message.customer(), now, marketing);
			Sealed to = message.channel() == Channel.EMAIL ? mailboxes.get(message.customer().value()) : null;
			prepared.add(new Outbox.NewMessage(message.eventKey().strip(), message.channel(),
					to == null ? null : to.encrypted(), to == null ? null : to.hash(),
					message.template(), locale.toLanguageTag(), message.params(), message.purpose(),
					message.customer().value(), delivery.status(), delivery.due(), delivery.reason(), now, List.of(),
					Outbox.sealSecrets(message.secrets(), pii), delivery.failure()));
		}
		Set<String> unaddressed = outbox.insertOnFile(prepared);
		for (int i = 0; i < messages.size(); i++) {
			if (!unaddressed.contains(prepared.get(i).eventKey())) {
				CustomerMessage message = messages.get(i);
				announceHeld(new OutgoingMessage(message.eventKey(), message.channel(), null, message.template(),
						message.locale(), message.params(), message.purpose(), message.customer(), List.of(),
						message.secrets()), prepared.get(i));
			}
		}
		return unaddressed;
	}

	/**
	 * The e-mail addresses on file of the customers these messages mail, as stored, each with the search hash of the
	 * address: the customer module keeps none for an e-mail address, and without it a message could not be found by
	 * its recipient (the demo phone, the outbox's unique key). Each address is decrypted once, never encrypted again;
	 * one that is no e-mail address keeps no hash, as before.
	 */
	private Map<Long, Sealed> mailboxesOnFile(List<CustomerMessage> messages) {
		Set<Long> mailed = new HashSet<>();
		for (CustomerMessage message : messages) {
			if (message != null && message.channel() == Channel.EMAIL && message.customer() != null) {
				mailed.add(message.customer().value());
			}
		}
		Map<Long, Sealed> mailboxes = new HashMap<>();
		outbox.emailsOnFile(mailed).forEach((customer, encrypted) -> {
			byte[] hash = null;
			try {
				hash = pii.searchHash(Recipients.normalise(Channel.EMAIL, pii.decrypt(encrypted)));
			}
			catch (IllegalArgumentException e) {
				// An address on file that is no e-mail address: the message goes as it would have, unhashed.
			}
			mailboxes.put(customer, new Sealed(encrypted, hash));
		});
		return mailboxes;
	}

	/** A message held for display (no gateway for its channel) is as far as it goes: the customer's timeline says so. */
	private void announceHeld(OutgoingMessage message, Outbox.NewMessage prepared) {
		if (prepared.status() == NotificationStatus.HELD_DEMO && message.customer() != null) {
			events.publishEvent(new CustomerMessaged(message.customer(), prepared.eventKey(), message.channel(),
					message.template(), NotificationStatus.HELD_DEMO,
					templates.subjectForStaff(message.template(), Locale.SIMPLIFIED_CHINESE, message.params(),
							message.secrets().keySet()),
					templates.subjectForStaff(message.template(), Locale.ENGLISH, message.params(), message.secrets().keySet()),
					prepared.createdAt()));
		}
	}

	/**
	 * What marketing messages to these customers need to know, read set-based: who consents to marketing now (one
	 * query for all) and who is paused at the first moment outside quiet hours (one query per kind of pause).
	 */
	private Marketing marketingOf(List<OutgoingMessage> messages, Instant now) {
		Set<CustomerId> named = new HashSet<>();
		for (OutgoingMessage message : messages) {
			if (message != null && message.purpose() == Purpose.MARKETING && message.customer() != null) {
				named.add(message.customer());
			}
		}
		QuietHours quiet = new QuietHours(settings.quietHoursStart(), settings.quietHoursEnd(), clock.getZone());
		Instant due = quiet.earliestSend(now);
		if (named.isEmpty()) {
			return new Marketing(due, Set.of(), Map.of());
		}
		return new Marketing(due, customers.consenting(named, ConsentPurpose.MARKETING),
				MarketingPause.latest(pauses, named, due));
	}

	/** The first moment outside quiet hours, the customers consenting to marketing, and the paused ones' ends. */
	private record Marketing(Instant due, Set<CustomerId> consenting, Map<CustomerId, Instant> pausedUntil) {
	}

	private Outbox.NewMessage prepare(OutgoingMessage message, Instant now, Map<String, Sealed> sealed,
			Marketing marketing) {
		if (message == null) {
			throw new IllegalArgumentException("A message needs a channel and a purpose");
		}
		checkEnvelope(message.eventKey(), message.channel(), message.purpose(), message.customer());
		Locale locale = MessageTemplates.supported(message.locale());
		Map<String, String> values = new HashMap<>(message.params());
		values.putAll(message.secrets());
		templates.render(message.template(), locale, values);
		String recipient = Recipients.normalise(message.channel(), message.recipient());
		if (!message.attachments().isEmpty() && message.channel() != Channel.EMAIL) {
			throw new IllegalArgumentException("Only e-mails carry attachments");
		}

		Delivery delivery = delivery(message.channel(), message.purpose(), message.customer(), now, marketing);
		Sealed to = sealed.computeIfAbsent(recipient, key -> new Sealed(pii.encrypt(recipient), pii.searchHash(recipient)));
		return new Outbox.NewMessage(message.eventKey().strip(), message.channel(), to.encrypted(), to.hash(),
				message.template(), locale.toLanguageTag(), message.params(),
				message.purpose(), message.customer() == null ? null : message.customer().value(), delivery.status(),
				delivery.due(), delivery.reason(), now, message.attachments(), Outbox.sealSecrets(message.secrets(), pii),
				delivery.failure());
	}

	private static void checkEnvelope(String eventKey, Channel channel, Purpose purpose, CustomerId customer) {
		if (channel == null || purpose == null) {
			throw new IllegalArgumentException("A message needs a channel and a purpose");
		}
		if (eventKey == null || eventKey.isBlank() || eventKey.length() > 200) {
			throw new IllegalArgumentException("A message needs an event key of up to 200 characters");
		}
		if (purpose == Purpose.MARKETING && customer == null) {
			throw new IllegalArgumentException("A marketing message names its customer, whose consent it needs");
		}
	}

	/**
	 * How a message goes: pending, or held for display without a gateway for its channel; marketing waits for the end
	 * of quiet hours and of the customer's pause, and without consent is suppressed.
	 */
	private Delivery delivery(Channel channel, Purpose purpose, CustomerId customer, Instant now, Marketing marketing) {
		Instant due = now;
		NotificationStatus status = gateways.configured(channel) ? NotificationStatus.PENDING
				: NotificationStatus.HELD_DEMO;
		String reason = null;
		DeliveryFailure failure = null;
		if (purpose == Purpose.MARKETING) {
			due = marketing.due();
			Instant paused = marketing.pausedUntil().get(customer);
			if (paused != null) {
				due = new QuietHours(settings.quietHoursStart(), settings.quietHoursEnd(), clock.getZone())
					.earliestSend(paused);
			}
			if (!marketing.consenting().contains(customer)) {
				status = NotificationStatus.SUPPRESSED;
				reason = "No marketing consent from the customer";
				failure = DeliveryFailure.NO_CONSENT;
			}
		}
		return new Delivery(status, due, reason, failure);
	}

	/** A message's status, when it is due, and why it is held back, if it is. */
	private record Delivery(NotificationStatus status, Instant due, String reason, DeliveryFailure failure) {
	}

	/**
	 * The outbox, newest first, optionally of one status; recipients masked, texts rendered. For administrators,
	 * compliance and service agents. The page and its count are read from one snapshot (repeatable read): messages
	 * change status while they are sent, and a page read before a change and a count read after it would not agree.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ResultPage<OutboxEntry> outbox(NotificationStatus status, int page, int size) {
		requireOutboxReader();
		var entries = outbox.page(status, page, size).stream().map(this::entry).toList();
		return new ResultPage<>(entries, page, size, outbox.count(status));
	}

	/**
	 * The customers in the restricted state among those of these messages, for the badge on the outbox page: a
	 * restricted customer is contacted only for the law's purposes, so a message to one stands out.
	 */
	@Transactional(readOnly = true)
	public org.clientcare.customer.RestrictedCustomers restrictedCustomers(java.util.Collection<OutboxEntry> entries) {
		return customers.restrictedAmong(entries.stream().map(OutboxEntry::customerId).filter(java.util.Objects::nonNull)
			.distinct().toList());
	}

	/**
	 * How many messages of one sender's series — event keys starting with {@code prefix}, e.g. a campaign's — are in
	 * each status (delivery figures; no message content).
	 */
	@Transactional(readOnly = true)
	public Map<NotificationStatus, Long> countsByEventKeyPrefix(String prefix) {
		if (prefix == null || prefix.length() < 3) {
			throw new IllegalArgumentException("A prefix of at least three characters");
		}
		return outbox.countsByEventKeyPrefix(prefix);
	}

	/** Whether the current actor may see the outbox. */
	public boolean mayReadOutbox() {
		Actor actor = CurrentActor.get();
		return Authorization.allows(Subject.of(actor), Permission.OUTBOX_READ);
	}

	private void requireOutboxReader() {
		if (!mayReadOutbox()) {
			throw new Forbidden("outbox-forbidden", "Only administrators, compliance and service agents see the outbox");
		}
	}

	private OutboxEntry entry(Outbox.Row row) {
		String subject = null;
		String text = null;
		Map<String, String> secrets = Outbox.openSecrets(row.secretsEnc(), pii);
		Map<String, String> values = new HashMap<>(row.params());
		// A link or code for the customer is never shown to staff, in demo mode neither: only that it was sent, and to
		// whom (masked). The demo's customers read theirs on the demo phone page (demoInbox).
		String marker = templates.withheld(Locale.forLanguageTag(row.locale()));
		secrets.forEach((name, value) -> values.put(name, marker));
		try {
			var rendered = templates.render(row.template(), Locale.forLanguageTag(row.locale()), values);
			subject = rendered.subject();
			text = rendered.text();
		}
		catch (IllegalArgumentException e) {
			// A template removed since the message was enqueued: the entry is still shown, without its text.
		}
		return new OutboxEntry(row.id(), row.eventKey(), row.channel(),
				Recipients.mask(row.channel(), pii.decrypt(row.recipientEnc())), row.template(), row.locale(), subject,
				text, row.purpose(), row.customerId(), row.status(), row.attempts(), row.nextAttemptAt(),
				row.lastError(), row.lastErrorCode(), row.createdAt(), row.sentAt(), secrets.keySet().stream().sorted().toList());
	}

	/** Whether this installation runs in demo mode, where its messages never leave it. */
	public boolean demo() {
		return demo;
	}

	/**
	 * The messages a demo installation held for display or sent through its sandbox to one mobile number or e-mail
	 * address, newest first (at most {@value #DEMO_INBOX_SIZE}), with their links and codes: what the customer's phone
	 * or mailbox would show. Looked up by the address's keyed hash, never by listing the outbox. Only in demo mode, and
	 * for no one's eyes but whoever knows the address: no staff page links to it.
	 *
	 * @throws NotFound outside demo mode
	 * @throws IllegalArgumentException when the address is neither a mobile number nor an e-mail address
	 */
	@Transactional(readOnly = true)
	public List<DemoInboxMessage> demoInbox(String address) {
		if (!demo) {
			throw new NotFound("page", "demo-phone");
		}
		String value = address == null ? "" : address.strip();
		Channel channel = value.contains("@") ? Channel.EMAIL : Channel.SMS;
		String recipient = Recipients.normalise(channel, value);
		List<DemoInboxMessage> messages = new ArrayList<>();
		for (Outbox.Row row : outbox.toRecipient(channel, pii.searchHashes(recipient),
				gateways.sandboxed(channel), DEMO_INBOX_SIZE)) {
			Locale locale = Locale.forLanguageTag(row.locale());
			Map<String, String> secrets = Outbox.openSecrets(row.secretsEnc(), pii);
			Map<String, String> values = new HashMap<>(row.params());
			values.putAll(secrets);
			String subject = null;
			String text = null;
			try {
				var rendered = templates.render(row.template(), locale, values);
				subject = rendered.subject();
				text = rendered.text();
			}
			catch (IllegalArgumentException e) {
				// A template removed since the message was enqueued: its links and codes are still shown.
			}
			messages.add(new DemoInboxMessage(row.channel(), subject, text,
					secrets.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList(),
					row.sentAt() != null ? row.sentAt() : row.createdAt()));
		}
		return messages;
	}

	/** A recipient encrypted and hashed. */
	private record Sealed(byte[] encrypted, byte[] hash) {
	}
}
