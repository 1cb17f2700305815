package org.clientcare.demo;

import org.clientcare.support.DemoTest;
import org.clientcare.support.TestClockConfiguration;
import org.junit.jupiter.api.Nested;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo loaded on days other than the one the tests run (SPEC §13): each starts the test clock at its moment, in a
 * context and a database of its own, closed after the day's checks. A class of its own beside {@link DemoDataTest},
 * so that the other test JVM loads these days while that one loads the demo of the day the tests run. The class itself
 * is no Spring test: an enclosing {@code @DemoTest} would start the demo of the day the tests run here too, for the
 * instance its nested classes belong to.
 */
class DemoOnOtherDaysTest {

	/** The demo loaded on an ordinary Sunday: the branches are closed and say so; the rest lives on. */
	@Nested
	@DemoTest
	@TestPropertySource(properties = TestClockConfiguration.CLOCK_STARTS_AT + "=2026-11-29T10:30:00")
	@DirtiesContext
	class LoadedOnASunday extends DemoOnItsDay {

		@Override
		boolean branchesOpenToday() {
			return false;
		}
	}

	/** The demo loaded on a Monday of the National Day holidays (2026-10-05). */
	@Nested
	@DemoTest
	@TestPropertySource(properties = TestClockConfiguration.CLOCK_STARTS_AT + "=2026-10-05T10:30:00")
	@DirtiesContext
	class LoadedOnAPublicHoliday extends DemoOnItsDay {

		@Override
		boolean branchesOpenToday() {
			return false;
		}
	}

	/** The demo loaded on the Saturday after the National Day holidays that is worked (调休, 2026-10-10). */
	@Nested
	@DemoTest
	@TestPropertySource(properties = TestClockConfiguration.CLOCK_STARTS_AT + "=2026-10-10T10:30:00")
	@DirtiesContext
	class LoadedOnAWorkedSaturday extends DemoOnItsDay {

		@Override
		boolean branchesOpenToday() {
			return true;
		}

		@Override
		Boolean openWhenLoaded() {
			return true;
		}
	}
}
