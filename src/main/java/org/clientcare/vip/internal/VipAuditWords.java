package org.clientcare.vip.internal;

import java.util.Locale;

import org.clientcare.audit.AuditEntry;
import org.clientcare.audit.AuditWords;
import org.clientcare.vip.VipLevel;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change of a customer's VIP level on the audit page by the VIP level's own name (尊崇, 钻石, 白金, 金; not on the
 * list), as the VIP pages and the approval's summary name it: the change is recorded on the customer, whose from and
 * to otherwise read as customer tiers (黄金, Not tiered) and its codes as they were written (SUPREME, -).
 */
@Component
class VipAuditWords implements AuditWords {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	VipAuditWords(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String describe(AuditEntry entry, String field, Locale locale) {
		if (entry.action() == null || !entry.action().startsWith("vip.change-") || !"customer".equals(entry.entityType())
				|| !(field.equals("from") || field.equals("to")) || entry.after() == null) {
			return null;
		}
		JsonNode value = JSON.readTree(entry.after()).get(field);
		if (value == null || !value.isString()) {
			return null;
		}
		VipLevel level = VipLevel.parse(value.asString());
		if (level == null && !value.asString().equals("-")) {
			return null;
		}
		return messages.getMessage(level == null ? "vip.level.NONE" : "vip.level." + level.name(), null, value.asString(),
				locale);
	}
}
