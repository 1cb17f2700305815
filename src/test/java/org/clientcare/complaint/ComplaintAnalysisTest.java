package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.Pages;
import org.clientcare.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ComplaintAnalysisTest {

	@Autowired
	Api api;

	@Autowired
	ComplaintAnalysis analysis;

	@Autowired
	MutableClock clock;

	@Test
	void theAnalysisCountsComplaintsByCategoryAndFindsRepeatComplainantsAndExportsThemToExcel() throws IOException {
		String mobile = org.clientcare.support.TestCustomers.mobile();
		for (int i = 0; i < 2; i++) {
			api.as("wang.agent").post("/api/v1/complaints", Api.json("complainantName", "周九", "contact", mobile,
					"channel", "WECHAT", "category", "INSURANCE_CLAIM", "content", "理赔迟迟未到账 " + i));
		}
		LocalDate today = LocalDate.now(clock);

		var result = new ComplaintAnalysis.Analysis[1];
		CurrentActor.runAs(Actor.system("test"), () -> result[0] = analysis.analyse(today.minusDays(1), today));

		var byCategory = result[0].breakdowns().stream().filter(b -> b.dimension().equals("category")).findFirst().orElseThrow();
		assertThat(byCategory.figures()).anySatisfy(f -> {
			assertThat(f.label()).isEqualTo("INSURANCE_CLAIM");
			assertThat(f.total()).isGreaterThanOrEqualTo(2);
		});
		assertThat(result[0].repeats()).anySatisfy(r -> {
			assertThat(r.contact()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
			assertThat(r.complaints()).isEqualTo(2);
		});
		var out = new java.io.ByteArrayOutputStream();
		analysis.writeExcel(result[0], out);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getSheet("category")).isNotNull();
			assertThat(workbook.getSheet("repeat complainants").getLastRowNum()).isGreaterThanOrEqualTo(1);
			assertThat(workbook.getSheet("summary").getRow(2).getCell(1).getNumericCellValue())
				.isEqualTo((double) result[0].total().total());
		}
	}

	@Test
	void administratorsAddCategoriesThatNewComplaintsMayThenUse() {
		var added = api.as("admin").put("/api/v1/complaint-categories/PENSION", Api.json("nameZh", "养老金",
				"nameEn", "Pension", "active", true));
		var byAgent = api.as("wang.agent").put("/api/v1/complaint-categories/PENSION", Api.json("nameZh", "x",
				"nameEn", "x", "active", false));
		var complaint = api.as("wang.agent").post("/api/v1/complaints", Api.json("complainantName", "吴十",
				"contact", "13700137000", "channel", "BRANCH", "category", "PENSION", "content", "养老金发放延迟"));

		assertThat(added.status()).as(added.text()).isEqualTo(200);
		assertThat(byAgent.status()).isEqualTo(403);
		assertThat(complaint.status()).as(complaint.text()).isEqualTo(201);
		assertThat(Pages.all(api.as("wang.agent"), "/api/v1/complaint-categories").toString()).contains("PENSION", "养老金");
	}
}
