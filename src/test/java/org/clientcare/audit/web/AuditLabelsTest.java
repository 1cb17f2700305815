package org.clientcare.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every action, entity type and origin the code records has a label in both languages, so that the audit page never
 * shows one as a code. The actions are read from the sources: the first argument of every {@code audit.record(…)} and
 * {@code new AuditTrail.Change(…)}, a literal, a choice of literals, or a method's parameter (with a literal prefix)
 * whose callers in the same file pass literals or an enum's constants.
 */
class AuditLabelsTest {

	static final Path SOURCES = Path.of("src/main/java");

	static final Pattern CALL = Pattern.compile("(?<![\\w.])audit\\.record\\(|new (?:AuditTrail\\.)?Change\\(");

	static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	static final Pattern ONE = Pattern.compile("\"([^\"]*)\"");

	static final Pattern EITHER = Pattern.compile("[^\"]*\\?\\s*\"([^\"]*)\"\\s*:\\s*\"([^\"]*)\"");

	static final Pattern DERIVED = Pattern
		.compile("(?:\"([^\"]*)\"\\s*\\+\\s*)?(\\w+)(\\.name\\(\\))?(\\.toLowerCase\\([^)]*\\))?");

	static final Pattern METHOD = Pattern.compile("(?<![\\w.])(\\w+)\\s*\\(([^()]*)\\)\\s*(?:throws [\\w., ]+)?\\{");

	static final Pattern IMPLEMENTS_JOB = Pattern.compile("implements (?:[\\w.]+\\.)?Job\\b");

	static final Pattern SYSTEM = Pattern.compile("Actor\\.system\\(\"([^\"]+)\"\\)");

	static final Pattern JOB_NAME = Pattern.compile("NAME = \"([^\"]+)\"|String name\\(\\) \\{\\s*return \"([^\"]+)\"");

	static final Set<String> ACTIONS = new TreeSet<>();

	static final Set<String> ENTITY_TYPES = new TreeSet<>();

	static final Set<String> ORIGINS = new TreeSet<>(Set.of("demo", "customer-import"));

	static final List<String> UNRESOLVED = new ArrayList<>();

	@BeforeAll
	static void readTheSources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			files.filter(file -> file.toString().endsWith(".java")).forEach(AuditLabelsTest::read);
		}
	}

	@Test
	void theSourcesRecordTheActionsOfEveryModule() {
		assertThat(UNRESOLVED).as("audit calls whose action this test cannot read").isEmpty();
		assertThat(ACTIONS).hasSizeGreaterThan(150)
			.contains("case.opened", "case.advanced", "entitlement.used", "complaint.compensation_requested",
					"walk-in.served", "campaign.approved", "appointment.no-show", "inquiry.converted", "approval.rejected");
		assertThat(ENTITY_TYPES).contains("customer", "case", "complaint_action");
	}

	@Test
	void everyActionTheCodeRecordsHasALabelInChineseAndEnglish() {
		for (String language : List.of("zh_CN", "en")) {
			assertThat(ACTIONS.stream().filter(action -> !labels(language).containsKey("audit.action." + action)))
				.as("actions without a label in messages_%s.properties", language).isEmpty();
		}
	}

	@Test
	void everyEntityTypeTheCodeRecordsIsOfferedByTheFilterWithALabelInChineseAndEnglish() {
		assertThat(AuditVocabulary.ENTITY_TYPES).containsAll(ENTITY_TYPES);
		for (String language : List.of("zh_CN", "en")) {
			assertThat(AuditVocabulary.ENTITY_TYPES.stream()
				.filter(type -> !labels(language).containsKey("audit.entity." + type)))
				.as("entity types without a label in messages_%s.properties", language).isEmpty();
		}
	}

	@Test
	void everyJobAndSystemOriginHasALabelInChineseAndEnglish() {
		assertThat(ORIGINS).contains("sla-sweep", "tiering", "suitability", "demo");
		for (String language : List.of("zh_CN", "en")) {
			assertThat(ORIGINS.stream().filter(origin -> !labels(language).containsKey("audit.origin." + origin)))
				.as("origins without a label in messages_%s.properties", language).isEmpty();
		}
	}

	private static void read(Path file) {
		String text;
		try {
			text = Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (file.toString().contains("org/clientcare/audit/")) {
			return;
		}
		SYSTEM.matcher(text).results().forEach(m -> ORIGINS.add(m.group(1)));
		if (IMPLEMENTS_JOB.matcher(text).find()) {
			JOB_NAME.matcher(text).results().forEach(m -> ORIGINS.add(m.group(1) != null ? m.group(1) : m.group(2)));
		}
		Matcher call = CALL.matcher(text);
		while (call.find()) {
			List<String> args = arguments(text, call.end());
			Matcher type = ONE.matcher(args.get(1));
			if (type.matches()) {
				ENTITY_TYPES.add(type.group(1));
			}
			List<String> actions = actions(text, call.start(), args.get(0));
			if (actions == null) {
				UNRESOLVED.add(file.getFileName() + ": " + args.get(0));
			}
			else {
				ACTIONS.addAll(actions);
			}
		}
	}

	/** The action or actions an argument names; {@code null} when this test cannot tell. */
	private static List<String> actions(String text, int at, String argument) {
		List<String> literal = literals(argument);
		if (literal != null) {
			return literal;
		}
		Matcher derived = DERIVED.matcher(argument);
		if (!derived.matches()) {
			return null;
		}
		String prefix = derived.group(1) == null ? "" : derived.group(1);
		boolean lower = derived.group(4) != null;
		List<String> values = parameterValues(text, at, derived.group(2), derived.group(3) != null);
		return values == null ? null
				: values.stream().map(v -> prefix + (lower ? v.toLowerCase(Locale.ROOT) : v)).toList();
	}

	private static List<String> literals(String argument) {
		Matcher one = ONE.matcher(argument);
		if (one.matches()) {
			return List.of(one.group(1));
		}
		Matcher either = EITHER.matcher(argument);
		return either.matches() ? List.of(either.group(1), either.group(2)) : null;
	}

	/** What the callers of the enclosing method pass for its parameter: literals, or an enum's constants. */
	private static List<String> parameterValues(String text, int at, String parameter, boolean enumName) {
		Matcher method = METHOD.matcher(text);
		String name = null;
		String[] parameters = null;
		int declaredAt = -1;
		while (method.find() && method.start() < at) {
			if (!Set.of("if", "for", "while", "switch", "catch", "synchronized").contains(method.group(1))) {
				name = method.group(1);
				parameters = method.group(2).split(",");
				declaredAt = method.start(1);
			}
		}
		if (name == null) {
			return null;
		}
		int index = -1;
		String type = null;
		for (int i = 0; i < parameters.length; i++) {
			String[] words = parameters[i].strip().split("\\s+");
			if (words[words.length - 1].equals(parameter)) {
				index = i;
				type = words[words.length - 2];
			}
		}
		if (index < 0) {
			return null;
		}
		if (enumName) {
			return enumConstants(text, type);
		}
		List<String> values = new ArrayList<>();
		Matcher caller = Pattern.compile("(?<![\\w.])" + name + "\\(").matcher(text);
		while (caller.find()) {
			if (caller.start() == declaredAt) {
				continue;
			}
			List<String> args = arguments(text, caller.end());
			List<String> passed = index < args.size() ? literals(args.get(index)) : null;
			if (passed == null) {
				return null;
			}
			values.addAll(passed);
		}
		return values.isEmpty() ? null : values;
	}

	private static List<String> enumConstants(String text, String type) {
		Matcher imported = Pattern.compile("import ([\\w.]+)\\." + type + ";").matcher(text);
		if (!imported.find()) {
			return null;
		}
		String name = imported.group(1) + "." + type;
		while (name.contains(".")) {
			try {
				Object[] constants = Class.forName(name).getEnumConstants();
				return constants == null ? null : Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList();
			}
			catch (ClassNotFoundException e) {
				int dot = name.lastIndexOf('.');
				name = name.substring(0, dot) + "$" + name.substring(dot + 1);
			}
		}
		return null;
	}

	/** The arguments of a call, from just after its opening parenthesis, each stripped. */
	static List<String> arguments(String text, int from) {
		List<String> args = new ArrayList<>();
		int depth = 0;
		int start = from;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				Matcher literal = LITERAL.matcher(text).region(i, text.length());
				literal.lookingAt();
				i = literal.end() - 1;
			}
			else if (c == '\'') {
				i = text.indexOf('\'', i + (text.charAt(i + 1) == '\\' ? 3 : 2));
			}
			else if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || c == '}') {
				if (depth == 0) {
					args.add(text.substring(start, i).strip().replaceAll("\\s+", " "));
					return args;
				}
				depth--;
			}
			else if (c == ',' && depth == 0) {
				args.add(text.substring(start, i).strip().replaceAll("\\s+", " "));
				start = i + 1;
			}
		}
		throw new IllegalStateException("unclosed call at " + from);
	}

	private static final java.util.Map<String, Properties> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

	static Properties labels(String language) {
		return LABELS.computeIfAbsent(language, l -> {
			var properties = new Properties();
			try (var in = AuditLabelsTest.class.getResourceAsStream("/messages_" + l + ".properties")) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return properties;
		});
	}
}
