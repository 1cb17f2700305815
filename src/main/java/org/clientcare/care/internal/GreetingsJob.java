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
import java.util.Set;

import org.clientcare.care.CareSettings;
import org.clientcare.care.GreetingDay;
import org.clientcare.care.Occasion;
import org.clientcare.customer.CustomerContact;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.notification.CustomerMessage;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.Purpose;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.platform.PublicAddress;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.jobs.Job;
import org.clientcare.shared.links.CustomerLinks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code greetings} job (生日及节日问候): first gives every customer without one a care profile from its birth date;
 * then queues the day's greetings — the festival's and the birthdays' — set-based, once per customer, occasion and
 * year by {@code care_greeting}'s unique key, each through the outbox in the customer's language and channel with a
 * single-use unsubscribe link; and adds the account managers' to-dos for tomorrow's occasions of the budgeted tiers.
 * Running it twice on a day queues nothing the second time.
 * <p>
 * It works in chunks, each committed on its own ({@code clientcare.care.chunk-size} customers, default 10,000): the
 * profiles of a batch of customers; the next greetings of an occasion's audience, by customer id, together with their
 * unsubscribe links and outbox messages. A run cut short (a crash, a failed chunk) keeps the chunks done and loses
 * the one it was in, whole; the next run queues exactly what is left, since a greeting already queued is neither in
 * the audience again nor let through by its unique key. No transaction holds more than a chunk, and the job's lock
 * (one run at a time on any instance) is all the run holds besides.
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

	private final TransactionTemplate chunks;

	/** Greetings queued, or profiles written, per transaction. */
	private int chunkSize;

	GreetingsJob(Greetings greetings, CareProfiles profiles, CustomerManagement customers,
			NotificationManagement notifications, PublicAddress address, MessageSource messages, CareSettings settings,
			PlatformSettings platform, Clock clock, PlatformTransactionManager transactions,
			@Value("${clientcare.care.chunk-size:10000}") int chunkSize) {
		this.chunks = new TransactionTemplate(transactions);
		this.chunks.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.chunkSize = Math.max(1, chunkSize);
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
		spent = new Spent();
		long started = System.nanoTime();
		int profiled = fillProfiles(now);
		long profiling = System.nanoTime() - started;
		boolean marketing = settings.greetingsPurpose() == Purpose.MARKETING;
		int queued = 0;
		int noAddress = 0;
		for (GreetingDay.Due due : GreetingDay.on(today)) {
			Chunk chunk = new Chunk(0, 0, 0, true);
			while (chunk.more()) {
				long after = chunk.last();
				chunk = chunks.execute(status -> queueChunk(due, marketing, after, now));
				queued += chunk.queued();
				noAddress += chunk.noAddress();
			}
		}
		int tasks = 0;
		for (GreetingDay.Due due : GreetingDay.on(today.plusDays(1))) {
			tasks += chunks.execute(status -> greetings.plan(due, settings.giftBudget(), now));
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("day", today.toString());
		result.put("profiled", profiled);
		result.put("queued", queued);
		result.put("noAddress", noAddress);
		result.put("tasks", tasks);
		log.info("Greetings of {}: {} profiles in {} ms; {} queued and {} without address in {} ms: choosing {} ms, "
				+ "links {} ms, outbox {} ms", today, profiled, profiling / 1_000_000, queued, noAddress,
				(System.nanoTime() - started - profiling) / 1_000_000, spent.choosing / 1_000_000,
				spent.links / 1_000_000, spent.outbox / 1_000_000);
		return result;
	}

	/**
	 * Queues the next chunk of a due occasion's greetings after customer {@code after}, with their links and messages;
	 * answers how many were queued, how many found no address, the last customer id of the chunk and whether there may
	 * be more (the chunk had as many customers as a chunk may). A chunk is the next {@code chunkSize} customers whose
	 * profiles the occasion names (everyone on a festival, the day's birthdays); of those it greets whom the rules
	 * let through.
	 */
	private Chunk queueChunk(GreetingDay.Due due, boolean marketing, long after, Instant now) {
		long started = System.nanoTime();
		List<Long> candidates = greetings.candidates(due, after, chunkSize);
		List<Greetings.Queued> chunk = candidates.isEmpty() ? List.of()
				: greetings.queue(due, marketing, candidates, now);
		spent.choosing += System.nanoTime() - started;
		int unaddressed = chunk.isEmpty() ? 0 : send(chunk, now);
		long last = candidates.isEmpty() ? after : candidates.get(candidates.size() - 1);
		return new Chunk(chunk.size() - unaddressed, unaddressed, last, candidates.size() == chunkSize);
	}

	/** Where a run's time went, for the log (one run at a time: the job's lock). */
	private static final class Spent {

		long choosing;

		long links;

		long outbox;
	}

	private Spent spent = new Spent();

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GreetingsJob.class);

	private record Chunk(int queued, int noAddress, long last, boolean more) {
	}

	/**
	 * Gives customers without a care profile one from their birth dates, a batch at a time and each batch committed on
	 * its own, each after the last id of the one before (keyset paging: no batch scans again the customers profiled
	 * before it). A run cut short leaves the rest to the next, which finds them still without a profile.
	 */
	private int fillProfiles(Instant now) {
		int total = 0;
		long after = 0;
		while (true) {
			long from = after;
			List<Long> ids = chunks.execute(status -> profileBatch(from, now));
			if (ids.isEmpty()) {
				return total;
			}
			after = ids.get(ids.size() - 1);
			total += ids.size();
		}
	}

	private List<Long> profileBatch(long after, Instant now) {
		List<Long> ids = profiles.withoutProfile(after, settings.batchSize());
		if (ids.isEmpty()) {
			return ids;
		}
		Map<CustomerId, CustomerContact> contacts = customers.contacts(ids.stream().map(CustomerId::new).toList());
		Map<Long, LocalDate> births = new HashMap<>();
		for (Long id : ids) {
			CustomerContact contact = contacts.get(new CustomerId(id));
			births.put(id, contact == null ? null : contact.birthDate());
		}
		profiles.writeBirthdays(births, now);
		return ids;
	}

	/**
	 * Queues the messages of a chunk of greetings, each with a new unsubscribe link, to the customers' addresses on file
	 * (copied into the outbox still encrypted: nothing decrypted or encrypted again but the link); marks those without
	 * an address for their channel; answers how many there were.
	 */
	private int send(List<Greetings.Queued> chunk, Instant now) {
		long started = System.nanoTime();
		List<CustomerMessage> outgoing = new ArrayList<>(chunk.size());
		List<String> hashes = new ArrayList<>(chunk.size());
		Map<String, String> festivals = new HashMap<>();
		for (Greetings.Queued greeting : chunk) {
			Locale locale = Locale.forLanguageTag(greeting.language());
			Map<String, String> params = greeting.occasion() == Occasion.BIRTHDAY ? Map.of()
					: Map.of("festival", festivals.computeIfAbsent(greeting.occasion() + "|" + greeting.language(),
							key -> messages.getMessage("care.occasion." + greeting.occasion(), null, locale)));
			String token = CustomerLinks.newToken();
			hashes.add(CustomerLinks.hash(token));
			outgoing.add(new CustomerMessage("care-greeting:" + greeting.id(), greeting.channel(),
					new CustomerId(greeting.customerId()),
					greeting.occasion() == Occasion.BIRTHDAY ? "care-birthday" : "care-festival", locale, params,
					settings.greetingsPurpose(), Map.of("unsubscribeUrl", address.link("/public/unsubscribe/" + token))));
		}
		spent.links += System.nanoTime() - started;
		started = System.nanoTime();
		Set<String> unaddressed = notifications.sendToCustomers(outgoing);
		spent.outbox += System.nanoTime() - started;
		started = System.nanoTime();
		List<Long> withoutAddress = new ArrayList<>();
		List<String> linkHashes = new ArrayList<>(chunk.size());
		List<Long> linkCustomers = new ArrayList<>(chunk.size());
		List<String> linkChannels = new ArrayList<>(chunk.size());
		for (int i = 0; i < chunk.size(); i++) {
			Greetings.Queued greeting = chunk.get(i);
			if (unaddressed.contains(outgoing.get(i).eventKey())) {
				withoutAddress.add(greeting.id());
			}
			else {
				linkHashes.add(hashes.get(i));
				linkCustomers.add(greeting.customerId());
				linkChannels.add(greeting.channel().name());
			}
		}
		greetings.noAddress(withoutAddress);
		if (!linkHashes.isEmpty()) {
			profiles.addLinks(linkHashes, linkCustomers, linkChannels, now);
		}
		spent.links += System.nanoTime() - started;
		return withoutAddress.size();
	}
}
