package org.clientcare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class MatchCountsTest {

	final AtomicLong nanos = new AtomicLong();

	final MatchCounts counts = new MatchCounts(100, Duration.ofMinutes(1), nanos::get);

	final AtomicInteger fullCounts = new AtomicInteger();

	long count(String key, long matches) {
		return counts.count(key, limit -> Math.min(limit, matches), () -> {
			fullCounts.incrementAndGet();
			return matches;
		});
	}

	@Test
	void aSearchWithFewMatchesIsCountedExactlyEveryTimeWithoutAFullCount() {
		assertThat(count("mine", 42)).isEqualTo(42);
		assertThat(count("mine", 43)).isEqualTo(43);
		assertThat(count("mine", 100)).isEqualTo(100);
		assertThat(fullCounts).hasValue(0);
	}

	@Test
	void aSearchWithManyMatchesIsCountedInFullOnceAndReusedForAMinute() {
		assertThat(count("branch", 350_000)).isEqualTo(350_000);
		assertThat(count("branch", 350_001)).isEqualTo(350_000);
		nanos.addAndGet(TimeUnit.SECONDS.toNanos(59));
		assertThat(count("branch", 350_002)).isEqualTo(350_000);
		assertThat(fullCounts).hasValue(1);

		nanos.addAndGet(TimeUnit.SECONDS.toNanos(2));
		assertThat(count("branch", 350_003)).isEqualTo(350_003);
		assertThat(fullCounts).hasValue(2);
	}

	@Test
	void theSameQueryWithTheSameValuesHasTheSameKeyAndOtherValuesAnother() {
		String sql = "c.manager_id = ? and c.phone_hash = ? and c.org_unit_id = any(?)";
		String key = MatchCounts.key(sql, java.util.List.of(3L, new byte[] { 1, 2 }, new Long[] { 7L, 8L }));
		assertThat(MatchCounts.key(sql, java.util.List.of(3L, new byte[] { 1, 2 }, new Long[] { 7L, 8L }))).isEqualTo(key);
		assertThat(MatchCounts.key(sql, java.util.List.of(4L, new byte[] { 1, 2 }, new Long[] { 7L, 8L }))).isNotEqualTo(key);
		assertThat(MatchCounts.key(sql, java.util.List.of(3L, new byte[] { 1, 3 }, new Long[] { 7L, 8L }))).isNotEqualTo(key);
		assertThat(MatchCounts.key(sql, java.util.List.of(3L, new byte[] { 1, 2 }, new Long[] { 7L }))).isNotEqualTo(key);
	}

	@Test
	void differentSearchesAreCountedSeparately() {
		assertThat(count("王", 5_000)).isEqualTo(5_000);
		assertThat(count("李", 7_000)).isEqualTo(7_000);
		assertThat(count("张", 12)).isEqualTo(12);
		assertThat(fullCounts).hasValue(2);
	}
}
