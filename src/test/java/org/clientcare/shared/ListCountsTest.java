package org.clientcare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ListCountsTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void upToTheLimitTheMatchesAreCountedExactly() {
		var counts = new ListCounts(jdbc, null, 20);

		assertThat(counts.count("from generate_series(1, ?) g", List.of(7))).isEqualTo(new ListCount(7, false));
		assertThat(counts.count("from generate_series(1, ?) g", List.of(20))).isEqualTo(new ListCount(20, false));
	}

	@Test
	void pastTheLimitTheTotalIsThePlannersEstimateOfTheSameQueryWithItsValues() {
		var counts = new ListCounts(jdbc, null, 20);

		// PostgreSQL estimates generate_series with known bounds exactly: the value was bound into the plan
		assertThat(counts.count("from generate_series(1, ?) g", List.of(5_000))).isEqualTo(new ListCount(5_000, true));
		assertThat(counts.count("from generate_series(1, ?) g", List.of(21))).isEqualTo(new ListCount(21, true));
	}

	@Test
	void anEstimateBelowTheLimitIsRaisedToOneMoreThanTheLimitAsThatManyWereCounted() {
		var counts = new ListCounts(jdbc, null, 20);

		// 50 rows match, but the planner guesses a third of them for an inequality it knows nothing about
		assertThat(counts.count("from generate_series(1, ?) g where g > ?", List.of(50, 0)))
			.isEqualTo(new ListCount(21, true));
	}
}
