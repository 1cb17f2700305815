package org.clientcare.assistant.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class NotHandledTest {

	private static final NotHandled LIST = NotHandled.parse("""
			# things the bank does not handle
			交通卡,地铁卡,公交卡,metro card
			超市,supermarket
			图书馆,借书证,library card
			快递
			游戏账号,game
			手机卡,电话卡
			社保
			""");

	private static boolean refused(String question) {
		return LIST.refuses(QuestionText.normalise(question));
	}

	@Test
	void aQuestionNamingAThingTheBankDoesNotHandleIsRefusedWhateverWordsOfTheBankItShares() {
		assertThat(refused("公交卡丢了怎么挂失")).isTrue();
		assertThat(refused("快递丢件了怎么投诉")).isTrue();
		assertThat(refused("游戏账号被盗了怎么办")).isTrue();
		assertThat(refused("My library card is lost, how do I replace it?")).isTrue();
		assertThat(refused("What time does the supermarket close?")).isTrue();
	}

	@Test
	void aBankQuestionThatMerelyMentionsOneIsNotRefused() {
		assertThat(refused("用信用卡在超市刷卡被多扣了")).isFalse();
		assertThat(refused("我开了个小超市，想贷点钱进货")).isFalse();
		assertThat(refused("地铁卡能绑定银行卡自动充值吗")).isFalse();
		assertThat(refused("I paid by card at the supermarket and was charged twice")).isFalse();
	}

	@Test
	void aCardNamedOnItsOwnAfterAnotherServicesCardIsThatCard() {
		assertThat(refused("电话卡丢了去营业厅怎么补卡")).isTrue();
		assertThat(refused("社保卡怎么激活")).isTrue();
		assertThat(refused("公交卡丢了银行卡能补吗")).isFalse();
		assertThat(refused("用信用卡在超市刷卡被多扣了")).isFalse();
	}

	@Test
	void theSubjectIsTheNameTheQuestionUses() {
		assertThat(LIST.subjectOf(QuestionText.normalise("地铁卡丢了怎么办"))).isEqualTo("地铁卡");
		assertThat(LIST.subjectOf(QuestionText.normalise("信用卡丢了怎么办"))).isNull();
	}

	@Test
	void aQuestionInTraditionalCharactersIsReadAsSimplified() {
		assertThat(refused("圖書館的借書證丟了怎麼補辦")).isTrue();
	}

	@Test
	void aLatinNameMatchesOnlyAsAWholeWordButAlsoBetweenChineseCharacters() {
		assertThat(refused("My game account was hacked")).isTrue();
		assertThat(refused("玩game的账号被盗了")).isTrue();
		assertThat(refused("Where is the gamestop?")).isFalse();
	}

	@Test
	void aNameThatIsOneOfTheBanksOwnThingsOrPartOfOneIsRefusedNamingItsLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> NotHandled.parse("超市\n信用卡"))
			.withMessage("line 2: '信用卡' is one of the bank's own things");
		assertThatIllegalArgumentException().isThrownBy(() -> NotHandled.parse("卡")).withMessageStartingWith("line 1:");
		assertThatIllegalArgumentException().isThrownBy(() -> NotHandled.parse("贷款")).withMessageStartingWith("line 1:");
		assertThatIllegalArgumentException().isThrownBy(() -> NotHandled.parse("Mortgage")).withMessageStartingWith("line 1:");
		assertThat(NotHandled.parse("公交卡,library card").things()).singleElement()
			.isEqualTo(List.of("公交卡", "library card"));
	}

	@Test
	void aNameOnAnEarlierLineOrOfMoreThanFortyCharactersIsRefusedNamingItsLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> NotHandled.parse("超市\n\n商场,超市"))
			.withMessage("line 3: '超市' stands on an earlier line");
		assertThatIllegalArgumentException().isThrownBy(() -> NotHandled.parse("x".repeat(41)))
			.withMessageStartingWith("line 1: a name has at most 40 characters");
	}

	@Test
	void theIndexRefusesAQuestionAboutAThingOnTheListThatItWouldOtherwiseAnswer() {
		var entries = List.of(new KnowledgeIndex.Entry(1, "zh-CN", List.of("银行卡丢了怎么挂失？"), List.of("挂失")));
		var without = KnowledgeIndex.build(entries, SynonymMap.EMPTY);
		var with = KnowledgeIndex.build(entries, SynonymMap.EMPTY, LIST);

		assertThat(AnswerRule.DEFAULT.answers(without.retrieve("公交卡丢了怎么挂失", 1).evidence())).isTrue();
		assertThat(with.retrieve("公交卡丢了怎么挂失", 1).matches()).isEmpty();
		assertThat(AnswerRule.DEFAULT.answers(with.retrieve("银行卡丢了怎么挂失", 1).evidence())).isTrue();
	}

	@Test
	void theDefaultListRefusesAnotherCompanysAccountAnEmployersWagesAndAnInsurersCarInsuranceButNotTheBanksInsurance() {
		var defaults = NotHandled.parse(KnowledgeBaseFile.text(KnowledgeBaseFile.DEFAULT_NOT_HANDLED));

		assertThat(defaults.refuses(QuestionText.normalise("I forgot my Outlook password, can you reset it?"))).isTrue();
		assertThat(defaults.refuses(QuestionText.normalise("What is the annual fee of an Amex card?"))).isTrue();
		assertThat(defaults.refuses(QuestionText.normalise("老板欠薪三个月了怎么投诉"))).isTrue();
		assertThat(defaults.refuses(QuestionText.normalise("车险理赔要多久"))).isTrue();
		assertThat(defaults.refuses(QuestionText.normalise("在你们银行买的保险怎么退保"))).isFalse();
	}

	@Test
	void theDefaultListIsValid() {
		assertThat(NotHandled.parse(KnowledgeBaseFile.text(KnowledgeBaseFile.DEFAULT_NOT_HANDLED)).things())
			.anySatisfy(names -> assertThat(names).contains("地铁卡", "公交卡"));
	}

	@Test
	void aServicesNameFollowedByCardMakesTheQuestionsCardThatServicesOne() {
		var list = NotHandled.parse("健身卡,gym,membership");

		assertThat(list.refuses(QuestionText.normalise("My gym membership card is lost, can I get a new one?"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("I lost my bank card at the gym"))).isFalse();
	}

	@Test
	void aNameWithAGapMatchesAnActionOnAnotherServicesThingWithAFewWordsBetween() {
		var list = NotHandled.parse("手机号...停机");

		assertThat(list.refuses(QuestionText.normalise("手机号要怎么停机"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("手机号停机了银行卡预留手机怎么改"))).isFalse();
	}

	@Test
	void aServicesNameFollowedByAnAccountOrPasswordMakesTransferringItThatServicesBusiness() {
		var list = NotHandled.parse("game,steam");

		assertThat(list.refuses(QuestionText.normalise("Can I transfer my Steam account to my brother?"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("I forgot my game password"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("Can I transfer money to buy a game?"))).isFalse();
	}

	@Test
	void anotherServicesCardsAnnualFeeIsThatCardsButTheBanksCardsIsTheBanks() {
		var list = NotHandled.parse("健身卡,会员卡");

		assertThat(list.refuses(QuestionText.normalise("会员卡的年费能退吗"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("信用卡年费能退吗"))).isFalse();
	}

	@Test
	void aNameTypedInPinyinIsFoundForTheQuestionAsRead() {
		assertThat(LIST.spelt(QuestionText.normalise("ditie ka diule zenme ban"))).isEqualTo(" 地铁卡");
		assertThat(LIST.spelt(QuestionText.normalise("xinyongka diule zenme ban"))).isEmpty();
	}

	@Test
	void anotherServicesOwnBillOrInsuranceIsThatServicesButTheBanksIsTheBanks() {
		var list = NotHandled.parse("花呗,借呗\n健身房,gym\n宠物,pet\n医院,hospital");

		assertThat(list.refuses(QuestionText.normalise("支付宝花呗账单怎么分期"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("健身房年费能退吗"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("宠物保险的理赔要找宠物医院开证明吗"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("花呗能还信用卡账单吗"))).isFalse();
		assertThat(list.refuses(QuestionText.normalise("How do I claim for my hospital bills?"))).isFalse();
	}

	@Test
	void anotherInstitutionNamedOutrightIsThatInstitutionsBusinessUnlessTheQuestionNamesThisBankOrMovesMoneyToIt() {
		var list = NotHandled.parse("@招商银行,工行,china merchants bank\n@微信,支付宝,余额宝,paypal");

		assertThat(list.refuses(QuestionText.normalise("招商银行信用卡年费多少钱"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("微信转账转错人了怎么办"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("余额宝的收益是怎么算的"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("my paypal account is locked how do i unlock it"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("转账到招商银行要手续费吗"))).isFalse();
		assertThat(list.refuses(QuestionText.normalise("能用微信还你们的信用卡吗"))).isFalse();
		assertThat(list.refuses(QuestionText.normalise("钱包里有张工行卡 不对 是你们行的卡 帮我停掉"))).isFalse();
		assertThat(list.refuses(QuestionText.normalise("支付宝绑定的银行卡丢了怎么挂失"))).isFalse();
		assertThat(list.refuses(QuestionText.normalise("销户前要把支付宝微信那些绑定都解掉吗"))).isFalse();
		assertThat(list.refuses(QuestionText.normalise("微信绑定的手机号怎么换"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("can I send money to my china merchants bank account"))).isFalse();
	}

	@Test
	void anInstitutionsNameMayHoldTheBanksWordsButNotBeOne() {
		assertThat(NotHandled.parse("@招商银行").things()).singleElement().isEqualTo(List.of("招商银行"));
		assertThatIllegalArgumentException().isThrownBy(() -> NotHandled.parse("@银行"));
		assertThatIllegalArgumentException().isThrownBy(() -> NotHandled.parse("招商银行"));
	}

	@Test
	void aPasswordOrACoolingOffPeriodOfSomethingThatIsNotABankProductIsThatThings() {
		var list = NotHandled.parse(KnowledgeBaseFile.text(KnowledgeBaseFile.DEFAULT_NOT_HANDLED));

		assertThat(list.refuses(QuestionText.normalise("WiFi密码忘了怎么查"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("离婚冷静期是多少天"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("电脑上登录网银密码忘了"))).isFalse();
		assertThat(list.refuses(QuestionText.normalise("离婚后房贷怎么办"))).isFalse();
	}

	@Test
	void aNameWithAGapMayHoldABankWordWhenItsOtherPartIsNotTheBanks() {
		var list = NotHandled.parse("基金会...注册,成立...基金会");

		assertThat(list.refuses(QuestionText.normalise("基金会怎么注册成立"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("想成立一个基金会要什么手续"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("买基金会被扣哪些钱"))).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> NotHandled.parse("基金会"));
		assertThatIllegalArgumentException().isThrownBy(() -> NotHandled.parse("基金...赎回"));
	}

	@Test
	void anotherOrganisationsAccountIsThatOrganisationsEvenWithTheBanksWords() {
		var list = NotHandled.parse(KnowledgeBaseFile.text(KnowledgeBaseFile.DEFAULT_NOT_HANDLED));

		assertThat(list.refuses(QuestionText.normalise("12306账号怎么注销"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("基金会怎么注册成立"))).isTrue();
		assertThat(list.refuses(QuestionText.normalise("12306买票能用信用卡吗"))).isFalse();
		assertThat(list.refuses(QuestionText.normalise("基金会不会亏本"))).isFalse();
	}
}
