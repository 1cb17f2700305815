package org.clientcare.vip;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerType;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Target;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.vip.internal.CardApproval;
import org.clientcare.vip.internal.ChangeApproval;
import org.clientcare.vip.internal.ListApproval;
import org.clientcare.vip.internal.Programmes;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corporate VIP programme (对公VIP客户, §3), year by year. A branch proposes corporate customers of its subtree
 * ({@link Permission#VIP_PROPOSE}) with a level and a reason, and their figures are computed then from the core
 * system's reports; head office ranks and adjusts the draft and submits it ({@link Permission#VIP_REVIEW} on the
 * head-office unit); a second head-office person approves it ({@code vip.list}, never the maker: 403). Until then the
 * list has no members. Once in force, every change — a downgrade, an upgrade, a removal, an addition — and every
 * executive's personal VIP card waits for its own approval. Everything is audited and kept as the customer's history.
 */
@Service
public class VipProgrammeManagement {

	private final Programmes programmes;

	private final VipViews views;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final Authorization authorization;

	private final ApprovalManagement approvals;

	private final AuditTrail audit;

	private final Clock clock;

	VipProgrammeManagement(Programmes programmes, VipViews views, CustomerManagement customers,
			IdentityManagement identity, Authorization authorization, ApprovalManagement approvals, AuditTrail audit,
			Clock clock) {
		this.programmes = programmes;
		this.views = views;
		this.customers = customers;
		this.identity = identity;
		this.authorization = authorization;
		this.approvals = approvals;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A year's programme with the customers in the caller's scope.
	 *
	 * @throws InvalidInput naming {@code year} outside 2000–2100
	 * @throws NotFound     for a year without a programme
	 */
	@Transactional(readOnly = true)
	public VipProgramme programme(int year) {
		Programmes.YearRow row = programmes.year(valid(year)).orElseThrow(() -> new NotFound("VIP programme", year));
		return views.of(row);
	}

	/** This year in the institution's zone. */
	public int thisYear() {
		return LocalDate.now(clock).getYear();
	}

	/**
	 * Proposes a corporate customer of the caller's subtree for a year's list at a level, opening the year's draft when
	 * it is the first. On a list in force it is a mid-year addition that waits for approval.
	 *
	 * @return the approval request of a mid-year addition, or null on a draft
	 * @throws Conflict {@code already-proposed}, or {@code programme-submitted} while the list waits for its checker
	 */
	@Transactional
	public ApprovalRequest propose(int year, CustomerId customer, VipLevel level, String reason) {
		valid(year);
		CustomerRef ref = customers.requireVisible(customer);
		authorization.require(Permission.VIP_PROPOSE, Target.customer(ref.orgUnitId(), ref.managerId()));
		String why = reason(reason);
		if (level == null) {
			throw InvalidInput.of("level", "required", "One of SUPREME, DIAMOND, PLATINUM, GOLD");
		}
		if (ref.type() == CustomerType.INDIVIDUAL) {
			throw InvalidInput.of("customerId", "not-corporate", "The VIP programme is for corporate customers");
		}
		String by = CurrentActor.get().username();
		Instant now = clock.instant();
		if (programmes.open(year, by, now)) {
			audit.record("vip.programme-opened", "vip-programme", year, null, Map.of("status", "DRAFT"));
		}
		ProgrammeStatus status = programmes.year(year).orElseThrow().status();
		if (status == ProgrammeStatus.PROPOSED) {
			throw new Conflict("programme-submitted", "The year's list waits for head office's approval");
		}
		if (programmes.candidate(year, customer.value()).isPresent()) {
			throw new Conflict("already-proposed", "The customer is on the year's list already");
		}
		LocalDate today = LocalDate.now(clock);
		Integer years = ref.relationshipSince() == null ? null
				: Math.max(0, Period.between(ref.relationshipSince(), today).getYears());
		VipFigures figures = programmes.figures(customer.value(), today, years);
		try {
			programmes.insertCandidate(year, customer.value(), ref.orgUnitId(), level, figures, by, now, why);
		}
		catch (DuplicateKeyException e) {
			throw new Conflict("already-proposed", "The customer is on the year's list already");
		}
		programmes.history(year, customer.value(), now, "PROPOSED", null, level, by, null, why);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("year", year);
		after.put("level", level.name());
		after.put("avgDailyDeposits", figures.avgDailyDeposits() == null ? "-" : figures.avgDailyDeposits());
		audit.record("vip.proposed", "customer", customer.value(), null, after, why);
		if (status == ProgrammeStatus.APPROVED) {
			return requestChange(year, ref, null, level, why);
		}
		return null;
	}

	/**
	 * Head office ranks a candidate of a draft, gives it its level, or excludes it (or takes it back).
	 *
	 * @throws Conflict {@code not-draft} once the list is submitted or in force
	 */
	@Transactional
	public void adjust(int year, CustomerId customer, VipLevel level, Integer rank, boolean excluded, String reason) {
		valid(year);
		requireHeadOffice(Permission.VIP_REVIEW);
		String why = reason(reason);
		if (level == null) {
			throw InvalidInput.of("level", "required", "One of SUPREME, DIAMOND, PLATINUM, GOLD");
		}
		if (rank != null && (rank < 1 || rank > 100_000)) {
			throw InvalidInput.of("rank", "range", "A rank from 1");
		}
		Programmes.YearRow row = programmes.year(year).orElseThrow(() -> new NotFound("VIP programme", year));
		Programmes.CandidateRow candidate = programmes.candidate(year, customer.value())
			.orElseThrow(() -> new NotFound("VIP candidate", customer.value()));
		if (row.status() != ProgrammeStatus.DRAFT) {
			throw new Conflict("not-draft", "Only a draft list is adjusted; after approval, ask for a change");
		}
		CandidateStatus status = excluded ? CandidateStatus.EXCLUDED : CandidateStatus.PROPOSED;
		programmes.adjust(candidate.id(), level, rank, status);
		String by = CurrentActor.get().username();
		programmes.history(year, customer.value(), clock.instant(), excluded ? "EXCLUDED" : "ADJUSTED",
				candidate.level(), level, by, null, why);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("level", candidate.level().name());
		before.put("rank", candidate.rank() == null ? "-" : candidate.rank());
		before.put("status", candidate.status().name());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("level", level.name());
		after.put("rank", rank == null ? "-" : rank);
		after.put("status", status.name());
		audit.record("vip.adjusted", "customer", customer.value(), before, after, why);
	}

	/**
	 * Head office submits a draft for approval: the list takes effect only when a second head-office person approves
	 * it (the maker may not).
	 *
	 * @return the approval request
	 * @throws Conflict {@code not-draft}, or {@code empty-list} without a proposed candidate
	 */
	@Transactional
	public ApprovalRequest submit(int year, String reason) {
		valid(year);
		OrgUnit headOffice = requireHeadOffice(Permission.VIP_REVIEW);
		String why = reason(reason);
		programmes.year(year).orElseThrow(() -> new NotFound("VIP programme", year));
		int proposed = programmes.countProposed(year);
		if (proposed == 0) {
			throw new Conflict("empty-list", "The list has no proposed candidate");
		}
		if (!programmes.move(year, ProgrammeStatus.DRAFT, ProgrammeStatus.PROPOSED)) {
			throw new Conflict("not-draft", "The list was submitted already");
		}
		ApprovalRequest request = approvals.request(ListApproval.TYPE, new ListApproval.Payload(year, proposed),
				"vip-programme", Integer.toString(year), headOffice.id(), "VIP list " + year + ": " + proposed, why);
		String by = CurrentActor.get().username();
		programmes.submitted(year, request.id(), by, clock.instant());
		audit.record("vip.list-submitted", "vip-programme", year, Map.of("status", "DRAFT"),
				Map.of("status", "PROPOSED", "candidates", proposed, "approval", request.id()), why);
		return request;
	}

	/**
	 * Asks for a mid-year change of a member of a list in force: a new level, or removal ({@code level} null). The
	 * customer's branch or head office asks; head office decides.
	 *
	 * @throws Conflict {@code not-approved} before the list is in force, {@code not-a-member}, {@code same-level}
	 */
	@Transactional
	public ApprovalRequest requestChange(int year, CustomerId customer, VipLevel level, String reason) {
		valid(year);
		CustomerRef ref = customers.requireVisible(customer);
		requireBranchOrHeadOffice(ref);
		String why = reason(reason);
		Programmes.YearRow row = programmes.year(year).orElseThrow(() -> new NotFound("VIP programme", year));
		if (row.status() != ProgrammeStatus.APPROVED) {
			throw new Conflict("not-approved", "The year's list is not in force; adjust the draft instead");
		}
		Programmes.CandidateRow member = programmes.candidate(year, customer.value())
			.filter(c -> c.status() == CandidateStatus.MEMBER)
			.orElseThrow(() -> new Conflict("not-a-member", "The customer is not a VIP of the year"));
		if (member.level() == level) {
			throw InvalidInput.of("level", "same-level", "The customer has this level already");
		}
		return requestChange(year, ref, member.level(), level, why);
	}

	private ApprovalRequest requestChange(int year, CustomerRef ref, VipLevel from, VipLevel to, String why) {
		String by = CurrentActor.get().username();
		Instant now = clock.instant();
		long id = programmes.insertChange(year, ref.id().value(), from, to, why, by, now);
		ApprovalRequest request = approvals.request(ChangeApproval.TYPE,
				new ChangeApproval.Payload(id, year, ref.id().value(), ref.customerNo(), from, to), "vip-member",
				year + "-" + ref.id().value(), headOffice().id(),
				"VIP " + year + " " + ref.customerNo() + ": " + name(from) + " -> " + name(to), why);
		programmes.changeAwaits(id, request.id());
		programmes.history(year, ref.id().value(), now, "CHANGE_REQUESTED", from, to, by, request.id(), why);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("year", year);
		after.put("from", name(from));
		after.put("to", name(to));
		after.put("approval", request.id());
		audit.record("vip.change-requested", "customer", ref.id().value(), null, after, why);
		return request;
	}

	/**
	 * Asks for an executive's personal VIP card for a VIP of the year, approved as its own request by head office.
	 *
	 * @return the approval request
	 * @throws Conflict {@code not-a-member} when the customer is no VIP in force
	 */
	@Transactional
	public ApprovalRequest requestCard(int year, CustomerId customer, String holderName, String holderTitle,
			String reason) {
		valid(year);
		CustomerRef ref = customers.requireVisible(customer);
		requireBranchOrHeadOffice(ref);
		String why = reason(reason);
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (holderName == null || holderName.isBlank() || holderName.strip().length() > 100) {
			problems.add("holderName", "required", "The executive's name (up to 100 characters)");
		}
		if (holderTitle == null || holderTitle.isBlank() || holderTitle.strip().length() > 100) {
			problems.add("holderTitle", "required", "The executive's position (up to 100 characters)");
		}
		problems.throwIfAny();
		boolean member = programmes.year(year).filter(y -> y.status() == ProgrammeStatus.APPROVED).isPresent()
				&& programmes.candidate(year, customer.value()).filter(c -> c.status() == CandidateStatus.MEMBER)
					.isPresent();
		if (!member) {
			throw new Conflict("not-a-member", "Cards are for the executives of the year's VIPs in force");
		}
		String by = CurrentActor.get().username();
		Instant now = clock.instant();
		long id = programmes.insertCard(year, customer.value(), holderName.strip(), holderTitle.strip(), by, now);
		ApprovalRequest request = approvals.request(CardApproval.TYPE,
				new CardApproval.Payload(id, year, customer.value(), ref.customerNo(), holderTitle.strip()), "vip-card",
				Long.toString(id), headOffice().id(), "VIP card " + year + " " + ref.customerNo() + ": "
						+ holderTitle.strip(), why);
		programmes.cardAwaits(id, request.id());
		programmes.history(year, customer.value(), now, "CARD_REQUESTED", null, null, by, request.id(),
				holderTitle.strip());
		audit.record("vip.card-requested", "customer", customer.value(), null,
				Map.of("year", year, "card", id, "title", holderTitle.strip(), "approval", request.id()), why);
		return request;
	}

	/** A customer in scope in the programme: its level in force this year, services, cards and history. */
	@Transactional(readOnly = true)
	public CustomerVip vipOf(CustomerId customer) {
		customers.requireVisible(customer);
		return views.customer(customer.value(), thisYear());
	}

	/** Whether the current actor may propose this customer (pages: the form on the 360 page). */
	@Transactional(readOnly = true)
	public boolean mayPropose(CustomerId customer) {
		CustomerRef ref = customers.requireVisible(customer);
		return ref.type() != CustomerType.INDIVIDUAL
				&& authorization.can(Permission.VIP_PROPOSE, Target.customer(ref.orgUnitId(), ref.managerId()));
	}

	/** Whether the current actor is head office for the programme (pages: ranking, adjusting, submitting). */
	@Transactional(readOnly = true)
	public boolean mayReview() {
		return authorization.can(Permission.VIP_REVIEW, Target.unit(headOffice().id()));
	}

	/** The value-added services of each level, names in the caller's language. */
	@Transactional(readOnly = true)
	public Map<VipLevel, List<String>> services() {
		Map<VipLevel, List<String>> services = new LinkedHashMap<>();
		for (VipLevel level : VipLevel.values()) {
			services.put(level, new ArrayList<>(views.services(level)));
		}
		return services;
	}

	private void requireBranchOrHeadOffice(CustomerRef ref) {
		if (!authorization.can(Permission.VIP_PROPOSE, Target.customer(ref.orgUnitId(), ref.managerId()))
				&& !authorization.can(Permission.VIP_REVIEW, Target.unit(headOffice().id()))) {
			authorization.require(Permission.VIP_PROPOSE, Target.customer(ref.orgUnitId(), ref.managerId()));
		}
	}

	private OrgUnit requireHeadOffice(Permission permission) {
		OrgUnit headOffice = headOffice();
		authorization.require(permission, Target.unit(headOffice.id()));
		return headOffice;
	}

	private OrgUnit headOffice() {
		return identity.orgUnits().stream().filter(u -> u.kind() == OrgUnit.Kind.HEAD_OFFICE).findFirst()
			.orElseThrow(() -> new IllegalStateException("No head office among the org units"));
	}

	private static String name(VipLevel level) {
		return level == null ? "-" : level.name();
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw InvalidInput.of("reason", "required", "Give the reason (up to 500 characters)");
		}
		return reason.strip();
	}

	private static int valid(int year) {
		if (year < 2000 || year > 2100) {
			throw InvalidInput.of("year", "range", "A year between 2000 and 2100");
		}
		return year;
	}
}
