package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.shared.jdbc.ReportReads;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Against a real streaming replica of the PostgreSQL server ({@code .ci/with-replica.sh mvn -Preplica test}, which
 * sets CLIENTCARE_DB_REPLICA_URL and the replica's statement log): reports, exports and list totals are read there,
 * everything else on the primary.
 */
@IntegrationTest
class StreamingReplicaTest {

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportReads reads;

	Path replicaLog;

	@BeforeEach
	void aReplicaIsConfigured() {
		assertThat(System.getenv("CLIENTCARE_DB_REPLICA_URL")).as("run through .ci/with-replica.sh").isNotBlank();
		replicaLog = Path.of(System.getenv("CLIENTCARE_TEST_REPLICA_LOG"));
	}

	@Test
	void aReportReadRunsOnTheReplicaAndOtherWorkOnThePrimary() {
		int primaryPort = port(System.getenv("CLIENTCARE_DB_URL"));
		int replicaPort = port(System.getenv("CLIENTCARE_DB_REPLICA_URL"));

		assertThat(reads.read(() -> jdbc.sql("select inet_server_port()").query(Integer.class).single()))
			.isEqualTo(replicaPort);
		assertThat(reads.read(() -> jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single())).isTrue();
		assertThat(jdbc.sql("select inet_server_port()").query(Integer.class).single()).isEqualTo(primaryPort)
			.isNotEqualTo(replicaPort);
		assertThat(jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single()).isFalse();
	}

	@Test
	void kpisComplaintAnalysisAgingAndListTotalsReachTheReplicaAndTheCustomerViewDoesNot() throws Exception {
		long first = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"));
		long before = Files.size(replicaLog);

		assertThat(api.as("admin").get("/api/v1/kpis?period=YEAR&orgUnit=HQ").status()).isEqualTo(200);
		assertThat(api.as("chen.compliance").get("/api/v1/complaints/analysis").status()).isEqualTo(200);
		assertThat(api.as("zhang.rm").get("/api/v1/customers?size=1").body().get("totalElements").asLong())
			.isPositive();
		assertThat(api.as("zhang.rm").get("/api/v1/customers/" + first).status()).isEqualTo(200);
		String aging = page(SignedInPages.as("zhao.manager", port), "/cases/aging?lang=en");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			String replicaRan = since(before);
			assertThat(replicaRan).contains("clientcare-reports|")
				.contains("revisit_kpi_ref")                                        // the KPI figures
				.contains("select k.type_code, s.code, min(s.position)")            // the aging report
				.containsPattern("select count\\(\\*\\) from \\(select 1 from customer c .*where c\\.manager_id"); // a list total
		});
		assertThat(since(before)).as("the customer view reads the primary")
			.doesNotContain("select c.* from customer c where c.id = $1");
		assertThat(aging).containsPattern("Read from a replica of the database, \\d+ s behind the primary");
	}

	private String since(long offset) throws IOException {
		byte[] all = Files.readAllBytes(replicaLog);
		return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
	}

	private static int port(String jdbcUrl) {
		Matcher m = Pattern.compile("//[^:/]+:(\\d+)/").matcher(jdbcUrl);
		assertThat(m.find()).as(jdbcUrl).isTrue();
		return Integer.parseInt(m.group(1));
	}

	private String page(HttpClient browser, String path) throws Exception {
		var page = browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return page.body();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
