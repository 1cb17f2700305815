package org.clientcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which callers a write endpoint's declaration refuses before the record is looked up (SPEC §1: 404 outside scope). */
class UpFrontRefusalTest {

	static Subject staff(Role role) {
		return new Subject("someone", role, 7L, 3L, Subject.Kind.STAFF);
	}

	static boolean refused(Role role, Permission permission, Names names) {
		return Authorization.refusesWhateverTheRecord(staff(role), List.of(permission), names);
	}

	@Test
	void complianceIsRefusedRegisteringAComplaintWhateverItsCustomer() {
		assertThat(refused(Role.COMPLIANCE, Permission.COMPLAINT_REGISTER, Names.NO_SCOPED_RECORD)).isTrue();
	}

	@Test
	void aRoleHoldingThePermissionWithAnyQualifierIsLeftToTheCommand() {
		assertThat(refused(Role.ACCOUNT_MANAGER, Permission.COMPLAINT_REGISTER, Names.NO_SCOPED_RECORD)).isFalse();
		assertThat(refused(Role.COMPLAINT_HANDLER, Permission.REVISIT_OUTCOME, Names.SCOPED_RECORD)).isFalse();
	}

	@Test
	void aServiceAgentSeesEveryCustomerSoItIsRefusedRevealingAnyonesPiiUpFront() {
		assertThat(refused(Role.SERVICE_AGENT, Permission.PII_REVEAL, Names.CUSTOMER)).isTrue();
	}

	@Test
	void anAccountManagerOrAComplaintHandlerMeetsItsScopeFirstOnACustomerItMayNotSee() {
		assertThat(refused(Role.ACCOUNT_MANAGER, Permission.CUSTOMER_REASSIGN, Names.CUSTOMER)).isFalse();
		assertThat(refused(Role.COMPLAINT_HANDLER, Permission.CUSTOMER_WRITE, Names.CUSTOMER)).isFalse();
	}

	@Test
	void aComplaintHandlerOpeningACaseForACustomerItMayNotSeeFindsNoSuchCustomerRatherThanARefusal() {
		assertThat(refused(Role.COMPLAINT_HANDLER, Permission.CASE_STEP, Names.CUSTOMER)).isFalse();
		assertThat(refused(Role.COMPLIANCE, Permission.CASE_STEP, Names.CUSTOMER)).isTrue();
	}

	@Test
	void onlyTheRolesThatSeeEverythingAreRefusedUpFrontOnAScopedRecord() {
		assertThat(refused(Role.COMPLIANCE, Permission.CASE_STEP, Names.SCOPED_RECORD)).isTrue();
		assertThat(refused(Role.SERVICE_AGENT, Permission.REMEDIATION_ASSIGN, Names.SCOPED_RECORD)).isFalse();
		assertThat(refused(Role.ACCOUNT_MANAGER, Permission.COMPLAINT_HANDLE, Names.SCOPED_RECORD)).isFalse();
	}

	@Test
	void anyOfSeveralDeclaredPermissionsLetsTheCallerThrough() {
		assertThat(Authorization.refusesWhateverTheRecord(staff(Role.COMPLIANCE),
				List.of(Permission.CAMPAIGN_WRITE, Permission.APPROVE_CAMPAIGN), Names.NO_SCOPED_RECORD)).isFalse();
	}

	@Test
	void theSystemIsNeverRefusedAndSomeoneNotSignedInAlways() {
		assertThat(Authorization.refusesWhateverTheRecord(new Subject("job", null, null, null, Subject.Kind.SYSTEM),
				List.of(Permission.ADMINISTER), Names.NO_SCOPED_RECORD)).isFalse();
		assertThat(Authorization.refusesWhateverTheRecord(new Subject("anonymous", null, null, null, Subject.Kind.ANONYMOUS),
				List.of(Permission.CUSTOMER_WRITE), Names.SCOPED_RECORD)).isTrue();
	}
}
