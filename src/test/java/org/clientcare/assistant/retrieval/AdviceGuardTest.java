package org.clientcare.assistant.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdviceGuardTest {

	private static boolean advice(String question) {
		return AdviceGuard.asksForAdvice(QuestionText.normalise(question));
	}

	@Test
	void aChoiceBetweenTwoProductsIsAdvice() {
		assertThat(advice("存定期还是买理财好")).isTrue();
		assertThat(advice("基金和保险哪个更划算")).isTrue();
		assertThat(advice("放余额还是买大额存单比较好")).isTrue();
		assertThat(advice("Which is better, a fixed deposit or a fund?")).isTrue();
	}

	@Test
	void askingTheBankToPickForTheCustomerIsAdvice() {
		assertThat(advice("帮我挑一款收益高的理财")).isTrue();
		assertThat(advice("给我推荐个保险")).isTrue();
		assertThat(advice("我该不该把钱取出来买基金")).isTrue();
		assertThat(advice("Should I choose the three-year deposit?")).isTrue();
		assertThat(advice("Is a wealth product worth buying now?")).isTrue();
	}

	@Test
	void aFactualComparisonTheKnowledgeBaseAnswersIsNotAdvice() {
		assertThat(advice("提前支取是按活期还是定期利率算")).isFalse();
		assertThat(advice("销户要去开户网点还是任一网点都行")).isFalse();
		assertThat(advice("理财产品会亏本吗")).isFalse();
		assertThat(advice("Should I bring my passport or my ID card to open an account?")).isFalse();
		assertThat(advice("Should I report a stolen card to the police?")).isFalse();
	}

	@Test
	void aPredictionThatARateOrPriceWillFallIsAdvice() {
		assertThat(advice("明年房贷利率会降吗")).isTrue();
		assertThat(advice("下个月存款利率会下调吗")).isTrue();
		assertThat(advice("央行会不会降息")).isTrue();
		assertThat(advice("黄金会大跌吗")).isTrue();
	}

	@Test
	void howARateChangesOrAskingForAHigherLimitIsNotAPrediction() {
		assertThat(advice("房贷利率会降吗")).as("how the rate follows the LPR: the knowledge base answers it").isFalse();
		assertThat(advice("信用卡可用额度能不能上调")).isFalse();
	}
}
