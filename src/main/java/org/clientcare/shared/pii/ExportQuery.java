package org.clientcare.shared.pii;

import java.util.List;
import java.util.Map;

import org.clientcare.shared.CustomerId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a module reads its rows about one customer for the customer's data export: a statement whose one parameter is
 * the customer's id, its rows made fit for the export by {@link ExportRows}.
 */
public final class ExportQuery {

	private final JdbcClient jdbc;

	private final PiiCipher pii;

	public ExportQuery(JdbcClient jdbc, PiiCipher pii) {
		this.jdbc = jdbc;
		this.pii = pii;
	}

	/** The rows {@code sql} finds for the customer, as the export shows them. */
	public List<Map<String, Object>> rows(String sql, CustomerId customer) {
		return ExportRows.of(jdbc.sql(sql).param(customer.value()).query().listOfRows(), pii);
	}
}
