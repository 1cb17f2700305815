package org.clientcare.suitability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A risk assessment (风险测评) of a customer: the answers given, the score and level, valid until a day. */
public record RiskAssessment(long id, long customerId, int questionnaireVersion, Map<String, String> answers, int score,
		RiskTolerance level, Instant assessedAt, LocalDate validUntil, String assessedBy) {
}
