package org.clientcare.customer.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.clientcare.customer.CustomerImportFile;
import org.clientcare.shared.kyc.ResidentIdNumber;
import org.clientcare.shared.kyc.SyntheticIdentities;

/** Import files for tests: rows of people no one has registered yet, good or broken on purpose. */
final class ImportFiles {

	private static final SyntheticIdentities PEOPLE = new SyntheticIdentities(ThreadLocalRandom.current().nextLong());

	private final List<String> lines = new ArrayList<>(List.of(CustomerImportFile.header()));

	/** Adds a valid individual in Pudong for zhang.rm; answers its ID number. */
	synchronized String good() {
		LocalDate birth = LocalDate.of(1950 + ThreadLocalRandom.current().nextInt(50), 1 + ThreadLocalRandom.current().nextInt(12),
				1 + ThreadLocalRandom.current().nextInt(28));
		boolean male = ThreadLocalRandom.current().nextBoolean();
		String id = PEOPLE.residentId(birth, male, PEOPLE.randomAreaCode());
		lines.add(String.join(",", "INDIVIDUAL", PEOPLE.personName(male), "RESIDENT_ID", id, "", birth.toString(), "",
				PEOPLE.mobile(), "", "\"" + PEOPLE.address() + ", 近地铁站\"", "工程师", "SH-PD", "zhang.rm", "2020-05-01",
				"ACTIVE"));
		return id;
	}

	/**
	 * Adds a valid woman born on 1980-03-04 with every column filled (the mobile, e-mail and address given), a prospect
	 * since 1999-12-31; answers her ID number.
	 */
	synchronized String everyColumn(String mobile, String email, String address) {
		String id = PEOPLE.residentId(LocalDate.of(1980, 3, 4), false, PEOPLE.randomAreaCode());
		lines.add(String.join(",", "INDIVIDUAL", "全字段", "RESIDENT_ID", id, "2031-02-28", "1980-03-04", "FEMALE", mobile,
				email, address, "教师", "SH-PD", "zhang.rm", "1999-12-31", "PROSPECT"));
		return id;
	}

	/** Adds a valid corporate of Xuhui, unassigned. */
	synchronized String corporate() {
		String code = PEOPLE.uscc();
		lines.add(String.join(",", "CORPORATE", PEOPLE.companyName(), "USCC", code, "", "", "", "", "", "", "", "SH-XH",
				"", "", ""));
		return code;
	}

	/** Adds a row as given (values joined by commas). */
	ImportFiles raw(String... values) {
		lines.add(String.join(",", values));
		return this;
	}

	/** Adds the last row once more (the same document on a later line). */
	synchronized ImportFiles again() {
		lines.add(lines.get(lines.size() - 1));
		return this;
	}

	/** A resident ID with a wrong check character. */
	static String wrongCheckDigit() {
		String valid = PEOPLE.residentId();
		char right = ResidentIdNumber.checkChar(valid.substring(0, 17));
		return valid.substring(0, 17) + (right == '0' ? '1' : '0');
	}

	static String residentId() {
		return PEOPLE.residentId();
	}

	static String mobile() {
		return PEOPLE.mobile();
	}

	/** The line the next row will have in the file. */
	int nextLine() {
		return lines.size() + 1;
	}

	byte[] bytes() {
		return (String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}
}
