package org.clientcare.customer.imports;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;

/** Imports received and processed in the test's own thread, as the administrator, without the background worker. */
final class AdminImports {

	private static final Actor ADMIN = new Actor("admin", "ADMIN", null, null, "test");

	private AdminImports() {
	}

	/** A file received as the administrator uploads it; its import id. */
	static long receive(CustomerImportManagement imports, byte[] content) {
		long[] id = new long[1];
		CurrentActor.runAs(ADMIN, () -> id[0] = imports.receive(new ByteArrayInputStream(content), "test.csv"));
		return id[0];
	}

	/** A processing run as the administrator; the import as it ends. */
	static CustomerImport asAdmin(Supplier<CustomerImport> work) {
		CustomerImport[] result = new CustomerImport[1];
		CurrentActor.runAs(ADMIN, () -> result[0] = work.get());
		return result[0];
	}
}
