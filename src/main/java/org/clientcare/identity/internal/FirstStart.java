package org.clientcare.identity.internal;

import java.security.SecureRandom;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Role;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first start on an empty database (outside demo mode, SPEC §13) creates the head office and the only user,
 * {@code admin}, with the password from {@code CLIENTCARE_ADMIN_PASSWORD} or a generated one printed once. Instances
 * of a cluster started together on an empty database take turns under a PostgreSQL advisory lock: one creates them,
 * the others find them.
 */
@Component
@Order(10)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	/** The advisory lock the instances of a cluster take turns under ("FIRST" in ASCII). */
	private static final long LOCK = 0x4649525354L;

	private final IdentityManagement identity;

	private final String adminPassword;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	FirstStart(IdentityManagement identity, @Value("${clientcare.admin-password:}") String adminPassword, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.identity = identity;
		this.adminPassword = adminPassword;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (identity.hasUsers()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
			if (!identity.hasUsers()) {
				createHeadOfficeAndAdmin();
			}
		});
	}

	private void createHeadOfficeAndAdmin() {
		CurrentActor.runAs(Actor.system("first-start"), () -> {
			if (identity.findOrgUnit("HQ").isEmpty()) {
				identity.createOrgUnit("HQ", "总行", "Head office", OrgUnit.Kind.HEAD_OFFICE, null);
			}
			boolean generated = adminPassword == null || adminPassword.isBlank();
			String password = generated ? generatedPassword() : adminPassword;
			identity.createUser("admin", "系统管理员", Role.ADMIN, "HQ", null, password);
			if (generated) {
				log.warn("First start: created user 'admin' with the generated password {} — change it after signing in",
						password);
			}
			else {
				log.info("First start: created user 'admin' with the password from CLIENTCARE_ADMIN_PASSWORD");
			}
		});
	}

	private static String generatedPassword() {
		String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		var random = new SecureRandom();
		var password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}
}
