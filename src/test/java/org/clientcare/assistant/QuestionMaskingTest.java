package org.clientcare.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionMaskingTest {

	@Test
	void aMobileNumberInAQuestionIsMasked() {
		assertThat(QuestionMasking.mask("我的手机13812345678收不到验证码")).isEqualTo("我的手机138****5678收不到验证码");
		assertThat(QuestionMasking.mask("call me on +86 138 1234 5678")).isEqualTo("call me on 138****5678");
	}

	@Test
	void aResidentIdNumberIsMaskedAsEverywhereElse() {
		assertThat(QuestionMasking.mask("身份证110105194912310021丢了")).isEqualTo("身份证110105********0021丢了");
	}

	@Test
	void aBankCardNumberKeepsOnlyItsFirstAndLastFourDigits() {
		assertThat(QuestionMasking.mask("卡号6222021234567890123被冻结")).isEqualTo("卡号6222***********0123被冻结");
	}

	@Test
	void anEmailAddressIsMaskedAndAQuestionWithoutPiiIsLeftAsItIs() {
		assertThat(QuestionMasking.mask("发到zhang.san@example.com")).isEqualTo("发到z***@example.com");
		assertThat(QuestionMasking.mask("信用卡年费怎么收")).isEqualTo("信用卡年费怎么收");
	}
}
