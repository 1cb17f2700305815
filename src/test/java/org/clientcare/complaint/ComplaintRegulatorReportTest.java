package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The regulator's quarterly complaint statistics, read back from the .xlsx the API answers. */
@IntegrationTest
class ComplaintRegulatorReportTest {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	long register(long customer, String contact, String channel, String category, String product) {
		var created = api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", customer, "complainantName",
				"投诉人", "contact", contact, "channel", channel, "category", category, "content", "统计用投诉",
				"productCode", product));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	HttpResponse<byte[]> download(String username, String password, String quarter) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/complaints/reports/regulator?quarter=" + quarter))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
				.getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	static double number(Row row, int column) {
		return row.getCell(column).getNumericCellValue();
	}

	@Test
	void theQuarterlyReportOpensAsXlsxAndItsCountsEqualTheRecordsInTheManagersUnits() throws Exception {
		var staff = new TestStaff(api);
		String unit = staff.subBranch();
		String manager = staff.user("BRANCH_MANAGER", unit);
		long first = staff.customer(unit, null);
		long second = staff.customer(unit, null);
		String repeat = TestCustomers.mobile();
		register(first, repeat, "WECHAT", "FEES", null);
		register(first, repeat, "WECHAT", "FEES", null);
		register(second, TestCustomers.mobile(), "HOTLINE", "WEALTH_PRODUCT", "P-R2");
		register(second, TestCustomers.mobile(), "HOTLINE", "INSURANCE_CLAIM", "INS-01");
		long decided = register(second, TestCustomers.mobile(), "BRANCH", "FEES", null);
		api.as("wang.agent").post("/api/v1/complaints/" + decided + "/acknowledge", Api.json());
		api.as("wang.agent").post("/api/v1/complaints/" + decided + "/resolve", Api.json("resolution", "已退费"));
		String quarter = ComplaintRegulatorReport.Quarter.of(LocalDate.now(clock)).toString();

		var answer = download(manager, TestStaff.PASSWORD, quarter);
		long records = staff.as(manager).get("/api/v1/complaints?size=500").body().get("totalElements").asLong();

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
		assertThat(records).isEqualTo(5);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
			Row total = workbook.getSheet("Summary").getRow(5);
			assertThat(number(total, 0)).as("complaints").isEqualTo(records);
			assertThat(number(total, 1)).as("acknowledged on time").isEqualTo(1);
			assertThat(number(total, 2)).as("decided").isEqualTo(1);
			assertThat(number(total, 3)).as("decided on time").isEqualTo(1);
			assertThat(number(total, 4)).as("on-time rate").isEqualTo(100.0);
			assertThat(number(total, 6)).as("repeat complainants").isEqualTo(1);
			assertThat(number(total, 7)).as("their complaints").isEqualTo(2);
			Sheet table = workbook.getSheet("Category x line x channel");
			Map<String, Double> lines = new HashMap<>();
			double sum = 0;
			for (int r = 1; r < table.getLastRowNum(); r++) {
				Row row = table.getRow(r);
				lines.put(row.getCell(0).getStringCellValue() + " / " + row.getCell(1).getStringCellValue() + " / "
						+ row.getCell(2).getStringCellValue(), number(row, 3));
				sum += number(row, 3);
			}
			assertThat(sum).isEqualTo(records);
			assertThat(lines).containsEntry("Fees / No product concerned / WeChat", 2.0)
				.containsEntry("Fees / No product concerned / Branch", 1.0)
				.containsEntry("Wealth product / Wealth management / Hotline", 1.0)
				.containsEntry("Insurance claim / Insurance (agency) / Hotline", 1.0);
			assertThat(number(table.getRow(table.getLastRowNum()), 3)).as("total row").isEqualTo(records);
			assertThat(workbook.getSheet("By channel")).isNotNull();
		}
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=complaint-report&entityId=" + quarter).text())
			.contains("complaint.report.exported");
	}

	@Test
	void aBadQuarterIsRefusedNamingItAndStaffWithoutOversightAreRefused() throws Exception {
		var bad = api.as("chen.compliance").get("/api/v1/complaints/reports/regulator?quarter=2026-Q5");

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("quarter");
		assertThat(api.as("wang.agent").get("/api/v1/complaints/reports/regulator?quarter=2026-Q4").status()).isEqualTo(403);
	}

	@Test
	void aTextThatLooksLikeAFormulaIsWrittenAsText() {
		assertThat(ComplaintRegulatorReport.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(ComplaintRegulatorReport.safe("+1")).isEqualTo("'+1");
		assertThat(ComplaintRegulatorReport.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ComplaintRegulatorReport.safe("收费")).isEqualTo("收费");
	}
}
