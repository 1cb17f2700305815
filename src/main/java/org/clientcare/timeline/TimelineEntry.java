package org.clientcare.timeline;

import java.time.Instant;

/**
 * One thing that happened to a customer (§12): when, what kind ({@code CASE_OPENED}, {@code VISIT}, …), a summary in
 * the reader's language, and a reference to the record ({@code case:12}, {@code visit:3}).
 */
public record TimelineEntry(Instant at, String kind, String summary, String ref) {
}
