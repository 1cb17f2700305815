package org.clientcare.vip.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.approval.TypedApprovalHandler;
import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.Permission;
import org.clientcare.vip.ProgrammeStatus;

import org.springframework.stereotype.Component;

/**
 * A year's VIP list (全行VIP客户名单), once a head-office checker decides: approved, every proposed candidate becomes a
 * member from that day (or from 1 January of a later year) and the list is in force; rejected, it is a draft again for
 * head office to adjust and submit anew. Audited.
 */
@Component
public class ListApproval extends TypedApprovalHandler<ListApproval.Payload> {

	public static final String TYPE = "vip.list";

	private final Programmes programmes;

	private final AuditTrail audit;

	private final Clock clock;

	ListApproval(Programmes programmes, AuditTrail audit, Clock clock) {
		super(TYPE, Payload.class, Permission.APPROVE_VIP_PROGRAMME);
		this.programmes = programmes;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void approved(Payload payload, ApprovalRequest request) {
		int year = payload.year();
		if (!programmes.move(year, ProgrammeStatus.PROPOSED, ProgrammeStatus.APPROVED)) {
			return;
		}
		programmes.decided(year, request.decidedBy(), request.decidedAt());
		LocalDate decidedOn = LocalDate.ofInstant(request.decidedAt(), clock.getZone());
		LocalDate firstDay = LocalDate.of(year, 1, 1);
		LocalDate since = decidedOn.isBefore(firstDay) ? firstDay : decidedOn;
		List<Programmes.CandidateRow> admitted = programmes.admitProposed(year, since);
		for (Programmes.CandidateRow row : admitted) {
			programmes.history(year, row.customerId(), request.decidedAt(), "ADMITTED", null, row.level(),
					request.decidedBy(), request.id(), null);
		}
		audit.record("vip.list-approved", "vip-programme", year, Map.of("status", ProgrammeStatus.PROPOSED.name()),
				Map.of("status", ProgrammeStatus.APPROVED.name(), "members", admitted.size(), "since", since.toString(),
						"approval", request.id()),
				request.decisionNote());
	}

	@Override
	public void rejected(Payload payload, ApprovalRequest request) {
		if (programmes.move(payload.year(), ProgrammeStatus.PROPOSED, ProgrammeStatus.DRAFT)) {
			programmes.decided(payload.year(), request.decidedBy(), request.decidedAt());
			audit.record("vip.list-rejected", "vip-programme", payload.year(),
					Map.of("status", ProgrammeStatus.PROPOSED.name()),
					Map.of("status", ProgrammeStatus.DRAFT.name(), "approval", request.id()), request.decisionNote());
		}
	}

	/** "2026 年度对公VIP客户名单：12 户". */
	@Override
	public Object[] describe(Payload payload, ApprovalRequest request) {
		return new Object[] { Integer.toString(payload.year()), payload.candidates() };
	}

	/** The year and how many candidates the list held when submitted. */
	public record Payload(int year, int candidates) {
	}
}
