package org.clientcare.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class KpiExportTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void theExportOpensAsAWorkbookWithTheFiguresAndOneSheetPerBreakdownAndIsAudited() throws Exception {
		var report = api.as("zhao.manager").get("/api/v1/kpis?period=YEAR&orgUnit=SH");
		long complaints = KpiApiTest.value(report, "COMPLAINT_COUNT").longValueExact();

		HttpResponse<byte[]> xlsx = get("zhao.manager", "/api/v1/kpis/export?period=YEAR&orgUnit=SH");
		Map<String, String> parts = unzip(xlsx.body());

		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).startsWith(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(parts).containsKeys("xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
				"xl/worksheets/sheet3.xml");
		String strings = parts.get("xl/sharedStrings.xml");
		for (KpiCode code : KpiCode.values()) {
			assertThat(strings).contains(code.name());
		}
		assertThat(strings).contains("SH-PD", "SH-XH");
		assertThat(cell(parts, strings, "COMPLAINT_COUNT", 2)).isEqualTo(Long.toString(complaints));
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=kpi_export&entityId=SH").text())
			.contains("kpi.exported", "zhao.manager").doesNotContain("null\"");
	}

	@Test
	void anExportOutsideTheCallersScopeIsNotFoundAndWritesNothing() throws Exception {
		var outside = get("zhao.manager", "/api/v1/kpis/export?orgUnit=HQ");
		var agent = get("wang.agent", "/api/v1/kpis/export");

		assertThat(outside.statusCode()).isEqualTo(404);
		assertThat(new String(outside.body(), StandardCharsets.UTF_8)).contains("\"status\":404");
		assertThat(agent.statusCode()).isEqualTo(403);
	}

	@Test
	void textThatASpreadsheetWouldTakeForAFormulaIsWrittenAsText() {
		assertThat(KpiExport.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(KpiExport.safe("+1")).isEqualTo("'+1");
		assertThat(KpiExport.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(KpiExport.safe("浦东支行")).isEqualTo("浦东支行");
	}

	/** The value in column {@code column} (0-based) of the first sheet's row whose first cell is {@code code}. */
	static String cell(Map<String, String> parts, String strings, String code, int column) {
		var shared = new java.util.ArrayList<String>();
		Matcher si = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL).matcher(strings);
		while (si.find()) {
			shared.add(si.group(1).replaceAll("<[^>]+>", ""));
		}
		Matcher row = Pattern.compile("<row[^>]*>(.*?)</row>", Pattern.DOTALL).matcher(parts.get("xl/worksheets/sheet1.xml"));
		while (row.find()) {
			var cells = new java.util.ArrayList<String>();
			Matcher c = Pattern.compile("<c ([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL).matcher(row.group(1));
			while (c.find()) {
				String v = c.group(2) == null ? "" : c.group(2).replaceAll(".*<v>(.*?)</v>.*", "$1");
				cells.add(c.group(1).contains("t=\"s\"") ? shared.get(Integer.parseInt(v)) : v);
			}
			if (!cells.isEmpty() && cells.get(0).equals(code)) {
				return cells.get(column);
			}
		}
		throw new AssertionError(code + " not in the first sheet");
	}

	HttpResponse<byte[]> get(String user, String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	static Map<String, String> unzip(byte[] bytes) throws Exception {
		Map<String, String> parts = new HashMap<>();
		java.nio.file.Path file = java.nio.file.Files.createTempFile("kpi", ".xlsx");
		try {
			java.nio.file.Files.write(file, bytes);
			try (var zip = new java.util.zip.ZipFile(file.toFile())) {
				for (var entry : java.util.Collections.list(zip.entries())) {
					try (var in = zip.getInputStream(entry)) {
						parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
		return parts;
	}
}
