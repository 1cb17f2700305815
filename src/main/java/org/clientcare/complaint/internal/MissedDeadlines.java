package org.clientcare.complaint.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule that a complaint missed a deadline (§6), in SQL, written once for the SLA sweep ({@link Breaches}) and the
 * overdue list ({@link Complaints}). A deadline is missed at a time when it passed before then and its step was not
 * taken by it: taken later, or not yet. The regulatory one does not count while its clock stands still, unless it had
 * passed before the pause began. {@code RegulatoryClock.missed} and {@code ComplaintDeadlines.missed} say the same in
 * Java; {@code MissedDeadlineAgreementTest} holds the three to the same answers.
 */
final class MissedDeadlines {

	/**
	 * The three deadlines of a complaint ({@code %1$s} its table's alias): the SLA's code, the due time that counts
	 * (none while the regulatory clock stands still, unless it had passed before the pause), and when the step was
	 * taken.
	 */
	private static final List<Deadline> DEADLINES = List.of(
			new Deadline("ACKNOWLEDGE", "%1$s.ack_due_at", "%1$s.acknowledged_at"),
			new Deadline("RESOLVE", "%1$s.resolution_due_at", "%1$s.resolved_at"),
			new Deadline("REGULATORY", """
					case when %1$s.paused_at is null or %1$s.regulatory_due_at < %1$s.paused_at
					then %1$s.regulatory_due_at end""", "%1$s.resolved_at"));

	/** How many times {@link #anyMissed} takes the time. */
	static final int TIMES = DEADLINES.size();

	private MissedDeadlines() {
	}

	/**
	 * The deadlines of the complaint aliased {@code alias} as the rows of a {@code values} list, with the columns
	 * {@code (sla, due_at, done_at)}.
	 */
	static String rows(String alias) {
		return DEADLINES.stream().map(d -> "('" + d.sla() + "', " + d.due(alias) + ", " + d.done(alias) + ")")
			.collect(Collectors.joining(",\n"));
	}

	/**
	 * Whether the deadline {@code due}, whose step was taken at {@code done}, is missed at the bound time (one
	 * parameter). Unknown (SQL null) when {@code due} is.
	 */
	static String missed(String due, String done) {
		return due + " < ? and (" + done + " is null or " + done + " > " + due + ")";
	}

	/**
	 * Whether any deadline of the complaint aliased {@code alias} is missed at the bound time, taken {@link #TIMES}
	 * times; true or false, never unknown, so that it may be negated.
	 */
	static String anyMissed(String alias) {
		return DEADLINES.stream()
			.map(d -> "coalesce(" + missed(d.due(alias), d.done(alias)) + ", false)")
			.collect(Collectors.joining("\n or ", "(", ")"));
	}

	private record Deadline(String sla, String due, String done) {

		String due(String alias) {
			return due.formatted(alias).replace("\n", " ");
		}

		String done(String alias) {
			return done.formatted(alias);
		}
	}
}
