package org.clientcare.audit.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.clientcare.audit.AuditEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which entries of an audit page are about a customer in the restricted state (PIPL Art. 47: deletion asked, the law
 * keeps the data), for the badge beside them: an entry about the customer itself, or about one of its complaints.
 * The audit module depends on no other; it reads the views the owners publish ({@code customer_ref},
 * {@code complaint_kpi_ref}), never their tables. Two queries for a whole page.
 */
@Repository
public class RestrictedSubjects {

	private final JdbcClient jdbc;

	RestrictedSubjects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The sequence numbers of those entries whose subject is a restricted customer or its complaint. */
	public Set<Long> among(Collection<AuditEntry> entries) {
		Set<Long> customers = new HashSet<>();
		Set<Long> complaints = new HashSet<>();
		entries.forEach(e -> {
			Long id = number(e.entityId());
			if (id != null && "customer".equals(e.entityType())) {
				customers.add(id);
			}
			else if (id != null && "complaint".equals(e.entityType())) {
				complaints.add(id);
			}
		});
		Set<Long> restrictedCustomers = customers.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql(
				"select id from customer_ref where restricted and id = any(?)")
			.param(customers.toArray(Long[]::new)).query(Long.class).list());
		Set<Long> restrictedComplaints = complaints.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql("""
				select k.id from complaint_kpi_ref k join customer_ref c on c.id = k.customer_id
				 where c.restricted and k.id = any(?)""")
			.param(complaints.toArray(Long[]::new)).query(Long.class).list());
		Set<Long> seqs = new HashSet<>();
		entries.forEach(e -> {
			Long id = number(e.entityId());
			if (id != null && ("customer".equals(e.entityType()) && restrictedCustomers.contains(id)
					|| "complaint".equals(e.entityType()) && restrictedComplaints.contains(id))) {
				seqs.add(e.seq());
			}
		});
		return seqs;
	}

	private static Long number(String id) {
		if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Long.valueOf(id);
	}
}
