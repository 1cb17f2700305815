package org.clientcare.vip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A corporate customer's place in the VIP programme: its level in force this year ({@code null}: not a VIP), since
 * when, where it stands on this year's list ({@code null}: not on it), the value-added services the level carries (names
 * in the caller's language), its executives' cards, and its history, newest first.
 */
public record CustomerVip(long customerId, int year, VipLevel level, LocalDate since, CandidateStatus onList,
		List<String> services,
		List<VipProgramme.Card> cards, List<Event> history) {

	/** One step in a year's programme: PROPOSED, ADJUSTED, EXCLUDED, ADMITTED, CHANGED, REMOVED, REJECTED. */
	public record Event(int year, Instant at, String event, VipLevel fromLevel, VipLevel toLevel, String by,
			Long approvalId, String note) {
	}
}
