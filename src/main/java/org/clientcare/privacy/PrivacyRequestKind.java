package org.clientcare.privacy;

/** What a data subject asks for (PIPL Arts. 44–47). */
public enum PrivacyRequestKind {
	/** 查阅、复制: see and copy everything held (answered with the export). */
	ACCESS,
	/** 更正、补充: correct or complete the data. */
	CORRECTION,
	/** 撤回同意: withdraw a consent. */
	CONSENT_WITHDRAWAL,
	/** 删除: delete the data; restricted while the law still requires keeping it. */
	DELETION
}
