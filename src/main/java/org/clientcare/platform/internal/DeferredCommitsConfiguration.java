package org.clientcare.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.clientcare.platform.DeferredCommits;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.TransactionSystemException;

/**
 * {@link DeferredCommits} at work: each read-write transaction begun inside it sets {@code synchronous_commit} off
 * for itself alone ({@code SET LOCAL}, gone at its commit or rollback, so the pooled connection goes back as it came),
 * and the asynchronous listeners of events published inside it run inside it too.
 */
@Configuration(proxyBeanMethods = false)
class DeferredCommitsConfiguration {

	/** Added to the transaction manager by Spring Boot, as every {@link TransactionExecutionListener} bean is. */
	@Bean
	TransactionExecutionListener deferredCommits(DataSource dataSource) {
		return new TransactionExecutionListener() {

			@Override
			public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
				if (beginFailure != null || transaction.isReadOnly() || !DeferredCommits.active()) {
					return;
				}
				Connection connection = DataSourceUtils.getConnection(dataSource);
				try (Statement statement = connection.createStatement()) {
					statement.execute("set local synchronous_commit = off");
				}
				catch (SQLException e) {
					throw new TransactionSystemException("Could not defer the transaction's commit", e);
				}
			}
		};
	}

	/**
	 * The executor of the asynchronous listeners (Spring Boot's, which takes the one decorator there is) runs a task
	 * submitted inside {@link DeferredCommits} inside it too: the listeners of the demo's events are the demo's loading.
	 */
	@Bean
	TaskDecorator deferredCommitsOfListeners() {
		return task -> {
			if (!DeferredCommits.active()) {
				return task;
			}
			return () -> DeferredCommits.run(task);
		};
	}
}
