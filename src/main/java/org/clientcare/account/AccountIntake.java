package org.clientcare.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.account.AccountEvents.AccountOpened;
import org.clientcare.account.AccountEvents.AccountStatusChanged;
import org.clientcare.account.internal.Accounts;
import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Permission;
import org.clientcare.identity.OrgUnit;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts intake (账户): idempotent by external id like the transactions intake — a repeated opening answers the
 * first result and repeats nothing, a status report that changes nothing (the same status, or older than the last
 * change) is answered without a row, an audit entry or an event. A closed account stays closed (409). The customer must
 * exist (any scope: the core system reports for every customer) and the org unit must be one of ours.
 */
@Service
public class AccountIntake {

	private final Accounts accounts;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountIntake(Accounts accounts, CustomerManagement customers, IdentityManagement identity, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.customers = customers;
		this.identity = identity;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Records an opening; answers the account and whether this call recorded it (false: a repeat). */
	@Transactional
	public Result open(OpenAccount report) {
		Optional<Account> earlier = accounts.byExternalId(report.externalId());
		if (earlier.isPresent()) {
			return new Result(earlier.get(), false);
		}
		var problems = new InvalidInput.Collector();
		Instant openedAt = instant("openedAt", report.openedAt(), problems);
		Optional<OrgUnit> unit = identity.findOrgUnit(report.orgUnit());
		if (unit.isEmpty()) {
			problems.add("orgUnit", "unknown", "An org unit code of the institution");
		}
		problems.throwIfAny();
		CurrentActor.runAs(Actor.system("intake").from(CurrentActor.get().username()),
				() -> customers.requireVisible(new CustomerId(report.customerId())));
		Optional<Account> inserted = accounts.insert(report, unit.get().id(), openedAt, clock.instant(),
				CurrentActor.get().username());
		if (inserted.isEmpty()) {
			// A concurrent report of the same external id won the race.
			return new Result(accounts.byExternalId(report.externalId()).orElseThrow(), false);
		}
		Account account = inserted.get();
		audit.record("account.opened", "account", account.id(), null, Map.of("externalId", account.externalId(),
				"customerId", account.customerId(), "kind", account.kind().name(), "orgUnit", account.orgUnit(),
				"openedAt", account.openedAt().toString()));
		events.publishEvent(new AccountOpened(account.id(), account.externalId(), new CustomerId(account.customerId()),
				account.kind(), unit.get().id(), account.openedAt()));
		return new Result(account, true);
	}

	/**
	 * Records a status change of the account with this external id; answers the account as it stands and whether
	 * this call changed it.
	 *
	 * @throws NotFound for an external id never reported
	 * @throws Conflict for a closed account told to be active or dormant
	 */
	@Transactional
	public Result changeStatus(String externalId, ChangeAccountStatus report) {
		var problems = new InvalidInput.Collector();
		Instant at = report.at() == null || report.at().isBlank() ? clock.instant() : instant("at", report.at(), problems);
		problems.throwIfAny();
		Account current = accounts.lockByExternalId(externalId)
			.orElseThrow(() -> new NotFound("Account", externalId));
		if (current.status() == report.status() || at.isBefore(current.statusSince())) {
			return new Result(current, false);
		}
		if (current.status() == AccountStatus.CLOSED) {
			throw new Conflict("account-closed", "A closed account does not change its status again");
		}
		if (at.isBefore(current.openedAt())) {
			throw InvalidInput.of("at", "range", "A status change cannot come before the account was opened");
		}
		Account changed = accounts.changeStatus(current.id(), current.status(), report.status(), at, clock.instant(),
				CurrentActor.get().username());
		Map<String, Object> before = new LinkedHashMap<>(Map.of("status", current.status().name()));
		audit.record("account.status-changed", "account", changed.id(), before,
				Map.of("status", changed.status().name(), "at", at.toString()));
		events.publishEvent(new AccountStatusChanged(changed.id(), changed.externalId(),
				new CustomerId(changed.customerId()), changed.kind(), accounts.orgUnitId(changed.id()), current.status(),
				changed.status(), at));
		return new Result(changed, true);
	}

	/**
	 * An account as recorded, by the core system's external id ({@code GET /api/v1/accounts/{externalId}}, where the
	 * {@code Location} of its 201 points): for the intake that reported it, and for staff who see its customer
	 * (compliance: every one).
	 *
	 * @throws NotFound when no account has this external id, or its customer lies outside the caller's scope
	 */
	@Transactional(readOnly = true)
	public Account find(String externalId) {
		Account found = accounts.byExternalId(externalId).orElseThrow(() -> new NotFound("Account", externalId));
		if (!identity.currentMay(Permission.INTAKE)
				&& customers.visible(List.of(new CustomerId(found.customerId()))).isEmpty()) {
			throw new NotFound("Account", externalId);
		}
		return found;
	}

	/** A customer's accounts, newest first, for a caller who may see the customer. */
	@Transactional(readOnly = true)
	public List<Account> ofCustomer(CustomerId customer) {
		customers.requireVisible(customer);
		return accounts.ofCustomer(customer.value());
	}

	private Instant instant(String field, String value, InvalidInput.Collector problems) {
		Instant parsed = parse(value, clock.getZone());
		if (parsed == null) {
			problems.add(field, "type", "ISO-8601 with offset, or a date YYYY-MM-DD");
			return null;
		}
		if (parsed.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
			problems.add(field, "range", "Cannot lie in the future");
		}
		else if (parsed.isBefore(Instant.parse("1949-10-01T00:00:00Z"))) {
			problems.add(field, "range", "Too far in the past");
		}
		return parsed;
	}

	/** An instant from ISO-8601 with offset, or the start of a date in {@code zone}; null when it is neither. */
	static Instant parse(String value, ZoneId zone) {
		if (value == null) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant()
					: OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The account, and whether this call recorded or changed it. */
	public record Result(Account account, boolean changed) {
	}
}
