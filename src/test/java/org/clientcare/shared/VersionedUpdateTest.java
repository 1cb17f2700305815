package org.clientcare.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.clientcare.shared.jdbc.VersionedUpdate;
import org.junit.jupiter.api.Test;

class VersionedUpdateTest {

	@Test
	void aColumnNameThatIsNotAPlainIdentifierIsRefusedBeforeAnySqlIsWritten() {
		assertThatThrownBy(() -> VersionedUpdate.apply(null, "complaint", 1, 1,
				Map.of("status = 'CLOSED', version", 1), Instant.EPOCH))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a plain SQL identifier");
		assertThatThrownBy(() -> VersionedUpdate.apply(null, "complaint; drop table complaint", 1, 1, Map.of(),
				Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
	}
}
