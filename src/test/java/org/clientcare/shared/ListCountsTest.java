package org.clientcare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ListCountsTest {

	@Autowired
	JdbcClient jdbc;

	final AtomicLong nanos = new AtomicLong();

	ListCounts counts() {
		return new ListCounts(jdbc, null, 20, Duration.ofMinutes(1), nanos::get);
	}

	@Test
	void upToTheLimitTheMatchesAreCountedExactly() {
		var counts = counts();

		assertThat(counts.count("from generate_series(1, ?) g", List.of(7))).isEqualTo(new ListCount(7, false));
		assertThat(counts.count("from generate_series(1, ?) g", List.of(20))).isEqualTo(new ListCount(20, false));
	}

	@Test
	void pastTheLimitTheTotalIsThePlannersEstimateOfTheSameQueryWithItsValues() {
		var counts = counts();

		// PostgreSQL estimates generate_series with known bounds exactly: the value was bound into the plan
		assertThat(counts.count("from generate_series(1, ?) g", List.of(5_000))).isEqualTo(new ListCount(5_000, true));
		assertThat(counts.count("from generate_series(1, ?) g", List.of(21))).isEqualTo(new ListCount(21, true));
	}

	@Test
	void anEstimateBelowTheLimitIsRaisedToOneMoreThanTheLimitAsThatManyWereCounted() {
		var counts = counts();

		// 50 rows match, but the planner guesses a third of them for an inequality it knows nothing about
		assertThat(counts.count("from generate_series(1, ?) g where g > ?", List.of(50, 0)))
			.isEqualTo(new ListCount(21, true));
	}

	@Test
	void aRepeatedListReusesItsEstimateForAMinuteInsteadOfPlanningAgain() {
		var counts = counts();
		String table = "list_counts_probe_" + System.nanoTime();
		jdbc.sql("create table " + table + " (n int)").update();
		try {
			jdbc.sql("insert into " + table + " select g from generate_series(1, 100) g").update();
			jdbc.sql("analyze " + table).update();
			assertThat(counts.count("from " + table + " where n > ?", List.of(0))).isEqualTo(new ListCount(100, true));

			jdbc.sql("insert into " + table + " select g from generate_series(101, 1000) g").update();
			jdbc.sql("analyze " + table).update();
			assertThat(counts.count("from " + table + " where n > ?", List.of(0))).as("within the minute")
				.isEqualTo(new ListCount(100, true));
			assertThat(counts.count("from " + table + " where n > ?", List.of(1))).as("other values, another estimate")
				.isEqualTo(new ListCount(999, true));

			nanos.addAndGet(Duration.ofSeconds(61).toNanos());
			assertThat(counts.count("from " + table + " where n > ?", List.of(0))).as("a minute later")
				.isEqualTo(new ListCount(1000, true));
		}
		finally {
			jdbc.sql("drop table " + table).update();
		}
	}

	@Test
	void whileItsEstimateIsKeptARepeatedLargeListIsNotCountedAgain() {
		var counts = counts();
		String table = "list_counts_probe_" + System.nanoTime();
		jdbc.sql("create table " + table + " (n int)").update();
		try {
			jdbc.sql("insert into " + table + " select g from generate_series(1, 100) g").update();
			jdbc.sql("analyze " + table).update();
			assertThat(counts.count("from " + table + " where n > ?", List.of(0))).isEqualTo(new ListCount(100, true));

			// had the limited count run again, it would find the 5 rows left and answer them exactly
			jdbc.sql("delete from " + table + " where n > 5").update();
			assertThat(counts.count("from " + table + " where n > ?", List.of(0))).as("within the minute: not counted")
				.isEqualTo(new ListCount(100, true));
			assertThat(counts.count("from " + table + " where n > ?", List.of(1))).as("other values are counted")
				.isEqualTo(new ListCount(4, false));

			nanos.addAndGet(Duration.ofSeconds(61).toNanos());
			assertThat(counts.count("from " + table + " where n > ?", List.of(0))).as("a minute later, counted again")
				.isEqualTo(new ListCount(5, false));
		}
		finally {
			jdbc.sql("drop table " + table).update();
		}
	}
}
