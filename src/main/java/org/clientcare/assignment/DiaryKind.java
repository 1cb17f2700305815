package org.clientcare.assignment;

/** What a diary entry records: a visit (走访), a phone call, or a note. */
public enum DiaryKind {
	VISIT, PHONE, NOTE
}
