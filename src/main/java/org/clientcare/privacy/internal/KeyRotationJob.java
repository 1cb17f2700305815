package org.clientcare.privacy.internal;

import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.clientcare.platform.Jobs;
import org.clientcare.privacy.KeyRotation;
import org.clientcare.privacy.KeyRotationSettings;
import org.clientcare.shared.jobs.Job;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The {@code key-rotation} job: brings every stored PII value under the newest keys, once across instances (the job's
 * lock), batch by batch and resumable ({@link KeyRotation}); hourly unless
 * {@code clientcare.privacy.key-rotation.schedule} says otherwise, and on demand from the jobs page.
 */
@Component
class KeyRotationJob implements Job {

	private final KeyRotation rotation;

	KeyRotationJob(KeyRotation rotation) {
		this.rotation = rotation;
	}

	@Override
	public String name() {
		return "key-rotation";
	}

	@Override
	public Map<String, Object> run() {
		return rotation.run();
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> keyRotationTask(KeyRotationSettings settings, ObjectProvider<Jobs> jobs) {
			return Jobs.recurring("key-rotation", settings.schedule(), jobs::getObject);
		}
	}
}
