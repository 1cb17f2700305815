package org.clientcare.customer.imports;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler task that runs an import ({@code customer-import}, instance id = import id). db-scheduler gives it
 * to one instance of the cluster; if that instance dies, the execution is revived on another once its heartbeat is
 * missed, and the processor resumes at the first record not yet committed. A run that fails (an error no line of the
 * file explains) is tried again after {@link CustomerImportSettings#retryAfter()}; after
 * {@link CustomerImportSettings#maxAttempts()} failed runs in a row the import is failed with the last run's reason
 * and the task stops, so that no import stays running and retried forever.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CustomerImportSettings.class)
class CustomerImportConfiguration {

	static final String TASK = "customer-import";

	@Bean
	OneTimeTask<Void> customerImportTask(ObjectProvider<CustomerImportProcessor> processor,
			CustomerImportSettings settings) {
		int attempts = settings.maxAttempts();
		return Tasks.oneTime(TASK)
			.onFailure(new FailureHandler.MaxRetriesFailureHandler<Void>(attempts - 1,
					new FailureHandler.OnFailureRetryLater<>(settings.retryAfter()),
					// called once the handler has stopped the task
					(complete, operations) -> processor.getObject().giveUp(
							Long.parseLong(complete.getExecution().taskInstance.getId()), attempts,
							complete.getCause().orElse(null))))
			.execute((instance, context) -> processor.getObject().process(Long.parseLong(instance.getId())));
	}
}
