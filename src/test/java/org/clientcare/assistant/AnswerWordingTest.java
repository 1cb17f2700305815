package org.clientcare.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerWordingTest {

	@Test
	void anAnswerPromisingPrincipalAndReturnsIsFlagged() {
		assertThat(AnswerWording.promises("本产品保本保收益，稳赚不赔，年化收益率高达8%"))
			.contains("保本", "保收益", "稳赚", "收益率高达");
	}

	@Test
	void anAnswerSayingThereIsNoRiskIsFlagged() {
		assertThat(AnswerWording.promises("这款理财零风险，刚性兑付")).containsExactly("零风险", "刚性兑付");
		assertThat(AnswerWording.promises("A risk-free product with guaranteed returns")).hasSize(2);
	}

	@Test
	void warningsThatDenyAGuaranteePass() {
		assertThat(AnswerWording.promises("理财产品不保本，不承诺收益，过往业绩不代表未来表现。")).isEmpty();
		assertThat(AnswerWording.promises("Returns are not guaranteed and you may lose principal.")).isEmpty();
		assertThat(AnswerWording.promises("结构性存款属于非保本浮动收益产品，并非无风险。")).isEmpty();
	}

	@Test
	void anOrdinaryServiceAnswerPasses() {
		assertThat(AnswerWording.promises("请本人携带身份证到网点办理挂失。")).isEmpty();
	}
}
