package org.clientcare.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clientcare.shared.CustomerId;

/**
 * Visits written in managers' diaries, handed over to the visit ledger (拜访记录台账): each entry of kind
 * {@link DiaryKind#VISIT} is published once, when it is written, and those written before the ledger existed once at
 * the next start.
 */
public record DiaryVisitsRecorded(List<DiaryVisit> visits) {

	public DiaryVisitsRecorded {
		visits = List.copyOf(visits);
	}

	/** One diary entry of kind VISIT: the day, what the manager wrote, and who wrote it when. */
	public record DiaryVisit(long diaryId, CustomerId customer, LocalDate date, String text, String author,
			Instant writtenAt) {
	}
}
