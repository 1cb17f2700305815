package org.clientcare.assignment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.clientcare.identity.Target;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.assignment.internal.DeskRecords;
import org.clientcare.assignment.internal.DiaryVisitHandover;
import org.clientcare.assignment.internal.KeyPersons;
import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerType;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Role;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.kyc.MainlandMobile;
import org.clientcare.shared.pii.Masking;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's desk for one customer (§4): diary (经理日志), key persons of corporate customers, the annual plan
 * (一户一策) and business opportunities (商机). Everything is read within the caller's data scope (404 outside it);
 * writing needs the customer-write permission (account managers for their own customers, branch managers for their
 * units, administrators) and is audited.
 */
@Service
public class ManagerDesk {

	private final Authorization authorization;

	private final DeskRecords records;

	private final KeyPersons keyPersons;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final Clock clock;

	private final DiaryVisitHandover visits;

	ManagerDesk(DeskRecords records, KeyPersons keyPersons, CustomerManagement customers, IdentityManagement identity,
			AuditTrail audit, Clock clock, Authorization authorization, DiaryVisitHandover visits) {
		this.visits = visits;
		this.authorization = authorization;
		this.records = records;
		this.keyPersons = keyPersons;
		this.customers = customers;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<DiaryEntry> diary(CustomerId id) {
		customers.requireVisible(id);
		return records.diary(id.value(), 200);
	}

	/** One page of the customer's diary, latest date first, with how many entries it holds. */
	@Transactional(readOnly = true)
	public ResultPage<DiaryEntry> diary(CustomerId id, int page, int size) {
		customers.requireVisible(id);
		return new ResultPage<>(records.diary(id.value(), size, (long) page * size), page, size,
				records.diaryCount(id.value()));
	}

	@Transactional
	public DiaryEntry addDiary(CustomerId id, LocalDate date, DiaryKind kind, String text) {
		requireWritable(id);
		var problems = new InvalidInput.Collector();
		LocalDate day = date == null ? LocalDate.now(clock) : date;
		if (day.isAfter(LocalDate.now(clock))) {
			problems.add("date", "range", "A diary entry records what happened, not what will");
		}
		if (kind == null) {
			problems.add("kind", "required", "VISIT, PHONE or NOTE");
		}
		String body = text(text, "text", 4000, problems);
		problems.throwIfAny();
		long entry = records.addDiary(id.value(), day, kind, body, CurrentActor.get().username(), clock.instant());
		audit.record("customer.diary-added", "customer", id.value(), null,
				AssignmentManagement.mapOf("entry", entry, "date", day.toString(), "kind", kind.name()));
		if (kind == DiaryKind.VISIT) {
			visits.handOverPending();
		}
		return records.diary(id.value(), 200).stream().filter(e -> e.id() == entry).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<KeyPerson> keyPersons(CustomerId id) {
		customers.requireVisible(id);
		return keyPersons.of(id.value());
	}

	/** Adds a key person to a corporate or institutional customer; an individual has none (409). */
	@Transactional
	public KeyPerson addKeyPerson(CustomerId id, String name, String title, String phone) {
		CustomerRef customer = requireWritable(id);
		if (customer.type() == CustomerType.INDIVIDUAL) {
			throw new Conflict("not-corporate", "Key persons belong to corporate customers");
		}
		var problems = new InvalidInput.Collector();
		String who = text(name, "name", 100, problems);
		String role = title == null || title.isBlank() ? null : text(title, "title", 100, problems);
		String mobile = null;
		if (phone != null && !phone.isBlank()) {
			mobile = MainlandMobile.normalize(phone).orElse(null);
			if (mobile == null) {
				problems.add("phone", "format", "A mainland mobile number");
			}
		}
		problems.throwIfAny();
		long person = keyPersons.add(id.value(), who, role, mobile, CurrentActor.get().username(), clock.instant());
		audit.record("customer.key-person-added", "customer", id.value(), null, AssignmentManagement.mapOf("keyPerson",
				person, "name", who, "title", role, "phone", Masking.phone(mobile)));
		return keyPersons.of(id.value()).stream().filter(p -> p.id() == person).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<AnnualPlan> plans(CustomerId id) {
		customers.requireVisible(id);
		return records.plans(id.value());
	}

	/** Adds the plan for a year; a second plan for the same year is a conflict (409). */
	@Transactional
	public AnnualPlan addPlan(CustomerId id, Integer year, String goals, String actions) {
		requireWritable(id);
		var problems = new InvalidInput.Collector();
		int thisYear = LocalDate.now(clock).getYear();
		if (year == null || year < thisYear - 1 || year > thisYear + 1) {
			problems.add("year", "range", "Last year, this year or next year");
		}
		String what = text(goals, "goals", 4000, problems);
		String how = text(actions, "actions", 4000, problems);
		problems.throwIfAny();
		if (records.planExists(id.value(), year)) {
			throw new Conflict("plan-exists", "The customer already has a plan for " + year);
		}
		long plan = records.addPlan(id.value(), year, what, how, CurrentActor.get().username(), clock.instant());
		audit.record("customer.plan-added", "customer", id.value(), null,
				AssignmentManagement.mapOf("plan", plan, "year", year));
		return records.plans(id.value()).stream().filter(p -> p.id() == plan).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Opportunity> opportunities(CustomerId id) {
		customers.requireVisible(id);
		return records.opportunities(id.value());
	}

	@Transactional
	public Opportunity addOpportunity(CustomerId id, String source, String product, BigDecimal expectedAmount,
			OpportunityStage stage) {
		requireWritable(id);
		var problems = new InvalidInput.Collector();
		String from = text(source, "source", 100, problems);
		String what = text(product, "product", 100, problems);
		if (expectedAmount == null || expectedAmount.signum() < 0 || expectedAmount.stripTrailingZeros().scale() > 2
				|| expectedAmount.compareTo(new BigDecimal("9999999999999999.99")) > 0) {
			problems.add("expectedAmount", "range", "An amount in CNY of 0 or more with at most 2 decimals");
		}
		problems.throwIfAny();
		OpportunityStage start = stage == null ? OpportunityStage.LEAD : stage;
		long opportunity = records.addOpportunity(id.value(), from, what, expectedAmount, start,
				CurrentActor.get().username(), clock.instant());
		audit.record("customer.opportunity-added", "customer", id.value(), null, AssignmentManagement.mapOf(
				"opportunity", opportunity, "product", what, "expectedAmount", expectedAmount.toPlainString(), "stage",
				start.name()));
		return records.opportunity(id.value(), opportunity).orElseThrow();
	}

	/** Moves an opportunity to another stage; a won or lost one stays where it is (409). */
	@Transactional
	public Opportunity changeStage(CustomerId id, long opportunityId, OpportunityStage stage) {
		requireWritable(id);
		if (stage == null) {
			throw InvalidInput.of("stage", "required", "LEAD, QUALIFIED, PROPOSAL, WON or LOST");
		}
		Opportunity current = records.opportunity(id.value(), opportunityId)
			.orElseThrow(() -> new NotFound("Opportunity", opportunityId));
		if (!current.stage().open()) {
			throw new Conflict("opportunity-closed", "The opportunity was " + current.stage() + " already");
		}
		if (current.stage() == stage) {
			return current;
		}
		if (!records.changeStage(opportunityId, current.stage(), stage, clock.instant())) {
			throw new Conflict("changed-meanwhile", "The opportunity changed meanwhile; reload and try again");
		}
		audit.record("customer.opportunity-staged", "customer", id.value(),
				AssignmentManagement.mapOf("opportunity", opportunityId, "stage", current.stage().name()),
				AssignmentManagement.mapOf("opportunity", opportunityId, "stage", stage.name()));
		return records.opportunity(id.value(), opportunityId).orElseThrow();
	}

	private CustomerRef requireWritable(CustomerId id) {
		CustomerRef customer = customers.requireVisible(id);
		authorization.require(Permission.CUSTOMER_WRITE, Target.customer(customer.orgUnitId(), customer.managerId()));
		return customer;
	}

	private static String text(String value, String field, int max, InvalidInput.Collector problems) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			problems.add(field, "required", "Up to " + max + " characters");
			return null;
		}
		return value.strip();
	}
}
