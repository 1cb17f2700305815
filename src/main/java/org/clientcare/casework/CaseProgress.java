package org.clientcare.casework;

import java.time.Instant;
import java.util.List;

/**
 * A case as its customer follows it on the public page: the stages done and the current one in plain words, no
 * staff names, notes or amounts.
 *
 * @param now what is happening now, in the words of the current stage's template
 */
public record CaseProgress(String caseNo, String typeName, CaseStatus status, String now, List<Stage> stages) {

	/** A stage and where the case stands with it. */
	public record Stage(String name, State state, Instant doneAt) {
	}

	/** Done, the current one (or waiting while paused), still to come, or where a rejected case stopped. */
	public enum State {
		DONE, CURRENT, WAITING, TODO, STOPPED
	}
}
