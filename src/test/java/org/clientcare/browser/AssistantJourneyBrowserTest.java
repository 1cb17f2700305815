package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

/**
 * The assistant in headless Chromium: a customer asks on a phone and gets an answer; an unanswered question becomes an
 * inquiry that a service agent answers; an editor drafts a Chinese entry with an answer in English, compliance
 * approves it, and the assistant answers with it, in English to a question asked in English; an English question nobody answered reaches the editors' gap list, where one click opens a draft with the
 * question filled in. Every page passes the journeys' checks: no failing request or console error, no missing message
 * key, no raw code on a Chinese page.
 */
@DemoTest
class AssistantJourneyBrowserTest extends Journeys {

	@Test
	void aCustomerAsksOnAPhoneAndGetsTheAnswer() throws Exception {
		Page phone = askOnAPhone("zh-CN", "信用卡每年都要交年费吗");

		assertThat(phone.locator(".bubble.answer").last()).containsText("年费");
		check(phone, "assistant-answer");
	}

	@Test
	void aCustomerAskingInEnglishAboutATopicOnlyAChineseEntryAnswersReadsItsEnglishAnswer() {
		Page phone = askOnAPhone("en", "What is the customer service hotline number?");

		assertThat(phone.locator(".bubble.answer").last()).containsText("open 24 hours");
		check(phone, "assistant-answer-en");
	}

	@Test
	void anUnansweredQuestionBecomesAnInquiryThatAnAgentAnswers() throws Exception {
		Page phone = askOnAPhone("zh-CN", "你们能帮我修自行车吗");
		assertThat(phone.locator(".bubble.unsure").last()).containsText("不确定");
		phone.click("#suggest-inquiry");
		assertThat(phone.locator("#question")).hasValue("你们能帮我修自行车吗");
		phone.fill("#name", "孙八");
		phone.fill("#mobile", TestCustomers.mobile());
		phone.click("#send-inquiry");
		String inquiryNo = phone.locator("#inquiry-no").textContent().strip();
		check(phone, "assistant-inquiry-receipt");

		Page desk = signIn("wang.agent");
		desk.navigate(url("/inquiries?status=OPEN"));
		desk.click("text=" + inquiryNo);
		assertThat(desk.locator("#inquiry-status")).hasText("待处理");
		desk.fill("#answer-text", "本行不提供自行车维修服务，感谢您的咨询。");
		desk.click("#answer");
		assertThat(desk.locator("#inquiry-status")).hasText("已答复");
		assertThat(desk.locator("ol.timeline")).containsText("答复");
		check(desk, "assistant-inquiry-answered");
	}

	@Test
	void anEditorDraftsAnEntryWithAnEnglishAnswerComplianceApprovesItAndTheAssistantAnswersWithItInBothLanguages() {
		int number = ThreadLocalRandom.current().nextInt(100, 999);
		String topic = "纪念币" + number + "号";
		Page editor = signIn("wang.agent");
		editor.navigate(url("/faq/new"));
		editor.fill("#question", topic + "怎么预约兑换？");
		editor.fill("#alternatives", "How do I book the exchange of commemorative coin " + number + "?");
		editor.fill("#answer", topic + "可在发行公告规定的时间内通过手机银行预约，凭身份证到网点兑换。");
		editor.fill("#englishAnswer", "Book commemorative coin " + number
				+ " in the mobile banking app within the dates of the issue notice, then exchange it at a branch with"
				+ " your ID card.");
		editor.fill("#keywords", topic + " 兑换");
		editor.selectOption("#category", "SERVICES");
		editor.click("#save-entry");
		assertThat(editor.locator("#faq-status")).hasText("草稿");
		assertThat(editor.locator("#faq-english-answer")).containsText("exchange it at a branch");
		editor.click("#submit-entry");
		assertThat(editor.locator("#faq-status")).hasText("待审核");

		Page compliance = signIn("chen.compliance");
		compliance.navigate(url("/approvals"));
		var row = compliance.locator("tr", new Page.LocatorOptions().setHasText(topic));
		row.locator("button.primary").click();
		assertThat(compliance.locator(".alert.info")).isVisible();
		check(compliance, "assistant-faq-approved");

		Page phone = askOnAPhone("zh-CN", "兑换" + topic + "要预约吗");
		assertThat(phone.locator(".bubble.answer").last()).containsText("手机银行预约");
		check(phone, "assistant-new-answer");

		Page english = askOnAPhone("en", "how can i book commemorative coin " + number + " for exchange");
		assertThat(english.locator(".bubble.answer").last()).containsText("exchange it at a branch with your ID card");
		check(english, "assistant-new-answer-en");
	}

	@Test
	void anEnglishQuestionNobodyAnsweredIsOnTheGapListAndAnEditorWritesItsAnswerWithOneClick() {
		String question = "Can I rent kayak " + ThreadLocalRandom.current().nextInt(100, 999) + " at a branch?";
		Page phone = askOnAPhone("en", question);
		assertThat(phone.locator(".bubble.unsure").last()).containsText("not sure");
		check(phone, "assistant-unsure-en");

		Page editor = signIn("wang.agent");
		editor.navigate(url("/faq/gaps"));
		var gap = editor.locator("tr", new Page.LocatorOptions().setHasText(question));
		assertThat(gap.locator(".refusal-reason")).hasText("没有足够接近的条目");
		gap.locator("a.write-answer").click();
		assertThat(editor.locator("#question")).hasValue(question);
		editor.fill("#answer", "Our branches do not rent out boats; please ask a rental company.");
		editor.selectOption("#language", "en");
		editor.selectOption("#category", "SERVICES");
		editor.click("#save-entry");
		assertThat(editor.locator("#faq-status")).hasText("草稿");
		check(editor, "assistant-gap-drafted");

		editor.navigate(url("/faq/gaps"));
		assertThat(editor.locator("tr", new Page.LocatorOptions().setHasText(question))).hasCount(0);
	}

	@Test
	void anAdministratorPutsAThingOnTheListOfThingsNotHandledAndTheAssistantRefusesQuestionsAboutIt() {
		Page before = askOnAPhone("zh-CN", "滑雪卡丢了怎么挂失");
		assertThat(before.locator(".bubble.answer").last()).containsText("挂失");

		Page admin = signIn("admin");
		admin.navigate(url("/faq/not-handled"));
		assertThat(admin.locator("h1")).hasText("本行不办理的事项");
		admin.fill("#lines", admin.locator("#lines").inputValue() + "\n滑雪卡,滑雪场");
		admin.fill("#reason", "本行不发行滑雪卡");
		admin.click("#save-not-handled");
		assertThat(admin.locator(".alert.info")).isVisible();
		assertThat(admin.locator("#lines")).hasValue(java.util.regex.Pattern.compile("滑雪卡,滑雪场"));
		check(admin, "assistant-not-handled-saved");

		Page phone = askOnAPhone("zh-CN", "滑雪卡丢了怎么挂失");
		assertThat(phone.locator(".bubble.unsure").last()).containsText("不确定");
		phone.fill("#question", "在滑雪场刷信用卡被盗刷了");
		phone.click("#ask");
		assertThat(phone.locator(".bubble.bot").last()).hasClass(java.util.regex.Pattern.compile("\\banswer\\b"));
		check(phone, "assistant-not-handled-refused");
	}

	/** A customer on a phone asks the public assistant one question in the page's language. */
	private Page askOnAPhone(String language, String question) {
		Page phone = page(language, 390, 844);
		phone.navigate(url("en".equals(language) ? "/public/assistant?lang=en" : "/public/assistant"));
		phone.fill("#question", question);
		phone.click("#ask");
		return phone;
	}
}
