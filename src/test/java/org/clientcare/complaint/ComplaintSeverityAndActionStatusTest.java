package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplaintSeverityAndActionStatusTest {

	@Test
	void onlyAMajorComplaintGoesToComplianceAtOnce() {
		assertThat(ComplaintSeverity.MAJOR.escalatesToCompliance()).isTrue();
		assertThat(ComplaintSeverity.SERIOUS.escalatesToCompliance()).isFalse();
		assertThat(ComplaintSeverity.ORDINARY.escalatesToCompliance()).isFalse();
	}

	@Test
	void anOpenActionMovesOnToInProgressDoneOrCancelledButNeverBackToOpen() {
		assertThat(CorrectiveActionStatus.OPEN.mayBecome(CorrectiveActionStatus.IN_PROGRESS)).isTrue();
		assertThat(CorrectiveActionStatus.OPEN.mayBecome(CorrectiveActionStatus.DONE)).isTrue();
		assertThat(CorrectiveActionStatus.IN_PROGRESS.mayBecome(CorrectiveActionStatus.IN_PROGRESS)).isTrue();
		assertThat(CorrectiveActionStatus.IN_PROGRESS.mayBecome(CorrectiveActionStatus.CANCELLED)).isTrue();
		assertThat(CorrectiveActionStatus.IN_PROGRESS.mayBecome(CorrectiveActionStatus.OPEN)).isFalse();
	}

	@Test
	void aDoneOrCancelledActionTakesNoMoreFollowUps() {
		for (CorrectiveActionStatus next : CorrectiveActionStatus.values()) {
			assertThat(CorrectiveActionStatus.DONE.mayBecome(next)).isFalse();
			assertThat(CorrectiveActionStatus.CANCELLED.mayBecome(next)).isFalse();
		}
	}
}
