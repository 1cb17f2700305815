package org.clientcare.customer;

/** Identity documents (证件类型) of SPEC §2. */
public enum IdType {

	RESIDENT_ID(true), PASSPORT(true), HK_MACAO_PERMIT(true), TAIWAN_PERMIT(true), FOREIGN_PERMANENT_RESIDENT(true),
	/** 统一社会信用代码, for corporates and institutions. */
	USCC(false);

	private final boolean personal;

	IdType(boolean personal) {
		this.personal = personal;
	}

	/** Whether the document identifies a natural person (as opposed to an organisation). */
	public boolean personal() {
		return personal;
	}
}
