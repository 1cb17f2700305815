package org.clientcare.assignment;

import java.time.Instant;
import java.time.LocalDate;

/** An entry of the manager's diary (经理日志) about one customer. */
public record DiaryEntry(long id, long customerId, LocalDate date, DiaryKind kind, String text, String author,
		Instant createdAt) {
}
