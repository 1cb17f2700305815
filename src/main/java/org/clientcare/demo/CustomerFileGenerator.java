package org.clientcare.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.clientcare.customer.CustomerImportFile;
import org.clientcare.shared.kyc.ResidentIdNumber;
import org.clientcare.shared.kyc.SyntheticIdentities;
import org.clientcare.shared.kyc.UnifiedSocialCreditCode;

/**
 * Writes a synthetic bulk-import file (SPEC §2 layout) for demos and benchmarks — a command, not a test:
 * {@code java -jar clientcare.jar --generate-customers=N --output=file.csv [--seed=S] [--bad-rows=0.01]}.
 * Individuals (90 %) with valid resident IDs, corporates and institutions with valid USCCs, Chinese names, mobiles and
 * addresses, spread over the demo sub-branches SH-PD and SH-XH, their account managers {@code zhang.rm} and
 * {@code li.rm} and the unassigned queue. Every document is distinct. The share of bad rows is exact; each breaks one
 * rule (check character, phone, org unit, manager, birth date, missing name, date format, future relationship), so an
 * import rejects exactly those. The same seed gives the same file (dates relative to today).
 */
public final class CustomerFileGenerator {

	private static final String[] OCCUPATIONS = { "教师", "工程师", "医生", "护士", "会计", "律师", "公务员", "企业职员",
			"个体工商户", "自由职业", "销售", "退休", "学生", "程序员", "设计师" };

	private final Random random;

	private final SyntheticIdentities identities;

	private final LocalDate today = LocalDate.now();

	private final Set<Long> residentIds = new HashSet<>();

	private final Set<String> creditCodes = new HashSet<>();

	CustomerFileGenerator(long seed) {
		this.random = new Random(seed);
		this.identities = new SyntheticIdentities(random);
	}

	/** Whether the command line asks for a file ({@code --generate-customers=N}). */
	public static boolean requested(String[] args) {
		return option(args, "generate-customers") != null;
	}

	/** Runs the command; answers the exit code. */
	public static int run(String[] args) {
		try {
			long count = Long.parseLong(option(args, "generate-customers"));
			String output = option(args, "output");
			Path file = Path.of(output == null ? "customers-" + count + ".csv" : output);
			long seed = option(args, "seed") == null ? 1 : Long.parseLong(option(args, "seed"));
			double badShare = option(args, "bad-rows") == null ? 0 : Double.parseDouble(option(args, "bad-rows"));
			if (count < 0 || badShare < 0 || badShare > 1) {
				throw new IllegalArgumentException("N must be ≥ 0 and --bad-rows between 0 and 1");
			}
			long started = System.nanoTime();
			long bad;
			try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
				bad = new CustomerFileGenerator(seed).write(out, count, badShare);
			}
			System.out.printf("Wrote %d customers (%d bad rows) to %s in %.1f s%n", count, bad, file,
					(System.nanoTime() - started) / 1e9);
			return 0;
		}
		catch (IOException | RuntimeException e) {
			System.err.println("Usage: java -jar clientcare.jar --generate-customers=N --output=file.csv [--seed=S] "
					+ "[--bad-rows=0.01]\n" + e);
			return 2;
		}
	}

	/** Writes the header and {@code count} rows, of which {@code round(count × badShare)} are bad; answers that number. */
	long write(Writer out, long count, double badShare) throws IOException {
		out.write(CustomerImportFile.header());
		out.write('\n');
		long bad = Math.round(count * badShare);
		long badLeft = bad;
		for (long i = 0; i < count; i++) {
			// every row left is bad once as many are left as bad rows are owed; otherwise chance, at the same rate
			boolean makeBad = badLeft > 0 && (badLeft >= count - i || random.nextDouble() < (double) badLeft / (count - i));
			List<String> row = row(i);
			if (makeBad) {
				spoil(row);
				badLeft--;
			}
			for (int c = 0; c < row.size(); c++) {
				if (c > 0) {
					out.write(',');
				}
				out.write(csv(row.get(c)));
			}
			out.write('\n');
		}
		return bad;
	}

	private List<String> row(long index) {
		String[] r = new String[CustomerImportFile.COLUMNS.size()];
		boolean pudong = random.nextBoolean();
		int kind = random.nextInt(100);
		if (kind < 90) {
			boolean male = random.nextBoolean();
			LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1945, 1, 1).toEpochDay(),
					LocalDate.of(2004, 12, 31).toEpochDay()));
			String id;
			do {
				id = identities.residentId(birth, male, identities.randomAreaCode());
			}
			while (!residentIds.add(Long.parseLong(id.substring(0, 17))));
			set(r, "type", "INDIVIDUAL");
			set(r, "name", identities.personName(male));
			set(r, "idType", "RESIDENT_ID");
			set(r, "idNumber", id);
			set(r, "birthDate", random.nextInt(10) < 8 ? birth.toString() : "");
			set(r, "gender", random.nextBoolean() ? (male ? "MALE" : "FEMALE") : "");
			set(r, "phone", random.nextInt(100) < 95 ? identities.mobile() : "");
			set(r, "email", random.nextInt(100) < 40 ? "c" + index + "@example.com" : "");
			set(r, "occupation", OCCUPATIONS[random.nextInt(OCCUPATIONS.length)]);
		}
		else {
			String code;
			do {
				code = identities.uscc();
			}
			while (!creditCodes.add(code));
			boolean institution = code.startsWith("12");
			set(r, "type", institution ? "INSTITUTION" : "CORPORATE");
			set(r, "name", institution ? identities.institutionName() : identities.companyName());
			set(r, "idType", "USCC");
			set(r, "idNumber", code);
			set(r, "phone", random.nextBoolean() ? identities.mobile() : "");
		}
		set(r, "idExpiry", random.nextInt(10) < 7 ? today.plusDays(30 + random.nextInt(20 * 365)).toString() : "");
		set(r, "address", random.nextInt(10) < 8 ? identities.address() : "");
		set(r, "orgUnit", pudong ? "SH-PD" : "SH-XH");
		set(r, "managerUsername", random.nextInt(10) < 7 ? (pudong ? "zhang.rm" : "li.rm") : "");
		set(r, "relationshipSince", today.minusDays(random.nextInt(20 * 365)).toString());
		set(r, "status", random.nextInt(10) == 0 ? "PROSPECT" : "ACTIVE");
		List<String> values = new ArrayList<>(r.length);
		for (String value : r) {
			values.add(value == null ? "" : value);
		}
		return values;
	}

	/** Breaks exactly one rule of registration in a good row. */
	private void spoil(List<String> row) {
		boolean resident = "RESIDENT_ID".equals(get(row, "idType"));
		switch (random.nextInt(8)) {
			case 0 -> put(row, "idNumber", wrongCheck(get(row, "idNumber"), resident));
			case 1 -> put(row, "phone", "1" + (100000 + random.nextInt(900000)));
			case 2 -> put(row, "orgUnit", "SH-XX");
			case 3 -> put(row, "managerUsername", "nobody.rm");
			case 4 -> {
				if (resident) {
					put(row, "birthDate", ResidentIdNumber.birthDate(get(row, "idNumber")).plusDays(1).toString());
				}
				else {
					put(row, "idNumber", wrongCheck(get(row, "idNumber"), false));
				}
			}
			case 5 -> put(row, "name", "");
			case 6 -> put(row, "relationshipSince", today.minusDays(100).toString().replace('-', '/'));
			default -> put(row, "relationshipSince", today.plusDays(1 + random.nextInt(300)).toString());
		}
	}

	private String wrongCheck(String number, boolean resident) {
		String first17 = number.substring(0, 17);
		char right = resident ? ResidentIdNumber.checkChar(first17) : UnifiedSocialCreditCode.checkChar(first17);
		String alphabet = resident ? "0123456789X" : "0123456789ABCDEFGHJKLMNPQRTUWXY";
		char wrong;
		do {
			wrong = alphabet.charAt(random.nextInt(alphabet.length()));
		}
		while (wrong == right);
		return first17 + wrong;
	}

	private static void set(String[] row, String column, String value) {
		row[CustomerImportFile.COLUMNS.indexOf(column)] = value;
	}

	private static String get(List<String> row, String column) {
		return row.get(CustomerImportFile.COLUMNS.indexOf(column));
	}

	private static void put(List<String> row, String column, String value) {
		row.set(CustomerImportFile.COLUMNS.indexOf(column), value);
	}

	static String csv(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	private static String option(String[] args, String name) {
		String prefix = "--" + name + "=";
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return arg.substring(prefix.length());
			}
		}
		return null;
	}
}
