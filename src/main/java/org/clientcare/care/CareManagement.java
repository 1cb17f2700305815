package org.clientcare.care;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.clientcare.audit.AuditTrail;
import org.clientcare.care.internal.CareProfiles;
import org.clientcare.care.internal.Greetings;
import org.clientcare.care.internal.Occasions;
import org.clientcare.customer.CustomerContact;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerType;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Target;
import org.clientcare.notification.Channel;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.links.CustomerLinks;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.tiering.Tier;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer care (客户关怀, SPEC §8): the care calendar, which occasions greet whom (administrators), each customer's
 * care preferences and the care it received (staff who see the customer; changes by those who may change its profile),
 * the account managers' to-dos, and the public unsubscribe link. Greetings themselves are queued by the
 * {@code greetings} job.
 */
@Service
public class CareManagement {

	private final Occasions occasions;

	private final CareProfiles profiles;

	private final Greetings greetings;

	private final CustomerManagement customers;

	private final Authorization authorization;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final PlatformSettings platform;

	private final Clock clock;

	CareManagement(Occasions occasions, CareProfiles profiles, Greetings greetings, CustomerManagement customers,
			Authorization authorization, AuditTrail audit, MessageSource messages, PlatformSettings platform, Clock clock) {
		this.occasions = occasions;
		this.profiles = profiles;
		this.greetings = greetings;
		this.customers = customers;
		this.authorization = authorization;
		this.audit = audit;
		this.messages = messages;
		this.platform = platform;
		this.clock = clock;
	}

	/**
	 * The festivals of a Gregorian year in date order, named in {@code locale}; with the solar terms (节气) when asked.
	 *
	 * @throws InvalidInput naming {@code year} outside 1901–2099
	 */
	public List<CareDate> calendar(int year, boolean solarTerms, Locale locale) {
		if (year < CareCalendar.FIRST_YEAR || year > CareCalendar.LAST_YEAR) {
			throw InvalidInput.of("year", "range", "The care calendar covers the years 1901 to 2099");
		}
		List<CareDate> days = new ArrayList<>();
		CareCalendar.festivals(year).forEach((occasion, day) -> days.add(new CareDate(day, occasion,
				messages.getMessage("care.occasion." + occasion, null, locale), null)));
		if (solarTerms) {
			CareCalendar.solarTerms(year).forEach(term -> days.add(new CareDate(term.getValue(), null,
					messages.getMessage("care.term." + term.getKey(), null, term.getKey(), locale), term.getKey())));
		}
		days.sort(java.util.Comparator.comparing(CareDate::date));
		return days;
	}

	/** Which occasions greet whom. */
	@Transactional(readOnly = true)
	public List<OccasionSetting> occasions() {
		return occasions.all();
	}

	/**
	 * Sets which customers an occasion greets (administrators); audited.
	 *
	 * @throws InvalidInput naming {@code tiers} or {@code customerTypes} for an unknown value
	 */
	@Transactional
	public OccasionSetting setOccasion(Occasion occasion, boolean enabled, List<String> tiers, List<String> types) {
		authorization.require(Permission.ADMINISTER);
		List<String> tierCodes = codes(tiers, "tiers", code -> Tier.valueOf(code).name());
		List<String> typeCodes = codes(types, "customerTypes", code -> CustomerType.valueOf(code).name());
		OccasionSetting before = occasions.find(occasion).orElseThrow(() -> new NotFound("Occasion", occasion));
		occasions.save(occasion, enabled, tierCodes, typeCodes, clock.instant(), CurrentActor.get().username());
		OccasionSetting after = occasions.find(occasion).orElseThrow();
		audit.record("care.occasion-set", "care-occasion", occasion.name(), state(before), state(after));
		return after;
	}

	/** The care a customer received and its preferences (404 outside the caller's scope). */
	@Transactional(readOnly = true)
	public CustomerCare customerCare(long customerId) {
		CustomerRef customer = customers.requireVisible(new CustomerId(customerId));
		return new CustomerCare(preferences(customer.id().value()), greetings.ofCustomer(customerId, 50),
				greetings.tasks(null, customerId, null, 50));
	}

	/**
	 * Sets a customer's care preferences — language ({@code zh-CN}, {@code en}), channel, lunar birthday — and the
	 * channels it opted out of, by those who may change its profile; audited.
	 *
	 * @throws InvalidInput naming {@code language} or {@code channel}
	 */
	@Transactional
	public CarePreferences setPreferences(long customerId, String language, Channel channel, boolean lunarBirthday,
			Set<Channel> optedOut) {
		CustomerRef customer = customers.requireVisible(new CustomerId(customerId));
		authorization.require(Permission.CUSTOMER_WRITE, Target.customer(customer.orgUnitId(), customer.managerId()));
		InvalidInput.Collector errors = new InvalidInput.Collector();
		if (language == null || !(language.equals("zh-CN") || language.equals("en"))) {
			errors.add("language", "invalid", "The language is zh-CN or en");
		}
		if (channel == null) {
			errors.add("channel", "required", "The channel is SMS, EMAIL or WECHAT");
		}
		errors.throwIfAny();
		CarePreferences before = preferences(customerId);
		Instant now = clock.instant();
		boolean hadProfile = profiles.find(customerId).isPresent();
		profiles.savePreferences(customerId, language, channel, lunarBirthday, now);
		if (!hadProfile) {
			CustomerContact contact = customers.contacts(List.of(customer.id())).get(customer.id());
			Map<Long, LocalDate> births = new java.util.HashMap<>();
			births.put(customerId, contact == null ? null : contact.birthDate());
			profiles.writeBirthdays(births, now);
		}
		Set<Channel> wanted = optedOut == null ? before.optedOut() : optedOut;
		for (Channel c : Channel.values()) {
			if (wanted.contains(c)) {
				profiles.optOut(customerId, c, "STAFF", now);
			}
			else {
				profiles.optIn(customerId, c);
			}
		}
		CarePreferences after = preferences(customerId);
		audit.record("care.preferences-set", "customer", customerId, state(before), state(after));
		return after;
	}

	/** The open to-dos of the current account manager from yesterday on, soonest first. */
	@Transactional(readOnly = true)
	public List<CareTask> myTasks() {
		Actor actor = CurrentActor.get();
		if (actor.userId() == null) {
			return List.of();
		}
		return named(greetings.tasks(actor.userId(), null, today().minusDays(1), 200));
	}

	/** One page of {@link #myTasks()}, with how many open to-dos the current account manager has in all. */
	@Transactional(readOnly = true)
	public ResultPage<CareTask> myTasks(int page, int size) {
		Actor actor = CurrentActor.get();
		if (actor.userId() == null) {
			return new ResultPage<>(List.of(), page, size, 0);
		}
		LocalDate from = today().minusDays(1);
		return new ResultPage<>(named(greetings.tasks(actor.userId(), null, from, size, (long) page * size)), page, size,
				greetings.taskCount(actor.userId(), null, from));
	}

	private List<CareTask> named(List<CareTask> tasks) {
		Map<CustomerId, CustomerRef> refs = customers.refs(tasks.stream().map(t -> new CustomerId(t.customerId())).toList());
		return tasks.stream().map(t -> {
			CustomerRef ref = refs.get(new CustomerId(t.customerId()));
			return new CareTask(t.id(), t.customerId(), t.customerNo(), ref == null ? null : ref.name(), t.managerId(),
					t.occasion(), t.occasionOn(), t.tier(), t.giftBudget(), t.doneAt());
		}).toList();
	}

	/** Marks one of the current manager's to-dos done (404 when it is not an open to-do of the manager). */
	@Transactional
	public void taskDone(long taskId) {
		Actor actor = CurrentActor.get();
		if (actor.userId() == null || !greetings.done(taskId, actor.userId(), clock.instant())) {
			throw new NotFound("Care task", taskId);
		}
		audit.record("care.task-done", "care-task", taskId, null, Map.of("doneBy", actor.username()));
	}

	/** The day's greetings by occasion and status (for the care page). */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> greetingsOn(LocalDate day) {
		return greetings.countsOn(day);
	}

	/**
	 * Uses a single-use unsubscribe link: the customer is opted out of the link's channel for marketing at once, and
	 * the opt-out is audited. Empty when the link is unknown or was used.
	 */
	@Transactional
	public java.util.Optional<Channel> unsubscribe(String token) {
		if (!CustomerLinks.wellFormed(token)) {
			return java.util.Optional.empty();
		}
		Instant now = clock.instant();
		return profiles.useLink(CustomerLinks.hash(token), now).map(link -> {
			if (profiles.optOut(link.customerId(), link.channel(), "LINK", now)) {
				audit.record("care.opted-out", "customer", link.customerId(), null,
						Map.of("channel", link.channel().name(), "source", "LINK"));
			}
			return link.channel();
		});
	}

	/** Whether the current user may set occasions (for pages). */
	public boolean mayAdminister() {
		return authorization.can(Permission.ADMINISTER);
	}

	private CarePreferences preferences(long customerId) {
		var profile = profiles.find(customerId).orElse(new CareProfiles.Profile("zh-CN", Channel.SMS, false));
		Set<Channel> optedOut = profiles.optedOut(customerId);
		return new CarePreferences(customerId, profile.language(), profile.channel(), profile.lunarBirthday(),
				optedOut.isEmpty() ? EnumSet.noneOf(Channel.class) : optedOut);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), platform.zone());
	}

	private static List<String> codes(List<String> values, String field, java.util.function.UnaryOperator<String> check) {
		if (values == null) {
			return List.of();
		}
		try {
			return values.stream().filter(v -> v != null && !v.isBlank()).map(v -> check.apply(v.strip())).distinct()
				.sorted().toList();
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of(field, "unknown", "Unknown value in " + field);
		}
	}

	private static Map<String, Object> state(OccasionSetting s) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("enabled", s.enabled());
		state.put("tiers", String.join(",", s.tiers()));
		state.put("customerTypes", String.join(",", s.customerTypes()));
		return state;
	}

	private static Map<String, Object> state(CarePreferences p) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("language", p.language());
		state.put("channel", p.channel().name());
		state.put("lunarBirthday", p.lunarBirthday());
		state.put("optedOut", p.optedOut().stream().map(Enum::name).sorted().toList().toString());
		return state;
	}
}
