package org.clientcare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.clientcare.audit.internal.AuditHashing;
import org.clientcare.audit.internal.AuditKeys;
import org.junit.jupiter.api.Test;

class AuditHashingTest {

	static final AuditEntry ENTRY = new AuditEntry(7, Instant.parse("2026-11-22T02:00:00Z"), "zhang.rm", "10.0.0.1",
			"customer.changed", "customer", "42", null, "{\"phone\":\"138****8000\"}", "{\"phone\":\"139****8000\"}",
			AuditHashing.GENESIS, null);

	@Test
	void everyFieldOfAnEntryIsCoveredByItsHash() {
		String hash = AuditHashing.hash(ENTRY);

		assertThat(hash).hasSize(64).isEqualTo(AuditHashing.hash(ENTRY));
		assertThat(AuditHashing.hash(new AuditEntry(8, ENTRY.occurredAt(), ENTRY.actor(), ENTRY.origin(), ENTRY.action(),
				ENTRY.entityType(), ENTRY.entityId(), null, ENTRY.before(), ENTRY.after(), ENTRY.prevHash(), null)))
			.isNotEqualTo(hash);
		assertThat(AuditHashing.hash(new AuditEntry(7, ENTRY.occurredAt(), "li.rm", ENTRY.origin(), ENTRY.action(),
				ENTRY.entityType(), ENTRY.entityId(), null, ENTRY.before(), ENTRY.after(), ENTRY.prevHash(), null)))
			.isNotEqualTo(hash);
		assertThat(AuditHashing.hash(new AuditEntry(7, ENTRY.occurredAt(), ENTRY.actor(), ENTRY.origin(), ENTRY.action(),
				ENTRY.entityType(), ENTRY.entityId(), "", ENTRY.before(), ENTRY.after(), ENTRY.prevHash(), null)))
			.as("an empty reason differs from none").isNotEqualTo(hash);
	}

	@Test
	void theHashOfAStoredEntryNeverChangesSoThatOldEntriesStillVerify() {
		assertThat(AuditHashing.hash(ENTRY)).isEqualTo("f13d4af51dc0e072439cafefb3543170cc07f7bb72f1b08ef03f86e8726d11aa");
	}

	@Test
	void oneHasherForManyEntriesHashesEachAsAloneAlsoWhenTheirTimesDiffer() {
		var hasher = new AuditHashing.Hasher();
		var later = new AuditEntry(8, ENTRY.occurredAt().plusNanos(1_000), "li.rm", null, "customer.changed", "customer",
				"43", "", null, "{}", AuditHashing.hash(ENTRY), null);

		assertThat(hasher.hash(ENTRY)).isEqualTo(AuditHashing.hash(ENTRY));
		assertThat(hasher.hash(later)).isEqualTo(AuditHashing.hash(later));
		assertThat(hasher.hash(ENTRY)).isEqualTo(AuditHashing.hash(ENTRY));
		assertThat(hasher.sealed(later).hash()).isEqualTo(AuditHashing.hash(later));
	}

	@Test
	void movingTextBetweenAdjacentFieldsChangesTheHash() {
		var shifted = new AuditEntry(7, ENTRY.occurredAt(), "zhang.rm1", "0.0.0.1", ENTRY.action(), ENTRY.entityType(),
				ENTRY.entityId(), null, ENTRY.before(), ENTRY.after(), ENTRY.prevHash(), null);

		assertThat(AuditHashing.hash(shifted)).isNotEqualTo(AuditHashing.hash(ENTRY));
	}

	static final AuditKeys KEYS = new AuditKeys("1:3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGho=,"
			+ "2:/v79/Pv6+fj39vX08/Lx8O/u7ezr6uno5+bl5OPi4eA=");

	@Test
	void aKeyedEntryIsSealedWithThePrimaryKeyAndItsHashNeedsThatKey() {
		var sealed = new AuditHashing.Hasher(KEYS).sealed(ENTRY);

		assertThat(sealed.keyId()).isEqualTo((short) 2);
		assertThat(sealed.hash()).hasSize(64).isNotEqualTo(AuditHashing.hash(ENTRY));
		assertThat(AuditHashing.hash(sealed, KEYS)).isEqualTo(sealed.hash());
		assertThat(AuditHashing.hash(sealed, new AuditKeys("2:" + AuditKeys.newKey()))).as("another key under the same id")
			.isNotEqualTo(sealed.hash());
		assertThat(AuditHashing.hash(sealed, new AuditKeys("1:" + AuditKeys.newKey()))).as("no key of that id").isNull();
	}

	@Test
	void anEntrySealedUnderARetiredKeyStillVerifiesAfterRotation() {
		var underRetired = new AuditHashing.Hasher(new AuditKeys("1:3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGho=")).sealed(ENTRY);

		assertThat(underRetired.keyId()).isEqualTo((short) 1);
		assertThat(AuditHashing.hash(underRetired, KEYS)).isEqualTo(underRetired.hash());
	}

	@Test
	void auditKeysNeedIdsAndKeysOfAtLeast32Bytes() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AuditKeys("1:c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AuditKeys("key-without-id")).isInstanceOf(IllegalArgumentException.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AuditKeys(" ")).isInstanceOf(IllegalArgumentException.class);
	}
}
