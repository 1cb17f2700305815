package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Complaints in headless Chromium: a customer files one on a phone, an agent acknowledges it in the inbox; a complainant
 * rates a resolution through the link found on the phone (the demo phone), which no staff page shows.
 */
@DemoTest
class ComplaintJourneyBrowserTest extends Journeys {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.clientcare.support.Api api;

	@Test
	void complianceDownloadsTheRegulatorsQuarterlyReportAndItsCountsAreTheQuartersComplaints() throws Exception {
		Page compliance = signIn("chen.compliance");
		compliance.navigate(url("/complaints/analysis"));
		check(compliance, "complaint-analysis");
		String quarter = compliance.locator("#report-quarter").inputValue();
		var download = compliance.waitForDownload(() -> compliance.click("#regulator-report"));
		java.nio.file.Path file = download.path();
		var first = org.clientcare.complaint.ComplaintRegulatorReport.Quarter.parse(quarter).first();
		long received = jdbc.sql("select count(*) from complaint where received_at >= ? and received_at < ?")
			.params(java.sql.Timestamp.from(first.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()),
					java.sql.Timestamp.from(first.plusMonths(3).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()))
			.query(Long.class).single();

		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("complaint-statistics-" + quarter + ".xlsx");
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
			org.assertj.core.api.Assertions.assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("汇总");
			org.assertj.core.api.Assertions.assertThat(workbook.getSheetAt(0).getRow(5).getCell(0).getNumericCellValue())
				.isEqualTo((double) received);
			org.assertj.core.api.Assertions.assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("投诉类别");
		}
	}

	@Test
	void aHandlerTriagesAComplaintAndAddsACorrectiveActionThatComplianceAndTheBranchManagerReviewInTheAnalysis() {
		var ordinary = api.as("liu.handler").get("/api/v1/complaints?status=IN_PROGRESS&size=500").body().get("content")
			.valueStream().filter(c -> c.get("severity").asString().equals("ORDINARY")).toList();
		long id = ordinary.get(0).get("id").asLong();
		String action = "修订提前还款违约金计算规则，并在贷款合同中逐项列明";
		Page handler = signIn("liu.handler");
		handler.navigate(url("/complaints/" + id));
		handler.selectOption("#triage-severity", "SERIOUS");
		handler.selectOption("#triage-cause", "FEES_PRICING");
		handler.fill("#triage-note", "违约金计算规则未在合同中写明");
		handler.click("#triage");
		assertThat(handler.locator(".alert.info")).containsText("投诉分级与原因已记录");
		assertThat(handler.locator("#complaint-severity")).hasText("较重");
		assertThat(handler.locator("#complaint-cause")).hasText("收费定价");
		assertThat(handler.locator("ol.timeline")).containsText("分级与原因认定");
		handler.fill("#action-description", action);
		handler.selectOption("#action-owner", "liu.handler");
		handler.fill("#action-due", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(20).toString());
		handler.click("#add-action");
		assertThat(handler.locator("#corrective-actions")).containsText(action);
		assertThat(handler.locator("#corrective-actions")).containsText("待落实");
		check(handler, "complaint-triaged-with-action");
		long actionId = api.as("liu.handler").get("/api/v1/complaints/" + id).body().get("correctiveActions").valueStream()
			.filter(a -> a.get("description").asString().equals(action)).findFirst().orElseThrow().get("id").asLong();
		handler.selectOption("#follow-up-status-" + actionId, "IN_PROGRESS");
		handler.fill("#follow-up-note-" + actionId, "新条款已提交法律合规部审核");
		handler.click("#follow-up-" + actionId);
		assertThat(handler.locator("#corrective-actions")).containsText("落实中");
		assertThat(handler.locator("#corrective-actions")).containsText("新条款已提交法律合规部审核");
		handler.navigate(url("/complaints/corrective-actions?mine=true"));
		assertThat(handler.locator("#action-list")).containsText(action);
		check(handler, "corrective-actions-of-handler");

		Page compliance = signIn("chen.compliance");
		compliance.navigate(url("/complaints/analysis"));
		assertThat(compliance.locator("#by-cause")).containsText("收费定价");
		assertThat(compliance.locator("#by-severity")).containsText("较重");
		assertThat(compliance.locator("#by-severity")).containsText("重大");
		assertThat(compliance.locator("#by-businessLine")).containsText("代理保险");
		assertThat(compliance.locator("#analysis-action-list")).containsText(action);
		assertThat(compliance.locator("#analysis-action-list")).containsText("已逾期");
		check(compliance, "complaint-analysis-causes-and-actions");

		Page manager = signIn("zhao.manager", "en");
		manager.navigate(url("/complaints/analysis"));
		assertThat(manager.locator("#by-cause")).containsText("Fees and pricing");
		assertThat(manager.locator("#analysis-actions")).containsText("Corrective actions");
		check(manager, "complaint-analysis-en");
	}

	@Test
	void aHandlerStopsTheRegulatoryClockForMediationAndRestartsItMovingTheDeadline() {
		var mine = api.as("liu.handler").get("/api/v1/complaints?status=IN_PROGRESS&size=500").body().get("content")
			.valueStream().filter(c -> !c.get("regulatoryPaused").asBoolean()).toList();
		var complaint = mine.get(mine.size() - 1);
		long id = complaint.get("id").asLong();
		Page handler = signIn("liu.handler");
		handler.navigate(url("/complaints/" + id));
		handler.selectOption("#pause-reason", "MEDIATION");
		handler.fill("#pause-note", "已提交金融纠纷调解中心");
		handler.click("#pause");
		assertThat(handler.locator("#clock-paused")).containsText("调解");
		assertThat(handler.locator("ol.timeline")).containsText("监管时限中止（调解）");
		assertThat(handler.locator("#pause")).hasCount(0);
		check(handler, "complaint-clock-paused");
		handler.click("#resume");
		assertThat(handler.locator(".alert.info")).containsText("监管时限已恢复");
		assertThat(handler.locator("#clock-paused")).hasCount(0);
		assertThat(handler.locator("ol.timeline")).containsText("监管时限恢复");
		check(handler, "complaint-clock-resumed");
		var after = api.as("liu.handler").get("/api/v1/complaints/" + id).body();
		org.assertj.core.api.Assertions.assertThat(after.get("regulatoryPaused").asBoolean()).isFalse();
		org.assertj.core.api.Assertions.assertThat(java.time.OffsetDateTime.parse(after.get("regulatoryDueAt").asString()))
			.isAfterOrEqualTo(java.time.OffsetDateTime.parse(complaint.get("regulatoryDueAt").asString()));
	}

	@Test
	void aHandlerAsksForTenMoreDaysWhichComplianceApprovesAndReadsInTheAuditTrail() {
		var unextended = api.as("liu.handler").get("/api/v1/complaints?status=IN_PROGRESS&size=500").body().get("content")
			.valueStream().filter(c -> c.get("extensions").asInt() == 0 && !c.get("regulatoryPaused").asBoolean()).toList();
		var complaint = unextended.get(unextended.size() / 2);
		long id = complaint.get("id").asLong();
		String number = complaint.get("complaintNo").asString();
		Page handler = signIn("liu.handler");
		handler.navigate(url("/complaints/" + id));
		handler.fill("#extend-days", "10");
		handler.fill("#extend-reason", "需调取外部机构鉴定材料");
		handler.click("#extend");
		assertThat(handler.locator("ol.timeline")).containsText("延期 10 天");
		check(handler, "complaint-extension-requested");

		Page compliance = signIn("chen.compliance");
		compliance.navigate(url("/approvals"));
		compliance.locator("tr", new Page.LocatorOptions().setHasText(number)).locator("button.primary").click();
		assertThat(compliance.locator(".alert.info")).isVisible();
		check(compliance, "complaint-extension-approved");
		var after = api.as("liu.handler").get("/api/v1/complaints/" + id).body();
		org.assertj.core.api.Assertions.assertThat(java.time.OffsetDateTime.parse(after.get("regulatoryDueAt").asString()))
			.as("15 days and 10 more from the start of the count, moved by the time the clock stood still")
			.isEqualTo(java.time.OffsetDateTime.parse(after.get(after.hasNonNull("regulatoryFrom") ? "regulatoryFrom" : "receivedAt")
				.asString()).plusDays(25).plusSeconds(after.get("pausedSeconds").asLong()));

		compliance.navigate(url("/audit?entityType=approval"));
		assertThat(compliance.locator("#main")).containsText("投诉 " + number + "：监管答复时限延期 10 天（第 1 次）");
		check(compliance, "audit-extension-request");
	}

	@Test
	void anAgentResolvesAComplaintAndTheComplainantAcceptsAndRatesItOnAPhoneOnce() throws Exception {
		String mobile = TestCustomers.mobile();
		var taken = api.as("wang.agent").post("/api/v1/complaints", org.clientcare.support.Api.json("complainantName", "周九",
				"contact", mobile, "channel", "HOTLINE", "category", "FEES", "content", "信用卡年费多扣了 120 元"));
		org.assertj.core.api.Assertions.assertThat(taken.status()).as(taken.text()).isEqualTo(201);
		String[] complaint = { taken.body().get("id").asString(), taken.body().get("complaintNo").asString() };
		var acknowledged = api.as("wang.agent").post("/api/v1/complaints/" + complaint[0] + "/acknowledge",
				org.clientcare.support.Api.json());
		org.assertj.core.api.Assertions.assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(200);
		Page desk = signIn("wang.agent");
		desk.navigate(url("/complaints/" + complaint[0]));
		desk.fill("#resolution", "已为您退还多收的年费 120 元");
		desk.click("#resolve");
		assertThat(desk.locator("#complaint-status")).hasText("已办结");
		assertThat(desk.locator("ol.timeline")).containsText("已向投诉人发送评价链接");

		// the complainant's link travels only in the message: the complainant finds it on the phone
		Page phone = openOnDemoPhone("zh-CN", mobile, complaint[1], "demo-phone-complaint-feedback");
		String path = java.net.URI.create(phone.url()).getPath();
		assertThat(phone.locator("#feedback-complaint-no")).hasText(complaint[1]);
		assertThat(phone.locator("#feedback-resolution")).containsText("退还多收的年费");
		check(phone, "public-complaint-feedback");
		phone.check("#accept-yes");
		phone.check("#score-5");
		phone.fill("#feedback-comment", "处理很及时，谢谢");
		phone.click("#send-feedback");
		assertThat(phone.locator("#feedback-outcome")).containsText("已关闭");
		check(phone, "public-complaint-feedback-thanks");
		phone.navigate(url(path));
		assertThat(phone.locator("#feedback-answered")).isVisible();
		assertThat(phone.locator("#send-feedback")).hasCount(0);

		desk.navigate(url("/complaints/" + complaint[0]));
		assertThat(desk.locator("#complaint-status")).hasText("已关闭");
		assertThat(desk.locator("#complaint-satisfaction")).hasText("5 / 5");
		assertThat(desk.locator("#complaint-feedback-source")).containsText("链接");
		assertThat(desk.locator("#complaint-feedback-comment")).hasText("处理很及时，谢谢");
		org.assertj.core.api.Assertions.assertThat(desk.content()).doesNotContain(path);
		check(desk, "complaint-rated-by-complainant");
		assertNoStaffPageHeldTheCustomersLinks();
	}

	@Test
	void aCustomerFilesAComplaintOnAPhoneAndAnAgentAcknowledgesItBeforeItsDeadline() throws Exception {
		String mobile = TestCustomers.mobile();
		Page phone = page("zh-CN", 390, 844);
		phone.navigate(url("/public/complaints"));
		assertThat(phone.locator("#institution")).not().isEmpty();
		assertThat(phone.locator("#privacy")).containsText("个人信息保护法");
		phone.fill("#name", "钱七");
		phone.fill("#mobile", "1380013");
		phone.selectOption("#category", "WEALTH_PRODUCT");
		phone.fill("#content", "理财产品到期未按时兑付");
		phone.click("#file");
		assertThat(phone.locator("#mobile-error")).containsText("11位");
		assertThat(phone.locator("#mobile")).hasAttribute("aria-invalid", "true");
		check(phone, "public-complaint-bad-mobile");
		phone.fill("#mobile", mobile);
		phone.click("#file");
		String complaintNo = phone.locator("#complaint-no").textContent().strip();
		check(phone, "public-complaint-receipt");

		Page desk = signIn("wang.agent");
		desk.navigate(url("/complaints?status=RECEIVED"));
		desk.click("text=" + complaintNo);
		assertThat(desk.locator("#complaint-status")).hasText("已登记");
		assertThat(desk.locator("main")).containsText("个工作日");
		assertThat(desk.locator("main")).containsText("23:59");
		desk.click("#acknowledge");
		assertThat(desk.locator("#complaint-status")).hasText("已确认");
		assertThat(desk.locator("ol.timeline")).containsText("确认受理");
		check(desk, "complaint-detail");

		phone.navigate(url("/public/complaints"));
		phone.fill("#track-no", complaintNo);
		phone.fill("#track-mobile", mobile);
		phone.click("#track");
		assertThat(phone.locator("#public-status")).containsText("已确认");
		check(phone, "public-complaint-status");
	}
}
