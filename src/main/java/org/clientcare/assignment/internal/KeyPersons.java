package org.clientcare.assignment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.clientcare.assignment.KeyPerson;
import org.clientcare.shared.pii.Masking;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assignment_key_person table; phones are encrypted at rest and leave it masked. */
@Repository
public class KeyPersons {

	private final JdbcClient jdbc;

	private final PiiCipher pii;

	KeyPersons(JdbcClient jdbc, PiiCipher pii) {
		this.jdbc = jdbc;
		this.pii = pii;
	}

	public long add(long customerId, String name, String title, String phone, String by, Instant at) {
		return jdbc.sql("""
				insert into assignment_key_person (customer_id, name, title, phone_enc, created_by, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(customerId, name, title, pii.encrypt(phone), by, Timestamp.from(at)).query(Long.class).single();
	}

	public List<KeyPerson> of(long customerId) {
		return jdbc.sql("select * from assignment_key_person where customer_id = ? order by id").param(customerId)
			.query((rs, n) -> new KeyPerson(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("name"),
					rs.getString("title"), Masking.phone(pii.decrypt(rs.getBytes("phone_enc"))), rs.getString("created_by"),
					DeskRecords.instant(rs, "created_at")))
			.list();
	}
}
