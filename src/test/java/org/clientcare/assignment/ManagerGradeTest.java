package org.clientcare.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManagerGradeTest {

	@Test
	void aManagerWith41CreditCustomersIsGradeAAndWith40GradeB() {
		assertThat(ManagerGrade.of(41)).isEqualTo(ManagerGrade.A);
		assertThat(ManagerGrade.of(40)).isEqualTo(ManagerGrade.B);
	}

	@ParameterizedTest(name = "{0} credit customers make grade {1}")
	@CsvSource({ "200, A", "41, A", "40, B", "31, B", "30, C", "21, C", "20, D", "11, D", "10, E", "1, E", "0, E" })
	void eachGradeCoversItsBandOfCreditCustomers(int creditCustomers, ManagerGrade grade) {
		assertThat(ManagerGrade.of(creditCustomers)).isEqualTo(grade);
	}

	@Test
	void anInstitutionMayMoveTheLimits() {
		var limits = new ManagerGrade.Thresholds(60, 45, 30, 15);

		assertThat(ManagerGrade.of(41, limits)).isEqualTo(ManagerGrade.C);
		assertThat(ManagerGrade.of(61, limits)).isEqualTo(ManagerGrade.A);
	}

	@Test
	void limitsThatDoNotFallFromAToDAreRefused() {
		assertThatThrownBy(() -> new ManagerGrade.Thresholds(30, 40, 20, 10)).isInstanceOf(IllegalArgumentException.class);
	}
}
