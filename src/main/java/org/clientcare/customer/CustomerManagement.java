package org.clientcare.customer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientcare.identity.Target;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Authorization;
import org.clientcare.approval.ApprovalManagement;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.internal.ClosureApproval;
import org.clientcare.customer.internal.Consents;
import org.clientcare.customer.internal.CustomerPatch;
import org.clientcare.customer.internal.CustomerRow;
import org.clientcare.customer.internal.CustomerViews;
import org.clientcare.customer.internal.Customers;
import org.clientcare.customer.internal.FinancialProfiles;
import org.clientcare.customer.internal.MaskedPii;
import org.clientcare.customer.internal.Registrations;
import org.clientcare.customer.internal.SearchCriteria;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ListCount;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.StaleVersion;
import org.clientcare.shared.problem.VersionRequired;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers (客户) within the caller's data scope: register, read, search, change, reveal PII, keep the financial
 * profile and consents. Every read and write passes through the scope of the current actor; a customer outside it
 * answers {@link CustomerNotFound}. Changes are audited (PII masked) and published as events.
 */
@Service
public class CustomerManagement {

	private final Authorization authorization;

	private final Customers customers;

	private final FinancialProfiles profiles;

	private final Consents consents;

	private final CustomerViews views;

	private final IdentityManagement identity;

	private final PiiCipher pii;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ApprovalManagement approvals;

	private final Registrations registrations;

	private final SearchCriteria searchCriteria;

	private final ObjectProvider<DepartmentCustomers> departmentCustomers;

	private final Clock clock;

	CustomerManagement(Customers customers, FinancialProfiles profiles, Consents consents, CustomerViews views,
			IdentityManagement identity, PiiCipher pii, AuditTrail audit, ApplicationEventPublisher events,
			ApprovalManagement approvals, Registrations registrations, SearchCriteria searchCriteria,
			ObjectProvider<DepartmentCustomers> departmentCustomers, Clock clock, Authorization authorization) {
		this.authorization = authorization;
		this.customers = customers;
		this.departmentCustomers = departmentCustomers;
		this.registrations = registrations;
		this.searchCriteria = searchCriteria;
		this.profiles = profiles;
		this.consents = consents;
		this.views = views;
		this.identity = identity;
		this.pii = pii;
		this.audit = audit;
		this.events = events;
		this.approvals = approvals;
		this.clock = clock;
	}

	/**
	 * Registers a customer after the KYC checks; refuses a second customer for the same document with
	 * {@link DocumentAlreadyRegistered}. An account manager registers customers for itself.
	 */
	@Transactional
	public CustomerDetail register(RegisterCustomer command) {
		authorization.require(Permission.CUSTOMER_WRITE);
		Actor actor = CurrentActor.get();
		LocalDate today = LocalDate.now(clock);
		var problems = new InvalidInput.Collector();
		var checked = new RegistrationRules(today).check(new RegistrationRules.Application(command.type(),
				command.idType(), command.idNumber(), command.idExpiry(), command.birthDate(), command.gender(),
				command.phone(), command.email(), command.relationshipSince(), command.status()), problems);
		OrgUnit unit = registrations.unit(command.orgUnit(), actor, problems);
		Long managerId = registrations.manager(command.managerUsername(), unit, actor, problems);
		problems.throwIfAny();
		authorization.require(Permission.CUSTOMER_WRITE, Target.customer(unit.id(), managerId));
		String idNumber = checked.idNumber();
		LocalDate birthDate = checked.birthDate();
		Gender gender = checked.gender();
		String phone = checked.phone();
		String email = checked.email();
		LocalDate since = checked.relationshipSince();
		CustomerStatus status = checked.status();

		byte[] idHash = pii.searchHash(idNumber);
		// Registrations of one document wait for each other here, so the later one finds the earlier one's customer.
		customers.lockDocument(command.idType().name(), idHash);
		customers.holderOf(command.idType().name(), pii.searchHashes(idNumber)).ifPresent(existing -> {
			throw alreadyRegistered(existing);
		});
		long id;
		try {
			id = customers.insert(new Customers.NewCustomer(command.type().name(), command.name().strip(),
					command.idType().name(), pii.encrypt(idNumber), idHash, command.idExpiry(),
					pii.encrypt(birthDate == null ? null : birthDate.toString()), gender == null ? null : gender.name(),
					pii.encrypt(phone), pii.searchHash(phone), pii.encrypt(email), pii.encrypt(blankToNull(command.address())),
					blankToNull(command.occupation()), blankToNull(command.familyStatus()), status.name(), unit.id(), managerId,
					since, clock.instant(),
					MaskedPii.of(idNumber, birthDate, phone, email, blankToNull(command.address()))));
		}
		catch (DuplicateKeyException e) {
			// The transaction cannot read any more after the failed insert: the holder goes unnamed.
			throw new DocumentAlreadyRegistered(Map.of());
		}
		CustomerView view = views.masked(customers.find(id, CustomerScope.everyone()).orElseThrow());
		audit.record("customer.registered", "customer", id, null, CustomerViews.auditState(view));
		events.publishEvent(new CustomerRegistered(new CustomerId(id), command.type(), unit.id(), managerId, since));
		return detail(view);
	}

	/**
	 * The 360 view of a customer in scope: one statement (the row within the scope, its financial profile and current
	 * consents), so it runs without a transaction of its own — a read-only one would add its commit's round trip.
	 */
	public CustomerDetail get(long id) {
		Customers.Detail found = customers.findDetail(id, scope()).orElseThrow(() -> new CustomerNotFound(id));
		return new CustomerDetail(views.masked(found.row()), found.profile(), found.consents());
	}

	/**
	 * A light reference to a customer within the current actor's scope, read without decrypting anything; other
	 * modules check with it before they act.
	 *
	 * @throws CustomerNotFound outside the scope
	 */
	@Transactional(readOnly = true)
	public CustomerRef requireVisible(CustomerId id) {
		return customers.refs(java.util.List.of(id.value()), scope()).stream().findFirst()
			.orElseThrow(() -> new CustomerNotFound(id.value()));
	}

	/** Light references of those of {@code ids} within the current actor's scope (others are left out). */
	@Transactional(readOnly = true)
	public Map<CustomerId, CustomerRef> visible(java.util.Collection<CustomerId> ids) {
		return byId(customers.refs(ids.stream().map(CustomerId::value).toList(), scope()));
	}

	/**
	 * Light references of {@code ids} whatever the caller's scope: for ids a module took from its own rows already
	 * filtered by {@link #scope()}, or for the system's own work — never to answer a caller about a customer it names.
	 * One statement, so without a transaction of its own.
	 */
	public Map<CustomerId, CustomerRef> refs(java.util.Collection<CustomerId> ids) {
		return byId(customers.refs(ids.stream().map(CustomerId::value).toList(), CustomerScope.everyone()));
	}

	/**
	 * The customer number ({@code C0000000163}) a page shows for a customer id it took from its own rows already
	 * filtered by scope, as {@link #refs} reads it (nothing decrypted); {@code null} for no customer.
	 */
	public String customerNoOf(Long id) {
		return id == null ? null : refs(java.util.List.of(new CustomerId(id))).values().stream().findFirst()
			.map(CustomerRef::customerNo).orElse(null);
	}

	/**
	 * The customer numbers a list page shows for the customer ids it took from its own rows already filtered by
	 * scope, by id, read in one statement as {@link #refs} reads them (nothing decrypted); null ids are skipped.
	 */
	public Map<Long, String> customerNosOf(Collection<Long> ids) {
		List<CustomerId> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().map(CustomerId::new).toList();
		Map<Long, String> numbers = new java.util.HashMap<>();
		if (!wanted.isEmpty()) {
			refs(wanted).forEach((id, ref) -> numbers.put(id.value(), ref.customerNo()));
		}
		return numbers;
	}

	/**
	 * The restricted ones among these customers, for their badge on a page: one query for a whole list, whatever its
	 * length; null ids (rows without a customer) are skipped. Only the flag is read, no personal information.
	 */
	@Transactional(readOnly = true)
	public RestrictedCustomers restrictedAmong(Collection<Long> ids) {
		List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
		return wanted.isEmpty() ? RestrictedCustomers.NONE : new RestrictedCustomers(customers.restrictedAmong(wanted));
	}

	/**
	 * The mobile number and e-mail address of a customer within the current actor's scope, decrypted to send it a
	 * message it expects (a questionnaire link); never for display.
	 */
	@Transactional(readOnly = true)
	public CustomerContact contact(CustomerId id) {
		CustomerRow row = require(id.value());
		return new CustomerContact(pii.decrypt(row.phoneEnc()), pii.decrypt(row.emailEnc()), null);
	}

	/**
	 * The birth date, mobile number and e-mail address of many customers within the current actor's scope, decrypted
	 * to greet them (the care module's greetings job, which runs as the system); never for display. Customers out of
	 * scope are left out.
	 */
	@Transactional(readOnly = true)
	public Map<CustomerId, CustomerContact> contacts(java.util.Collection<CustomerId> ids) {
		Map<CustomerId, CustomerContact> contacts = new java.util.HashMap<>();
		for (Customers.Sealed row : customers.sealedContacts(ids.stream().map(CustomerId::value).toList(), scope())) {
			String birthDate = pii.decrypt(row.birthDateEnc());
			contacts.put(new CustomerId(row.id()), new CustomerContact(pii.decrypt(row.phoneEnc()),
					pii.decrypt(row.emailEnc()), birthDate == null ? null : LocalDate.parse(birthDate)));
		}
		return contacts;
	}

	/**
	 * The customer's age in whole years on {@code day}, null when the birth date is unknown or the customer does not
	 * exist: for the rules of a sale that depend on age (dual recording for customers aged 60 or more, §7), never for
	 * display. Read without the actor's scope, as the checks of reported sales run for the system.
	 */
	@Transactional(readOnly = true)
	public Integer ageOn(CustomerId id, LocalDate day) {
		return customers.find(id.value(), CustomerScope.everyone())
			.map(row -> age(pii.decrypt(row.birthDateEnc()), day))
			.orElse(null);
	}

	/**
	 * The ages of many customers on {@code day}, as {@link #ageOn} gives each, read with one statement and only their
	 * birth dates decrypted: customers whose birth date is unknown, or who do not exist, are left out.
	 */
	@Transactional(readOnly = true)
	public Map<CustomerId, Integer> agesOn(Collection<CustomerId> ids, LocalDate day) {
		Map<CustomerId, Integer> ages = new java.util.HashMap<>();
		for (Customers.Sealed row : customers.sealedContacts(ids.stream().map(CustomerId::value).toList(),
				CustomerScope.everyone())) {
			Integer age = age(pii.decrypt(row.birthDateEnc()), day);
			if (age != null) {
				ages.put(new CustomerId(row.id()), age);
			}
		}
		return ages;
	}

	/** Whole years from the birth date to the day; null for an unknown birth date. */
	private static Integer age(String birthDate, LocalDate day) {
		return birthDate == null || birthDate.isBlank() ? null
				: (int) java.time.temporal.ChronoUnit.YEARS.between(LocalDate.parse(birthDate), day);
	}

	/**
	 * A page of the customers in scope matching {@code search}: its page, and its count only past the page while no
	 * estimate is kept ({@link org.clientcare.shared.ListCounts}) — statements that need nothing from each other, so without a transaction
	 * of its own (a read-only one would add its commit's round trip to every request).
	 */
	public ResultPage<CustomerView> search(CustomerSearch search) {
		CustomerScope scope = scope();
		Optional<Customers.Criteria> criteria = searchCriteria.of(search);
		if (criteria.isEmpty()) {
			return new ResultPage<>(List.of(), search.page(), search.size(), 0);
		}
		List<CustomerView> content = customers.search(criteria.get(), scope, search.page(), search.size()).stream()
			.map(views::masked).toList();
		ListCount total = content.size() < search.size() && (search.page() == 0 || !content.isEmpty())
				? ListCount.exactly((long) search.page() * search.size() + content.size())
				: customers.count(criteria.get(), scope);
		return new ResultPage<>(content, search.page(), search.size(), total);
	}

	/** Customers in scope by lifecycle status, for the home page. */
	@Transactional(readOnly = true)
	public Map<String, Long> countsByStatus() {
		return customers.countByStatus(scope());
	}

	/**
	 * Changes fields of a customer (JSON merge-patch semantics) if {@code ifMatch} names its current version.
	 *
	 * @throws VersionRequired without {@code ifMatch}
	 * @throws StaleVersion    when the customer changed since that version
	 */
	@Transactional
	public CustomerDetail change(long id, String ifMatch, Map<String, Object> changes) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new VersionRequired();
		}
		CustomerRow row = require(id);
		authorization.require(Permission.CUSTOMER_WRITE, target(row));
		if (!matches(ifMatch, row.version())) {
			throw new StaleVersion("Customer " + id);
		}
		CustomerView before = views.masked(row);
		var patch = CustomerPatch.of(row, changes, pii, clock);
		if (patch.columns().isEmpty()) {
			return detail(before);
		}
		Instant changedAt = clock.instant();
		if (!customers.update(id, row.version(), patch.columns(), changedAt)) {
			throw new StaleVersion("Customer " + id);
		}
		CustomerView after = views.masked(customers.find(id, CustomerScope.everyone()).orElseThrow());
		audit.record("customer.changed", "customer", id, changed(CustomerViews.auditState(before), patch.fields()),
				changed(CustomerViews.auditState(after), patch.fields()));
		events.publishEvent(new CustomerChanged(new CustomerId(id), patch.fields()));
		if (before.status() != after.status()) {
			events.publishEvent(new CustomerStatusChanged(new CustomerId(id), before.status(), after.status(), changedAt));
		}
		return detail(after);
	}

	/**
	 * Asks for the customer's closure (销户), which a second, authorised person approves (§10); on approval the
	 * customer is CLOSED and its PII is kept for the retention period.
	 */
	@Transactional
	public ApprovalRequest requestClosure(long id, String reason) {
		CustomerRow row = require(id);
		authorization.require(Permission.CUSTOMER_WRITE, target(row));
		if (!CustomerStatus.valueOf(row.status()).canBecome(CustomerStatus.CLOSED)) {
			throw new org.clientcare.shared.problem.Conflict("illegal-transition", "A " + row.status() + " customer cannot be closed");
		}
		return approvals.request(ClosureApproval.TYPE, new ClosureApproval.Payload(id, row.version()), "customer",
				Long.toString(id), row.orgUnitId(), row.customerNo() + " " + row.name(), reason);
	}

	/** Unmasked PII for a caller allowed to reveal it, with the reason written to the audit trail. */
	@Transactional
	public RevealedPii reveal(long id, String reason) {
		CustomerRow row = require(id);
		if (!authorization.can(Permission.PII_REVEAL) || identity.currentScope().masked()) {
			throw new Forbidden("reveal-not-allowed", "Your role may not reveal personal information");
		}
		if (reason == null || reason.strip().length() < 2) {
			throw InvalidInput.of("reason", "required", "Say why you need to see the personal information");
		}
		authorization.require(Permission.PII_REVEAL, target(row));
		audit.record("customer.pii-revealed", "customer", id, null,
				Map.of("fields", "idNumber,birthDate,phone,email,address"), reason.strip());
		return views.revealed(row);
	}

	/** Replaces the financial profile. */
	@Transactional
	public FinancialProfile saveFinancialProfile(long id, FinancialProfile profile) {
		authorization.require(Permission.CUSTOMER_WRITE, target(require(id)));
		Map<String, Object> before = profiles.of(id).map(CustomerManagement::profileState).orElse(null);
		profiles.save(id, profile, clock.instant());
		FinancialProfile saved = profiles.of(id).orElseThrow();
		audit.record("customer.financial-profile-changed", "customer", id, before, profileState(saved));
		events.publishEvent(new CustomerChanged(new CustomerId(id), Set.of("financialProfile")));
		return saved;
	}

	/**
	 * Takes over the financial profiles an earlier system recorded for customers just imported (a go-live migration, the
	 * demo): one transaction, one batch of writes, an audit entry per customer with the profile the customer had before
	 * (read in one statement for all), as {@link #saveFinancialProfile} records it. Every customer must be one the
	 * caller may see, as for {@link #saveFinancialProfile}, or nothing is written. Publishes no change: nobody following
	 * these customers has seen them change.
	 */
	@Transactional
	public void takeOverFinancialProfiles(Map<CustomerId, FinancialProfile> byCustomer) {
		authorization.require(Permission.INTAKE);
		requireAll(byCustomer.keySet());
		Instant now = clock.instant();
		Map<Long, FinancialProfile> byId = new LinkedHashMap<>();
		Map<Long, FinancialProfile> previous = profiles
			.ofAll(byCustomer.keySet().stream().map(CustomerId::value).toList());
		List<AuditTrail.Change> changes = new ArrayList<>(byCustomer.size());
		byCustomer.forEach((customer, profile) -> {
			byId.put(customer.value(), profile);
			FinancialProfile before = previous.get(customer.value());
			changes.add(new AuditTrail.Change("customer.financial-profile-changed", "customer", customer.value(),
					before == null ? null : profileState(before), profileState(profile)));
		});
		profiles.saveAll(byId, now);
		audit.recordAll(changes);
	}

	/**
	 * Takes over the grants of one purpose an earlier system recorded, with the channel each was given through (a
	 * go-live migration, the demo): one transaction, one batch of writes, an audit entry per grant. Every customer must
	 * be one the caller may see, as for {@link #recordConsent}, or nothing is written.
	 */
	@Transactional
	public void takeOverConsents(ConsentPurpose purpose, Map<CustomerId, String> channelByCustomer) {
		authorization.require(Permission.INTAKE);
		requireAll(channelByCustomer.keySet());
		Instant now = clock.instant();
		String by = CurrentActor.get().username();
		Map<Long, String> byId = new LinkedHashMap<>();
		List<AuditTrail.Change> changes = new ArrayList<>(channelByCustomer.size());
		channelByCustomer.forEach((customer, channel) -> {
			byId.put(customer.value(), channel);
			changes.add(new AuditTrail.Change("customer.consent-granted", "customer", customer.value(), null,
					Map.of("purpose", purpose.name(), "channel", channel)));
		});
		consents.addAll(purpose, true, byId, now, by);
		audit.recordAll(changes);
	}

	/** Records a grant or withdrawal of consent, keeping every earlier record. */
	@Transactional
	public List<Consent> recordConsent(long id, ConsentPurpose purpose, boolean granted, String channel) {
		CustomerRow row = require(id);
		authorization.require(Permission.CONSENT_RECORD, target(row).takenAtCounterOrHotline(
				"BRANCH".equals(channel) || "PHONE".equals(channel)));
		Actor actor = CurrentActor.get();
		consents.add(id, purpose, granted, channel, clock.instant(), actor.username());
		audit.record(granted ? "customer.consent-granted" : "customer.consent-withdrawn", "customer", id, null,
				Map.of("purpose", purpose.name(), "channel", channel));
		return consents.current(id);
	}

	@Transactional(readOnly = true)
	public List<Consent> consentHistory(long id) {
		require(id);
		return consents.history(id);
	}

	/**
	 * Whether the customer currently consents to a purpose (no record means no). A restricted customer consents to no
	 * marketing or data sharing, whatever it once granted: it is not processed for marketing or care (the published
	 * {@code customer_consent_ref} reads the same).
	 */
	@Transactional(readOnly = true)
	public boolean consents(CustomerId id, ConsentPurpose purpose) {
		if (purpose != ConsentPurpose.SERVICE && customers.refs(List.of(id.value()), CustomerScope.everyone()).stream()
			.anyMatch(CustomerRef::restricted)) {
			return false;
		}
		return consents.current(id.value()).stream().anyMatch(c -> c.purpose() == purpose && c.granted());
	}

	/**
	 * Of the given customers, those who currently consent to a purpose — {@link #consents} for many customers at once,
	 * in one statement (for senders of many messages).
	 */
	@Transactional(readOnly = true)
	public Set<CustomerId> consenting(Collection<CustomerId> ids, ConsentPurpose purpose) {
		Set<CustomerId> result = new HashSet<>();
		consents.granting(ids.stream().map(CustomerId::value).toList(), purpose)
			.forEach(id -> result.add(new CustomerId(id)));
		return result;
	}

	/**
	 * Records that the customer's contact data was verified now (信息更新, SPEC §2) — by a completed re-verification
	 * revisit, whose module checked who may record it. Audited as {@code customer.contact-verified}; the next
	 * re-verification falls due 12 months later.
	 */
	@Transactional
	public void recordContactVerified(CustomerId id) {
		if (customers.contactVerified(id.value(), clock.instant())) {
			audit.record("customer.contact-verified", "customer", id.value(), null, Map.of("contactVerified", true));
		}
	}

	/**
	 * Corrects a customer's data as a data subject asked (PIPL Art. 46): the privacy module decides it (its permission,
	 * the request as the reason), this module checks the fields as any change (400 naming the field) and applies them
	 * over the current version. Audited as {@code customer.corrected} with the request as the reason (masked values)
	 * and published as {@link CustomerChanged}. Answers the fields changed.
	 */
	@Transactional
	public Set<String> correct(CustomerId id, Map<String, Object> changes, String reason) {
		CustomerRow row = customers.find(id.value(), CustomerScope.everyone())
			.orElseThrow(() -> new org.clientcare.shared.problem.NotFound("customer", "Customer " + id.value()));
		CustomerView before = views.masked(row);
		var patch = CustomerPatch.of(row, changes, pii, clock);
		if (patch.columns().isEmpty()) {
			return Set.of();
		}
		if (!customers.update(id.value(), row.version(), patch.columns(), clock.instant())) {
			throw new StaleVersion("Customer " + id.value());
		}
		CustomerView after = views.masked(customers.find(id.value(), CustomerScope.everyone()).orElseThrow());
		audit.record("customer.corrected", "customer", id.value(), changed(CustomerViews.auditState(before), patch.fields()),
				changed(CustomerViews.auditState(after), patch.fields()), reason);
		events.publishEvent(new CustomerChanged(id, patch.fields()));
		return patch.fields();
	}

	/**
	 * Withdraws a consent as a data subject asked (PIPL Art. 15): the privacy module decides it; recorded like any
	 * withdrawal (the earlier records kept) and audited as {@code customer.consent-withdrawn} with the request as the
	 * reason.
	 */
	@Transactional
	public void withdrawConsent(CustomerId id, ConsentPurpose purpose, String reason) {
		customers.find(id.value(), CustomerScope.everyone())
			.orElseThrow(() -> new org.clientcare.shared.problem.NotFound("customer", "Customer " + id.value()));
		consents.add(id.value(), purpose, false, "PRIVACY_REQUEST", clock.instant(), CurrentActor.get().username());
		audit.record("customer.consent-withdrawn", "customer", id.value(), null,
				Map.of("purpose", purpose.name(), "channel", "PRIVACY_REQUEST"), reason);
	}

	/**
	 * Puts a customer into the restricted state (PIPL Art. 47 where AML retention forbids deletion yet): kept, not
	 * processed for marketing or care, not contacted except for the law's purposes, shown as restricted on every page.
	 * The privacy module decides it (permission and reason are its rule); audited as {@code customer.restricted} and
	 * published as {@link CustomerChanged} with the field {@code restricted}. Restricting a restricted customer changes
	 * nothing.
	 */
	@Transactional
	public void restrict(CustomerId id, String reason) {
		if (customers.restrict(id.value(), reason, clock.instant())) {
			audit.record("customer.restricted", "customer", id.value(), Map.of("restricted", false),
					Map.of("restricted", true), reason);
			events.publishEvent(new CustomerChanged(id, Set.of("restricted")));
		}
	}

	/**
	 * The customers the current actor sees, as a typed value other modules apply to the published view
	 * {@code customer_ref} in their own queries.
	 */
	public CustomerScope scope() {
		return CustomerScope.of(identity.currentScope(), department -> {
			DepartmentCustomers reach = departmentCustomers.getIfAvailable();
			return reach == null ? Set.of() : reach.customerIdsOf(department);
		});
	}

	/** The ids of the customers an account manager looks after. */
	@Transactional(readOnly = true)
	public List<Long> managedBy(long managerId) {
		return customers.managedBy(managerId);
	}

	/**
	 * Moves customers within the current actor's scope from one account manager ({@code null}: unassigned) to
	 * another in one set-based statement, skipping closed customers and those whose manager is no longer
	 * {@code fromManagerId}. Who may reassign, and to whom, is the assignment module's rule. Each move is audited and
	 * published as {@link CustomerChanged} with the field {@code manager}.
	 *
	 * @return the customers moved
	 */
	@Transactional
	public List<CustomerId> changeManager(java.util.Collection<CustomerId> ids, Long fromManagerId, long toManagerId) {
		List<Long> moved = customers.changeManager(ids.stream().map(CustomerId::value).toList(), fromManagerId,
				toManagerId, scope(), clock.instant());
		Map<String, Object> before = java.util.Collections.singletonMap("manager",
				fromManagerId == null ? null : identity.user(fromManagerId).map(StaffUser::username).orElse(null));
		Map<String, Object> after = Map.of("manager", identity.user(toManagerId).map(StaffUser::username).orElseThrow());
		moved.forEach(id -> {
			audit.record("customer.manager-changed", "customer", id, before, after);
			events.publishEvent(new CustomerChanged(new CustomerId(id), Set.of("manager")));
		});
		return moved.stream().map(CustomerId::new).toList();
	}

	private CustomerRow require(long id) {
		return customers.find(id, scope()).orElseThrow(() -> new CustomerNotFound(id));
	}

	/** {@link #require} of many customers in one statement: the first of them not in scope is not found. */
	private void requireAll(Collection<CustomerId> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Set<Long> found = new HashSet<>();
		customers.refs(ids.stream().map(CustomerId::value).toList(), scope()).forEach(ref -> found.add(ref.id().value()));
		ids.stream().filter(id -> !found.contains(id.value())).findFirst().ifPresent(missing -> {
			throw new CustomerNotFound(missing.value());
		});
	}

	private CustomerDetail detail(CustomerView view) {
		return new CustomerDetail(view, profiles.of(view.id()).orElse(null), consents.current(view.id()));
	}

	private static Target target(CustomerRow row) {
		return Target.customer(row.orgUnitId(), row.managerId());
	}

	private DocumentAlreadyRegistered alreadyRegistered(long existing) {
		Map<String, Object> named = new LinkedHashMap<>();
		customers.find(existing, scope()).ifPresent(row -> {
			named.put("existingCustomerId", row.id());
			named.put("existingCustomerNo", row.customerNo());
		});
		return new DocumentAlreadyRegistered(named);
	}

	private static Map<CustomerId, CustomerRef> byId(List<CustomerRef> refs) {
		Map<CustomerId, CustomerRef> byId = new LinkedHashMap<>();
		refs.forEach(ref -> byId.put(ref.id(), ref));
		return byId;
	}

	private static boolean matches(String ifMatch, long version) {
		for (String tag : ifMatch.split(",")) {
			String value = tag.strip();
			if (value.equals("*")) {
				return true;
			}
			if (value.startsWith("W/")) {
				value = value.substring(2);
			}
			if (value.equals("\"" + version + "\"")) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, Object> changed(Map<String, Object> state, Set<String> fields) {
		Map<String, Object> subset = new LinkedHashMap<>();
		fields.forEach(field -> subset.put(field, state.get(field)));
		return subset;
	}

	private static Map<String, Object> profileState(FinancialProfile p) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("assets", p.assets().total().toPlainString());
		state.put("liabilities", p.liabilities().total().toPlainString());
		state.put("income", p.income().total().toPlainString());
		// in their declared order, as the stored profile reads them, whatever set the caller passed
		Set<FinancialProfile.Goal> goals = EnumSet.noneOf(FinancialProfile.Goal.class);
		goals.addAll(p.goals());
		state.put("goals", goals.toString());
		return state;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
