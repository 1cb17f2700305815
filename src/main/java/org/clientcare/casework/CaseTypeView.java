package org.clientcare.casework;

import java.util.List;
import java.util.Locale;

/**
 * A case type with its current template, as §12's {@code GET /api/v1/case-types} shows it: names in the caller's
 * language, and both names for editing.
 */
public record CaseTypeView(CaseType code, String name, String nameZh, String nameEn, int version,
		StageLimit refusalNotice, List<StageView> stages) {

	public static CaseTypeView of(CaseTemplate template, Locale locale) {
		return new CaseTypeView(template.type(), template.name(locale), template.nameZh(), template.nameEn(),
				template.version(), template.refusalNotice(), template.stages().stream().map(s -> new StageView(s.code(),
						s.name(locale), s.nameZh(), s.nameEn(), s.customerTextZh(), s.customerTextEn(), s.limit().amount(),
						s.limit().unit(), s.complexLimit() == null ? null : s.complexLimit().amount(),
						s.complexLimit() == null ? null : s.complexLimit().unit(), s.notifyCustomer()))
					.toList());
	}

	/** A stage: {@code limit} in {@code unit}, and the limit when the case is complex if it differs. */
	public record StageView(String code, String name, String nameZh, String nameEn, String customerTextZh,
			String customerTextEn, int limit, LimitUnit unit, Integer complexLimit, LimitUnit complexUnit,
			boolean notifyCustomer) {
	}
}
