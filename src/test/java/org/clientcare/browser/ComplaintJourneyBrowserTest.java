package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

/** Complaints in headless Chromium: a customer files one on a phone, an agent acknowledges it in the inbox. */
@DemoTest
class ComplaintJourneyBrowserTest extends Journeys {

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
