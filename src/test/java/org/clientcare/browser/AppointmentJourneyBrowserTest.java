package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import org.clientcare.support.Api;
import org.clientcare.support.DemoTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Appointments in headless Chromium: a visitor books on a phone with the SMS code read on the phone (the demo phone) and
 * cancels once through the private link of the booking's SMS, which the branch's pages never show; an agent books for a
 * customer from its 360 page; a branch's advisor checks the customer in and completes; an agent moves a booking, gives
 * it to another advisor and cancels it with a reason.
 */
@DemoTest
class AppointmentJourneyBrowserTest extends Journeys {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aVisitorBooksOnAPhoneWithTheSmsCodeAndCancelsOnceThroughThePrivateLink() throws Exception {
		String day = nextWorkingDay();
		String mobile = TestCustomers.mobile();
		Page phone = page("zh-CN", 390, 844);
		phone.navigate(url("/public/appointments"));
		phone.selectOption("#orgUnit", "SH-PD");
		phone.selectOption("#service", "OTHER");
		phone.fill("#date", day);
		phone.click("#show-slots");
		assertThat(phone.locator("#slot-0")).isChecked();
		phone.fill("#name", "林小姐");
		phone.fill("#mobile", mobile);
		phone.click("#send-code");
		// the visitor reads the code's step in English: the same step of the same booking, and no second SMS
		assertThat(phone.locator("#code")).isVisible();
		phone.click("#lang-en");
		assertThat(phone.locator("#confirm")).containsText("We have sent a six-digit code");
		// the code arrives by SMS: the visitor reads it on the phone (the demo phone)
		String code = messageOnDemoPhone("zh-CN", mobile, "预约验证码", "demo-phone-appointment-code")
			.locator(".customer-code").first().innerText().strip();
		phone.fill("#code", code);
		phone.click("#confirm-code");
		assertThat(phone.locator("#booked")).isVisible();
		String appointmentNo = phone.locator("#appointment-no").textContent().strip();
		Files.createDirectories(SCREENSHOTS);
		phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("public-appointment-booked.png")).setFullPage(true));
		String manageLink = phone.locator("#manage-link").getAttribute("href");
		// back to Chinese from the booked page: the booking on its private page
		phone.click("#lang-zh");
		assertThat(phone.locator("#manage-status")).hasText("已预约");
		assertThat(phone.locator("#manage")).containsText(appointmentNo);

		// the booking's SMS carries the same private link: the visitor follows it from the phone
		phone = openOnDemoPhone("zh-CN", mobile, appointmentNo, "demo-phone-appointment-booked");
		assertThat(phone.url()).isEqualTo(manageLink);
		assertThat(phone.locator("#manage-status")).hasText("已预约");
		phone.click("#cancel");
		assertThat(phone.locator("#cancelled")).isVisible();
		assertThat(phone.locator("#manage-status")).hasText("已取消");
		assertThat(phone.locator("#cancel")).hasCount(0);
		// the cancellation's answer in English: the private page, cancelled
		phone.click("#lang-en");
		assertThat(phone.locator("#manage-status")).hasText("Cancelled");
		phone.click("#lang-zh");
		phone.navigate(url(java.net.URI.create(phone.url()).getPath().replace("/cancel", "")));
		assertThat(phone.locator("#cancel")).hasCount(0);
		assertThat(phone.locator("#manage-status")).hasText("已取消");
		assertThat(api.as("wang.agent").get("/api/v1/appointments?orgUnit=SH-PD&date=" + day + "&status=CANCELLED&size=500")
			.text()).contains(appointmentNo);
		assertThat(problems).isEmpty();
		assertThat(phone.content()).doesNotContain("??");
		// the branch's day shows the booking cancelled, and never the visitor's link
		Page desk = signIn("wang.agent");
		desk.navigate(url("/appointments?orgUnit=SH-PD&date=" + day));
		assertThat(desk.locator("#appointment-" + appointmentNo)).containsText("已取消");
		check(desk, "appointments-day-with-cancelled-visitor");
		assertNoStaffPageHeldTheCustomersLinks();
	}

	@Test
	void anAgentBooksForACustomerFromIts360PageAndTheAdvisorChecksItInAndCompletes() throws Exception {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		registration.put("name", "预约" + registration.get("name"));
		long customer = api.as("zhang.rm").post("/api/v1/customers", registration).body().get("id").asLong();
		LocalDate day = LocalDate.parse(nextWorkingDay());
		clock.fixAt(LocalDateTime.of(day, java.time.LocalTime.of(7, 0)).atZone(SHANGHAI).toInstant());

		Page desk = signIn("wang.agent");
		desk.navigate(url("/customers/" + customer));
		desk.click("#book-for-customer");
		assertThat(desk.locator("#for-customer")).containsText((String) registration.get("name"));
		desk.selectOption("#orgUnit", "SH-PD");
		desk.selectOption("#service", "WEALTH_CONSULTATION");
		desk.fill("#date", day.toString());
		desk.click("#show-slots");
		desk.locator("fieldset.slots input:not([disabled])").first().check();
		desk.click("#confirm-booking");
		assertThat(desk.locator("#booked")).isVisible();
		String row = "tr:has-text('" + registration.get("name") + "')";
		assertThat(desk.locator(row)).containsText("已预约");
		desk.navigate(url("/customers/" + customer));
		assertThat(desk.locator("#appointments")).containsText("财富咨询");

		Page advisor = signIn("zhang.rm");
		advisor.navigate(url("/appointments?orgUnit=SH-PD"));
		advisor.locator(row + " button.check-in").click();
		assertThat(advisor.locator(row)).containsText("已签到");
		advisor.locator(row + " input[name=notes]").fill("已讲解产品");
		advisor.locator(row + " button.complete").click();
		assertThat(advisor.locator(row)).containsText("已完成");
		assertThat(advisor.locator(row + " .completion-notes")).hasText("办理记录：已讲解产品");
		Files.createDirectories(SCREENSHOTS);
		advisor.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("appointments-day.png")).setFullPage(true));
		assertThat(problems).isEmpty();
		assertThat(advisor.content()).doesNotContain("??");
	}

	@Test
	void anAgentMovesABookingGivesItToAnotherAdvisorAndCancelsItWithAReason() {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		registration.put("name", "改约" + registration.get("name"));
		long customer = api.as("zhang.rm").post("/api/v1/customers", registration).body().get("id").asLong();
		LocalDate day = LocalDate.parse(nextWorkingDay());
		clock.fixAt(LocalDateTime.of(day, java.time.LocalTime.of(7, 0)).atZone(SHANGHAI).toInstant());
		Page desk = signIn("wang.agent");
		desk.navigate(url("/appointments/new?customerId=" + customer + "&orgUnit=SH-PD&service=WEALTH_CONSULTATION&date="
				+ day));
		desk.locator("fieldset.slots input:not([disabled])").first().check();
		desk.click("#confirm-booking");
		assertThat(desk.locator("#booked")).isVisible();
		String row = "tr:has-text('" + registration.get("name") + "')";
		String bookedAt = desk.locator(row + " td.mono span").first().textContent();

		desk.locator(row + " a.reschedule").click();
		assertThat(desk.locator("#current")).containsText((String) registration.get("name"));
		desk.fill("#date", day.toString());
		desk.click("#show-slots");
		desk.locator("fieldset.slots input:not([disabled])").last().check();
		desk.click("#confirm-move");
		assertThat(desk.locator("#moved")).isVisible();
		assertThat(desk.locator(row + " td.mono span").first()).not().hasText(bookedAt);

		desk.locator(row + " a.reschedule").click();
		String to = desk.locator("#advisor option").first().getAttribute("value");
		String toName = desk.locator("#advisor option").first().textContent();
		desk.selectOption("#advisor", to);
		desk.click("#confirm-reassign");
		assertThat(desk.locator("#reassigned")).containsText(toName);
		assertThat(desk.locator(row + " td:nth-child(4)")).hasText(toName);
		var stored = api.as("wang.agent").get("/api/v1/appointments?orgUnit=SH-PD&date=" + day + "&size=500").body()
			.get("content").valueStream().filter(a -> a.get("customerId").asLong(0) == customer).findFirst().orElseThrow();
		assertThat(stored.get("advisor").asString()).isEqualTo(to);

		// cancelling asks for a reason, folded away from the day's one-click steps
		assertThat(desk.locator(row + " input[name=reason]")).isHidden();
		desk.locator(row + " details.cancel-appointment summary").click();
		desk.locator(row + " input[name=reason]").fill("客户来电改期至下月");
		desk.locator(row + " button.cancel").click();
		assertThat(desk.locator(row + " span.badge")).hasText("已取消");
		assertThat(desk.locator(row + " .cancel-reason")).hasText("取消原因：客户来电改期至下月");
		assertThat(desk.locator(row + " details.cancel-appointment")).hasCount(0);
		check(desk, "appointments-day-cancelled-by-desk");
		assertThat(problems).isEmpty();
		assertThat(desk.content()).doesNotContain("??");
	}

	@Test
	void aWalkInTakesANumberAndIsCalledAndServed() {
		atTenOnTheNextWorkingDay();
		Page desk = signIn("wang.agent");
		desk.navigate(url("/appointments/walk-ins?orgUnit=SH-XH"));
		String name = "排队" + ThreadLocalRandom.current().nextInt(10_000);
		desk.fill("#walk-in-name", name);
		desk.click("#take-number");
		assertThat(desk.locator("#ticket-taken")).isVisible();
		String row = "tr:has-text('" + name + "')";
		assertThat(desk.locator(row)).containsText("等候中");
		desk.locator(row + " button.call").click();
		assertThat(desk.locator(row)).containsText("已叫号");
		desk.locator(row + " button.serve").click();
		assertThat(desk.locator(row)).containsText("已办理");
		assertThat(problems).isEmpty();
		assertThat(desk.content()).doesNotContain("??");
	}

	@Test
	void aCustomerWhoWalksInGetsANumberFromIts360PageAndWaitsInItsBranchsQueue() {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		registration.put("name", "到店" + registration.get("name"));
		long customer = api.as("zhang.rm").post("/api/v1/customers", registration).body().get("id").asLong();

		atTenOnTheNextWorkingDay();
		Page desk = signIn("wang.agent");
		desk.navigate(url("/customers/" + customer));
		assertThat(desk.locator("#walk-in-branch")).hasValue("SH-PD");
		desk.selectOption("#walk-in-customer-service", "ACCOUNT_OPENING");
		desk.click("#walk-in-ticket");

		assertThat(desk.locator("#ticket-taken")).isVisible();
		String row = "tr:has-text('" + registration.get("name") + "')";
		assertThat(desk.locator(row)).containsText("等候中");
		assertThat(desk.locator(row)).containsText("开户");
		desk.navigate(url("/customers/" + customer));
		assertThat(desk.locator("#appointments")).containsText("1");
		assertThat(problems).isEmpty();
		assertThat(desk.content()).doesNotContain("??");
	}

	@Test
	void aBranchManagerSeesEachSubBranchsDayOnItsHomePageAndOpensTheQueueOfOne() {
		atTenOnTheNextWorkingDay();
		String name = "排队" + ThreadLocalRandom.current().nextInt(10_000);
		var taken = api.as("wang.agent").post("/api/v1/walk-ins",
				Api.json("orgUnit", "SH-XH", "service", "ACCOUNT_OPENING", "name", name));
		assertThat(taken.status()).as(taken.toString()).isEqualTo(201);

		Page manager = signIn("zhao.manager");
		assertThat(manager.locator("#branch-day tbody tr")).hasCount(2);
		assertThat(manager.locator("#branch-day-SH-PD")).containsText("浦东支行");
		assertThat(manager.locator("#branch-day-SH-XH")).containsText("徐汇支行");
		long waiting = figure(manager, "#branch-day-SH-PD a.waiting") + figure(manager, "#branch-day-SH-XH a.waiting");
		long arrivals = figure(manager, "#branch-day-SH-PD a.arrivals") + figure(manager, "#branch-day-SH-XH a.arrivals");
		assertThat(figure(manager, "#todo-walkInsWaiting .figure")).isEqualTo(waiting);
		assertThat(figure(manager, "#todo-branchesArrivals .figure")).isEqualTo(arrivals);
		assertThat(figure(manager, "#branch-day-SH-XH a.waiting")).isPositive();
		check(manager, "home-branch-day");

		manager.click("#todo-walkInsWaiting");
		assertThat(manager).hasURL(java.util.regex.Pattern.compile("#branch-day$"));
		manager.click("#branch-day-SH-XH a.waiting");
		assertThat(manager.locator("#orgUnit")).hasValue("SH-XH");
		assertThat(manager.locator("tr:has-text('" + name + "')")).containsText("等候中");
		assertThat(problems).isEmpty();
	}

	private static long figure(Page page, String selector) {
		return Long.parseLong(page.locator(selector).textContent().strip().replace(",", ""));
	}

	/** Walk-ins take numbers on the days the branches open only (§8): the journey goes to the next one, whatever today is. */
	void atTenOnTheNextWorkingDay() {
		clock.fixAt(LocalDate.parse(nextWorkingDay()).atTime(10, 0).atZone(SHANGHAI).toInstant());
	}

	String nextWorkingDay() {
		return api.as("wang.agent").get("/api/v1/calendar/working-days?from=" + LocalDate.now(SHANGHAI) + "&add=1").body()
			.get("date").asString();
	}
}
