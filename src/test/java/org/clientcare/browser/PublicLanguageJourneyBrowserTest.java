package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.clientcare.support.Api;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer on a phone, without signing in, switches the public pages between Chinese and English and sees the same
 * record: a complaint from its receipt and from the status look-up, a question to a person, a case's progress, an
 * invitation, a risk questionnaire and an unsubscribe link found on the phone (the demo phone) and reached by their
 * private links, which no staff page shows, and the pages of links no longer valid. Each page is checked in both
 * languages — no raw code, and on the Chinese page no English word but the switch's own.
 */
@DemoTest
class PublicLanguageJourneyBrowserTest extends Journeys {

	@Autowired
	Api api;

	@Test
	void aComplainantSwitchesFromTheReceiptAndFromTheStatusPageAndSeesTheSameComplaintInEachLanguage() {
		String mobile = TestCustomers.mobile();
		Page phone = page("zh-CN", 390, 844);
		phone.navigate(url("/public/complaints"));
		phone.fill("#name", "赵六");
		phone.fill("#mobile", mobile);
		phone.fill("#content", "银行卡被盗刷，请尽快处理");
		phone.click("#file");
		String complaintNo = phone.locator("#complaint-no").innerText().strip();
		checkInBothLanguages(phone, "public-complaint-receipt");

		phone.click("#lang-en");
		assertThat(phone.locator("#public-status")).containsText(complaintNo);
		assertThat(phone.locator("#public-status")).containsText("Received");
		assertThat(phone.url()).doesNotContain(mobile);
		checkInBothLanguages(phone, "public-complaint-status-from-receipt-en");

		phone.navigate(url("/public/complaints"));
		phone.fill("#track-no", complaintNo);
		phone.fill("#track-mobile", mobile);
		phone.click("#track");
		assertThat(phone.locator("#public-status")).containsText(complaintNo);
		assertThat(phone.url()).as("the look-up's address").doesNotContain(mobile);
		checkInBothLanguages(phone, "public-complaint-status-en");
		phone.click("#lang-zh");
		assertThat(phone.locator("#public-status")).containsText(complaintNo);
		assertThat(phone.locator("#public-status")).containsText("已登记");
		assertThat(phone.url()).doesNotContain(mobile);
		checkInBothLanguages(phone, "public-complaint-status-zh");
	}

	@Test
	void aCustomerWhoAskedAPersonFollowsTheQuestionInEnglishAndBackInChinese() {
		String mobile = TestCustomers.mobile();
		Page phone = page("zh-CN", 390, 844);
		phone.navigate(url("/public/assistant/inquiry"));
		phone.fill("#name", "钱七");
		phone.fill("#mobile", mobile);
		phone.fill("#question", "定期存款可以提前支取吗？");
		phone.click("#send-inquiry");
		String inquiryNo = phone.locator("#inquiry-no").innerText().strip();
		checkInBothLanguages(phone, "public-inquiry-receipt");

		phone.click("#lang-en");
		assertThat(phone.locator("#public-status")).containsText(inquiryNo);
		checkInBothLanguages(phone, "public-inquiry-status-en");

		phone.navigate(url("/public/assistant/inquiry"));
		phone.fill("#no", inquiryNo);
		phone.fill("#track-mobile", mobile);
		phone.locator("form[action='/public/assistant/inquiry/status'] button[type=submit]").click();
		assertThat(phone.locator("#public-status")).containsText(inquiryNo);
		assertThat(phone.url()).as("the look-up's address").doesNotContain(mobile);
		phone.click("#lang-zh");
		assertThat(phone.locator("#public-status")).containsText(inquiryNo);
		assertThat(phone.url()).doesNotContain(mobile);
		checkInBothLanguages(phone, "public-inquiry-status-zh");
	}

	@Test
	void aCustomerFollowingACaseSwitchesToEnglishAndSeesTheSameProgress() {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		String mobile = (String) registration.get("phone");
		long customer = api.as("zhang.rm").post("/api/v1/customers", registration).body().get("id").asLong();
		String caseNo = api.as("wang.agent").post("/api/v1/cases", Api.json("customerId", customer, "type",
				"INSURANCE_CLAIM", "title", "意外医疗理赔")).body().get("caseNo").asString();

		Page phone = page("zh-CN", 390, 844);
		phone.navigate(url("/public/cases"));
		checkInBothLanguages(phone, "public-case-form");
		phone.fill("#no", caseNo);
		phone.fill("#mobile", mobile);
		phone.click("#track");
		assertThat(phone.locator("#progress")).containsText("报案");
		checkInBothLanguages(phone, "public-case-progress-zh");

		phone.click("#lang-en");
		assertThat(phone.locator("#progress")).containsText(caseNo);
		assertThat(phone.locator("#progress-status")).containsText("In progress");
		assertThat(phone.url()).doesNotContain(mobile);
		checkInBothLanguages(phone, "public-case-progress-en");
	}

	@Test
	void anInvitedCustomerSwitchesTheInvitationReachedByItsPrivateLinkAndLinksNoLongerValidSwitchToo() {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		long guest = api.as("zhang.rm").post("/api/v1/customers", registration).body().get("id").asLong();
		String title = "理财讲座" + ThreadLocalRandom.current().nextInt(1000, 9999);
		long event = api.as("zhao.manager").post("/api/v1/events", Api.json("title", title, "kind", "LECTURE",
				"startsAt", OffsetDateTime.now().plusDays(3).toString(), "location", "浦东支行三楼", "capacity", 10,
				"orgUnit", "SH-PD")).body().get("id").asLong();
		Page organiser = signIn("zhao.manager");
		organiser.navigate(url("/care/events/" + event));
		organiser.fill("#invite-ids", String.valueOf(guest));
		organiser.click("#invite");
		assertThat(organiser.locator("#invitations")).containsText((String) registration.get("name"));

		Page phone = openOnDemoPhone("zh-CN", (String) registration.get("phone"), title, "demo-phone-rsvp-zh");
		String link = phone.url();
		Matcher invitation = Pattern.compile("E\\d+-\\d+").matcher(phone.locator("main").innerText());
		assertThat(invitation.find()).isTrue();
		checkInBothLanguages(phone, "public-rsvp-zh");
		phone.click("#lang-en");
		assertThat(phone.locator("#rsvp-status")).hasText("You have not answered yet.");
		assertThat(phone).hasURL(link + "?lang=en");
		assertThat(phone.locator("main")).containsText(invitation.group());
		checkInBothLanguages(phone, "public-rsvp-en");

		for (String path : List.of("/public/events/rsvp/no-such-link", "/public/unsubscribe/no-such-link",
				"/public/risk-questionnaire/no-such-link")) {
			Page gone = page("zh-CN", 390, 844);
			gone.navigate(url(path));
			expectGone(url(path));
			checkInBothLanguages(gone, "public-gone-zh" + path.replace('/', '-'));
			gone.click("#lang-en");
			assertThat(gone).hasURL(url(path) + "?lang=en");
			expectGone(url(path));
			checkInBothLanguages(gone, "public-gone-en" + path.replace('/', '-'));
		}
		assertNoStaffPageHeldTheCustomersLinks();
	}

	@Test
	void aCustomerWhoAnsweredTheQuestionnaireOrUnsubscribedReadsTheAnswerInTheOtherLanguage() {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		long customer = api.as("zhang.rm").post("/api/v1/customers", registration).body().get("id").asLong();
		Page manager = signIn("zhang.rm");
		manager.navigate(url("/customers/" + customer));
		manager.locator("form[action='/customers/" + customer + "/risk-questionnaire-link'] button").click();
		assertThat(manager.locator("#questionnaire-link-sent")).isVisible();

		Page phone = openOnDemoPhone("zh-CN", (String) registration.get("phone"), "风险承受能力测评",
				"demo-phone-risk-questionnaire");
		for (var question : phone.locator("fieldset").all()) {
			question.locator("input[type=radio]").first().check();
		}
		phone.locator("button[type=submit]").last().click();
		assertThat(phone.locator("#level")).hasText("C1 保守型");
		checkInBothLanguages(phone, "public-questionnaire-done-zh");
		phone.click("#lang-en");
		assertThat(phone.locator("#level")).hasText("C1 conservative");
		checkInBothLanguages(phone, "public-questionnaire-done-en");

		// a marketing message's link to unsubscribe, as the demo's campaign sent it: a customer it reached, in the outbox
		// staff read (links withheld), finds it on the phone
		Page admin = signIn("admin");
		admin.navigate(url("/notifications/outbox"));
		check(admin, "outbox-withholding-links");
		long reached = campaignRecipient();
		Page reader = openOnDemoPhone("zh-CN", addressOf(reached), "高净值客户年末资产配置提示", "demo-phone-campaign");
		reader.click("#unsubscribe");
		assertThat(reader.locator("#unsubscribed")).isVisible();
		checkInBothLanguages(reader, "public-unsubscribed-zh");
		reader.click("#lang-en");
		assertThat(reader.locator("#unsubscribed")).containsText("We will send you no more marketing messages");
		checkInBothLanguages(reader, "public-unsubscribed-en");
		assertNoStaffPageHeldTheCustomersLinks();
	}

	/** A customer whom the demo's marketing campaign reached in Chinese, as the outbox's entries name them. */
	private long campaignRecipient() {
		for (int page = 0; page < 40; page++) {
			var entries = api.as("admin").get("/api/v1/notifications?size=500&page=" + page).body().get("content");
			var reached = entries.valueStream().filter(e -> "care-campaign".equals(e.get("template").asString())
					&& "zh-CN".equals(e.get("locale").asString()) && e.hasNonNull("customerId")).findFirst();
			if (reached.isPresent()) {
				return reached.get().get("customerId").asLong();
			}
			if (entries.isEmpty()) {
				break;
			}
		}
		throw new AssertionError("no customer reached by the demo's campaign");
	}

	/** A link no longer valid answers 410 on purpose: its request and the console's note of it are no failure. */
	private void expectGone(String address) {
		problems.removeIf(problem -> problem.contains("410") && problem.contains(address));
	}

	/** The page as {@link #check} sees it, and on a Chinese page no English word but the language switch's. */
	private void checkInBothLanguages(Page page, String screenshot) {
		check(page, screenshot);
		assertThat(page.locator("#lang-zh")).isVisible();
		assertThat(page.locator("#lang-en")).isVisible();
		if ("zh-CN".equals(page.locator("html").getAttribute("lang"))) {
			assertThat(englishWords(page)).as("English words on the Chinese page %s", page.url()).isEmpty();
		}
	}

	private static Set<String> englishWords(Page page) {
		String text = (String) page.evaluate("""
				() => { const english = [...document.querySelectorAll('[lang=en]')];
				        const shown = english.map(e => e.style.display);
				        english.forEach(e => e.style.display = 'none');
				        const text = document.body.innerText;
				        english.forEach((e, i) => e.style.display = shown[i]);
				        return text; }""");
		Set<String> words = new TreeSet<>();
		Matcher matcher = Pattern.compile("\\b[A-Za-z]{3,}\\b").matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}
}
