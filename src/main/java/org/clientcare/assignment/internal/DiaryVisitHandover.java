package org.clientcare.assignment.internal;

import java.time.Clock;
import java.util.List;

import org.clientcare.assignment.DiaryEntry;
import org.clientcare.assignment.DiaryVisitsRecorded;
import org.clientcare.assignment.DiaryVisitsRecorded.DiaryVisit;
import org.clientcare.shared.CustomerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the managers' diary entries of kind VISIT over to the visit ledger, which keeps every visit: each entry is
 * marked and published ({@link DiaryVisitsRecorded}) in one transaction, so it reaches the ledger exactly once, also
 * with several instances starting together. New entries go at once; older ones, written before the ledger existed,
 * at the first start.
 */
@Component
public class DiaryVisitHandover {

	private static final Logger log = LoggerFactory.getLogger(DiaryVisitHandover.class);

	static final int BATCH = 500;

	private final DeskRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	DiaryVisitHandover(DeskRecords records, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.records = records;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Hands over what is pending, in the caller's transaction; answers how many entries went. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int handOverPending() {
		List<DiaryEntry> entries = records.handOverVisits(clock.instant(), BATCH);
		if (!entries.isEmpty()) {
			events.publishEvent(new DiaryVisitsRecorded(entries.stream()
				.map(e -> new DiaryVisit(e.id(), new CustomerId(e.customerId()), e.date(), e.text(), e.author(),
						e.createdAt()))
				.toList()));
		}
		return entries.size();
	}

	/** At start, the entries written before the ledger existed (or by an instance that stopped before it handed over). */
	@EventListener(ApplicationReadyEvent.class)
	public void handOverEarlierEntries() {
		int total = 0;
		Integer handed;
		do {
			handed = transaction.execute(status -> handOverPending());
			total += handed == null ? 0 : handed;
		}
		while (handed != null && handed == BATCH);
		if (total > 0) {
			log.info("Handed {} diary visit entries over to the visit ledger", total);
		}
	}
}
