package org.clientcare.complaint;

import java.time.Clock;

import org.clientcare.complaint.internal.ComplaintRow;
import org.clientcare.complaint.internal.ComplaintScope;
import org.clientcare.complaint.internal.Complaints;
import org.clientcare.complaint.internal.FeedbackLinks;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.links.CustomerLinks;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complainant's own answer to a resolution (§6, §1: "customer feedback is recorded by the customer through the
 * link"): the resolution message carries a single-use link that expires ({@code clientcare.complaint.feedback-link-valid-for},
 * 15 days); on a public page, without signing in, the complainant accepts or rejects the resolution and rates the
 * handling 1–5 with a comment. Accepting closes the complaint; rejecting reopens it, the second time escalates it.
 * Only the SHA-256 of the token is stored; a link answers once, and only for the resolution it was sent for.
 */
@Service
public class ComplaintFeedback {

	/** Where a link stands when the complainant opens it. */
	public enum LinkState {
		OPEN, ANSWERED, EXPIRED, UNKNOWN
	}

	/** What the public page shows: the state and, for an open link, the complaint's number and resolution. */
	public record Opened(LinkState state, String complaintNo, String resolution) {
	}

	/** What an answer did: recorded it now (and the complaint's new status), or nothing because the link stands in {@code state}. */
	public record Answer(boolean recorded, LinkState state, ComplaintStatus status) {
	}

	private final FeedbackLinks links;

	private final Complaints complaints;

	private final ComplaintManagement management;

	private final Clock clock;

	ComplaintFeedback(FeedbackLinks links, Complaints complaints, ComplaintManagement management, Clock clock) {
		this.links = links;
		this.complaints = complaints;
		this.management = management;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Opened open(String token) {
		var link = CustomerLinks.wellFormed(token) ? links.find(CustomerLinks.hash(token), false).orElse(null) : null;
		if (link == null) {
			return new Opened(LinkState.UNKNOWN, null, null);
		}
		ComplaintRow row = complaints.find(link.complaintId(), ComplaintScope.Filter.all()).orElseThrow();
		LinkState state = state(link, row);
		return state == LinkState.OPEN ? new Opened(state, row.complaintNo(), row.resolution())
				: new Opened(state, null, null);
	}

	/**
	 * Records the complainant's answer once: {@code accepted} and a satisfaction from 1 to 5 are required (fields
	 * {@code accepted}, {@code satisfaction}), the comment up to 2,000 characters. A used, expired or unknown link
	 * records nothing and answers its state; accepting while a compensation waits for its approval answers
	 * {@link Conflict} and leaves the link open.
	 */
	@Transactional
	public Answer answer(String token, Boolean accepted, Integer satisfaction, String comment) {
		var link = CustomerLinks.wellFormed(token) ? links.find(CustomerLinks.hash(token), true).orElse(null) : null;
		if (link == null) {
			return new Answer(false, LinkState.UNKNOWN, null);
		}
		ComplaintRow row = complaints.find(link.complaintId(), ComplaintScope.Filter.all()).orElseThrow();
		LinkState state = state(link, row);
		if (state != LinkState.OPEN) {
			return new Answer(false, state, null);
		}
		var problems = new InvalidInput.Collector();
		if (accepted == null) {
			problems.add("accepted", "required", "Say whether you accept the resolution");
		}
		if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
			problems.add("satisfaction", "range", "Choose from 1 to 5");
		}
		if (comment != null && comment.strip().length() > 2000) {
			problems.add("comment", "size", "A comment of up to 2,000 characters");
		}
		problems.throwIfAny();
		links.markUsed(link.tokenHash(), clock.instant());
		CurrentActor.runAs(new Actor("complainant:link", Actor.ANONYMOUS, null, null, CurrentActor.clientAddress()),
				() -> management.answer(row, accepted, satisfaction, comment, "CUSTOMER"));
		ComplaintRow after = complaints.find(row.id(), ComplaintScope.Filter.all()).orElseThrow();
		return new Answer(true, LinkState.ANSWERED, ComplaintStatus.valueOf(after.status()));
	}

	private LinkState state(FeedbackLinks.Link link, ComplaintRow row) {
		if (link.usedAt() != null || !"RESOLVED".equals(row.status()) || link.round() != row.reopenCount()) {
			return LinkState.ANSWERED;
		}
		return clock.instant().isAfter(link.expiresAt()) ? LinkState.EXPIRED : LinkState.OPEN;
	}
}
