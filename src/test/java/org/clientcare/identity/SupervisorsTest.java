package org.clientcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.clientcare.identity.OrgUnit.Kind;
import org.junit.jupiter.api.Test;

class SupervisorsTest {

	static final OrgUnit HQ = new OrgUnit(1, "HQ", "总行", "Head office", Kind.HEAD_OFFICE, null, "/1/");
	static final OrgUnit SH = new OrgUnit(2, "SH", "上海分行", "Shanghai", Kind.BRANCH, 1L, "/1/2/");
	static final OrgUnit PD = new OrgUnit(3, "SH-PD", "浦东支行", "Pudong", Kind.SUB_BRANCH, 2L, "/1/2/3/");
	static final OrgUnit XH = new OrgUnit(4, "SH-XH", "徐汇支行", "Xuhui", Kind.SUB_BRANCH, 2L, "/1/2/4/");

	static final StaffUser ADMIN = staff(10, Role.ADMIN, HQ, true);
	static final StaffUser SH_MANAGER = staff(11, Role.BRANCH_MANAGER, SH, true);
	static final StaffUser PD_MANAGER = staff(12, Role.BRANCH_MANAGER, PD, true);
	static final StaffUser XH_MANAGER_GONE = staff(13, Role.BRANCH_MANAGER, XH, false);

	final AtomicInteger lookups = new AtomicInteger();

	Supervisors supervisors(List<StaffUser> managers) {
		Map<Long, OrgUnit> units = Map.of(1L, HQ, 2L, SH, 3L, PD, 4L, XH);
		return new Supervisors(managers, List.of(ADMIN), id -> {
			lookups.incrementAndGet();
			return Optional.ofNullable(units.get(id));
		});
	}

	@Test
	void workInASubBranchGoesToItsOwnBranchManager() {
		assertThat(supervisors(List.of(SH_MANAGER, PD_MANAGER)).of(PD.id())).containsExactly(PD_MANAGER);
	}

	@Test
	void aUnitWithoutAManagerOfItsOwnIsSupervisedByTheNearestUnitAboveThatHasOne() {
		assertThat(supervisors(List.of(SH_MANAGER, PD_MANAGER, XH_MANAGER_GONE)).of(XH.id()))
			.as("Xuhui's only manager is disabled").containsExactly(SH_MANAGER);
	}

	@Test
	void withNoBranchManagerOnThePathTheAdministratorsAnswer() {
		assertThat(supervisors(List.of(PD_MANAGER)).of(XH.id())).containsExactly(ADMIN);
		assertThat(supervisors(List.of(PD_MANAGER)).of(99)).as("an unknown unit").containsExactly(ADMIN);
		assertThat(supervisors(List.of(PD_MANAGER)).withoutUnit()).containsExactly(ADMIN);
	}

	@Test
	void aBatchLooksEachUnitUpOnce() {
		Supervisors batch = supervisors(List.of(SH_MANAGER, PD_MANAGER));
		for (int i = 0; i < 100; i++) {
			batch.of(PD.id());
			batch.of(XH.id());
		}
		assertThat(lookups).hasValue(2);
	}

	static StaffUser staff(long id, Role role, OrgUnit unit, boolean enabled) {
		return new StaffUser(id, "user" + id, "User " + id, role, unit.id(), "user" + id + "@bank.example", enabled);
	}
}
