package org.clientcare.casework;

import java.time.Instant;
import java.util.List;

/**
 * The aging report (§8): open and paused cases within the reader's scope by type and stage, with how many are overdue
 * and the longest time in the stage; and the cases themselves, overdue first, then longest in their stage.
 */
public record AgingReport(List<Group> groups, List<Row> cases) {

	public record Group(CaseType type, String typeName, String stage, String stageName, long open, long overdue,
			long maxDaysInStage) {
	}

	public record Row(long id, String caseNo, CaseType type, String typeName, String stage, String stageName,
			CaseStatus status, boolean overdue, long daysInStage, Instant stageEnteredAt, Instant stageDueAt) {
	}
}
