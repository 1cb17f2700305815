package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.clientcare.customer.CustomerScope.Reach;
import org.clientcare.identity.DataScope;
import org.junit.jupiter.api.Test;

/** Identity's data scope resolved into the customers it reaches. */
class CustomerScopeTest {

	static CustomerScope resolve(DataScope scope) {
		return CustomerScope.of(scope, department -> department == 9L ? Set.of(100L, 101L) : Set.of());
	}

	@Test
	void everyCustomerForWhoeverSeesAll() {
		assertThat(resolve(DataScope.all())).isEqualTo(CustomerScope.everyone());
	}

	@Test
	void noCustomerForWhoeverSeesNone() {
		assertThat(resolve(DataScope.none())).isEqualTo(CustomerScope.nobody());
	}

	@Test
	void anAccountManagersOwnScopeIsTheCustomersItManages() {
		var scope = resolve(new DataScope(DataScope.Reach.OWN, 42L, Set.of(), false));

		assertThat(scope.reach()).isEqualTo(Reach.MANAGED_BY);
		assertThat(scope.managerId()).isEqualTo(42L);
	}

	@Test
	void aBranchManagersSubtreeIsTheCustomersOfThoseUnits() {
		var scope = resolve(new DataScope(DataScope.Reach.SUBTREE, 7L, Set.of(2L, 3L), false));

		assertThat(scope.reach()).isEqualTo(Reach.IN_UNITS);
		assertThat(scope.orgUnitIdArray()).containsExactlyInAnyOrder(2L, 3L);
	}

	@Test
	void aComplaintHandlersDepartmentReachesTheCustomersOfItsComplaints() {
		var scope = resolve(new DataScope(DataScope.Reach.DEPARTMENT, 5L, Set.of(9L), true));

		assertThat(scope.reach()).isEqualTo(Reach.LISTED);
		assertThat(scope.customerIdArray()).containsExactlyInAnyOrder(100L, 101L);
	}

	@Test
	void aDepartmentWithoutComplaintsReachesNoCustomer() {
		var scope = resolve(new DataScope(DataScope.Reach.DEPARTMENT, 5L, Set.of(8L), true));

		assertThat(scope.customerIds()).isEmpty();
	}
}
