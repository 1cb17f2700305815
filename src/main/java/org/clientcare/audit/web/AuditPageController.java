package org.clientcare.audit.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.audit.internal.RestrictedSubjects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit page (审计日志) for compliance: browse by entity, verify the chain. Each entry reads in the page's
 * language, with the entry exactly as recorded one click away.
 */
@Controller
class AuditPageController {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final RestrictedSubjects restricted;

	private final AuditVocabulary vocabulary;

	AuditPageController(AuditTrail trail, RestrictedSubjects restricted, AuditVocabulary vocabulary) {
		this.trail = trail;
		this.restricted = restricted;
		this.vocabulary = vocabulary;
	}

	@GetMapping("/audit")
	String page(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		String type = blankToNull(entityType);
		String id = blankToNull(entityId);
		int current = Math.max(0, Math.min(page, 100_000));
		long total = trail.count(type, id);
		var entries = trail.entries(type, id, current, PAGE_SIZE);
		model.addAttribute("rows", entries.stream().map(e -> vocabulary.row(e, locale)).toList());
		model.addAttribute("entityTypes", entityTypes(type, locale));
		model.addAttribute("restrictedEntries", restricted.among(entries));
		model.addAttribute("entityType", type);
		model.addAttribute("entityId", id);
		model.addAttribute("page", current);
		model.addAttribute("total", total);
		model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < total);
		return "audit/audit";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", trail.verify());
		return "audit/audit :: verification";
	}

	/** The entity types to filter by, by label, with the one asked for even when the code records it no more. */
	private Map<String, String> entityTypes(String asked, Locale locale) {
		Map<String, String> types = new LinkedHashMap<>();
		Collator collator = Collator.getInstance(locale);
		AuditVocabulary.ENTITY_TYPES.stream()
			.sorted(Comparator.comparing((String type) -> vocabulary.entityType(type, locale), collator))
			.forEach(type -> types.put(type, vocabulary.entityType(type, locale)));
		if (asked != null) {
			types.putIfAbsent(asked, vocabulary.entityType(asked, locale));
		}
		return types;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
