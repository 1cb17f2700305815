package org.clientcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.clientcare.identity.DataScope.Reach;
import org.clientcare.shared.Actor;
import org.junit.jupiter.api.Test;

/** The data-scope rule of SPEC §1, one role at a time. */
class DataScopeRuleTest {

	static final Set<Long> SHANGHAI_SUBTREE = Set.of(2L, 3L, 4L);

	static DataScope scopeOf(Role role) {
		return DataScope.of(new Actor("someone", role.name(), 42L, 2L, "test"), role,
				role == Role.BRANCH_MANAGER ? SHANGHAI_SUBTREE : Set.of());
	}

	@Test
	void anAccountManagerSeesTheCustomersAssignedToIt() {
		assertThat(scopeOf(Role.ACCOUNT_MANAGER)).isEqualTo(new DataScope(Reach.OWN, 42L, Set.of(), false));
	}

	@Test
	void aBranchManagerSeesItsUnitAndTheUnitsBelow() {
		assertThat(scopeOf(Role.BRANCH_MANAGER)).isEqualTo(new DataScope(Reach.SUBTREE, 42L, SHANGHAI_SUBTREE, false));
	}

	@Test
	void serviceAgentsSeeEveryCustomerButAlwaysMasked() {
		assertThat(scopeOf(Role.SERVICE_AGENT).reach()).isEqualTo(Reach.ALL);
		assertThat(scopeOf(Role.SERVICE_AGENT).masked()).isTrue();
	}

	@Test
	void complianceAndAdministratorsSeeEveryCustomerAndMayHaveItRevealed() {
		assertThat(scopeOf(Role.COMPLIANCE)).extracting(DataScope::reach, DataScope::masked).containsExactly(Reach.ALL, false);
		assertThat(scopeOf(Role.ADMIN)).extracting(DataScope::reach, DataScope::masked).containsExactly(Reach.ALL, false);
	}

	@Test
	void aComplaintHandlerSeesThroughItsDepartmentMasked() {
		assertThat(scopeOf(Role.COMPLAINT_HANDLER)).isEqualTo(new DataScope(Reach.DEPARTMENT, 42L, Set.of(2L), true));
	}

	@Test
	void theIntegrationUserSeesNoCustomer() {
		assertThat(scopeOf(Role.INTEGRATION).reach()).isEqualTo(Reach.NONE);
	}
}
