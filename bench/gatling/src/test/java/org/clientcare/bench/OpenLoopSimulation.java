package org.clientcare.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * ClientCare under an open workload (SPEC §14): requests arrive at a fixed rate whatever the answers do, so the
 * latencies are those a user waits, queueing included. Also, in the same run, each endpoint's maximum throughput
 * (a closed workload: a fixed number of requests in flight) beside a trivial signed-in endpoint's.
 * <p>
 * Configured from the environment by bench/open-loop.sh:
 * <ul>
 * <li>{@code OPENLOOP_BASE}: the application, e.g. {@code http://127.0.0.1:18090};</li>
 * <li>{@code OPENLOOP_USERS}: the staff who sign in (HTTP Basic, as API clients do), comma-separated;
 * {@code OPENLOOP_PASSWORD} their password;</li>
 * <li>{@code OPENLOOP_IDS}: a file of {@code username,customerId} lines, customers in each user's scope;</li>
 * <li>{@code OPENLOOP_PLAN}: the phases, one after the other, separated by {@code ;}, each
 * {@code name=target:mode:value:seconds} with target {@code view}, {@code search}, {@code list}, {@code worklist} or
 * {@code trivial}, and mode {@code rate} (value: requests per second, open) or {@code max} (value: requests in
 * flight, closed);</li>
 * <li>{@code OPENLOOP_OUT}: the file the results are written to, one tab-separated line per phase: name, target,
 * mode, value, seconds, requests, errors, p50, p95, p99, max (ms), requests per second achieved.</li>
 * </ul>
 */
public class OpenLoopSimulation extends Simulation {

	/** The commonest surnames (王 李 张 刘 陈 杨 黄 赵 吴 周): the name-prefix searches. */
	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周");

	private static final Map<String, Phase> RESULTS = new ConcurrentHashMap<>();

	private final List<String> users = Arrays.asList(env("OPENLOOP_USERS", "zhang.rm,li.rm,zhao.manager").split(","));

	private final String password = env("OPENLOOP_PASSWORD", "demo");

	private final List<String[]> ids = readIds();

	private final List<PhaseSpec> plan = Stream.of(env("OPENLOOP_PLAN", "view@10=view:rate:10:5").split(";"))
		.map(String::trim).filter(s -> !s.isEmpty()).map(PhaseSpec::parse).toList();

	{
		HttpProtocolBuilder protocol = http.baseUrl(env("OPENLOOP_BASE", "http://127.0.0.1:8080"))
			.acceptHeader("application/json")
			.disableWarmUp()
			.disableCaching()
			// one pool of keep-alive connections for all virtual users, as a load balancer or API gateway keeps
			.shareConnections();
		List<PopulationBuilder> populations = new ArrayList<>();
		for (PhaseSpec spec : plan) {
			Phase phase = RESULTS.computeIfAbsent(spec.name(), n -> new Phase(spec));
			Iterator<Map<String, Object>> feeder = Stream.generate(requests(spec.target())).iterator();
			var scenario = scenario(spec.name()).feed(feeder)
				.exec(session -> session.set("t0", System.nanoTime()))
				.exec(http(spec.name()).get("#{path}").basicAuth("#{user}", password)
					.check(responseTimeInMillis().saveAs("ms"), status().is(200)))
				.exec(session -> {
					phase.record(session.getLong("t0"), session.contains("ms") ? session.getInt("ms") : -1,
							session.isFailed());
					return session;
				});
			Duration during = Duration.ofSeconds(spec.seconds());
			populations.add(spec.mode().equals("rate")
					? scenario.injectOpen(constantUsersPerSec(spec.value()).during(during))
					: scenario.injectClosed(constantConcurrentUsers((int) spec.value()).during(during)));
		}
		PopulationBuilder chain = populations.get(populations.size() - 1);
		for (int i = populations.size() - 2; i >= 0; i--) {
			chain = populations.get(i).andThen(chain);
		}
		setUp(chain).protocols(protocol);
	}

	@Override
	public void after() {
		StringBuilder out = new StringBuilder();
		for (PhaseSpec spec : plan) {
			out.append(RESULTS.get(spec.name()).line()).append('\n');
		}
		try {
			Files.writeString(Path.of(env("OPENLOOP_OUT", "open-loop.tsv")), out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		System.out.print(out);
	}

	private Supplier<Map<String, Object>> requests(String target) {
		return () -> {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			String user = users.get(random.nextInt(users.size()));
			String path = switch (target) {
				case "view" -> {
					String[] row = ids.get(random.nextInt(ids.size()));
					user = row[0];
					yield "/api/v1/customers/" + row[1];
				}
				case "search" -> "/api/v1/customers?size=20&query="
						+ URLEncoder.encode(SURNAMES.get(random.nextInt(SURNAMES.size())), StandardCharsets.UTF_8);
				case "list" -> "/api/v1/customers?size=20";
				case "worklist" -> "/api/v1/revisits?assignee=me&status=OPEN&size=20";
				case "trivial" -> "/api/v1/me";
				default -> throw new IllegalArgumentException("No such target: " + target);
			};
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("user", user);
			record.put("path", path);
			return record;
		};
	}

	private static List<String[]> readIds() {
		String file = System.getenv("OPENLOOP_IDS");
		if (file == null) {
			return List.of();
		}
		try (Stream<String> lines = Files.lines(Path.of(file))) {
			return lines.map(String::trim).filter(l -> !l.isEmpty()).map(l -> l.split(",")).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}

	record PhaseSpec(String name, String target, String mode, double value, int seconds) {

		static PhaseSpec parse(String text) {
			String[] nameAndRest = text.split("=", 2);
			String[] parts = nameAndRest[1].split(":");
			if (!parts[1].equals("rate") && !parts[1].equals("max")) {
				throw new IllegalArgumentException("mode is rate or max: " + text);
			}
			return new PhaseSpec(nameAndRest[0], parts[0], parts[1], Double.parseDouble(parts[2]),
					Integer.parseInt(parts[3]));
		}
	}

	/** What one phase measured: each response's time (ms, as Gatling measures it; none for a timeout), the failures (a status other than 200 or no answer), the first start and last end. */
	static final class Phase {

		private final PhaseSpec spec;

		private final List<Integer> millis = Collections.synchronizedList(new ArrayList<>());

		private final AtomicLong requests = new AtomicLong();

		private final AtomicLong errors = new AtomicLong();

		private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);

		private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);

		Phase(PhaseSpec spec) {
			this.spec = spec;
		}

		void record(long startNanos, int ms, boolean failed) {
			long end = System.nanoTime();
			firstStart.accumulateAndGet(startNanos, Math::min);
			lastEnd.accumulateAndGet(end, Math::max);
			requests.incrementAndGet();
			if (ms >= 0) {
				millis.add(ms);
			}
			if (failed) {
				errors.incrementAndGet();
			}
		}

		String line() {
			List<Integer> sorted;
			synchronized (millis) {
				sorted = new ArrayList<>(millis);
			}
			Collections.sort(sorted);
			long requests = this.requests.get();
			double elapsed = (lastEnd.get() - firstStart.get()) / 1e9;
			double achieved = requests == 0 || elapsed <= 0 ? 0 : requests / elapsed;
			return String.join("\t", spec.name(), spec.target(), spec.mode(), fmt(spec.value()),
					Integer.toString(spec.seconds()), Long.toString(requests), Long.toString(errors.get()),
					pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
					sorted.isEmpty() ? "n/a" : Integer.toString(sorted.get(sorted.size() - 1)), fmt(achieved));
		}

		private static String pct(List<Integer> sorted, int p) {
			if (sorted.isEmpty()) {
				return "n/a";
			}
			int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
			return Integer.toString(sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))));
		}

		private static String fmt(double v) {
			return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
		}
	}
}
