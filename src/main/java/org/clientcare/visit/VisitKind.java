package org.clientcare.visit;

/** Routine (常规拜访) or business (业务拜访) visit. */
public enum VisitKind {
	ROUTINE, BUSINESS
}
