package org.clientcare.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clientcare.audit.AuditTrail;
import org.clientcare.casework.internal.CaseTemplates;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case types and their stage templates (§8). Everyone signed in reads the current templates; administrators publish a
 * new version of a type's template, which new cases follow while open cases keep theirs.
 */
@Service
public class CaseTypeManagement {

	private static final String CODE = "[A-Z][A-Z0-9_]{0,31}";

	private final CaseTemplates templates;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final Clock clock;

	CaseTypeManagement(CaseTemplates templates, IdentityManagement identity, AuditTrail audit, Clock clock) {
		this.templates = templates;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every type with its current template, in the caller's language. */
	@Transactional(readOnly = true)
	public List<CaseTypeView> types() {
		return templates.current().stream().map(t -> CaseTypeView.of(t, LocaleContextHolder.getLocale())).toList();
	}

	@Transactional(readOnly = true)
	public CaseTemplate current(CaseType type) {
		return templates.current(type).orElseThrow();
	}

	/** Every version of a type's template, newest first. */
	@Transactional(readOnly = true)
	public List<CaseTemplate> versions(CaseType type) {
		return templates.versions(type);
	}

	/**
	 * Publishes the next version of a type's template (administrators only). Refuses a template without stages, a
	 * stage without code, names, customer text or a positive limit with its unit, and repeated stage codes (400 naming
	 * the field); answers 409 when another administrator published a version at the same moment.
	 */
	@Transactional
	public CaseTypeView publish(CaseType type, PublishTemplate command) {
		identity.requireAdmin();
		CaseTemplate previous = current(type);
		CaseTemplate next = validated(type, previous.version() + 1, command);
		Instant now = clock.instant();
		templates.insert(next, now)
			.orElseThrow(() -> new Conflict("version-taken", "Another version of this template was just published"));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("version", next.version());
		after.put("stages", next.stages().stream().map(s -> s.code() + " " + s.limit()).toList());
		audit.record("case-template.published", "case-template", type.name(),
				Map.of("version", previous.version(), "stages",
						previous.stages().stream().map(s -> s.code() + " " + s.limit()).toList()),
				after);
		return CaseTypeView.of(current(type), LocaleContextHolder.getLocale());
	}

	private static CaseTemplate validated(CaseType type, int version, PublishTemplate command) {
		var problems = new InvalidInput.Collector();
		text(problems, "nameZh", command.nameZh(), 100);
		text(problems, "nameEn", command.nameEn(), 100);
		List<PublishTemplate.Stage> stages = command.stages() == null ? List.of() : command.stages();
		if (stages.isEmpty() || stages.size() > 20) {
			problems.add("stages", "size", "One to 20 stages");
		}
		Set<String> codes = new HashSet<>();
		List<CaseTemplate.Stage> valid = new ArrayList<>();
		for (int i = 0; i < stages.size(); i++) {
			PublishTemplate.Stage s = stages.get(i);
			String at = "stages[" + i + "].";
			if (s == null) {
				problems.add("stages[" + i + "]", "required", "A stage");
				continue;
			}
			if (s.code() == null || !s.code().matches(CODE) || !codes.add(s.code())) {
				problems.add(at + "code", "format", "An upper-case code, unique in the template");
			}
			text(problems, at + "nameZh", s.nameZh(), 100);
			text(problems, at + "nameEn", s.nameEn(), 100);
			text(problems, at + "customerTextZh", s.customerTextZh(), 200);
			text(problems, at + "customerTextEn", s.customerTextEn(), 200);
			StageLimit limit = limit(problems, at + "limit", s.limit(), s.unit(), true);
			StageLimit complex = limit(problems, at + "complexLimit", s.complexLimit(), s.complexUnit(), false);
			if (!problems.has(at + "code") && limit != null) {
				valid.add(new CaseTemplate.Stage(i + 1, s.code(), strip(s.nameZh()), strip(s.nameEn()),
						strip(s.customerTextZh()), strip(s.customerTextEn()), limit, complex,
						Boolean.TRUE.equals(s.notifyCustomer())));
			}
		}
		StageLimit refusal = limit(problems, "refusalNotice", command.refusalNoticeLimit(),
				command.refusalNoticeUnit(), false);
		problems.throwIfAny();
		return new CaseTemplate(0, type, version, strip(command.nameZh()), strip(command.nameEn()), refusal, valid,
				null, CurrentActor.get().username());
	}

	private static void text(InvalidInput.Collector problems, String field, String value, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			problems.add(field, "required", "Up to " + max + " characters, not blank");
		}
	}

	private static StageLimit limit(InvalidInput.Collector problems, String field, Integer amount, LimitUnit unit,
			boolean required) {
		if (amount == null && unit == null && !required) {
			return null;
		}
		if (amount == null || amount <= 0 || amount > 3650 || unit == null) {
			problems.add(field, "range", "A limit of 1 to 3650 with its unit (CALENDAR_DAYS, WORKING_DAYS, HOURS)");
			return null;
		}
		return new StageLimit(amount, unit);
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}
}
