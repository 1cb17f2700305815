package org.clientcare.platform.internal;

import org.clientcare.platform.Jobs;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** As an instance starts, runs left {@code RUNNING} by an instance that died are marked failed and resumed. */
@Component
class JobRecovery {

	private final Jobs jobs;

	JobRecovery(Jobs jobs) {
		this.jobs = jobs;
	}

	@EventListener(ApplicationReadyEvent.class)
	void recover() {
		jobs.recoverAbandonedRuns();
	}
}
