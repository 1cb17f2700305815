package org.clientcare.care;

/** What a customer event is: a lecture (专题讲座), a customer exchange (客户交流会), an outdoor activity (户外活动). */
public enum EventKind {
	LECTURE, EXCHANGE, OUTDOOR
}
