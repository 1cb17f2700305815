package org.clientcare.vip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clientcare.approval.ApprovalStatus;

/**
 * A year's corporate VIP programme as the caller may see it (§12 {@code GET /api/v1/vip-programme/{year}}): its
 * status, the members in force ({@code []} until head office approves the list), every candidate with its figures
 * and status, the list's approval, and the mid-year changes and executives' cards asked for. Customers outside the
 * caller's data scope are left out; {@code levelName} is in the caller's language.
 */
public record VipProgramme(int year, ProgrammeStatus status, List<Member> members, List<Candidate> candidates,
		Approval approval, List<Change> changes, List<Card> cards) {

	/** A VIP in force: its level since that day. */
	public record Member(long customerId, String customerNo, String name, VipLevel level, String levelName,
			LocalDate since, VipFigures figures) {
	}

	/** A customer on the list: the level its branch proposed, the level head office gives it, its rank. */
	public record Candidate(long customerId, String customerNo, String name, String orgUnit, VipLevel proposedLevel,
			VipLevel level, String levelName, Integer rank, CandidateStatus status, VipFigures figures,
			String proposedBy, Instant proposedAt, String reason) {
	}

	/** The list's submission and decision (all null while a draft never submitted). */
	public record Approval(Long id, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt) {
	}

	/** A mid-year change: a level from → to ({@code toLevel} null: removal; {@code fromLevel} null: addition). */
	public record Change(long id, long customerId, String customerNo, VipLevel fromLevel, VipLevel toLevel,
			String reason, ApprovalStatus status, Long approvalId, String requestedBy, Instant requestedAt) {
	}

	/** An executive's personal VIP card (高管个人贵宾卡), approved as its own request. */
	public record Card(long id, long customerId, String customerNo, String holderName, String holderTitle,
			ApprovalStatus status, Long approvalId, String requestedBy, Instant requestedAt) {
	}
}
