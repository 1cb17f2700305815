package org.clientcare.complaint.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.clientcare.complaint.CorrectiveAction;
import org.clientcare.complaint.CorrectiveActionStatus;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.platform.PlatformSettings;

import org.springframework.stereotype.Component;

/** Corrective actions as staff see them: owners by username and name, overdue worked out on the institution's day. */
@Component
public class CorrectiveActionViews {

	private final ComplaintActions actions;

	private final IdentityManagement identity;

	private final PlatformSettings platform;

	private final Clock clock;

	CorrectiveActionViews(ComplaintActions actions, IdentityManagement identity, PlatformSettings platform, Clock clock) {
		this.actions = actions;
		this.identity = identity;
		this.platform = platform;
		this.clock = clock;
	}

	/** The actions of a complaint with their follow-ups. */
	public List<CorrectiveAction> of(long complaintId) {
		return views(actions.ofComplaint(complaintId));
	}

	/** These actions with their follow-ups. */
	public List<CorrectiveAction> views(List<ComplaintActions.ActionRow> rows) {
		Map<Long, List<CorrectiveAction.FollowUp>> followUps = actions
			.followUps(rows.stream().map(ComplaintActions.ActionRow::id).toList());
		LocalDate today = today();
		return rows.stream().map(row -> {
			var owner = identity.user(row.ownerId());
			CorrectiveActionStatus status = CorrectiveActionStatus.valueOf(row.status());
			return new CorrectiveAction(row.id(), row.complaintId(), row.complaintNo(), row.cause(), row.description(),
					owner.map(u -> u.username()).orElse(null), owner.map(u -> u.displayName()).orElse(null),
					row.dueDate(), status, !status.isFinished() && row.dueDate().isBefore(today), row.createdBy(),
					row.createdAt(), row.completedAt(), row.version(), followUps.getOrDefault(row.id(), List.of()));
		}).toList();
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(platform.zone()));
	}
}
