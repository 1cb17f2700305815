package org.clientcare.customer.imports;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Inserts a batch of customers with one statement: the batch travels as one array per column and is unnested by
 * PostgreSQL, so a thousand rows cost one round trip. A document already on file is skipped
 * ({@code on conflict do nothing}), which makes re-importing a file change nothing.
 */
@Repository
class BulkInsert {

	private static final String SQL = """
			insert into customer (customer_no, type, name, id_type, id_number_enc, id_number_hash, id_expiry, birth_date_enc,
			  gender, phone_enc, phone_hash, email_enc, address_enc, occupation, status, org_unit_id, manager_id,
			  relationship_since, contact_verified_at, created_at, updated_at)
			select 'C' || lpad(nextval('customer_no_seq')::text, 10, '0'), r.type, r.name, r.id_type, r.id_enc, r.id_hash,
			  r.id_expiry::date, r.birth_enc, r.gender, r.phone_enc, r.phone_hash, r.email_enc, r.address_enc, r.occupation,
			  r.status, r.org_unit_id, r.manager_id, r.since::date, ?, ?, ?
			from unnest(?::text[], ?::text[], ?::text[], ?::bytea[], ?::bytea[], ?::text[], ?::bytea[], ?::text[], ?::bytea[],
			  ?::bytea[], ?::bytea[], ?::bytea[], ?::text[], ?::text[], ?::int8[], ?::int8[], ?::text[])
			  as r(type, name, id_type, id_enc, id_hash, id_expiry, birth_enc, gender, phone_enc, phone_hash, email_enc,
			    address_enc, occupation, status, org_unit_id, manager_id, since)
			on conflict (id_type, id_number_hash) do nothing
			returning id""";

	private final JdbcTemplate jdbc;

	BulkInsert(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the rows that hold a new document and answers the ids of those inserted. */
	List<Long> insert(List<Sealed> rows, Instant now) {
		if (rows.isEmpty()) {
			return List.of();
		}
		return jdbc.execute((Connection connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(SQL)) {
				Timestamp at = Timestamp.from(now);
				statement.setTimestamp(1, at);
				statement.setTimestamp(2, at);
				statement.setTimestamp(3, at);
				int n = rows.size();
				String[] type = new String[n], name = new String[n], idType = new String[n], idExpiry = new String[n],
						gender = new String[n], occupation = new String[n], status = new String[n], since = new String[n];
				byte[][] idEnc = new byte[n][], idHash = new byte[n][], birthEnc = new byte[n][], phoneEnc = new byte[n][],
						phoneHash = new byte[n][], emailEnc = new byte[n][], addressEnc = new byte[n][];
				Long[] unit = new Long[n], manager = new Long[n];
				for (int i = 0; i < n; i++) {
					Sealed r = rows.get(i);
					type[i] = r.type();
					name[i] = r.name();
					idType[i] = r.idType();
					idEnc[i] = r.idNumberEnc();
					idHash[i] = r.idNumberHash();
					idExpiry[i] = text(r.idExpiry());
					birthEnc[i] = r.birthDateEnc();
					gender[i] = r.gender();
					phoneEnc[i] = r.phoneEnc();
					phoneHash[i] = r.phoneHash();
					emailEnc[i] = r.emailEnc();
					addressEnc[i] = r.addressEnc();
					occupation[i] = r.occupation();
					status[i] = r.status();
					unit[i] = r.orgUnitId();
					manager[i] = r.managerId();
					since[i] = text(r.relationshipSince());
				}
				Object[] columns = { type, name, idType, idEnc, idHash, idExpiry, birthEnc, gender, phoneEnc, phoneHash,
						emailEnc, addressEnc, occupation, status, unit, manager, since };
				String[] sqlTypes = { "text", "text", "text", "bytea", "bytea", "text", "bytea", "text", "bytea", "bytea",
						"bytea", "bytea", "text", "text", "int8", "int8", "text" };
				List<Array> arrays = new ArrayList<>();
				for (int i = 0; i < columns.length; i++) {
					Array array = connection.createArrayOf(sqlTypes[i], (Object[]) columns[i]);
					arrays.add(array);
					statement.setArray(4 + i, array);
				}
				List<Long> ids = new ArrayList<>(n);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
				}
				for (Array array : arrays) {
					array.free();
				}
				return ids;
			}
		});
	}

	private static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}

	/** A row ready to store: PII encrypted, documents and phones hashed. */
	record Sealed(long line, String type, String name, String idType, byte[] idNumberEnc, byte[] idNumberHash,
			LocalDate idExpiry, byte[] birthDateEnc, String gender, byte[] phoneEnc, byte[] phoneHash, byte[] emailEnc,
			byte[] addressEnc, String occupation, String status, long orgUnitId, Long managerId,
			LocalDate relationshipSince) {
	}
}
