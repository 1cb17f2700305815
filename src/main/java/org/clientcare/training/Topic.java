package org.clientcare.training;

/** What a course teaches (课程主题). */
public enum Topic {
	COMPLIANCE, PRODUCTS, COMMUNICATION, RISK, LAW
}
