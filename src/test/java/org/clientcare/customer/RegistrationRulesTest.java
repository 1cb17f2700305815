package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.kyc.SyntheticIdentities;
import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.InvalidInput;
import org.junit.jupiter.api.Test;

/** The registration rules of SPEC §2, the same for the API and the bulk import. */
class RegistrationRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 11);

	static final OrgUnit SHANGHAI = new OrgUnit(2, "SH", "上海分行", "Shanghai", OrgUnit.Kind.BRANCH, 1L, "/1/2/");

	static final OrgUnit PUDONG = new OrgUnit(3, "SH-PD", "浦东支行", "Pudong", OrgUnit.Kind.SUB_BRANCH, 2L, "/1/2/3/");

	static final OrgUnit BEIJING = new OrgUnit(4, "BJ", "北京分行", "Beijing", OrgUnit.Kind.BRANCH, 1L, "/1/4/");

	static final OrgUnit COMPLAINTS = new OrgUnit(5, "CSD", "客服中心", "Service", OrgUnit.Kind.DEPARTMENT, 1L, "/1/5/");

	final RegistrationRules rules = new RegistrationRules(TODAY);

	final String residentId = new SyntheticIdentities(7).residentId(LocalDate.of(1980, 5, 17), true, "310115");

	RegistrationRules.Application individual() {
		return new RegistrationRules.Application(CustomerType.INDIVIDUAL, IdType.RESIDENT_ID, residentId, null, null,
				null, "138 0013 8000", null, null, null);
	}

	List<FieldProblem> problems(RegistrationRules.Application application) {
		var problems = new InvalidInput.Collector();
		rules.check(application, problems);
		try {
			problems.throwIfAny();
			return List.of();
		}
		catch (InvalidInput invalid) {
			return invalid.fieldProblems();
		}
	}

	/** An import reads its own dates: a relationship since the year 1 and a document valid until 99999 were kept. */
	@Test
	void aRelationshipBefore1900OrADocumentValidPast9999IsRefusedNamingTheDate() {
		var a = individual();
		var sinceYearOne = new RegistrationRules.Application(a.type(), a.idType(), a.idNumber(), null, null, null,
				a.phone(), null, LocalDate.of(1, 1, 1), null);
		var validForever = new RegistrationRules.Application(a.type(), a.idType(), a.idNumber(), LocalDate.of(99_999, 12, 31),
				null, null, a.phone(), null, null, null);
		var longButReal = new RegistrationRules.Application(a.type(), a.idType(), a.idNumber(), LocalDate.of(9999, 12, 31),
				null, null, a.phone(), null, LocalDate.of(1900, 1, 1), null);

		assertThat(problems(sinceYearOne)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple("relationshipSince", "range"));
		assertThat(problems(validForever)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple("idExpiry", "range"));
		assertThat(problems(longButReal)).isEmpty();
	}

	@Test
	void aResidentIdGivesTheBirthDateAndGenderAndANewCustomerIsActiveSinceToday() {
		var registration = rules.check(individual(), new InvalidInput.Collector());

		assertThat(registration.birthDate()).isEqualTo(LocalDate.of(1980, 5, 17));
		assertThat(registration.gender()).isEqualTo(Gender.MALE);
		assertThat(registration.phone()).isEqualTo("13800138000");
		assertThat(registration.status()).isEqualTo(CustomerStatus.ACTIVE);
		assertThat(registration.relationshipSince()).isEqualTo(TODAY);
	}

	@Test
	void anOrganisationIsNotIdentifiedByAResidentId() {
		var corporate = new RegistrationRules.Application(CustomerType.CORPORATE, IdType.RESIDENT_ID, residentId, null,
				null, null, null, null, null, null);

		assertThat(problems(corporate)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple("idType", "type-mismatch"));
	}

	@Test
	void everyBrokenRuleIsReportedAtOnceNamingItsField() {
		var broken = new RegistrationRules.Application(CustomerType.INDIVIDUAL, IdType.RESIDENT_ID,
				residentId.substring(0, 17) + (residentId.endsWith("1") ? "2" : "1"), TODAY.minusDays(1),
				null, null, "12345", "not-an-address", TODAY.plusDays(1), CustomerStatus.CLOSED);

		assertThat(problems(broken)).extracting(FieldProblem::field).containsExactly("idNumber", "phone", "email",
				"idExpiry", "relationshipSince", "status");
	}

	@Test
	void aBirthDateThatDisagreesWithTheResidentIdIsRefused() {
		var application = new RegistrationRules.Application(CustomerType.INDIVIDUAL, IdType.RESIDENT_ID, residentId,
				null, LocalDate.of(1981, 5, 17), null, null, null, null, CustomerStatus.PROSPECT);

		assertThat(problems(application)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple("birthDate", "mismatch"));
	}

	@Test
	void aFieldThatCouldNotBeReadIsLeftToItsOwnProblem() {
		var problems = new InvalidInput.Collector().add("birthDate", "format", "not a date");

		rules.check(individual(), problems);

		assertThat(problems.has("birthDate")).isTrue();
		assertThatOnly(problems, "birthDate");
	}

	@Test
	void aCustomerBelongsToABranchOrSubBranchNotToADepartment() {
		var problems = new InvalidInput.Collector();

		assertThat(RegistrationRules.unit(Optional.of(PUDONG), problems)).isEqualTo(PUDONG);
		assertThat(RegistrationRules.unit(Optional.of(COMPLAINTS), problems)).isNull();
		assertThat(RegistrationRules.unit(Optional.empty(), problems)).isNull();
		assertThatOnly(problems, "orgUnit", "orgUnit");
	}

	@Test
	void itsManagerIsAnEnabledAccountManagerOfItsUnitAboveOrBelow() {
		var problems = new InvalidInput.Collector();
		StaffUser inPudong = manager(Role.ACCOUNT_MANAGER, PUDONG, true);

		assertThat(RegistrationRules.manager(Optional.of(inPudong), SHANGHAI, this::unit, problems)).isEqualTo(10L);
		assertThat(RegistrationRules.manager(Optional.of(inPudong), PUDONG, this::unit, problems)).isEqualTo(10L);
		assertThatOnly(problems);
		RegistrationRules.manager(Optional.of(inPudong), BEIJING, this::unit, problems);
		RegistrationRules.manager(Optional.of(manager(Role.ACCOUNT_MANAGER, PUDONG, false)), PUDONG, this::unit, problems);
		RegistrationRules.manager(Optional.of(manager(Role.SERVICE_AGENT, PUDONG, true)), PUDONG, this::unit, problems);
		RegistrationRules.manager(Optional.empty(), PUDONG, this::unit, problems);
		assertThat(codes(problems)).containsExactly("outside-unit", "unknown", "unknown", "unknown");
	}

	Optional<OrgUnit> unit(long id) {
		return List.of(SHANGHAI, PUDONG, BEIJING, COMPLAINTS).stream().filter(u -> u.id() == id).findFirst();
	}

	static StaffUser manager(Role role, OrgUnit unit, boolean enabled) {
		return new StaffUser(10L, "zhang.rm", "张经理", role, unit.id(), null, enabled);
	}

	static List<String> codes(InvalidInput.Collector problems) {
		try {
			problems.throwIfAny();
			return List.of();
		}
		catch (InvalidInput invalid) {
			return invalid.fieldProblems().stream().map(FieldProblem::code).toList();
		}
	}

	static void assertThatOnly(InvalidInput.Collector problems, String... fields) {
		try {
			problems.throwIfAny();
			assertThat(fields).isEmpty();
		}
		catch (InvalidInput invalid) {
			assertThat(invalid.fieldProblems()).extracting(FieldProblem::field).containsExactly(fields);
		}
	}
}
