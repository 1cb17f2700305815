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
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
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
 * whose callers in the same file pass literals or an enum's constants. Every field of a recorded state has a label too:
 * the fields are the keys of the states the calls pass, read where the call builds them ({@code Map.of(key, …)}),
 * from the variable it fills before the call ({@code state.put(key, …)}), the method that builds them (of the file,
 * or of the class the variable it is called on is declared as), or, for a parameter, what the method's callers in the
 * file pass; the demo's trail checks the fields as recorded (see {@link AuditPageAgreement}).
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

	/** The fields of the recorded states, each with the entity types it is recorded for. */
	static final Map<String, Set<String>> FIELDS = new TreeMap<>();

	/** States this test cannot read the fields of, by file and expression. */
	static final List<String> UNREAD = new ArrayList<>();

	/** A map built from literals: {@code Map.of(key, value, …)}, {@code mapOf(…)}, {@code Map.entry(key, value)}. */
	static final Pattern MAP_OF = Pattern
		.compile("(?<![\\w.])(?:[\\w.]*\\.)?(?:Map\\.of|mapOf|Map\\.entry|singletonMap)\\(");

	/** A call of the method that builds a state: {@code state(row)}, {@code Views.state(row)}, {@code after.state()}. */
	static final Pattern BUILDER = Pattern.compile("(?:([A-Z]\\w*)\\.|[a-z]\\w*\\.)?(\\w+)\\(.*\\)");

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
	void theSourcesRecordTheFieldsOfEveryStateAsLiteralsOrThroughAVariableParameterOrMethodThisTestReads() {
		assertThat(UNREAD).as("recorded states whose fields this test cannot read").isEmpty();
		assertThat(FIELDS).hasSizeGreaterThan(200)
			// literal keys, keys put into a variable, a method's, a parameter's whose callers pass literals
			.containsKeys("asOf", "remediationId", "keptAtLeastUntil", "lockedUntil", "satisfiedFrom", "customerNo",
					"stoodSeconds", "stageDueAt", "corrected", "regulatoryFrom");
		assertThat(FIELDS.get("caseNo")).contains("case");
	}

	@Test
	void everyFieldTheCodeRecordsHasALabelInChineseAndEnglish() {
		for (String language : List.of("zh_CN", "en")) {
			assertThat(FIELDS.entrySet().stream().filter(field -> !hasLabel(language, field.getKey(), field.getValue()))
				.map(field -> field.getKey() + " " + field.getValue()))
				.as("fields (with the entity types they are recorded for) without an audit.field label in "
						+ "messages_%s.properties", language)
				.isEmpty();
		}
	}

	/** Whether the field has a label of its own, or one for each entity type it is recorded for. */
	static boolean hasLabel(String language, String field, Set<String> entityTypes) {
		var labels = labels(language);
		return labels.containsKey("audit.field." + field)
				|| entityTypes.stream().allMatch(type -> labels.containsKey("audit.field." + type + "." + field));
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
			String entityType = type.matches() ? type.group(1) : null;
			for (String state : args.subList(3, Math.min(5, args.size()))) {
				fields(file, text, call.start(), state, entityType);
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

	/** Adds the fields of a recorded state, as the call site builds it, to {@link #FIELDS}. */
	private static void fields(Path file, String text, int at, String state, String entityType) {
		Set<String> names = new TreeSet<>();
		if (!fields(text, at, state, names, 0)) {
			UNREAD.add(file.getFileName() + ":" + (text.substring(0, at).split("\n", -1).length) + ": " + state);
		}
		names.forEach(name -> FIELDS.computeIfAbsent(name, n -> new TreeSet<>()).add(String.valueOf(entityType)));
	}

	/**
	 * The fields of a state: its literal keys, or those of the variable, parameter or method that builds it;
	 * {@code false} when this test cannot tell.
	 */
	private static boolean fields(String text, int at, String state, Set<String> names, int depth) {
		if (depth > 4) {
			return false;
		}
		String expression = state.strip().replaceFirst("^(?:java\\.util\\.)?Collections\\.", "");
		if (!MAP_OF.matcher(expression).lookingAt()) {
			// a state or none ({@code before == null ? null : state(before)}); a copy of a state
			expression = expression.replaceFirst("^[^?]*\\?\\s*null\\s*:\\s*", "")
				.replaceFirst("^new (?:java\\.util\\.)?(?:Linked)?(?:Hash|Tree)Map<[^>]*>\\((.*)\\)$", "$1");
		}
		if (expression.isEmpty() || expression.equals("null")) {
			return true;
		}
		Matcher map = MAP_OF.matcher(expression);
		if (map.lookingAt()) {
			keys(expression, map.end(), names);
			return true;
		}
		Matcher reference = Pattern.compile(".*\\.map\\(([A-Z]\\w*)::(\\w+)\\)\\.orElse\\(null\\)").matcher(expression);
		if (reference.matches()) {
			// a state of what there may be: {@code rows.of(id).map(Views::state).orElse(null)}
			return built(text, reference.group(1), reference.group(2), names);
		}
		if (expression.matches("\\w+")) {
			return variable(text, at, expression, names, depth);
		}
		Matcher builder = BUILDER.matcher(expression);
		if (!builder.matches()) {
			return false;
		}
		if (built(text, builder.group(1), builder.group(2), names)) {
			return true;
		}
		String declared = builder.group(1) == null ? declaredType(text, at, expression) : null;
		if (declared != null && built(text, declared, builder.group(2), names)) {
			return true;
		}
		// a state filtered by a method: {@code changed(state(before), fields)}
		boolean read = false;
		int open = expression.indexOf('(', builder.start(2));
		for (String argument : arguments(expression, open + 1)) {
			Set<String> more = new TreeSet<>();
			if (!argument.matches("\\w+(?:\\.\\w+\\(\\))?") && fields(text, at, argument, more, depth + 1) && !more.isEmpty()) {
				names.addAll(more);
				read = true;
			}
		}
		return read;
	}

	/** The literal keys of a map built from literals, whose arguments start at {@code from}. */
	private static void keys(String text, int from, Set<String> names) {
		List<String> args = arguments(text, from);
		for (int i = 0; i < args.size(); i += 2) {
			Matcher key = ONE.matcher(args.get(i));
			if (key.matches()) {
				names.add(key.group(1));
			}
		}
	}

	/**
	 * The fields of a variable: what it was last built from before {@code at}, and what was put into it since; or, for
	 * a parameter of the enclosing method, what the method's callers in the file pass.
	 */
	private static boolean variable(String text, int at, String variable, Set<String> names, int depth) {
		int method = -1;
		String name = null;
		String[] parameters = null;
		Matcher declaration = METHOD.matcher(text);
		while (declaration.find() && declaration.start() < at) {
			if (!Set.of("if", "for", "while", "switch", "catch", "synchronized").contains(declaration.group(1))) {
				method = declaration.start();
				name = declaration.group(1);
				parameters = declaration.group(2).split(",(?![^<]*>)");
			}
		}
		Matcher assigned = Pattern.compile("(?<![\\w.])" + variable + "\\s*=(?!=)\\s*([^;]+);").matcher(text);
		int from = -1;
		String built = null;
		while (assigned.find() && assigned.start() < at) {
			if (assigned.start() > method) {
				from = assigned.start();
				built = assigned.group(1).replaceAll("\\s+", " ");
			}
		}
		if (built != null) {
			String since = text.substring(from, at);
			Pattern.compile("(?<![\\w.])" + variable + "\\.put\\(\\s*\"([^\"]+)\"").matcher(since).results()
				.forEach(m -> names.add(m.group(1)));
			Matcher putAll = Pattern.compile("(?<![\\w.])" + variable + "\\.putAll\\((\\w+)\\)").matcher(since);
			boolean read = true;
			while (putAll.find()) {
				read &= fields(text, from + putAll.start(), putAll.group(1), names, depth + 1);
			}
			return fields(text, from, built, names, depth + 1) && read;
		}
		int index = -1;
		for (int i = 0; parameters != null && i < parameters.length; i++) {
			String[] words = parameters[i].strip().split("\\s+");
			if (words[words.length - 1].equals(variable)) {
				index = i;
			}
		}
		if (index < 0) {
			return false;
		}
		boolean read = false;
		Matcher caller = Pattern.compile("(?<![\\w.])" + name + "\\(").matcher(text);
		while (caller.find()) {
			if (caller.start() == method) {
				continue;
			}
			List<String> args = arguments(text, caller.end());
			if (index >= args.size() || !fields(text, caller.start(), args.get(index), names, depth + 1)) {
				return false;
			}
			read = true;
		}
		return read;
	}

	/**
	 * The class a variable is declared as before {@code at} ({@code ComplaintCategory after = …}), where the expression
	 * calls a method on it ({@code after.state()}), or {@code null}.
	 */
	private static String declaredType(String text, int at, String expression) {
		Matcher call = Pattern.compile("([a-z]\\w*)\\.\\w+\\(.*").matcher(expression);
		if (!call.matches()) {
			return null;
		}
		Matcher declared = Pattern.compile("(?<![\\w.])([A-Z]\\w*)\\s+" + call.group(1) + "\\s*=(?!=)")
			.matcher(text.substring(0, at));
		String type = null;
		while (declared.find()) {
			type = declared.group(1);
		}
		return type;
	}

	/** The literal keys a method of the file, or of the named class, puts into the state it builds. */
	private static boolean built(String text, String type, String name, Set<String> names) {
		String source = type == null ? text : source(type);
		if (source == null) {
			source = text;
		}
		Matcher method = Pattern.compile("(?<![\\w.])" + name + "\\s*\\(([^()]*)\\)\\s*\\{").matcher(source);
		boolean found = false;
		while (method.find()) {
			int open = method.end();
			int close = open;
			for (int level = 1; level > 0; close++) {
				char c = source.charAt(close);
				level += c == '{' ? 1 : c == '}' ? -1 : 0;
			}
			String body = source.substring(open, close);
			Matcher put = Pattern.compile("\\.put\\(\\s*\"([^\"]+)\"").matcher(body);
			while (put.find()) {
				names.add(put.group(1));
				found = true;
			}
			Matcher map = MAP_OF.matcher(body);
			while (map.find()) {
				keys(body, map.end(), names);
				found = true;
			}
		}
		return found;
	}

	/** The source of a class of the application by its simple name, or {@code null}. */
	private static String source(String type) {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(f -> f.getFileName().toString().equals(type + ".java")).findFirst().map(f -> {
				try {
					return Files.readString(f);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).orElse(null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
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
