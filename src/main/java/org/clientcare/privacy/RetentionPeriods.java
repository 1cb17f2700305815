package org.clientcare.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.clientcare.customer.DataCategory;
import org.clientcare.shared.problem.InvalidInput;

/**
 * The retention period of each category of data (SPEC §11) and the rule a change must keep: a period of at least a
 * month and at most 50 years, and never less than the law's minimum — identity data and transaction records 10 years
 * after the relationship ends (AML law 2024 Art. 34). The customer record itself goes when the longest has passed
 * ({@link #longest()}): every other record names the customer. Spring-free.
 *
 * @param periods every category's period
 */
public record RetentionPeriods(Map<DataCategory, Period> periods) {

	/** A reason a period is refused. */
	public record Problem(String code, String message) {
	}

	public RetentionPeriods {
		periods = java.util.Collections.unmodifiableMap(new EnumMap<>(periods));
	}

	public Period of(DataCategory category) {
		return periods.get(category);
	}

	/** The longest period of all: when it has passed, the customer is anonymised as a whole. */
	public Period longest() {
		Period longest = Period.ZERO;
		for (Period period : periods.values()) {
			if (PrivacySettings.longer(period, longest)) {
				longest = period;
			}
		}
		return longest;
	}

	/** Whether the category goes before the customer as a whole (its period is shorter than the longest). */
	public boolean goesEarly(DataCategory category) {
		return category != DataCategory.IDENTITY && PrivacySettings.longer(longest(), of(category));
	}

	/** Why a period may not be set for a category, if it may not. */
	public static Optional<Problem> problem(DataCategory category, Period period) {
		if (period == null || period.isNegative() || PrivacySettings.longer(Period.ofMonths(1), period)) {
			return Optional.of(new Problem("too-short", "A retention period of at least one month"));
		}
		if (PrivacySettings.longer(period, Period.ofYears(50))) {
			return Optional.of(new Problem("too-long", "A retention period of at most 50 years"));
		}
		if (category.lawfulMinimum().filter(minimum -> PrivacySettings.longer(minimum, period)).isPresent()) {
			return Optional.of(new Problem("below-legal-minimum", "The AML law (2024, Art. 34) keeps " + category.key()
					+ " at least " + category.lawfulMinimum().get().getYears() + " years after the relationship ends"));
		}
		return Optional.empty();
	}

	/**
	 * These periods with the changes asked for, by category key ({@code identity}, {@code marketing}, …) and ISO-8601
	 * period ({@code P10Y}, {@code P3Y6M}); every refusal is {@link InvalidInput} naming {@code retention.<key>}.
	 */
	public RetentionPeriods with(Map<String, String> changes) {
		Map<DataCategory, Period> changed = new EnumMap<>(periods);
		var problems = new InvalidInput.Collector();
		changes.forEach((key, text) -> {
			String field = "retention." + key;
			Optional<DataCategory> category = DataCategory.ofKey(key);
			if (category.isEmpty()) {
				problems.add(field, "unknown", "No such category of data");
				return;
			}
			Period period;
			try {
				period = text == null ? null : Period.parse(text.strip());
			}
			catch (DateTimeParseException e) {
				problems.add(field, "format", "An ISO-8601 period such as P10Y or P3Y6M");
				return;
			}
			Optional<Problem> problem = problem(category.get(), period);
			if (problem.isPresent()) {
				problems.add(field, problem.get().code(), problem.get().message());
				return;
			}
			changed.put(category.get(), period);
		});
		problems.throwIfAny();
		return new RetentionPeriods(changed);
	}

	/** The last day a category of a relationship that ended on {@code ended} is kept. */
	public LocalDate keptUntil(DataCategory category, LocalDate ended) {
		return ended.plus(of(category));
	}
}
