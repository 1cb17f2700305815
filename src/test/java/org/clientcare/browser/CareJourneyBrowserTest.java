package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.clientcare.support.Api;
import org.clientcare.support.DemoTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Customer care in headless Chromium: a branch manager builds a segment (tiers, and sub-branches and account managers
 * chosen by name) and drafts a campaign, compliance approves it
 * on the approvals page, and the campaign job sends it only once quiet hours are over; the organiser of a lecture takes
 * a guest's answer by telephone, a second guest goes to the waitlist, and the first is checked in at the door by the
 * invitation number within the hour before the start (an event in five days offers no check-in yet and says when it
 * opens); invited customers find the invitation on their phones (the demo phone) and answer through its private link,
 * which the organiser's pages never show; the care calendar shows the year's lunar festivals — in Chinese and in
 * English.
 */
@DemoTest
class CareJourneyBrowserTest extends Journeys {

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
	void aCampaignDraftedByTheBranchManagerSendsOnlyAfterComplianceApprovesAndOutsideQuietHours() {
		String name = "年末客户答谢" + ThreadLocalRandom.current().nextInt(1000, 9999);
		Page manager = signIn("zhao.manager");
		manager.navigate(url("/care/campaigns/new"));
		manager.fill("#campaign-name", name);
		manager.locator("input[name=tiers][value=DIAMOND]").check();
		manager.locator("input[name=tiers][value=PLATINUM]").check();
		manager.locator("#segment-org-units").selectOption(new SelectOption[] { new SelectOption().setLabel("浦东支行"),
				new SelectOption().setLabel("徐汇支行") });
		manager.locator("#segment-managers").selectOption(new SelectOption[] {
				new SelectOption().setLabel("张伟 · 浦东支行"), new SelectOption().setLabel("李娜 · 徐汇支行") });
		assertThat(manager.locator("#audience-count")).isVisible();
		assertThat(Integer.parseInt(manager.locator("#audience-count").innerText().strip())).isPositive();
		manager.fill("#campaign-text-zh", "感谢您一年来的信任，年末理财规划欢迎预约您的客户经理。");
		manager.fill("#campaign-text-en", "Thank you for your trust this year; your relationship manager is glad to plan with you.");
		check(manager, "care-campaign-builder");
		manager.click("#create-campaign");
		assertThat(manager.locator("#campaign-status")).hasText("草稿");
		String campaignPath = manager.url().substring(manager.url().indexOf("/care/campaigns/"));

		manager.click("#submit-campaign");
		assertThat(manager.locator("#campaign-status")).hasText("待合规审核");
		check(manager, "care-campaign-submitted");
		// Nothing goes out before compliance decides.
		ZonedDateTime morning = LocalDate.now(SHANGHAI).plusDays(1).atTime(LocalTime.of(9, 0)).atZone(SHANGHAI);
		clock.fixAt(morning.toInstant());
		runCampaigns();
		manager.reload();
		assertThat(manager.locator("#campaign-queued")).hasText("0");

		clock.fixAt(morning.minusHours(11).toInstant());
		Page compliance = signIn("chen.compliance");
		compliance.navigate(url("/approvals"));
		var row = compliance.locator("tr", new Page.LocatorOptions().setHasText(name));
		assertThat(row).containsText("营销活动合规审核");
		row.locator("button.primary").click();
		assertThat(compliance.locator(".alert.info")).isVisible();
		check(compliance, "care-campaign-approved");

		// Approved at 22:00, quiet hours hold it (whenever the scheduled job runs); at 09:00 the next day it goes out.
		runCampaigns();
		manager.reload();
		assertThat(manager.locator("#campaign-status")).hasText("已批准");
		assertThat(manager.locator("#campaign-queued")).hasText("0");
		clock.fixAt(morning.toInstant());
		runCampaigns();
		runCampaigns();
		manager.reload();
		assertThat(manager.locator("#campaign-status")).hasText("已发送");
		assertThat(Integer.parseInt(manager.locator("#campaign-queued").innerText().strip())).isPositive();
		check(manager, "care-campaign-sent");

		Page english = signIn("chen.compliance", "en");
		english.navigate(url(campaignPath));
		assertThat(english.locator("#campaign-status")).hasText("Sent");
		check(english, "care-campaign-sent-en");
		english.navigate(url("/care/campaigns"));
		check(english, "care-campaigns-en");
	}

	@Test
	void aBranchManagerSeesWhoASegmentLeavesOutByNumberAndNameWithTheReasonInWordsAndNarrowsItToOneReason() {
		// a customer of 张伟 who consents to marketing but opted out of text messages, beside the demo's customers of his
		// who gave no consent
		Map<String, Object> registration = TestCustomers.individual("SH-PD", "zhang.rm");
		long optedOut = api.as("zhang.rm").post("/api/v1/customers", registration).body().get("id").asLong();
		api.as("zhang.rm").post("/api/v1/customers/" + optedOut + "/consents",
				Api.json("purpose", "MARKETING", "granted", true, "channel", "BRANCH"));
		var care = api.as("admin").put("/api/v1/customers/" + optedOut + "/care",
				Api.json("language", "zh-CN", "channel", "SMS", "optedOut", List.of("SMS")));
		assertThat(care.status()).as(care.text()).isLessThan(300);
		String name = (String) registration.get("name");

		Page manager = signIn("zhao.manager");
		manager.navigate(url("/care/campaigns/new"));
		manager.fill("#campaign-name", "客户经理专属问候" + ThreadLocalRandom.current().nextInt(1000, 9999));
		counted(manager, () -> manager.locator("#segment-managers").selectOption(new SelectOption[] {
				new SelectOption().setLabel("张伟 · 浦东支行") }));
		var left = manager.locator("#excluded-list tbody tr");
		assertThat(left.first()).isVisible();
		List<String> reasons = List.of("无营销授权", "已退订该渠道", "冷静期内", "依法限制处理");
		for (var row : left.all()) {
			List<String> cells = row.locator("td").allInnerTexts().stream().map(String::strip).toList();
			assertThat(cells).as("number, name and reason of a customer left out").hasSize(3);
			assertThat(cells.get(0)).matches("C\\d+");
			assertThat(row.locator("td a").getAttribute("href")).matches("/customers/\\d+");
			assertThat(cells.get(1)).isNotBlank();
			assertThat(cells.get(2)).isIn(reasons);
		}
		check(manager, "care-campaign-left-out");

		counted(manager, () -> manager.selectOption("#excluded-reason", "optedOut"));
		// her row by the link to her record: a demo customer of his may bear the same generated name
		var hers = left.filter(new Locator.FilterOptions().setHas(manager.locator("a[href='/customers/" + optedOut + "']")));
		assertThat(hers).hasCount(1);
		assertThat(hers).containsText(name);
		assertThat(hers).containsText("已退订该渠道");
		assertThat(hers.locator("td a")).hasAttribute("href", "/customers/" + optedOut);
		assertThat(left.filter(new Locator.FilterOptions().setHasNotText("已退订该渠道"))).hasCount(0);
		assertThat(manager.locator("#excluded-reason")).hasValue("optedOut");
		check(manager, "care-campaign-left-out-opted-out");

		// the segment is counted as it is built, before the campaign has a name
		Page english = signIn("zhao.manager", "en");
		english.navigate(url("/care/campaigns/new"));
		counted(english, () -> english.locator("#segment-managers").selectOption("zhang.rm"));
		counted(english, () -> english.selectOption("#excluded-reason", "noConsent"));
		var leftInEnglish = english.locator("#excluded-list tbody tr");
		assertThat(leftInEnglish.first()).containsText("No marketing consent");
		assertThat(leftInEnglish.filter(new Locator.FilterOptions().setHasNotText("No marketing consent"))).hasCount(0);
		assertThat(leftInEnglish.filter(new Locator.FilterOptions()
			.setHas(english.locator("a[href='/customers/" + optedOut + "']")))).hasCount(0);
		check(english, "care-campaign-left-out-en");
	}

	/** A change to the campaign builder, and the audience counted again and shown for it. */
	private static void counted(Page page, Runnable change) {
		page.waitForResponse(response -> response.url().endsWith("/care/campaigns/preview"), change);
		page.waitForFunction("() => !document.querySelector('.htmx-request')");
	}

	private void runCampaigns() {
		var run = api.as("admin").post("/api/v1/jobs/campaigns/run", Api.json());
		assertThat(run.status()).as(run.text()).isLessThan(300);
	}

	@Test
	void theOrganiserTakesAnAnswerByTelephoneTheNextGuestWaitsAndTheFirstIsCheckedInAtTheDoor() {
		long first = customer();
		long second = customer();
		var event = api.as("zhao.manager").post("/api/v1/events", Api.json("title", "小型理财沙龙", "kind", "EXCHANGE",
				"startsAt", OffsetDateTime.now(SHANGHAI).plusHours(1).withSecond(0).withNano(0).toString(),
				"location", "浦东支行二楼", "capacity", 1, "orgUnit", "SH-PD"));
		assertThat(event.status()).as(event.text()).isEqualTo(201);
		long id = event.body().get("id").asLong();
		assertThat(api.as("zhao.manager").post("/api/v1/events/" + id + "/invitations",
				Api.json("customerIds", List.of(first, second))).status()).isEqualTo(200);

		Page organiser = signIn("zhao.manager");
		organiser.navigate(url("/care/events/" + id));
		organiser.click("#accept-" + first);
		assertThat(organiser.locator(".alert").first()).hasText("已记录客户的回复。");
		organiser.click("#accept-" + second);
		assertThat(organiser.locator("#figure-accepted")).hasText("1");
		assertThat(organiser.locator("#figure-waitlisted")).hasText("1");
		var firstRow = organiser.locator("#invitations tr", new Page.LocatorOptions().setHas(
				organiser.locator("#accept-" + first)));
		assertThat(firstRow).containsText("参加");
		String number = firstRow.locator("td").first().innerText().strip();
		check(organiser, "care-event-answered-by-phone");

		organiser.fill("#check-in-number", number);
		organiser.click("#check-in");
		assertThat(organiser.locator("#figure-attended")).hasText("1");
		check(organiser, "care-event-checked-in");

		Page english = signIn("zhao.manager", "en");
		english.navigate(url("/care/events/" + id));
		assertThat(english.locator("#invitations")).containsText("on the waitlist");
		check(english, "care-event-en");
		english.navigate(url("/care/events"));
		check(english, "care-events-en");
	}

	@Test
	void aBranchManagerCreatesAnEventChoosingTheSubBranchByNameOnTheEventsPage() {
		Page manager = signIn("zhao.manager");
		manager.navigate(url("/care/events"));
		assertThat(manager.locator("#event-org-unit option")).containsText(new String[] { "上海分行", "浦东支行", "徐汇支行" });

		manager.fill("#event-title", "年末理财讲座");
		manager.selectOption("#event-kind", "LECTURE");
		manager.fill("#event-starts", LocalDate.now(SHANGHAI).plusDays(9) + "T14:30");
		manager.fill("#event-location", "浦东支行三楼");
		manager.fill("#event-capacity", "20");
		manager.selectOption("#event-org-unit", new com.microsoft.playwright.options.SelectOption().setLabel("浦东支行"));
		manager.click("#create-event");

		manager.waitForURL(address -> address.matches(".*/care/events/\\d+$"));
		assertThat(manager.locator("main")).containsText("年末理财讲座");
		check(manager, "care-event-created");
	}

	@Test
	void theOrganiserOfAnEventInFiveDaysIsNotOfferedTheCheckInAndReadsWhenItOpens() {
		var event = api.as("zhao.manager").post("/api/v1/events", Api.json("title", "五日后的理财沙龙", "kind", "EXCHANGE",
				"startsAt", OffsetDateTime.now(SHANGHAI).plusDays(5).withHour(15).withMinute(0).toString(),
				"location", "浦东支行二楼", "capacity", 10, "orgUnit", "SH-PD"));
		long id = event.body().get("id").asLong();

		Page organiser = signIn("zhao.manager");
		organiser.navigate(url("/care/events/" + id));

		assertThat(organiser.locator("#check-in")).hasCount(0);
		assertThat(organiser.locator("#check-in-window")).containsText("签到将于");
		assertThat(organiser.locator("#check-in-window")).containsText("12:00");
		check(organiser, "care-event-check-in-not-open");
		Page english = signIn("zhao.manager", "en");
		english.navigate(url("/care/events/" + id));
		assertThat(english.locator("#check-in-window")).containsText("Check-in opens at");
		check(english, "care-event-check-in-not-open-en");
	}

	@Test
	void invitedCustomersAnswerOnTheirPhonesThroughThePrivateLinkAndTheSecondWaitsForASeat() {
		Map<String, Object> firstGuest = registration();
		Map<String, Object> secondGuest = registration();
		long first = register(firstGuest);
		long second = register(secondGuest);
		String title = "秋季徒步" + ThreadLocalRandom.current().nextInt(1000, 9999);
		var event = api.as("zhao.manager").post("/api/v1/events", Api.json("title", title, "kind", "OUTDOOR",
				"startsAt", OffsetDateTime.now(SHANGHAI).plusDays(6).withHour(8).withMinute(30).toString(),
				"location", "佘山国家森林公园", "capacity", 1, "orgUnit", "SH-PD"));
		long id = event.body().get("id").asLong();
		Page organiser = signIn("zhao.manager");
		organiser.navigate(url("/care/events/" + id));
		organiser.fill("#invite-ids", first + "," + second);
		organiser.click("#invite");
		assertThat(organiser.locator("#invitations tr", new Page.LocatorOptions()
			.setHas(organiser.locator("a[href='/customers/" + second + "']")))).containsText("未回复");

		Page phone = openOnDemoPhone("zh-CN", (String) firstGuest.get("phone"), title, "demo-phone-care-invitation");
		assertThat(phone.locator("#rsvp-status")).hasText("您尚未回复。");
		phone.click("#accept");
		assertThat(phone.locator("#rsvp-status")).hasText("您已报名，期待您的光临。");
		check(phone, "care-rsvp-accepted-phone");

		Page other = openOnDemoPhone("zh-CN", (String) secondGuest.get("phone"), title, "demo-phone-care-invitation-second");
		other.click("#accept");
		assertThat(other.locator("#rsvp-status")).containsText("候补");
		check(other, "care-rsvp-waitlisted-phone");
		var figures = api.as("zhao.manager").get("/api/v1/events/" + id).body();
		assertThat(figures.get("accepted").asLong()).isEqualTo(1);
		assertThat(figures.get("waitlisted").asLong()).isEqualTo(1);

		organiser.reload();
		assertThat(organiser.locator("#figure-accepted")).hasText("1");
		assertThat(organiser.locator("#figure-waitlisted")).hasText("1");
		check(organiser, "care-event-answered-on-phones");
		assertNoStaffPageHeldTheCustomersLinks();
	}

	private long customer() {
		return register(registration());
	}

	private static Map<String, Object> registration() {
		return TestCustomers.individual("SH-PD", "zhang.rm");
	}

	private long register(Map<String, Object> registration) {
		var created = api.as("zhang.rm").post("/api/v1/customers", registration);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}
	@Test
	void anAccountManagerFindsTomorrowsBirthdaysOfItsWealthiestCustomersFromItsHomePageAndMarksOneDone() {
		Page manager = signIn("zhang.rm");
		int before = Integer.parseInt(manager.locator("#todo-care .figure").textContent().strip());
		assertThat(before).as("zhang.rm's care to-dos in the demo").isPositive();

		manager.click("#todo-care");
		Locator tasks = manager.locator("#tasks tbody tr");
		assertThat(tasks).hasCount(before);
		Locator birthday = tasks.filter(new Locator.FilterOptions().setHasText("生日")).first();
		assertThat(birthday).containsText(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(1).toString());
		String customer = birthday.locator("td").first().textContent().strip();
		check(manager, "care-to-dos");
		birthday.locator("form.task-done button").click();

		assertThat(manager.locator("#tasks tbody tr")).hasCount(before - 1);
		assertThat(manager.locator("#tasks")).not().containsText(customer);
		manager.navigate(url("/"));
		assertThat(manager.locator("#todo-care .figure")).hasText(String.valueOf(before - 1));
	}

	@Test
	void theCareCalendarShowsTheLunarFestivalsOnTheirDays() {
		Page manager = signIn("zhao.manager");
		manager.navigate(url("/care?year=2027"));
		assertThat(manager.locator("#calendar h2")).hasText("2027 年关怀日历");
		assertThat(manager.locator("#care-calendar tr.festival", new Page.LocatorOptions().setHasText("2027-02-06"))).containsText("春节");
		assertThat(manager.locator("#care-calendar tr.festival", new Page.LocatorOptions().setHasText("2027-09-15"))).containsText("中秋");
		assertThat(manager.locator("#care-calendar tr.festival", new Page.LocatorOptions().setHasText("2027-06-09"))).containsText("端午");
		assertThat(manager.locator("#care-calendar tr.festival", new Page.LocatorOptions().setHasText("2027-10-08"))).containsText("重阳");
		check(manager, "care-calendar");

		Page english = signIn("zhao.manager", "en");
		english.navigate(url("/care?year=2027"));
		assertThat(english.locator("#calendar h2")).hasText("Care calendar 2027");
		assertThat(english.locator("#care-calendar tr.festival", new Page.LocatorOptions().setHasText("2027-02-06")))
			.containsText("Spring Festival");
		check(english, "care-calendar-en");
	}
}
