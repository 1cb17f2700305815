package org.clientcare.casework;

import java.util.List;

/**
 * A new version of a case type's template, as an administrator writes it.
 *
 * @param refusalNoticeLimit how soon a rejected case's customer must have the refusal notice, with its unit; none
 *                           when both are absent
 */
public record PublishTemplate(String nameZh, String nameEn, Integer refusalNoticeLimit, LimitUnit refusalNoticeUnit,
		List<Stage> stages) {

	/** A stage: its limit, the limit when the case is complex (optional), whether the customer is told on entry. */
	public record Stage(String code, String nameZh, String nameEn, String customerTextZh, String customerTextEn,
			Integer limit, LimitUnit unit, Integer complexLimit, LimitUnit complexUnit, Boolean notifyCustomer) {
	}
}
