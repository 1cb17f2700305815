package org.clientcare.customer.imports;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.clientcare.customer.CustomerImportFile;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.customer.Gender;
import org.clientcare.customer.IdType;
import org.clientcare.customer.RegistrationRules;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.IsoDates;
import org.clientcare.shared.csv.CsvHeader;
import org.clientcare.shared.csv.CsvImport.Checked;
import org.clientcare.shared.csv.CsvRow;
import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.InvalidInput;

/**
 * The {@link RegistrationRules} applied to one import row, without the per-row service: the row's columns read into
 * an application (a value that cannot be read is a problem of its column), then the rules. Org units and managers
 * are looked up once per import. Thread-safe: the rows of a batch are checked in parallel.
 */
final class ImportRules {

	private final Map<String, Integer> columns;

	private final Map<String, OrgUnit> units;

	private final Map<Long, OrgUnit> unitsById = new HashMap<>();

	private final Function<String, Optional<StaffUser>> users;

	private final Map<String, Optional<StaffUser>> managers = new java.util.concurrent.ConcurrentHashMap<>();

	private final RegistrationRules rules;

	ImportRules(Map<String, Integer> columns, List<OrgUnit> units, Function<String, Optional<StaffUser>> users,
			LocalDate today) {
		this.columns = columns;
		this.units = new HashMap<>();
		units.forEach(unit -> {
			this.units.put(unit.code(), unit);
			this.unitsById.put(unit.id(), unit);
		});
		this.users = users;
		this.rules = new RegistrationRules(today);
	}

	/** The header's columns by position, or the problem with the header. */
	static Map<String, Integer> header(CsvHeader header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.names().size(); i++) {
			String name = header.names().get(i);
			if (!CustomerImportFile.COLUMNS.contains(name) || columns.put(name, i) != null) {
				throw InvalidInput.of("file", "header", "Unknown or repeated column '" + name + "'; expected "
						+ CustomerImportFile.header());
			}
		}
		for (String required : CustomerImportFile.REQUIRED) {
			if (!columns.containsKey(required)) {
				throw InvalidInput.of("file", "header", "Column '" + required + "' is missing; expected "
						+ CustomerImportFile.header());
			}
		}
		return columns;
	}

	/** Checks one record: a customer to insert (PII still plain) or the problems found, each naming its field. */
	Checked<Candidate> check(CsvRow record) {
		if (record.problem() != null) {
			return Checked.unreadable(record);
		}
		if (record.fields().size() != columns.size()) {
			return Checked.rejected(record.line(), List.of(new FieldProblem("line", "columns",
					"The line has " + record.fields().size() + " fields, the header " + columns.size())));
		}
		var problems = new InvalidInput.Collector();
		Row row = new Row(record.fields());
		CustomerType type = row.enumValue("type", CustomerType.class, true, problems);
		String name = row.text("name", 200, true, problems);
		IdType idType = row.enumValue("idType", IdType.class, true, problems);
		LocalDate idExpiry = row.date("idExpiry", problems);
		LocalDate birthDate = row.date("birthDate", problems);
		Gender gender = row.enumValue("gender", Gender.class, false, problems);
		String phone = row.text("phone", 32, false, problems);
		String email = row.text("email", 200, false, problems);
		String address = row.text("address", 300, false, problems);
		String occupation = row.text("occupation", 100, false, problems);
		String unitCode = row.text("orgUnit", 32, true, problems);
		String managerName = row.text("managerUsername", 64, false, problems);
		LocalDate since = row.date("relationshipSince", problems);
		CustomerStatus status = row.enumValue("status", CustomerStatus.class, false, problems);

		var checked = rules.check(new RegistrationRules.Application(type, idType, row.value("idNumber"), idExpiry,
				birthDate, gender, phone, email, since, status), problems);
		OrgUnit unit = unitCode == null ? null : RegistrationRules.unit(Optional.ofNullable(units.get(unitCode)), problems);
		Long managerId = managerName == null ? null : RegistrationRules.manager(
				managers.computeIfAbsent(managerName, users), unit, id -> Optional.ofNullable(unitsById.get(id)), problems);
		try {
			problems.throwIfAny();
		}
		catch (InvalidInput invalid) {
			return Checked.rejected(record.line(), invalid.fieldProblems());
		}
		return Checked.of(record.line(), new Candidate(record.line(), type.name(), name, idType.name(), checked.idNumber(),
				idExpiry, checked.birthDate(), checked.gender() == null ? null : checked.gender().name(), checked.phone(),
				checked.email(), address, occupation, checked.status().name(), unit.id(), managerId,
				checked.relationshipSince()));
	}

	/** The values of one record by column name; a column the file lacks reads as blank. */
	private final class Row {

		private final List<String> fields;

		Row(List<String> fields) {
			this.fields = fields;
		}

		String value(String column) {
			Integer index = columns.get(column);
			return index == null ? "" : fields.get(index);
		}

		String text(String column, int max, boolean required, InvalidInput.Collector problems) {
			String value = value(column).strip();
			if (value.isEmpty()) {
				if (required) {
					problems.add(column, "required", "'" + column + "' is required");
				}
				return null;
			}
			if (value.length() > max) {
				problems.add(column, "length", "'" + column + "' is longer than " + max + " characters");
				return null;
			}
			return value;
		}

		LocalDate date(String column, InvalidInput.Collector problems) {
			String value = value(column).strip();
			if (value.isEmpty()) {
				return null;
			}
			try {
				return IsoDates.parse(value);
			}
			catch (DateTimeException e) {
				problems.add(column, "format", "'" + column + "' is not a date YYYY-MM-DD");
				return null;
			}
		}

		<E extends Enum<E>> E enumValue(String column, Class<E> type, boolean required, InvalidInput.Collector problems) {
			String value = text(column, 32, required, problems);
			if (value == null) {
				return null;
			}
			try {
				return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				problems.add(column, "invalid", "'" + value + "' is not a " + column);
				return null;
			}
		}
	}

	/** A valid row, PII still in plain text (never stored like this). */
	record Candidate(long line, String type, String name, String idType, String idNumber, LocalDate idExpiry,
			LocalDate birthDate, String gender, String phone, String email, String address, String occupation,
			String status, long orgUnitId, Long managerId, LocalDate relationshipSince) {
	}
}
