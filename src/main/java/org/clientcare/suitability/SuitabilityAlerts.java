package org.clientcare.suitability;

import java.time.Clock;
import java.util.Map;

import org.clientcare.identity.Target;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Authorization;
import org.clientcare.audit.AuditTrail;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.suitability.internal.Alerts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance oversight of suitability (compliance and administrators only, 403 for others): the alert queue, closing
 * an alert with a finding (audited; a closed alert cannot be closed again, 409), and the report of mismatched sales
 * that went ahead with an acknowledgment, with their evidence.
 */
@Service
public class SuitabilityAlerts {

	private final Authorization authorization;

	private final Alerts alerts;

	private final AuditTrail audit;

	private final Clock clock;

	SuitabilityAlerts(Alerts alerts, AuditTrail audit, Clock clock, Authorization authorization) {
		this.authorization = authorization;
		this.alerts = alerts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Alerts, newest first, optionally of one status. The page and its count are read from one snapshot (repeatable
	 * read): alerts are raised and closed while compliance reads them, and a page read before a change and a count read
	 * after it would not agree.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ResultPage<SuitabilityAlert> alerts(SuitabilityAlert.Status status, int page, int size) {
		requireOversight();
		String name = status == null ? null : status.name();
		return new ResultPage<>(alerts.page(name, page, size), page, size, alerts.count(name));
	}

	/** Closes an open alert with compliance's finding. */
	@Transactional
	public SuitabilityAlert close(long id, String finding) {
		requireOversight();
		if (finding == null || finding.isBlank() || finding.length() > 4000) {
			throw InvalidInput.of("finding", "required", "The finding, up to 4,000 characters");
		}
		SuitabilityAlert alert = alerts.lock(id).orElseThrow(() -> new NotFound("Suitability alert", id));
		if (alert.status() == SuitabilityAlert.Status.CLOSED) {
			throw new Conflict("alert-closed", "The alert is already closed");
		}
		SuitabilityAlert closed = alerts.close(id, finding.strip(), clock.instant(), CurrentActor.get().username());
		audit.record("suitability-alert.closed", "suitability-alert", id, Map.of("status", "OPEN"),
				Map.of("status", "CLOSED", "finding", finding.strip()));
		return closed;
	}

	/**
	 * Reported purchases above the customer's level that went ahead acknowledged, newest first, with the evidence. The
	 * page and its count are read from one snapshot (repeatable read): purchases are reported while compliance reads the
	 * report, and a page read before one and a count read after it would not agree.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ResultPage<MismatchedSale> mismatches(int page, int size) {
		requireOversight();
		return new ResultPage<>(alerts.mismatches(page, size), page, size, alerts.countMismatches());
	}

	/** Whether the current actor oversees suitability (compliance, administrators). */
	public boolean mayOversee() {
		return authorization.can(Permission.SUITABILITY_OVERSIGHT);
	}

	private void requireOversight() {
		authorization.require(Permission.SUITABILITY_OVERSIGHT);
	}
}
