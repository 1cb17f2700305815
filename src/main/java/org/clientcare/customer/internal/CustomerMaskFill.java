package org.clientcare.customer.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the masked forms of customers' personal information ({@link MaskedPii}) where a value has none: rows written
 * before the masked forms were stored, or by a writer that does not store them (the staged rows of an earlier go-live
 * load). The masks need the clear values, so this is the application's work, not a migration's: it starts in the
 * background when the application is ready, batch by batch in the order of the id, each batch's rows locked while
 * they are read and written (rows another transaction holds are left to the next start), so that a value written
 * meanwhile never gets the mask of the value before it. Until a row is filled, the view decrypts and masks it as it
 * reads it: the answers are the same.
 */
@Component
public class CustomerMaskFill {

	private static final Logger log = LoggerFactory.getLogger(CustomerMaskFill.class);

	static final int BATCH = 500;

	/** A value without its masked form. */
	private static final String MISSING = """
			(id_number_enc is not null and id_number_masked is null)
			  or (birth_date_enc is not null and birth_date_masked is null)
			  or (phone_enc is not null and phone_masked is null)
			  or (email_enc is not null and email_masked is null)
			  or (address_enc is not null and address_masked is null)""";

	private final JdbcTemplate jdbc;

	private final CustomerViews views;

	private final TransactionTemplate transaction;

	CustomerMaskFill(JdbcTemplate jdbc, CustomerViews views, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.views = views;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillInTheBackground() {
		Thread thread = new Thread(() -> {
			try {
				int filled = fillMissing();
				if (filled > 0) {
					log.info("Stored the masked forms of {} customers' personal information", filled);
				}
			}
			catch (RuntimeException e) {
				log.warn("Filling the masked forms of customers' personal information stopped: {}", e.toString());
			}
		}, "customer-mask-fill");
		thread.setDaemon(true);
		thread.start();
	}

	/** Fills every row that lacks a masked form and is not locked by another transaction; answers how many. */
	public int fillMissing() {
		Boolean any = jdbc.queryForObject("select exists (select 1 from customer where " + MISSING + ")", Boolean.class);
		if (!Boolean.TRUE.equals(any)) {
			return 0;
		}
		int total = 0;
		long after = 0;
		while (true) {
			long from = after;
			Batch batch = transaction.execute(status -> fill(from));
			if (batch == null || batch.seen() == 0) {
				return total;
			}
			total += batch.seen();
			after = batch.last();
		}
	}

	private record Batch(int seen, long last) {
	}

	private Batch fill(long after) {
		List<Object[]> rows = jdbc.query("select id, id_number_enc, birth_date_enc, phone_enc, email_enc, address_enc"
				+ " from customer where id > ? and (" + MISSING + ") order by id limit ? for no key update skip locked",
				(rs, n) -> {
					MaskedPii masked = views.maskedPii(rs.getBytes(2), rs.getBytes(3), rs.getBytes(4), rs.getBytes(5),
							rs.getBytes(6));
					return new Object[] { rs.getLong(1), masked.idNumber(), masked.birthDate(), masked.phone(),
							masked.email(), masked.address() };
				}, after, BATCH);
		if (rows.isEmpty()) {
			return new Batch(0, after);
		}
		Long[] ids = new Long[rows.size()];
		List<String[]> columns = new ArrayList<>();
		for (int c = 0; c < 5; c++) {
			columns.add(new String[rows.size()]);
		}
		for (int i = 0; i < rows.size(); i++) {
			ids[i] = (Long) rows.get(i)[0];
			for (int c = 0; c < 5; c++) {
				columns.get(c)[i] = (String) rows.get(i)[c + 1];
			}
		}
		jdbc.execute((Connection connection) -> {
			List<Array> arrays = new ArrayList<>();
			try (PreparedStatement statement = connection.prepareStatement("""
					update customer c set id_number_masked = u.id_number_masked, birth_date_masked = u.birth_date_masked,
					  phone_masked = u.phone_masked, email_masked = u.email_masked, address_masked = u.address_masked
					from unnest(?::int8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
					  as u(id, id_number_masked, birth_date_masked, phone_masked, email_masked, address_masked)
					where c.id = u.id""")) {
				arrays.add(connection.createArrayOf("int8", ids));
				for (String[] column : columns) {
					arrays.add(connection.createArrayOf("text", column));
				}
				for (int i = 0; i < arrays.size(); i++) {
					statement.setArray(i + 1, arrays.get(i));
				}
				statement.executeUpdate();
			}
			finally {
				for (Array array : arrays) {
					array.free();
				}
			}
			return null;
		});
		return new Batch(rows.size(), ids[ids.length - 1]);
	}
}
