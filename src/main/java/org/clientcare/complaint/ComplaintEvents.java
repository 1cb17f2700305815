package org.clientcare.complaint;

import java.time.Instant;
import java.util.List;

import org.clientcare.shared.CustomerId;

/** What complaints publish; other modules (revisits, notifications, KPIs) follow them. */
public final class ComplaintEvents {

	private ComplaintEvents() {
	}

	/**
	 * A complaint was registered at {@code registeredAt}, from any channel, received at {@code receivedAt}, about a
	 * product when one was named.
	 */
	public record ComplaintRegistered(long complaintId, String complaintNo, CustomerId customer, String category,
			ComplaintChannel channel, Instant receivedAt, String productCode, Instant registeredAt) {

		public ComplaintRegistered(long complaintId, String complaintNo, CustomerId customer, String category,
				ComplaintChannel channel) {
			this(complaintId, complaintNo, customer, category, channel, null, null, null);
		}
	}

	/** The complainant was told, at {@code acknowledgedAt}, that the complaint is being handled. */
	public record ComplaintAcknowledged(long complaintId, Instant acknowledgedAt) {
	}

	/** A resolution was given; the complainant is asked to accept it. */
	public record ComplaintResolved(long complaintId) {
	}

	/** The complainant accepted: the complaint is closed (a satisfaction revisit follows). */
	public record ComplaintClosed(long complaintId, CustomerId customer, Instant closedAt) {
	}

	/** The complainant did not accept the resolution. */
	public record ComplaintReopened(long complaintId, boolean escalated) {
	}

	/**
	 * The SLA sweep found deadlines missed: one event per batch (transaction) of the sweep, each breach in exactly one
	 * event, ordered by complaint, all found at {@code detectedAt}. Supervisors and compliance are told of each breach.
	 */
	public record ComplaintsBreached(List<Breach> breaches, Instant detectedAt) {

		public ComplaintsBreached {
			breaches = List.copyOf(breaches);
		}

		/** One missed deadline of a complaint: {@code ACKNOWLEDGE}, {@code RESOLVE} or {@code REGULATORY}. */
		public record Breach(long complaintId, String sla) {
		}
	}

	/**
	 * A complaint was judged major (重大投诉) — at intake or in triage, at {@code escalatedAt} — and goes to compliance at
	 * once: every compliance officer is told, once per complaint.
	 */
	public record ComplaintEscalatedToCompliance(long complaintId, ComplaintSeverity severity, Instant escalatedAt) {
	}
}
