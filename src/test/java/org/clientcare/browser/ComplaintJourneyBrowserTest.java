package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Complaints in headless Chromium: a customer files one on a phone, an agent acknowledges it in the inbox. */
@DemoTest
class ComplaintJourneyBrowserTest extends Chromium {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");


	@LocalServerPort
	int port;


	@Test
	void aCustomerFilesAComplaintOnAPhoneAndAnAgentAcknowledgesItBeforeItsDeadline() throws Exception {
		String mobile = TestCustomers.mobile();
		Page phone = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844))
			.newPage();
		phone.navigate("http://localhost:" + port + "/public/complaints");
		phone.fill("#name", "钱七");
		phone.fill("#mobile", mobile);
		phone.selectOption("#category", "WEALTH_PRODUCT");
		phone.fill("#content", "理财产品到期未按时兑付");
		phone.click("#file");
		String complaintNo = phone.locator("#complaint-no").textContent().strip();
		Files.createDirectories(SCREENSHOTS);
		phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("public-complaint-receipt.png")));

		Page desk = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))
			.newPage();
		desk.navigate("http://localhost:" + port + "/login");
		desk.fill("#username", "wang.agent");
		desk.fill("#password", "demo");
		desk.click("#sign-in");
		desk.navigate("http://localhost:" + port + "/complaints?status=RECEIVED");
		desk.click("text=" + complaintNo);
		assertThat(desk.locator("#complaint-status")).hasText("已登记");
		assertThat(desk.locator("main")).containsText("剩余");
		assertThat(desk.locator("main")).containsText("23:59");
		desk.click("#acknowledge");
		assertThat(desk.locator("#complaint-status")).hasText("已确认");
		assertThat(desk.locator("ol.timeline")).containsText("确认受理");
		desk.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("complaint-detail.png")).setFullPage(true));

		phone.navigate("http://localhost:" + port + "/public/complaints/status?no=" + complaintNo + "&mobile=" + mobile);
		assertThat(phone.locator("#public-status")).containsText("已确认");
	}
}
