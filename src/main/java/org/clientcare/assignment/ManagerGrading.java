package org.clientcare.assignment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.clientcare.assignment.internal.CreditLines;
import org.clientcare.assignment.internal.ManagerRules;
import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit lines (授信) and the manager grades they decide ({@link ManagerGrade}). No loan module keeps credit lines
 * yet, so this module does: set by branch managers and administrators on customers in their scope, audited.
 */
@Service
public class ManagerGrading {

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

	private final CreditLines creditLines;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final ManagerRules rules;

	private final AssignmentSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	ManagerGrading(CreditLines creditLines, CustomerManagement customers, IdentityManagement identity,
			ManagerRules rules, AssignmentSettings settings, AuditTrail audit, Clock clock) {
		this.creditLines = creditLines;
		this.customers = customers;
		this.identity = identity;
		this.rules = rules;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** Sets a customer's credit line; zero removes it. */
	@Transactional
	public CreditLine setCreditLine(CustomerId id, BigDecimal amount) {
		rules.requireReassigner();
		if (amount == null) {
			throw InvalidInput.of("amount", "required", "The credit line in CNY (0 for none)");
		}
		if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2) {
			throw InvalidInput.of("amount", "range", "An amount of 0 or more with at most 2 decimals");
		}
		customers.requireVisible(id);
		BigDecimal before = creditLines.of(id.value()).orElse(BigDecimal.ZERO);
		creditLines.set(id.value(), amount, CurrentActor.get().username(), clock.instant());
		audit.record("customer.credit-line-set", "customer", id.value(),
				AssignmentManagement.mapOf("creditLine", before.toPlainString()),
				AssignmentManagement.mapOf("creditLine", amount.toPlainString()));
		return new CreditLine(id.value(), amount.setScale(2, java.math.RoundingMode.UNNECESSARY));
	}

	/** The customer's credit line, if it has one. */
	@Transactional(readOnly = true)
	public Optional<BigDecimal> creditLine(CustomerId id) {
		customers.requireVisible(id);
		return creditLines.of(id.value());
	}

	/** The account managers in the caller's reach with their customers, credit customers and grade. */
	@Transactional(readOnly = true)
	public List<ManagerSummary> managers() {
		rules.requireOverseer();
		return rules.managersInReach().stream().map(this::summary)
			.sorted(Comparator.comparing(ManagerSummary::grade).thenComparing(ManagerSummary::username)).toList();
	}

	/** One account manager's figures and grade. */
	@Transactional(readOnly = true)
	public ManagerSummary manager(String username) {
		rules.requireOverseer();
		return rules.managersInReach().stream().filter(u -> u.username().equals(username)).findFirst().map(this::summary)
			.orElseThrow(() -> new NotFound("Account manager", username));
	}

	private ManagerSummary summary(StaffUser user) {
		List<Long> ids = customers.managedBy(user.id());
		long credit = creditLines.countAmong(ids);
		return new ManagerSummary(user.username(), user.displayName(),
				identity.orgUnit(user.orgUnitId()).map(OrgUnit::code).orElse("?"), ids.size(), credit,
				ManagerGrade.of((int) Math.min(credit, Integer.MAX_VALUE), settings.gradeThresholds()));
	}
}
