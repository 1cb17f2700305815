package org.clientcare.visit;

/** How the visit took place. */
public enum VisitMethod {
	ON_SITE, PHONE, SMS, ONLINE
}
