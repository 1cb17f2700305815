package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.clientcare.support.DemoTest;
import org.junit.jupiter.api.Test;

/**
 * Training in headless Chromium: the branch manager reads the coverage and who is behind on a mandatory course, sets up
 * a course, records an account manager's attendance with a failed exam and then the passing retake; the account
 * manager then finds the course completed on their own training page.
 */
@DemoTest
class TrainingJourneyBrowserTest extends Journeys {

	@Test
	void theBranchManagerRecordsAFailedExamAndItsRetakeAndTheAccountManagerSeesTheCourseCompleted() {
		Page page = signIn("zhao.manager");
		page.click("nav.sidebar a[href='/training']");
		assertThat(page.locator("#coverage-SH-XH")).isVisible();
		assertThat(page.locator("#outstanding")).containsText("li.rm");
		check(page, "training-overview");

		page.fill("#course-title", "理财经理合规复训");
		page.selectOption("#course-topic", "COMPLIANCE");
		page.check("#course-mandatory");
		page.fill("#course-pass-mark", "80");
		page.fill("#course-org-unit", "SH-XH");
		page.click("#create-course");
		assertThat(page.locator("h1")).hasText("理财经理合规复训");
		page.fill("#session-location", "徐汇支行会议室");
		page.click("#add-session");
		assertThat(page.locator("#sessions tbody tr")).hasCount(1);

		page.fill("#attendance-username", "li.rm");
		page.fill("#attendance-score", "72");
		page.click("#record-attendance");
		assertThat(page.locator("#done")).hasText("签到已登记。");
		assertThat(page.locator("#attempts")).containsText("不及格");
		page.fill("#attempt-username", "li.rm");
		page.fill("#attempt-score", "86");
		page.click("#record-attempt");
		assertThat(page.locator("#done")).hasText("已登记：该课程已完成。");
		assertThat(page.locator("#completions")).hasText("1");
		check(page, "training-course");

		Page own = signIn("li.rm");
		own.click("nav.sidebar a[href='/training']");
		assertThat(own.locator("h1")).hasText("我的培训");
		assertThat(own.locator("#my-completions")).containsText("理财经理合规复训");
		assertThat(own.locator("#my-outstanding")).containsText("个人信息保护法实务");
		check(own, "training-mine");
	}
}
