package org.clientcare.suitability;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.suitability.RiskQuestionnaire.Band;
import org.clientcare.suitability.RiskQuestionnaire.Question;
import org.clientcare.suitability.internal.QuestionnaireVersions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk questionnaire (风险测评问卷), versioned: every staff member reads the current version; administrators
 * publish a new one (audited), which applies to assessments from then on — earlier assessments keep their version.
 */
@Service
public class RiskQuestionnaires {

	private final QuestionnaireVersions versions;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final Clock clock;

	RiskQuestionnaires(QuestionnaireVersions versions, IdentityManagement identity, AuditTrail audit, Clock clock) {
		this.versions = versions;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public RiskQuestionnaire current() {
		return versions.version(versions.latest());
	}

	@Transactional(readOnly = true)
	public RiskQuestionnaire version(int version) {
		return versions.version(version);
	}

	/**
	 * Publishes a new version (administrators only): at least one question, each with at least two options of distinct
	 * ids and non-negative scores, and a band for every level starting at increasing scores.
	 */
	@Transactional
	public RiskQuestionnaire publish(List<Question> questions, List<Band> bands) {
		identity.requireAdmin();
		validate(questions, bands);
		int before = versions.latest();
		int version = before + 1;
		versions.insert(version, questions, bands, clock.instant(), CurrentActor.get().username());
		RiskQuestionnaire published = version(version);
		audit.record("risk-questionnaire.published", "risk-questionnaire", version, Map.of("version", before),
				Map.of("version", version, "questions", questions.size(), "bands",
						bands.stream().map(b -> b.level() + "≥" + b.minScore()).toList()));
		return published;
	}

	private static void validate(List<Question> questions, List<Band> bands) {
		var problems = new InvalidInput.Collector();
		if (questions == null || questions.isEmpty()) {
			problems.add("questions", "required", "At least one question");
		}
		else {
			Set<String> ids = new HashSet<>();
			for (int i = 0; i < questions.size(); i++) {
				Question q = questions.get(i);
				String field = "questions[" + i + "]";
				if (q.id() == null || !q.id().matches("[A-Za-z0-9_-]{1,32}") || !ids.add(q.id())) {
					problems.add(field + ".id", "format", "A unique id of letters, digits, '-' or '_'");
				}
				if (blank(q.textZh()) || blank(q.textEn())) {
					problems.add(field + ".text", "required", "The question in Chinese and English");
				}
				Set<String> optionIds = new HashSet<>();
				if (q.options() == null || q.options().size() < 2 || q.options().stream().anyMatch(o -> o.id() == null
						|| !o.id().matches("[A-Za-z0-9_-]{1,32}") || !optionIds.add(o.id()) || o.score() < 0
						|| blank(o.textZh()) || blank(o.textEn()))) {
					problems.add(field + ".options", "invalid", "Two or more options with unique ids, texts and scores ≥ 0");
				}
			}
		}
		if (bands == null || bands.size() != RiskTolerance.values().length
				|| bands.stream().anyMatch(b -> b == null || b.level() == null)
				|| bands.stream().map(Band::level).distinct().count() != RiskTolerance.values().length
				|| !increasing(bands)) {
			problems.add("bands", "invalid", "One band per level C1–C5, starting at increasing scores");
		}
		problems.throwIfAny();
	}

	private static boolean increasing(List<Band> bands) {
		List<Band> sorted = bands.stream().sorted(java.util.Comparator.comparing(Band::level)).toList();
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).minScore() <= sorted.get(i - 1).minScore()) {
				return false;
			}
		}
		return true;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank() || text.length() > 500;
	}
}
