package org.clientcare.identity;

/**
 * An org unit (机构): head office, branch, sub-branch or department, placed in a tree by {@code path}
 * ({@code /1/4/7/}: the ids from the root down to this unit).
 */
public record OrgUnit(long id, String code, String nameZh, String nameEn, Kind kind, Long parentId, String path) {

	public String name(java.util.Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}

	public enum Kind {
		HEAD_OFFICE, BRANCH, SUB_BRANCH, DEPARTMENT
	}
}
