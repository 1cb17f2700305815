package org.clientcare.casework;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One version of a case type's stage template. Admins publish a new version; a case keeps the version it started
 * with.
 *
 * @param refusalNotice how soon a rejected case's customer must have the refusal notice (insurance claims: 3 days),
 *                      or {@code null}
 */
public record CaseTemplate(long id, CaseType type, int version, String nameZh, String nameEn, StageLimit refusalNotice,
		List<Stage> stages, Instant createdAt, String createdBy) {

	public CaseTemplate {
		stages = List.copyOf(stages);
	}

	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}

	/** The stage at a position (1 is the first). */
	public Stage stage(int position) {
		return stages.get(position - 1);
	}

	/** The stage after {@code position}, none after the last. */
	public Optional<Stage> after(int position) {
		return position < stages.size() ? Optional.of(stages.get(position)) : Optional.empty();
	}

	/**
	 * A stage of a template.
	 *
	 * @param customerTextZh what the customer reads on the public progress page and in the notice, in plain words
	 * @param complexLimit   the limit when the case is complex (an insurance claim's decision: 30 days), or {@code null}
	 * @param notifyCustomer whether the customer is told when the case enters the stage
	 */
	public record Stage(int position, String code, String nameZh, String nameEn, String customerTextZh,
			String customerTextEn, StageLimit limit, StageLimit complexLimit, boolean notifyCustomer) {

		public String name(Locale locale) {
			return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
		}

		public String customerText(Locale locale) {
			return "zh".equals(locale.getLanguage()) ? customerTextZh : customerTextEn;
		}

		/** The limit that applies to a case, complex or not. */
		public StageLimit limitFor(boolean complex) {
			return complex && complexLimit != null ? complexLimit : limit;
		}
	}
}
