package org.clientcare.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.clientcare.support.Api;
import org.clientcare.support.ChangingRows;
import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AssistantTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	long draft(String question, String answer, List<String> alternatives, List<String> keywords) {
		var created = api.as("wang.agent").post("/api/v1/faq", Api.json("question", question, "answer", answer,
				"language", "zh-CN", "alternatives", alternatives, "keywords", keywords, "category", "SERVICES"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.body().get("status").asString()).isEqualTo("DRAFT");
		return created.body().get("id").asLong();
	}

	void publish(long id) {
		var submitted = api.as("wang.agent").post("/api/v1/faq/" + id + "/submit", null);
		assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
		long approval = submitted.body().get("id").asLong();
		assertThat(api.as("wang.agent").post("/api/v1/approvals/" + approval + "/approve", Api.json()).status())
			.as("the editor may not approve their own entry").isEqualTo(403);
		assertThat(api.as("zhao.manager").post("/api/v1/approvals/" + approval + "/approve", Api.json()).status())
			.as("FAQ answers are approved by compliance; to others the request is not there").isEqualTo(404);
		var approved = api.as("chen.compliance").post("/api/v1/approvals/" + approval + "/approve", Api.json());
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);
	}

	JsonNode ask(String question) {
		var answer = api.anonymous().post("/api/v1/assistant/ask", Api.json("question", question));
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.body();
	}

	@Test
	void aParaphraseOfAPublishedEntryWithWordsReorderedAndASynonymGetsThatEntryFirst() {
		long id = draft("保管箱钥匙丢失了怎么处理？", "请本人携带身份证到开箱网点办理钥匙挂失，换锁费用按收费标准收取。",
				List.of("保管箱钥匙找不到了"), List.of("保管箱 钥匙"));
		publish(id);

		JsonNode answer = ask("钥匙掉了，保管箱怎么办");

		assertThat(answer.get("answered").asBoolean()).as(answer.toString()).isTrue();
		assertThat(answer.get("answers").get(0).get("id").asLong()).isEqualTo(id);
		assertThat(answer.get("answers").get(0).get("answer").asString()).contains("钥匙挂失");
		assertThat(answer.get("answers").size()).isLessThanOrEqualTo(3);
		assertThat(api.as("wang.agent").get("/api/v1/faq/" + id).body().get("status").asString()).isEqualTo("PUBLISHED");
	}

	@Test
	void anEnglishQuestionAnsweredByAChineseEntryGetsTheEntrysEnglishAnswerAndAChineseQuestionItsChineseOne() {
		var created = api.as("wang.agent").post("/api/v1/faq", Api.json("question", "纪念币怎么预约兑换？", "answer",
				"可在手机银行“纪念币预约”中登记，按预约时间携带身份证到网点兑换。", "language", "zh-CN", "alternatives",
				List.of("纪念币在哪里预约", "How do I book commemorative coins?"), "keywords", List.of("纪念币"), "category",
				"SERVICES", "englishAnswer",
				"Register under \"Commemorative coins\" in the mobile banking app and collect them at a branch at the booked time with your ID card."));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		assertThat(created.body().get("englishAnswer").asString()).startsWith("Register under");
		publish(id);

		JsonNode english = ask("how can I book commemorative coins");
		JsonNode chinese = ask("纪念币在哪预约");

		assertThat(english.get("answered").asBoolean()).as(english.toString()).isTrue();
		assertThat(english.get("answers").get(0).get("id").asLong()).isEqualTo(id);
		assertThat(english.get("answers").get(0).get("question").asString()).isEqualTo("How do I book commemorative coins?");
		assertThat(english.get("answers").get(0).get("answer").asString()).startsWith("Register under");
		assertThat(english.get("answers").get(0).propertyNames()).containsExactlyInAnyOrder("id", "question", "answer",
				"score");
		assertThat(chinese.get("answers").get(0).get("id").asLong()).isEqualTo(id);
		assertThat(chinese.get("answers").get(0).get("answer").asString()).startsWith("可在手机银行");
	}

	@Test
	void aStringOfRandomCharactersIsNotAnsweredAndGetsSuggestionsOfAPerson() {
		String random = "qzxv" + ThreadLocalRandom.current().nextInt(1_000_000) + " 呜噜噜咕 #@";

		JsonNode answer = ask(random);

		assertThat(answer.get("answered").asBoolean()).isFalse();
		assertThat(answer.get("answers").size()).isZero();
		assertThat(answer.get("suggestions").valueStream().map(s -> s.get("kind").asString()))
			.containsExactly("INQUIRY", "COMPLAINT", "APPOINTMENT");
		assertThat(answer.get("suggestions").get(0).get("url").asString()).startsWith("/public/assistant/inquiry?question=");
	}

	@Test
	void anUnpublishedDraftIsNeverAnsweredNorASubmittedOne() {
		String topic = "贵宾室" + ThreadLocalRandom.current().nextInt(1000, 9999) + "号";
		long id = draft(topic + "怎么使用？", topic + "凭钻石卡使用。", List.of(), List.of(topic));

		assertThat(ask(topic + "怎么使用").get("answers").valueStream().map(a -> a.get("id").asLong())).doesNotContain(id);
		assertThat(api.as("wang.agent").post("/api/v1/faq/" + id + "/submit", null).status()).isEqualTo(202);
		assertThat(ask(topic + "怎么使用").get("answers").valueStream().map(a -> a.get("id").asLong())).doesNotContain(id);
		assertThat(api.as("wang.agent").put("/api/v1/faq/" + id, Api.json("question", "改", "answer", "改",
				"language", "zh-CN")).status()).as("a submitted entry waits for its decision").isEqualTo(409);
	}

	@Test
	void theCheckerReadsTheAnswerToPublishAsTheReasonOfTheRequest() {
		String topic = "保管箱" + ThreadLocalRandom.current().nextInt(1000, 9999) + "号";
		long id = draft(topic + "怎么租用？", "请本人携带身份证到开户网点申请" + topic + "。", List.of(), List.of());

		var submitted = api.as("wang.agent").post("/api/v1/faq/" + id + "/submit", null);

		assertThat(submitted.status()).isEqualTo(202);
		assertThat(submitted.body().get("reason").asString()).isEqualTo("请本人携带身份证到开户网点申请" + topic + "。");
	}

	@Test
	void anAnswerPromisingReturnsCannotBeSubmitted() {
		long id = draft("这款理财收益怎么样？", "本产品保本保收益，稳赚不赔。", List.of(), List.of());

		var refused = api.as("wang.agent").post("/api/v1/faq/" + id + "/submit", null);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("answer");
		assertThat(refused.body().get("errors").get(0).get("code").asString()).isEqualTo("promises-returns");
		assertThat(api.as("wang.agent").get("/api/v1/faq/" + id).body().get("promises").size()).isPositive();
	}

	@Test
	void anUnansweredQuestionIsLoggedMaskedOnTheEditorsGapList() {
		String marker = "火星" + ThreadLocalRandom.current().nextInt(1000, 9999);
		ask("我手机13812345678，" + marker + "号的天气冷不冷");

		var gaps = api.as("wang.agent").get("/api/v1/assistant/gaps?size=500");
		assertThat(gaps.status()).isEqualTo(200);
		assertThat(gaps.text()).contains(marker).contains("138****5678").doesNotContain("13812345678");
		assertThat(api.as("li.rm").get("/api/v1/assistant/gaps").status()).isEqualTo(403);
	}

	@Test
	void theGapListSaysWhyAQuestionWasNotAnswered() {
		String marker = ThreadLocalRandom.current().nextInt(1000, 9999) + "号";
		String advice = "哪只基金明年收益最高" + marker;
		String unknown = "火星" + marker + "的天气冷不冷";
		assertThat(ask(advice).get("answered").asBoolean()).isFalse();
		assertThat(ask(unknown).get("answered").asBoolean()).isFalse();

		var gaps = api.as("wang.agent").get("/api/v1/assistant/gaps?size=500").body().get("content");
		var reasons = new java.util.HashMap<String, String>();
		gaps.forEach(gap -> reasons.put(gap.get("question").asString(), gap.get("reason").asString()));
		assertThat(reasons.get(advice)).isEqualTo("ADVICE_RULE");
		assertThat(reasons.get(unknown)).isIn("LOW_SCORE", "ADVICE_CLASSIFIER", "NOT_HANDLED");
	}

	/**
	 * Entries are submitted and sent back to draft while editors read the list; a page of one status and its count must
	 * still agree: read from different moments, an entry submitted between the two left a page and a count that
	 * disagree.
	 */
	@Test
	void aPageOfDraftEntriesAgreesWithItsCountWhileOneKeepsBeingSubmitted() throws Exception {
		String marker = "挂失" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		long id = draft("存折" + marker + "怎么办理？", "请本人携带身份证到开户网点办理。", List.of(), List.of());
		var editor = api.as("wang.agent");

		ChangingRows.readWhileChanging(() -> jdbc.update(
				"update faq_entry set status = case status when 'DRAFT' then 'SUBMITTED' else 'DRAFT' end where id = ?", id),
				150, () -> ChangingRows.assertPageAgreesWithCount(
						editor.get("/api/v1/faq?status=DRAFT&size=1&query=" + marker).body()));
	}

	/**
	 * Editors close gaps while others read the list; the page and its count must still agree: read from different
	 * moments, a gap closed between the two left a page and a count that disagree.
	 */
	@Test
	void theGapListAgreesWithItsCountWhileAGapKeepsBeingDismissedAndReopened() throws Exception {
		String marker = "火星" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		ask(marker + "号的天气冷不冷");
		String key = jdbc.queryForObject("select question_key from assistant_question where question like ?", String.class,
				"%" + marker + "%");
		var editor = api.as("wang.agent");

		ChangingRows.readWhileChanging(() -> jdbc.update("""
				update assistant_question set gap_status = case gap_status when 'OPEN' then 'DISMISSED' else 'OPEN' end
				where question_key = ?""", key), 150,
				() -> ChangingRows.assertPageAgreesWithCount(editor.get("/api/v1/assistant/gaps?size=500").body()));
	}

	@Test
	void onlyTheAssistantIsOpenWithoutSigningIn() {
		assertThat(api.anonymous().get("/api/v1/faq").status()).isEqualTo(401);
		assertThat(api.anonymous().post("/api/v1/assistant/ask", Api.json("question", "")).status()).isEqualTo(400);
		assertThat(api.as("zhang.rm").post("/api/v1/faq", Api.json("question", "问", "answer", "答", "language", "zh-CN"))
			.status()).isEqualTo(403);
	}

	@Test
	void aThingAnAdministratorPutsOnTheListOfThingsNotHandledIsRefusedFromThenOnButNotABankQuestionMentioningIt() {
		long id = draft("借记卡丢了怎么挂失？", "请立即拨打客服热线或在手机银行办理挂失。", List.of("储蓄卡丢了"), List.of("挂失"));
		publish(id);
		assertThat(ask("潜水卡丢了怎么挂失").get("answered").asBoolean()).as("before: it shares 卡, 丢了 and 挂失").isTrue();

		var current = api.as("admin").get("/api/v1/assistant/not-handled");
		assertThat(current.status()).isEqualTo(200);
		int version = current.body().get("version").asInt();
		var changed = api.as("admin").put("/api/v1/assistant/not-handled", Api.json("lines",
				current.body().get("lines").asString() + "\n潜水卡,潜水证", "reason", "本行不办理潜水卡", "basedOn", version));
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.body().get("version").asInt()).isEqualTo(version + 1);
		assertThat(changed.body().get("changedBy").asString()).isEqualTo("admin");

		assertThat(ask("潜水卡丢了怎么挂失").get("answered").asBoolean()).isFalse();
		assertThat(ask("潛水證丟了怎麼掛失").get("answered").asBoolean()).as("traditional characters").isFalse();
		assertThat(ask("潜水卡和借记卡一起丢了，借记卡怎么挂失").get("answered").asBoolean()).as("names the bank's card")
			.isTrue();
		assertThat(api.as("admin").put("/api/v1/assistant/not-handled", Api.json("lines", "潜水卡", "reason", "again",
				"basedOn", version)).status()).as("changed since version " + version).isEqualTo(409);
	}

	@Test
	void theListOfThingsNotHandledRefusesBadInputNamingTheFieldAndIsChangedOnlyByAdministrators() {
		int version = api.as("admin").get("/api/v1/assistant/not-handled").body().get("version").asInt();

		var bankThing = api.as("admin").put("/api/v1/assistant/not-handled", Api.json("lines", "超市\n信用卡", "reason",
				"试试", "basedOn", version));
		assertThat(bankThing.status()).isEqualTo(400);
		assertThat(bankThing.header("Content-Type")).startsWith("application/problem+json");
		assertThat(bankThing.body().get("errors").get(0).get("field").asString()).isEqualTo("lines");
		assertThat(bankThing.text()).contains("line 2");

		var noReason = api.as("admin").put("/api/v1/assistant/not-handled", Api.json("lines", "超市", "basedOn", version));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");

		var noVersion = api.as("admin").put("/api/v1/assistant/not-handled", Api.json("lines", "超市", "reason", "x"));
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(noVersion.body().get("errors").get(0).get("field").asString()).isEqualTo("basedOn");

		assertThat(api.as("wang.agent").put("/api/v1/assistant/not-handled", Api.json("lines", "超市", "reason", "x",
				"basedOn", version)).status()).isEqualTo(403);
		assertThat(api.as("admin").get("/api/v1/assistant/not-handled").body().get("version").asInt()).isEqualTo(version);
	}
}
