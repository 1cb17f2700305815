package org.clientcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import org.clientcare.shared.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SPEC §1 "Who may write what", typed out here a second time, row by row, and compared with {@link Permission}'s table
 * for every role × permission: a grant added, lost or widened in the model fails here.
 */
class PermissionTableTest {

	/** The SPEC's rows: permission → "ROLE:QUALIFIER …" (ADMIN may do every business step, listed everywhere). */
	static final Map<Permission, String> SPEC = new LinkedHashMap<>();

	static {
		// register a customer, change its profile, record consents: ADMIN, BRANCH_MANAGER, ACCOUNT_MANAGER (own),
		// SERVICE_AGENT (consents taken at the counter or hotline)
		SPEC.put(Permission.CUSTOMER_WRITE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS");
		SPEC.put(Permission.CONSENT_RECORD, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS "
				+ "SERVICE_AGENT:AT_COUNTER_OR_HOTLINE");
		// risk assessment, signed risk acknowledgment, suitability check: ADMIN, BRANCH_MANAGER, ACCOUNT_MANAGER (own)
		SPEC.put(Permission.RISK_ASSESSMENT, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS");
		SPEC.put(Permission.RISK_ACKNOWLEDGMENT, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS");
		SPEC.put(Permission.SUITABILITY_CHECK, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS");
		// close a suitability alert with a finding: COMPLIANCE
		SPEC.put(Permission.SALE_RECORDING_REFERENCE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS");
		SPEC.put(Permission.SUITABILITY_OVERSIGHT, "ADMIN:ANY COMPLIANCE:ANY");
		// revisit outcome: the revisit's assignee, its branch manager, ADMIN
		SPEC.put(Permission.REVISIT_OUTCOME, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:ASSIGNEE "
				+ "SERVICE_AGENT:ASSIGNEE COMPLAINT_HANDLER:ASSIGNEE");
		// mis-selling remediation: assigned by the branch manager to staff other than the seller, worked by the assignee
		SPEC.put(Permission.REMEDIATION_ASSIGN, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE");
		SPEC.put(Permission.REMEDIATION_RESOLVE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:ASSIGNEE "
				+ "SERVICE_AGENT:ASSIGNEE COMPLAINT_HANDLER:ASSIGNEE");
		// an account manager's own customers: revisits
		SPEC.put(Permission.REVISIT_PLAN, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS");
		// complaint steps: SERVICE_AGENT, COMPLAINT_HANDLER (own department), BRANCH_MANAGER, ADMIN; ACCOUNT_MANAGER
		// registers for own customers; feedback by the customer through the link or by the staff who called them
		SPEC.put(Permission.COMPLAINT_REGISTER, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS "
				+ "SERVICE_AGENT:ANY COMPLAINT_HANDLER:OWN_DEPARTMENT");
		SPEC.put(Permission.COMPLAINT_HANDLE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE SERVICE_AGENT:ANY "
				+ "COMPLAINT_HANDLER:OWN_DEPARTMENT");
		SPEC.put(Permission.COMPLAINT_FEEDBACK, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE SERVICE_AGENT:ANY "
				+ "COMPLAINT_HANDLER:OWN_DEPARTMENT");
		// approve / reject: BRANCH_MANAGER (its subtree), COMPLIANCE (compensation, deadline extensions, campaigns,
		// FAQ answers), ADMIN
		SPEC.put(Permission.APPROVE_TIER_OVERRIDE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE");
		SPEC.put(Permission.APPROVE_CUSTOMER_CLOSURE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE");
		SPEC.put(Permission.APPROVE_BULK_REASSIGNMENT, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE");
		SPEC.put(Permission.APPROVE_COMPENSATION, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE COMPLIANCE:ANY");
		SPEC.put(Permission.APPROVE_DEADLINE_EXTENSION, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE COMPLIANCE:ANY");
		SPEC.put(Permission.APPROVE_CAMPAIGN, "ADMIN:ANY COMPLIANCE:ANY");
		SPEC.put(Permission.APPROVE_FAQ_PUBLICATION, "ADMIN:ANY COMPLIANCE:ANY");
		SPEC.put(Permission.APPROVE_ENTITLEMENT_OVERUSE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE");
		// entitlement uses (§3: a service delivered at the counter, by the manager or the branch), like appointments
		SPEC.put(Permission.ENTITLEMENT_USE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS "
				+ "SERVICE_AGENT:ANY");
		// corporate VIP programme (§3): branches propose, head office adjusts and approves (the record is the head-office
		// unit, so a branch manager reaches it only from head office), never the maker
		SPEC.put(Permission.VIP_PROPOSE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE");
		SPEC.put(Permission.VIP_REVIEW, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE");
		SPEC.put(Permission.APPROVE_VIP_PROGRAMME, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE");
		// appointments, inquiries, case steps: SERVICE_AGENT, ACCOUNT_MANAGER (own customers), BRANCH_MANAGER, ADMIN
		SPEC.put(Permission.APPOINTMENT_WRITE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS "
				+ "SERVICE_AGENT:ANY");
		SPEC.put(Permission.INQUIRY_WRITE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS "
				+ "SERVICE_AGENT:ANY");
		SPEC.put(Permission.CASE_STEP, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS SERVICE_AGENT:ANY");
		SPEC.put(Permission.APPOINTMENT_SCHEDULE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE");
		// campaigns, events, training records: BRANCH_MANAGER (own subtree), ADMIN
		SPEC.put(Permission.CAMPAIGN_WRITE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE");
		SPEC.put(Permission.EVENT_WRITE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE");
		SPEC.put(Permission.TRAINING_WRITE, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE");
		// BRANCH_MANAGER: reassign customers, see KPIs; COMPLIANCE: reports and oversight
		SPEC.put(Permission.CUSTOMER_REASSIGN, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE");
		SPEC.put(Permission.OVERSIGHT_READ, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE COMPLIANCE:ANY");
		// KPIs (§10): a branch manager its subtree, an account manager its own figures, compliance everything
		SPEC.put(Permission.KPI_READ, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS COMPLIANCE:ANY");
		// the knowledge base is kept by the service desk and branch managers (§9)
		SPEC.put(Permission.FAQ_EDIT, "ADMIN:ANY BRANCH_MANAGER:ANY SERVICE_AGENT:ANY");
		// PII is revealed with permission pii:reveal (service agents and complaint handlers always see it masked)
		SPEC.put(Permission.PII_REVEAL, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS COMPLIANCE:ANY");
		// data-subject requests (§11) come in at every desk that serves the customer and are handled by the consumer
		// rights officer (合规 / 客户权益保护专岗), who also sets legal holds
		SPEC.put(Permission.PRIVACY_REQUEST_REGISTER, "ADMIN:ANY BRANCH_MANAGER:OWN_SUBTREE ACCOUNT_MANAGER:OWN_CUSTOMERS "
				+ "SERVICE_AGENT:ANY COMPLIANCE:ANY");
		SPEC.put(Permission.PRIVACY_REQUEST_HANDLE, "ADMIN:ANY COMPLIANCE:ANY");
		// COMPLIANCE: audit trail; INTEGRATION: the intake endpoints; ADMIN: configuration
		SPEC.put(Permission.AUDIT_READ, "ADMIN:ANY COMPLIANCE:ANY");
		// the outbox is read by the service desk, which answers customers about their messages, and by compliance
		SPEC.put(Permission.OUTBOX_READ, "ADMIN:ANY COMPLIANCE:ANY SERVICE_AGENT:ANY");
		// compliance sees everything read-only, the configuration too
		SPEC.put(Permission.CONFIGURATION_READ, "ADMIN:ANY COMPLIANCE:ANY");
		SPEC.put(Permission.INTAKE, "ADMIN:ANY INTEGRATION:ANY");
		SPEC.put(Permission.ADMINISTER, "ADMIN:ANY");
	}

	static Map<Role, Qualifier> row(Permission permission) {
		Map<Role, Qualifier> row = new EnumMap<>(Role.class);
		for (String cell : SPEC.get(permission).split(" ")) {
			String[] parts = cell.split(":");
			row.put(Role.valueOf(parts[0]), Qualifier.valueOf(parts[1]));
		}
		return row;
	}

	@Test
	void everyPermissionOfTheModelIsARowOfTheSpec() {
		assertThat(SPEC.keySet()).containsExactlyInAnyOrder(Permission.values());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleHoldsExactlyWhatTheSpecGrantsIt(Role role) {
		for (Permission permission : Permission.values()) {
			assertThat(permission.grantFor(role)).as("%s × %s", role, permission)
				.isEqualTo(java.util.Optional.ofNullable(row(permission).get(role)));
		}
	}

	@Test
	void complianceWritesNothingButItsOversightAndItsDecisions() {
		assertThat(Role.COMPLIANCE.permissions()).allMatch(p -> p.name().startsWith("APPROVE_")
				|| Set.of(Permission.SUITABILITY_OVERSIGHT, Permission.OVERSIGHT_READ, Permission.KPI_READ,
						Permission.AUDIT_READ, Permission.OUTBOX_READ, Permission.PII_REVEAL,
						Permission.CONFIGURATION_READ, Permission.PRIVACY_REQUEST_REGISTER, Permission.PRIVACY_REQUEST_HANDLE).contains(p));
		assertThat(Role.COMPLIANCE.may(Permission.COMPLAINT_FEEDBACK)).isFalse();
	}

	@Test
	void theMachineUserOnlyDeliversIntake() {
		assertThat(Role.INTEGRATION.permissions()).containsExactly(Permission.INTAKE);
	}

	@Test
	void administratorsMayDoEveryStep() {
		assertThat(Arrays.stream(Permission.values())).allMatch(p -> p.grantFor(Role.ADMIN).orElseThrow() == Qualifier.ANY);
	}

	// The qualifiers, read from the record acted on.

	static final LongFunction<Set<Long>> SUBTREE = unit -> unit == 2L ? Set.of(2L, 3L, 4L) : Set.of(unit);

	static Subject staff(Role role) {
		return Subject.of(new Actor("someone", role.name(), 42L, 2L, "test"));
	}

	static boolean allows(Role role, Permission permission, Target target) {
		Subject subject = staff(role);
		return permission.grantFor(role).map(q -> q.holds(subject, target, SUBTREE)).orElse(false);
	}

	@Test
	void aServiceAgentMayNotRecordARiskAcknowledgmentForAnyCustomer() {
		assertThat(allows(Role.SERVICE_AGENT, Permission.RISK_ACKNOWLEDGMENT, Target.customer(3L, 42L))).isFalse();
	}

	@Test
	void anAccountManagerRecordsRiskAcknowledgmentsForItsOwnCustomersOnly() {
		assertThat(allows(Role.ACCOUNT_MANAGER, Permission.RISK_ACKNOWLEDGMENT, Target.customer(3L, 42L))).isTrue();
		assertThat(allows(Role.ACCOUNT_MANAGER, Permission.RISK_ACKNOWLEDGMENT, Target.customer(3L, 7L))).isFalse();
		assertThat(allows(Role.ACCOUNT_MANAGER, Permission.RISK_ACKNOWLEDGMENT, Target.customer(3L, null))).isFalse();
	}

	@Test
	void aBranchManagerActsWithinItsSubtree() {
		assertThat(allows(Role.BRANCH_MANAGER, Permission.APPROVE_TIER_OVERRIDE, Target.unit(4L))).isTrue();
		assertThat(allows(Role.BRANCH_MANAGER, Permission.APPROVE_TIER_OVERRIDE, Target.unit(9L))).isFalse();
		assertThat(allows(Role.BRANCH_MANAGER, Permission.APPROVE_TIER_OVERRIDE, Target.unit(null))).isFalse();
	}

	@Test
	void aBranchProposesItsCustomersAsVipsButOnlyHeadOfficeReviewsAndApprovesTheList() {
		// the subject's unit 2 is a branch with the sub-branches 3 and 4; unit 1, head office, lies above it
		assertThat(allows(Role.BRANCH_MANAGER, Permission.VIP_PROPOSE, Target.customer(3L, 7L))).isTrue();
		assertThat(allows(Role.BRANCH_MANAGER, Permission.VIP_PROPOSE, Target.customer(9L, 7L))).isFalse();
		assertThat(allows(Role.BRANCH_MANAGER, Permission.VIP_REVIEW, Target.unit(1L))).isFalse();
		assertThat(allows(Role.BRANCH_MANAGER, Permission.APPROVE_VIP_PROGRAMME, Target.unit(1L))).isFalse();
		assertThat(allows(Role.ACCOUNT_MANAGER, Permission.VIP_PROPOSE, Target.customer(3L, 42L))).isFalse();
	}

	@Test
	void aServiceAgentRecordsConsentsTakenAtTheCounterOrOnTheHotlineOnly() {
		Target customer = Target.customer(3L, 7L);
		assertThat(allows(Role.SERVICE_AGENT, Permission.CONSENT_RECORD, customer.takenAtCounterOrHotline(true))).isTrue();
		assertThat(allows(Role.SERVICE_AGENT, Permission.CONSENT_RECORD, customer)).isFalse();
	}

	@Test
	void aRevisitOutcomeIsRecordedByItsAssigneeNotByAnotherAgent() {
		Target revisit = Target.customer(3L, 7L).assignedTo(42L);
		assertThat(allows(Role.SERVICE_AGENT, Permission.REVISIT_OUTCOME, revisit)).isTrue();
		assertThat(allows(Role.SERVICE_AGENT, Permission.REVISIT_OUTCOME, revisit.assignedTo(7L))).isFalse();
		assertThat(allows(Role.ACCOUNT_MANAGER, Permission.REVISIT_OUTCOME, revisit.assignedTo(7L))).isFalse();
	}

	@Test
	void aComplaintHandlerHandlesTheComplaintsOfItsOwnDepartment() {
		assertThat(allows(Role.COMPLAINT_HANDLER, Permission.COMPLAINT_HANDLE, Target.unit(3L).inDepartment(2L))).isTrue();
		assertThat(allows(Role.COMPLAINT_HANDLER, Permission.COMPLAINT_HANDLE, Target.unit(3L).inDepartment(5L))).isFalse();
		assertThat(allows(Role.COMPLAINT_HANDLER, Permission.COMPLAINT_HANDLE, Target.unit(3L))).isFalse();
	}

	@Test
	void theSystemMayDoEverythingAndSomeoneNotSignedInNothing() {
		assertThat(Authorization.allows(Subject.of(Actor.system("job")), Permission.ADMINISTER)).isTrue();
		assertThat(Authorization.allows(Subject.of(Actor.anonymous("1.2.3.4")), Permission.COMPLAINT_REGISTER)).isFalse();
	}
}
