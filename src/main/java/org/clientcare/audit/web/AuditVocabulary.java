package org.clientcare.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.clientcare.audit.AuditEntry;
import org.clientcare.audit.AuditWords;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit trail in words (审计日志的可读形式): an entry's action, entity type and origin by their labels, and its
 * recorded states as a short list of fields, with every enum code by the label the rest of the application shows
 * for it. What has no label is shown as recorded, so that nothing an auditor should see is lost in translation.
 */
@Component
public class AuditVocabulary {

	/** The entity types the code records, in the order the filter offers them (their labels sort them per language). */
	static final List<String> ENTITY_TYPES = List.of("account", "appointment", "approval", "assistant_not_handled_set",
			"assistant_question", "assistant_synonym_set", "calendar_year", "campaign", "care-occasion", "care-task",
			"case", "case-template", "complaint", "complaint-report", "complaint_action", "complaint_category",
			"complaint_cause", "customer", "customer-import", "event", "faq", "import", "inquiry", "job", "kpi_definition",
			"kpi_export", "notification", "org_unit", "pii_rotation", "privacy-request", "product", "remediation",
			"retention-settings", "revisit", "risk-questionnaire", "sale-recording", "suitability-alert", "tier-settings",
			"training_assessment", "training_course", "transaction", "user", "vip-programme", "visit", "walk_in");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	/** A moment as recorded ({@code 2026-12-04T00:41:11.218699Z}), shown in the institution's time as the page's times. */
	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

	private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** A code with what it names ({@code REVISIT 45}: the hesitation-period revisit 45), as a remediation's source. */
	private static final Pattern CODE_OF = Pattern.compile("([A-Z][A-Z0-9_]*) (\\S+)");

	/** A record named by its entity type and id ({@code complaint 51}), as an approval's subject. */
	private static final Pattern RECORD = Pattern.compile("([a-z][a-z_-]*) (\\S+)");

	/** A list of codes written as text ({@code [RETIREMENT, EDUCATION]}). */
	/** The recorded fields that hold an amount of money. */
	private static final java.util.Set<String> MONEY = java.util.Set.of("amount", "refundAmount", "avgDailyDeposits");

	/** A decimal number written out as text (an amount recorded by its plain string). */
	private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern CODES = Pattern.compile("\\[[A-Z][A-Z0-9_]*(?:, [A-Z][A-Z0-9_]*)*]");

	/** Fields whose codes carry another name's labels: {@code entityType.field} or {@code field}, to key prefixes. */
	private static final Map<String, List<String>> LABELS = Map.ofEntries(
			Map.entry("complaint_action.status", List.of("action.status")),
			Map.entry("complaint.step", List.of("complaint.event")),
			Map.entry("complaint.sla", List.of("complaint.breach")),
			Map.entry("complaint.reason", List.of("complaint.pauseReason")),
			Map.entry("inquiry.step", List.of("inquiry.event")),
			Map.entry("case.step", List.of("case.event")),
			Map.entry("customer.channel", List.of("consent.channel")),
			Map.entry("customer.kind", List.of("desk.diary.kind")),
			Map.entry("customer.stage", List.of("opportunity.stage")),
			Map.entry("customer.to", List.of("tier")),
			Map.entry("customer.source", List.of("assignment.source")),
			Map.entry("customerLevel", List.of("suitability.level")),
			Map.entry("customer.from", List.of("tier")),
			Map.entry("event.through", List.of("care.channel", "revisit.method")),
			Map.entry("org_unit.kind", List.of("admin.kind")),
			Map.entry("privacy-request.channel", List.of("privacy.channel")),
			Map.entry("privacy-request.kind", List.of("privacy.kind")),
			Map.entry("privacy-request.outcome", List.of("privacy.outcome")),
			Map.entry("privacy-request.status", List.of("privacy.status")),
			Map.entry("product.hesitationDayCount", List.of("product.dayCount")),
			Map.entry("sale-recording.status", List.of("recordings.status")),
			Map.entry("suitability-alert.kind", List.of("suitability.alert.kind")),
			Map.entry("suitability-alert.status", List.of("suitability.alert.status")),
			Map.entry("walk_in.status", List.of("walkIn.status")),
			Map.entry("pii_rotation.tables", List.of("audit.field.pii_rotation")),
			Map.entry("notification.failure", List.of("outbox.failure")),
			Map.entry("approval.type", List.of("approval.type")),
			Map.entry("revisit.scriptConfirmed", List.of("revisit.script")),
			Map.entry("sale-recording.result", List.of("recordings.quality")),
			Map.entry("service", List.of("appointment.service")),
			Map.entry("skills", List.of("appointment.service")),
			Map.entry("goals", List.of("financial.goal")),
			Map.entry("findings", List.of("remediation.finding")),
			Map.entry("purpose", List.of("campaign.purpose")),
			Map.entry("withdrawn", List.of("campaign.purpose")),
			Map.entry("role", List.of("role")),
			Map.entry("tier", List.of("tier")),
			Map.entry("level", List.of("vip.level")),
			Map.entry("result", List.of("suitability.result")),
			Map.entry("channel", List.of("notification.channel")),
			Map.entry("type", List.of("case.type", "product.type")),
			Map.entry("complaintRateBasis", List.of("kpi.basis")),
			Map.entry("bankBranch", List.of("standing.bankBranch")),
			Map.entry("tiers", List.of("tier")),
			Map.entry("customerTypes", List.of("customer.type")),
			Map.entry("optedOut", List.of("notification.channel", "consent.channel")),
			Map.entry("customer-import.mode", List.of("audit.value.customer-import.mode")),
			Map.entry("fields", List.of("audit.field")),
			Map.entry("sections", List.of("retention.part", "jobs.result.retention", "audit.value.sections")),
			Map.entry("parts", List.of("retention.part", "jobs.result.retention")));

	/**
	 * Fields recorded as names joined by commas ({@code idNumber,phone}, {@code GOLD,SILVER}), each shown by its label
	 * as the items of a list.
	 */
	private static final java.util.Set<String> JOINED = java.util.Set.of("tiers", "customerTypes", "fields", "sections",
			"parts");

	/** Fields that hold an org unit's code, shown by the unit's name. */
	private static final List<String> UNITS = List.of("orgUnit", "parent", "departments", "department", "org_unit.code");

	/** Fields that hold a staff member's username, shown by the person's name. */
	private static final List<String> PEOPLE = List.of("manager", "assignee", "owner", "checkedBy", "doneBy", "handler",
			"seller", "advisor");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final Supplier<List<AuditWords>> words;

	@Autowired
	AuditVocabulary(MessageSource messages, ObjectProvider<AuditWords> words) {
		this.messages = messages;
		this.words = () -> words.orderedStream().toList();
	}

	AuditVocabulary(MessageSource messages, List<AuditWords> words) {
		this.messages = messages;
		this.words = () -> words;
	}

	/** An entry as the page shows it. */
	AuditRow row(AuditEntry entry, Locale locale) {
		return new AuditRow(entry, action(entry.action(), locale), entityType(entry.entityType(), locale),
				origin(entry.origin(), locale), changes(entry, locale));
	}

	String action(String action, Locale locale) {
		return label("audit.action." + action, action, locale);
	}

	String entityType(String type, Locale locale) {
		return type == null ? null : label("audit.entity." + type, type, locale);
	}

	/**
	 * A job's or the system's name by its label; a client address in its usual short form ({@link ClientAddress}), or
	 * an import's number after its label.
	 */
	String origin(String origin, Locale locale) {
		if (origin == null) {
			return null;
		}
		String address = ClientAddress.shown(origin);
		if (!address.equals(origin)) {
			return address;
		}
		int colon = origin.indexOf(':');
		if (colon > 0) {
			String kind = origin.substring(0, colon);
			String label = label("audit.origin." + kind, null, locale);
			return label == null ? origin : label + " " + origin.substring(colon + 1);
		}
		return label("audit.origin." + origin, origin, locale);
	}

	/** The fields of the states before and after, in the order recorded (sorted by name), each with both values. */
	List<Field> changes(AuditEntry entry, Locale locale) {
		JsonNode before = parse(entry.before());
		JsonNode after = parse(entry.after());
		var names = new TreeSet<String>();
		before.propertyNames().forEach(names::add);
		after.propertyNames().forEach(names::add);
		String module = entry.action() == null ? "" : entry.action().split("\\.", 2)[0];
		List<Field> fields = new ArrayList<>();
		for (String name : names) {
			String label = label("audit.field." + entry.entityType() + "." + name, null, locale);
			if (label == null) {
				label = label("audit.field." + name, name, locale);
			}
			String kind = UNITS.contains(name) || UNITS.contains(entry.entityType() + "." + name) ? Value.UNIT
					: PEOPLE.contains(name) ? Value.PERSON : null;
			Value was = before.has(name) ? value(before.get(name), entry.entityType(), module, name, kind, locale) : null;
			String worded = after.has(name) ? worded(entry, name, locale) : null;
			Value now = worded != null ? new Value(List.of(worded), null)
					: after.has(name) ? value(after.get(name), entry.entityType(), module, name, kind, locale) : null;
			fields.add(new Field(label, was, now));
		}
		return fields;
	}

	/** The field as the module that recorded it words it in the reader's language, if it does. */
	private String worded(AuditEntry entry, String field, Locale locale) {
		for (AuditWords module : words.get()) {
			String text = module.describe(entry, field, locale);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	private Value value(JsonNode node, String type, String module, String field, String kind, Locale locale) {
		List<String> texts = new ArrayList<>();
		if ("tier-settings".equals(type) && (field.equals("retail") || field.equals("corporate"))) {
			JsonNode thresholds = structure(node);
			if (thresholds != null) {
				return new Value(thresholds(thresholds, locale), null);
			}
		}
		if ("kpi_definition".equals(type) && field.equals("targets")) {
			JsonNode targets = structure(node);
			if (targets != null) {
				return new Value(targets(targets, locale), null);
			}
		}
		if (field.equals("hours") && node.isArray()) {
			for (JsonNode item : node.values()) {
				texts.add(hours(item.asString(), locale));
			}
			return new Value(texts, null);
		}
		if (node.isString() && JOINED.contains(field) && !node.asString().isBlank()) {
			for (String name : node.asString().split(",")) {
				texts.add(CODE.matcher(name.strip()).matches() ? code(name.strip(), type, module, field, locale)
						: named(name.strip(), type, field, locale));
			}
			return new Value(texts, null);
		}
		if (node.isString() && CODES.matcher(node.asString()).matches()) {
			String list = node.asString();
			for (String code : list.substring(1, list.length() - 1).split(", ")) {
				texts.add(code(code, type, module, field, locale));
			}
			return new Value(texts, null);
		}
		for (JsonNode item : node.isArray() ? node.values() : List.of(node)) {
			texts.add(text(item, type, module, field, kind != null && !item.isNull(), locale));
		}
		return new Value(texts, kind);
	}

	private String text(JsonNode node, String type, String module, String field, boolean named, Locale locale) {
		if (node.isNull() || node.isString() && node.asString().equals("null")) {
			// an absent value written out as text (String.valueOf of nothing) is absent too
			return label("common.none", "—", locale);
		}
		if (node.isBoolean()) {
			return label(node.asBoolean() ? "audit.yes" : "audit.no", node.toString(), locale);
		}
		if (node.isContainer()) {
			return node.toString();
		}
		if (MONEY.contains(field) && (node.isNumber() || DECIMAL.matcher(node.asString()).matches())) {
			// money reads grouped by thousands with two decimals (82,523,483.56), as the pages show it
			return org.clientcare.shared.Amounts.format(node.isNumber() ? node.decimalValue() : new java.math.BigDecimal(node.asString()));
		}
		if (node.isNumber()) {
			// a number recorded as a double (8.252348356E7) reads as its digits
			return node.decimalValue().stripTrailingZeros().toPlainString();
		}
		String text = node.asString();
		if (INSTANT.matcher(text).matches()) {
			return WHEN.format(java.time.Instant.parse(text).atZone(java.time.ZoneId.systemDefault()));
		}
		if (named) {
			return text;
		}
		if (CODE.matcher(text).matches()) {
			return code(text, type, module, field, locale);
		}
		var codeOf = CODE_OF.matcher(text);
		if (codeOf.matches()) {
			// a label with its argument ({@code remediation.source.REVISIT} is Hesitation-period revisit {0})
			for (String key : List.of(type + "." + field + "." + codeOf.group(1), module + "." + field + "." + codeOf.group(1))) {
				String label = messages.getMessage(key, new Object[] { codeOf.group(2) }, null, locale);
				if (label != null) {
					return label;
				}
			}
		}
		var record = RECORD.matcher(text);
		if (field.equals("subject") && record.matches()) {
			return label("audit.entity." + record.group(1), record.group(1), locale) + " " + record.group(2);
		}
		// a lower-case code (an approval's type) has a label only where the field names one
		for (String prefix : LABELS.getOrDefault(type + "." + field, List.of())) {
			String label = label(prefix + "." + text, null, locale);
			if (label != null) {
				return label;
			}
		}
		return text;
	}

	/**
	 * Tier thresholds ({@code {DIAMOND=6000000, GOLD=500000, contribution={...}, combination=ANY}}) as each tier's
	 * label with its amount grouped (钻石 ≥ 6,000,000.00), then the settings that go with them by their labels.
	 */
	private List<String> thresholds(JsonNode thresholds, Locale locale) {
		List<String> texts = new ArrayList<>();
		for (var property : thresholds.properties()) {
			String name = property.getKey();
			JsonNode value = property.getValue();
			String tier = label("tier." + name, null, locale);
			if (tier != null) {
				texts.add(atLeast(tier, value, locale));
			}
			else if (name.equals("contribution") && value.isObject()) {
				String contribution = label("audit.value.tier-settings.contribution", name, locale);
				for (var each : value.properties()) {
					if (!absent(each.getValue())) {
						texts.add(item(contribution,
								atLeast(label("tier." + each.getKey(), each.getKey(), locale), each.getValue(), locale),
								locale));
					}
				}
			}
			else if (name.equals("combination")) {
				texts.add(item(label("tiering.settings.contributionCombination", name, locale),
						label("tier.combination." + value.asString(), value.asString(), locale), locale));
			}
			else {
				String setting = label("tiering.settings." + name, null, locale);
				if (setting == null) {
					setting = label("tiering.settings.corporate" + Character.toUpperCase(name.charAt(0))
							+ name.substring(1), name, locale);
				}
				String shown = absent(value) ? label("common.none", "—", locale)
						: value.isBoolean() ? label(value.asBoolean() ? "tiering.settings.ruleOn" : "tiering.settings.ruleOff",
								value.asString(), locale)
								: number(value);
				texts.add(item(setting, shown, locale));
			}
		}
		return texts;
	}

	private String atLeast(String tier, JsonNode amount, Locale locale) {
		return tier + " ≥ " + (absent(amount) ? label("common.none", "—", locale)
				: amount.isNumber() ? org.clientcare.shared.Amounts.format(amount.decimalValue()) : amount.asString());
	}

	/**
	 * KPI targets ({@code {SATISFACTION_RATE=0.90, NEW_SETTLEMENT_ACCOUNTS_WEEK=1}}) as each figure's label with its
	 * target: a share as a percentage (90%), a count per sub-branch and week or month as the count.
	 */
	private List<String> targets(JsonNode targets, Locale locale) {
		List<String> texts = new ArrayList<>();
		for (var property : targets.properties()) {
			String code = property.getKey();
			JsonNode target = property.getValue();
			boolean count = code.endsWith("_WEEK") || code.endsWith("_MONTH");
			String name = label("audit.value.kpi_definition.targets." + code, null, locale);
			if (name == null) {
				name = label("kpi.code." + code, code, locale);
			}
			String shown = absent(target) ? label("common.none", "—", locale)
					: !target.isNumber() ? target.asString()
							: count ? number(target)
									: target.decimalValue().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
			texts.add(item(name, shown, locale));
		}
		return texts;
	}

	/** An advisor's working hours ({@code 1 09:00-17:00}) with the weekday by its name (周一 09:00-17:00). */
	private String hours(String recorded, Locale locale) {
		String[] parts = recorded.split(" ", 2);
		String day = label("audit.value.weekday." + parts[0], null, locale);
		return day == null || parts.length < 2 ? recorded : day + " " + parts[1];
	}

	private String item(String name, String value, Locale locale) {
		String text = messages.getMessage("audit.value.item", new Object[] { name, value }, null, locale);
		return text == null ? name + ": " + value : text;
	}

	private static boolean absent(JsonNode node) {
		return node == null || node.isNull() || node.isString() && node.asString().equals("null");
	}

	private static String number(JsonNode node) {
		return node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asString();
	}

	/** An object recorded as such, or written out as a map's text ({@code {A=1, B={C=2}}}); otherwise {@code null}. */
	static JsonNode structure(JsonNode node) {
		if (node.isObject()) {
			return node;
		}
		if (!node.isString()) {
			return null;
		}
		String text = node.asString().strip();
		if (!text.startsWith("{") || !text.endsWith("}")) {
			return null;
		}
		if (text.startsWith("{\"")) {
			try {
				JsonNode json = JSON.readTree(text);
				return json.isObject() ? json : null;
			}
			catch (JacksonException e) {
				return null;
			}
		}
		int[] at = { 0 };
		try {
			JsonNode map = mapText(text, at);
			return at[0] == text.length() ? map : null;
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	/** A map's text from {@code at} (on its opening brace) to past its closing brace. */
	private static JsonNode mapText(String text, int[] at) {
		var map = JSON.createObjectNode();
		at[0]++;
		if (text.charAt(at[0]) == '}') {
			at[0]++;
			return map;
		}
		while (true) {
			int equals = text.indexOf('=', at[0]);
			String key = text.substring(at[0], equals);
			at[0] = equals + 1;
			if (text.charAt(at[0]) == '{') {
				map.set(key, mapText(text, at));
			}
			else {
				int end = at[0];
				while (text.charAt(end) != ',' && text.charAt(end) != '}') {
					end++;
				}
				String value = text.substring(at[0], end);
				at[0] = end;
				if (value.equals("null")) {
					map.putNull(key);
				}
				else if (value.equals("true") || value.equals("false")) {
					map.put(key, Boolean.parseBoolean(value));
				}
				else if (value.matches("-?\\d+(\\.\\d+)?(E[+-]?\\d+)?")) {
					map.put(key, new java.math.BigDecimal(value));
				}
				else {
					map.put(key, value);
				}
			}
			char next = text.charAt(at[0]++);
			if (next == '}') {
				return map;
			}
			if (next != ',' || text.charAt(at[0]++) != ' ') {
				throw new IllegalArgumentException("not a map's text");
			}
		}
	}

	/** A name (a field's, a part's of the customer's data) by the label the field's prefixes give it, or as recorded. */
	private String named(String name, String type, String field, Locale locale) {
		for (String prefix : LABELS.getOrDefault(field, List.of())) {
			String label = label(prefix + "." + name, null, locale);
			if (label != null) {
				return label;
			}
		}
		return name;
	}

	/** An enum code by its label: the audit's own first, then the labels the other pages show for the field. */
	private String code(String code, String type, String module, String field, Locale locale) {
		List<String> keys = new ArrayList<>();
		keys.add("audit.value." + type + "." + field + "." + code);
		LABELS.getOrDefault(type + "." + field, List.of()).forEach(prefix -> keys.add(prefix + "." + code));
		keys.add(module + "." + field + "." + code);
		keys.add(type + "." + field + "." + code);
		LABELS.getOrDefault(field, List.of()).forEach(prefix -> keys.add(prefix + "." + code));
		keys.add("audit.value." + field + "." + code);
		for (String key : keys) {
			String label = label(key, null, locale);
			if (label != null) {
				return label;
			}
		}
		return code;
	}

	/** The key's label, or {@code otherwise}; most keys tried have none, so a missing one is an answer, not an error. */
	private String label(String key, String otherwise, Locale locale) {
		String text = messages.getMessage(key, null, null, locale);
		// a label with arguments ({0} calendar days) names a value, not a code
		return text == null || text.contains("{") ? otherwise : text;
	}

	private static JsonNode parse(String json) {
		if (json == null || json.isBlank()) {
			return JSON.createObjectNode();
		}
		JsonNode node;
		try {
			node = JSON.readTree(json);
		}
		catch (JacksonException e) {
			// not JSON: shown as recorded, below, and nothing here
			return JSON.createObjectNode();
		}
		return node.isObject() ? node : JSON.createObjectNode().set("value", node);
	}

	/** One row of the page: the entry as recorded and its words. */
	public record AuditRow(AuditEntry entry, String action, String entityType, String origin, List<Field> changes) {
	}

	/**
	 * One field of the recorded states.
	 *
	 * @param before the value before, or {@code null} when the state before did not hold the field
	 * @param after  the value after, or {@code null} when the state after did not hold the field
	 */
	public record Field(String name, Value before, Value after) {

		/** Whether the field holds a different value after (or only one side holds it). */
		public boolean changed() {
			return before == null || after == null || !before.text().equals(after.text());
		}
	}

	/**
	 * A value in words: one text, or one per item of a list.
	 *
	 * @param kind {@link #UNIT} for org units' codes, shown by the units' names, {@link #PERSON} for usernames, shown
	 *             by the people's names, or {@code null}
	 */
	public record Value(List<String> texts, String kind) {

		public static final String UNIT = "unit";

		public static final String PERSON = "person";

		public String text() {
			return String.join(", ", texts);
		}
	}
}
