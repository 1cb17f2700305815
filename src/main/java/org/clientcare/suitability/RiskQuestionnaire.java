package org.clientcare.suitability;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A version of the risk questionnaire (风险测评问卷): questions with scored options, and the bands that turn a total
 * score into a level (a band starts at its {@code minScore}).
 */
public record RiskQuestionnaire(int version, Instant publishedAt, String publishedBy, List<Question> questions,
		List<Band> bands) {

	public record Question(String id, String textZh, String textEn, List<Option> options) {

		public Optional<Option> option(String id) {
			return options.stream().filter(o -> o.id().equals(id)).findFirst();
		}

		public String text(Locale locale) {
			return "zh".equals(locale.getLanguage()) ? textZh : textEn;
		}
	}

	public record Option(String id, String textZh, String textEn, int score) {

		public String text(Locale locale) {
			return "zh".equals(locale.getLanguage()) ? textZh : textEn;
		}
	}

	public record Band(RiskTolerance level, int minScore) {
	}

	/** The level of a total score: the highest band it reaches. */
	public RiskTolerance levelOf(int score) {
		RiskTolerance level = RiskTolerance.C1;
		for (Band band : bands) {
			if (score >= band.minScore() && band.level().compareTo(level) >= 0) {
				level = band.level();
			}
		}
		return level;
	}
}
