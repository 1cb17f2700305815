package org.clientcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables (beside {@link ModularityTests}, which sees only Java): the SQL of a module — every
 * string literal and text block of its Java sources, and its own migrations — names its own tables and views, and of
 * other modules only the views they publish. Every {@code create view} in a module's migrations
 * ({@code db/migration/<module>}) is such a published, read-only projection; tables and sequences stay private.
 */
class TableOwnershipTests {

	static final Path JAVA = Path.of("src/main/java/org/clientcare");

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Where SQL names a relation: after these words, or as a sequence in {@code nextval('…')}. */
	static final Pattern REFERENCE = Pattern.compile(
			"(?i)\\b(?:from|join|into|update|references|table|truncate)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)|nextval\\('([a-z_][a-z0-9_]*)'\\)");

	static final Pattern CREATE = Pattern.compile(
			"(?i)\\bcreate\\s+(table|view|sequence|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	@Test
	void noModuleNamesAnotherModulesTablesInItsSql() {
		assertThat(Relations.declaredIn(MIGRATIONS).violations(Statement.ofModules(JAVA, MIGRATIONS))).isEmpty();
	}

	@Test
	void aModuleNamingAnotherModulesTableIsCaughtAndOneReadingAPublishedViewIsNot() {
		var planted = Map.of("revisit", List.of(
				new Statement("Planted.java", "select c.name from customer c join revisit r on r.customer_id = c.id"),
				new Statement("Planted.java", "select r.id from revisit r join customer_ref c on c.id = r.customer_id")));

		assertThat(Relations.declaredIn(MIGRATIONS).violations(planted))
			.containsExactly("revisit: Planted.java names customer, a table of customer");
	}

	@Test
	void everyRelationHasTheModuleWhoseMigrationsCreateIt() {
		var relations = Relations.declaredIn(MIGRATIONS);

		assertThat(relations.owners()).containsEntry("customer", "customer").containsEntry("revisit", "revisit")
			.containsEntry("customer_metrics", "tiering").containsEntry("staff_user", "identity");
		assertThat(relations.published()).contains("customer_ref", "customer_verification").doesNotContain("customer");
	}

	/** One piece of SQL of a module, and where it stands. */
	record Statement(String source, String sql) {

		/** The SQL of every module by module: its Java strings and its migrations, comments left out. */
		static Map<String, List<Statement>> ofModules(Path java, Path migrations) {
			Map<String, List<Statement>> byModule = new TreeMap<>();
			for (Path file : files(java, ".java")) {
				Path relative = java.relativize(file);
				if (relative.getNameCount() > 1) {
					String module = relative.getName(0).toString();
					JavaStrings.of(read(file)).forEach(s -> byModule.computeIfAbsent(module, m -> new ArrayList<>())
						.add(new Statement(relative.toString(), s)));
				}
			}
			for (Path file : files(migrations, ".sql")) {
				String module = migrations.relativize(file).getName(0).toString();
				byModule.computeIfAbsent(module, m -> new ArrayList<>())
					.add(new Statement(migrations.relativize(file).toString(), withoutComments(read(file))));
			}
			return byModule;
		}
	}

	/** The relations the migrations create, by owning module, and which of them are published (the views). */
	record Relations(Map<String, String> owners, List<String> published) {

		static Relations declaredIn(Path migrations) {
			Map<String, String> owners = new TreeMap<>();
			List<String> published = new ArrayList<>();
			for (Path file : files(migrations, ".sql")) {
				String module = migrations.relativize(file).getName(0).toString();
				Matcher created = CREATE.matcher(withoutComments(read(file)));
				while (created.find()) {
					String name = created.group(2).toLowerCase();
					String previous = owners.put(name, module);
					assertThat(previous).as(name + " created by two modules").isIn(null, module);
					if (created.group(1).toLowerCase().contains("view")) {
						published.add(name);
					}
				}
			}
			return new Relations(owners, published);
		}

		/** Each place where a module's SQL names another module's table (or sequence), in words. */
		List<String> violations(Map<String, List<Statement>> byModule) {
			List<String> violations = new ArrayList<>();
			byModule.forEach((module, statements) -> statements.forEach(statement -> {
				Matcher reference = REFERENCE.matcher(statement.sql());
				while (reference.find()) {
					String name = (reference.group(1) != null ? reference.group(1) : reference.group(2)).toLowerCase();
					String owner = owners.get(name);
					if (owner != null && !owner.equals(module) && !published.contains(name)) {
						violations.add(module + ": " + statement.source() + " names " + name + ", a table of " + owner);
					}
				}
			}));
			return violations.stream().distinct().toList();
		}
	}

	/** The string literals and text blocks of a Java source, comments and character literals skipped. */
	static final class JavaStrings {

		static List<String> of(String java) {
			List<String> strings = new ArrayList<>();
			int i = 0;
			while (i < java.length()) {
				char c = java.charAt(i);
				if (java.startsWith("//", i)) {
					i = end(java.indexOf('\n', i), java);
				}
				else if (java.startsWith("/*", i)) {
					i = end(java.indexOf("*/", i + 2), java) + 2;
				}
				else if (java.startsWith("\"\"\"", i)) {
					int close = end(java.indexOf("\"\"\"", i + 3), java);
					strings.add(java.substring(i + 3, close));
					i = close + 3;
				}
				else if (c == '"' || c == '\'') {
					int j = i + 1;
					while (j < java.length() && java.charAt(j) != c) {
						j += java.charAt(j) == '\\' ? 2 : 1;
					}
					if (c == '"') {
						strings.add(java.substring(i + 1, Math.min(j, java.length())));
					}
					i = j + 1;
				}
				else {
					i++;
				}
			}
			return strings;
		}

		private static int end(int index, String java) {
			return index < 0 ? java.length() : index;
		}
	}

	static String withoutComments(String sql) {
		return sql.replaceAll("--[^\\n]*", "");
	}

	static List<Path> files(Path root, String suffix) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
