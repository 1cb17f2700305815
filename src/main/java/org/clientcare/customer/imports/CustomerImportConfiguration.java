package org.clientcare.customer.imports;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler task that runs an import ({@code customer-import}, instance id = import id). db-scheduler gives it
 * to one instance of the cluster; if that instance dies, the execution is revived on another once its heartbeat is
 * missed, and the processor resumes at the first record not yet committed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CustomerImportSettings.class)
class CustomerImportConfiguration {

	static final String TASK = "customer-import";

	@Bean
	OneTimeTask<Void> customerImportTask(ObjectProvider<CustomerImportProcessor> processor) {
		return Tasks.oneTime(TASK).execute((instance, context) ->
				processor.getObject().process(Long.parseLong(instance.getId())));
	}
}
