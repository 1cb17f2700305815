package org.clientcare.privacy;

import java.time.LocalDate;
import java.util.Map;

/**
 * Another module's part of the {@code retention} job (SPEC §11): purges what it keeps past its own retention and never
 * what a hold keeps (e.g. the suitability module's dual recordings, kept by the product's rule and 2 years past a
 * dispute). Run in the job's transaction after the customers; its counts are added to the job's result, each key
 * prefixed with {@link #name()}.
 */
public interface RetentionStep {

	/** A short name, the prefix of the step's counts. */
	String name();

	/** Purges what is past its retention on {@code today}; the counts of what it did and what it kept. */
	Map<String, Long> purge(LocalDate today);
}
