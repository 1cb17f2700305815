package org.clientcare.care.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientcare.care.CareSettings;
import org.clientcare.care.GreetingDay;
import org.clientcare.care.Occasion;
import org.clientcare.customer.CustomerContact;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.platform.PublicAddress;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.jobs.Job;
import org.clientcare.shared.links.CustomerLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The {@code greetings} job (生日及节日问候): first gives every customer without one a care profile from its birth date;
 * then queues the day's greetings — the festival's and the birthdays' — set-based, once per customer, occasion and
 * year by {@code care_greeting}'s unique key, each through the outbox in the customer's language and channel with a
 * single-use unsubscribe link; and adds the account managers' to-dos for tomorrow's occasions of the budgeted tiers.
 * Running it twice on a day queues nothing the second time.
 */
@Component
public class GreetingsJob implements Job {

	public static final String NAME = "greetings";

	private final Greetings greetings;

	private final CareProfiles profiles;

	private final CustomerManagement customers;

	private final NotificationManagement notifications;

	private final PublicAddress address;

	private final MessageSource messages;

	private final CareSettings settings;

	private final PlatformSettings platform;

	private final Clock clock;

	GreetingsJob(Greetings greetings, CareProfiles profiles, CustomerManagement customers,
			NotificationManagement notifications, PublicAddress address, MessageSource messages, CareSettings settings,
			PlatformSettings platform, Clock clock) {
		this.greetings = greetings;
		this.profiles = profiles;
		this.customers = customers;
		this.notifications = notifications;
		this.address = address;
		this.messages = messages;
		this.settings = settings;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Map<String, Object> run() {
		Instant now = clock.instant();
		return greet(LocalDate.ofInstant(now, platform.zone()), now);
	}

	/** The job's work for one day (the demo greets the last few days with it); {@link #run} does it for today. */
	Map<String, Object> greet(LocalDate today, Instant now) {
		int profiled = fillProfiles(now);
		boolean marketing = settings.greetingsPurpose() == Purpose.MARKETING;
		int queued = 0;
		int noAddress = 0;
		for (GreetingDay.Due due : GreetingDay.on(today)) {
			List<Greetings.Queued> batch = greetings.queue(due, marketing, now);
			for (int from = 0; from < batch.size(); from += settings.batchSize()) {
				List<Greetings.Queued> chunk = batch.subList(from, Math.min(batch.size(), from + settings.batchSize()));
				int unaddressed = send(chunk, now);
				noAddress += unaddressed;
				queued += chunk.size() - unaddressed;
			}
		}
		int tasks = 0;
		for (GreetingDay.Due due : GreetingDay.on(today.plusDays(1))) {
			tasks += greetings.plan(due, settings.giftBudget(), now);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("day", today.toString());
		result.put("profiled", profiled);
		result.put("queued", queued);
		result.put("noAddress", noAddress);
		result.put("tasks", tasks);
		return result;
	}

	/**
	 * Gives customers without a care profile one from their birth dates, a batch at a time, each batch after the last
	 * id of the one before (keyset paging: no batch scans again the customers profiled before it).
	 */
	private int fillProfiles(Instant now) {
		int total = 0;
		long after = 0;
		List<Long> ids;
		while (!(ids = profiles.withoutProfile(after, settings.batchSize())).isEmpty()) {
			after = ids.get(ids.size() - 1);
			Map<CustomerId, CustomerContact> contacts = customers.contacts(ids.stream().map(CustomerId::new).toList());
			Map<Long, LocalDate> births = new HashMap<>();
			for (Long id : ids) {
				CustomerContact contact = contacts.get(new CustomerId(id));
				births.put(id, contact == null ? null : contact.birthDate());
			}
			profiles.writeBirthdays(births, now);
			total += ids.size();
		}
		return total;
	}

	/** Queues the messages of a chunk of greetings; answers how many found no address. */
	private int send(List<Greetings.Queued> chunk, Instant now) {
		Map<CustomerId, CustomerContact> contacts = customers.contacts(chunk.stream()
			.map(g -> new CustomerId(g.customerId())).toList());
		List<OutgoingMessage> outgoing = new ArrayList<>(chunk.size());
		List<Long> unaddressed = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		List<Long> linkCustomers = new ArrayList<>();
		List<String> linkChannels = new ArrayList<>();
		for (Greetings.Queued greeting : chunk) {
			CustomerContact contact = contacts.get(new CustomerId(greeting.customerId()));
			String to = contact == null ? null : switch (greeting.channel()) {
				case SMS -> contact.phone();
				case EMAIL -> contact.email();
				case WECHAT -> null;
			};
			if (to == null || to.isBlank()) {
				unaddressed.add(greeting.id());
				continue;
			}
			Locale locale = Locale.forLanguageTag(greeting.language());
			Map<String, String> params = greeting.occasion() == Occasion.BIRTHDAY ? Map.of()
					: Map.of("festival", messages.getMessage("care.occasion." + greeting.occasion(), null, locale));
			String token = CustomerLinks.newToken();
			hashes.add(CustomerLinks.hash(token));
			linkCustomers.add(greeting.customerId());
			linkChannels.add(greeting.channel().name());
			outgoing.add(new OutgoingMessage("care-greeting:" + greeting.id(), greeting.channel(), to,
					greeting.occasion() == Occasion.BIRTHDAY ? "care-birthday" : "care-festival", locale, params,
					settings.greetingsPurpose(), new CustomerId(greeting.customerId()))
				.withSecret("unsubscribeUrl", address.link("/public/unsubscribe/" + token)));
		}
		greetings.noAddress(unaddressed);
		if (!hashes.isEmpty()) {
			profiles.addLinks(hashes, linkCustomers, linkChannels, now);
		}
		if (!outgoing.isEmpty()) {
			notifications.sendAll(outgoing);
		}
		return unaddressed.size();
	}
}
