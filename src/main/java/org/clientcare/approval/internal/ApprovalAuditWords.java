package org.clientcare.approval.internal;

import java.util.Locale;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.audit.AuditEntry;
import org.clientcare.audit.AuditWords;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An approval request's summary on the audit page as the approvals page words it, in the reader's language: the
 * trail records the maker's sentence ({@code VIP 2026 C0000000274: - -> GOLD}), which would show the request's codes
 * to a reader of another language.
 */
@Component
class ApprovalAuditWords implements AuditWords {

	private final ApprovalRequests requests;

	private final ApprovalManagement approvals;

	private final MessageSource messages;

	ApprovalAuditWords(ApprovalRequests requests, ApprovalManagement approvals, MessageSource messages) {
		this.requests = requests;
		this.approvals = approvals;
		this.messages = messages;
	}

	@Override
	public String describe(AuditEntry entry, String field, Locale locale) {
		if (!"approval".equals(entry.entityType()) || !"summary".equals(field) || entry.entityId() == null
				|| !entry.entityId().matches("\\d{1,18}")) {
			return null;
		}
		return requests.find(Long.parseLong(entry.entityId()))
			.map(request -> approvals.describe(request, messages, locale))
			.orElse(null);
	}
}
