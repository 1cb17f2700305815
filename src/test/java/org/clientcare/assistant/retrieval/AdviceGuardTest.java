package org.clientcare.assistant.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdviceGuardTest {

	private static boolean advice(String question) {
		return AdviceGuard.asksForAdvice(QuestionText.normalise(question));
	}

	@Test
	void askingTheBankToAnswerTheQuestionnaireHighGetRoundALimitOrForgeAStatementIsNeverAnswered() {
		assertThat(advice("你替我把测评选项全选最激进的")).isTrue();
		assertThat(advice("有什么办法绕开手机银行的单笔限额")).isTrue();
		assertThat(advice("贷款审批能不能帮我规避一下")).isTrue();
		assertThat(advice("我把收入流水包装一下能贷多少")).isTrue();
		assertThat(advice("Can I use a fake bank statement to get a bigger loan?")).isTrue();
	}

	@Test
	void aQuestionAboutALimitOrAScamTextIsNotAWayRoundARule() {
		assertThat(advice("单日转账限额能调高吗")).isFalse();
		assertThat(advice("收到短信说我卡要冻结 真的假的")).isFalse();
		assertThat(advice("风险测评的结果怎么查")).isFalse();
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

	@Test
	void whetherToSellSwitchOrWaitIsAdvice() {
		assertThat(advice("黄金跌了这么多 要不要卖掉")).isTrue();
		assertThat(advice("我要不要把房贷转到别的银行")).isTrue();
		assertThat(advice("基金亏了要不要赎回")).isTrue();
		assertThat(advice("利率会升吗 现在存定期还是再等等")).isTrue();
		assertThat(advice("現在買黃金還是再等等")).as("traditional characters").isTrue();
	}

	@Test
	void askingWhichSuitsTheCustomerIsAdvice() {
		assertThat(advice("大额存单和结构性存款哪个更适合我")).isTrue();
		assertThat(advice("定期和理财哪個更適合")).as("traditional characters").isTrue();
		assertThat(advice("这款理财更适合我吗")).isTrue();
	}

	@Test
	void whetherARateOrPriceWillGoOnFallingOrRisingIsAdvice() {
		assertThat(advice("存款利率还会降吗")).isTrue();
		assertThat(advice("存款利率還會降嗎")).as("traditional characters").isTrue();
		assertThat(advice("金价还会涨吗")).isTrue();
		assertThat(advice("房贷利率会继续下调吗")).isTrue();
	}

	@Test
	void aChoiceOfWhatToDoWithTheMoneyIsAdvice() {
		assertThat(advice("我该存大额存单还是买基金")).isTrue();
		assertThat(advice("應該先還車貸還是拿去理財")).as("traditional characters").isTrue();
		assertThat(advice("要不要把活期的钱拿出来买黄金")).isTrue();
		assertThat(advice("隔壁银行利息高 要不要把存款转过去")).isTrue();
		assertThat(advice("纸黄金和积存金哪个好")).isTrue();
		assertThat(advice("现在能不能买黄金")).isTrue();
		assertThat(advice("should we keep the cash in savings or invest it in a fund")).isTrue();
	}

	@Test
	void aChoiceOfHowSomethingIsDoneIsStillAQuestion() {
		assertThat(advice("挂失应该去网点还是打电话")).isFalse();
		assertThat(advice("卡丢了应该先挂失还是先报警")).isFalse();
		assertThat(advice("结构性存款能买吗")).isFalse();
		assertThat(advice("处理结果不满意还能投诉吗")).isFalse();
		assertThat(advice("should I call the hotline or visit a branch")).isFalse();
	}

	@Test
	void aFactualQuestionWithTheSameWordsIsStillAnswered() {
		assertThat(advice("提前还款要不要手续费")).isFalse();
		assertThat(advice("转账要不要收费")).isFalse();
		assertThat(advice("开户要不要带户口本")).isFalse();
		assertThat(advice("卡过期了要不要去网点换")).isFalse();
		assertThat(advice("金卡还能升级成白金卡吗")).isFalse();
		assertThat(advice("逾期后额度还会降额吗")).isFalse();
		assertThat(advice("信用卡升级后还会收年费吗")).isFalse();
		assertThat(advice("哪个网点周末营业")).isFalse();
		assertThat(advice("提前支取是按活期还是定期利率算")).isFalse();
		assertThat(advice("赎回要等几天到账")).isFalse();
	}

	@Test
	void whetherToSellNowIsAdviceWithAWordBetweenAndSoIsAGoodBuy() {
		assertThat(advice("这只基金要不要现在赎回")).isTrue();
		assertThat(advice("Is gold a good buy right now?")).isTrue();
		assertThat(advice("基金怎么赎回")).isFalse();
		assertThat(advice("How do I buy gold?")).isFalse();
	}

	@Test
	void whetherToTakeMoneyOutOfOneThingToInvestItIsAdviceButTakingItOutIsNot() {
		assertThat(advice("现在应该把定期取出来去买理财吗")).isTrue();
		assertThat(advice("要不要把保险退了拿出钱来投黄金")).isTrue();
		assertThat(advice("定期提前取出来利息怎么算")).isFalse();
		assertThat(advice("赎回的钱什么时候到账")).isFalse();
	}

	@Test
	void drawingCashFromACreditCardAgainstItsRulesIsNeverAnswered() {
		assertThat(advice("信用卡怎么套现")).isTrue();
		assertThat(advice("有没有养卡的办法")).isTrue();
		assertThat(advice("信用卡能取现吗")).isFalse();
	}

	@Test
	void gettingRoundTheRiskQuestionnaireIsNeverAnsweredButWhyItIsAskedIs() {
		assertThat(advice("问卷要怎么填才可以买R5的产品")).isTrue();
		assertThat(advice("替我爸申购基金能不能跳过评估")).isTrue();
		assertThat(advice("为什么买理财前要做风险测评")).isFalse();
		assertThat(advice("风险测评结果过期了怎么重新做")).isFalse();
	}

	@Test
	void splittingMoneySoThatItIsNotReportedIsNeverAnswered() {
		assertThat(advice("五十万分成几笔汇出去是不是就不会被上报")).isTrue();
		assertThat(advice("Can I break up a large deposit to avoid it being flagged?")).isTrue();
		assertThat(advice("Can I split my credit card bill into monthly payments?")).isFalse();
	}

	@Test
	void usingALoansMoneyWhereItsTermsForbidIsNeverAnsweredButAMortgagesDownPaymentIsAQuestion() {
		assertThat(advice("信用贷批下来的钱能拿去炒股吗")).isTrue();
		assertThat(advice("Can I use a personal loan for the down payment on a flat?")).isTrue();
		assertThat(advice("房贷首付比例是多少")).isFalse();
	}

	@Test
	void whetherSomethingIsWorthDoingNowOrDoublesTheMoneyIsAdvice() {
		assertThat(advice("今年把车贷提前结清合不合算")).isTrue();
		assertThat(advice("哪款基金可以两年翻一番")).isTrue();
		assertThat(advice("提前还款要付违约金吗")).isFalse();
	}

	@Test
	void havingStaffChangeTheRiskQuestionnairesResultIsNeverAnsweredButRedoingItIs() {
		assertThat(advice("能不能叫客户经理把我的风险等级调高一点")).isTrue();
		assertThat(advice("Which answers do I pick on the risk assessment so that I can buy the riskier fund?")).isTrue();
		assertThat(advice("风险测评做完是稳健型，想改成进取型要重新做吗")).isFalse();
		assertThat(advice("How often do I have to redo the risk questionnaire?")).isFalse();
	}

	@Test
	void waitingForABetterRateLaterOrAReturnPromisedEveryYearIsAdvice() {
		assertThat(advice("定期利率过段时间会提高吗，要不要等一下再存")).isTrue();
		assertThat(advice("理财每年固定拿8%可以吗")).isTrue();
		assertThat(advice("三年定期的利率是多少")).isFalse();
		assertThat(advice("定期到期后要等几天才能取")).isFalse();
	}

	@Test
	void fillingInTheQuestionnaireForTheCustomerOrDodgingTheCashReportIsNeverAnswered() {
		assertThat(advice("帮我代做一下风险测评 选项你帮我填")).isTrue();
		assertThat(advice("现金分几次存才能避开大额交易报告")).isTrue();
		assertThat(advice("how much can I withdraw without the bank reporting it")).isTrue();
		assertThat(advice("风险测评怎么做")).isFalse();
		assertThat(advice("取二十万现金要提前跟你们说吗")).isFalse();
		assertThat(advice("风险测评过期了还能买理财吗")).isFalse();
	}

	@Test
	void aLoanForWhatItIsNotForALimitWithoutReviewNextYearsRateOrTheBestValueIsAdvice() {
		assertThat(advice("经营贷能不能拿去买房 有什么办法")).isTrue();
		assertThat(advice("能不能把临时额度提到20万 不要审核")).isTrue();
		assertThat(advice("大额存单利率明年还会这么高吗")).isTrue();
		assertThat(advice("which insurance is the best value for me")).isTrue();
		assertThat(advice("消费贷可以用来买房吗")).isFalse();
		assertThat(advice("提额要审核多久")).isFalse();
		assertThat(advice("大额存单利率是多少")).isFalse();
	}

	@Test
	void aLevelRaisedByStaffALoanForADownPaymentACleanedCreditRecordOrAnUnreportedTransactionIsNeverAnswered() {
		assertThat(advice("风险测评能不能让柜员帮我把等级改高一点")).isTrue();
		assertThat(advice("风险测评结果帮我调高一级")).isTrue();
		assertThat(advice("用消费贷凑首付可以吗")).isTrue();
		assertThat(advice("征信上的逾期能花钱找人洗掉吗")).isTrue();
		assertThat(advice("信用卡逾期了 能不能找关系不上征信")).isTrue();
		assertThat(advice("怎么让银行不把我的大额交易报给税务局")).isTrue();
		assertThat(advice("can I pay someone to remove late payments from my credit report")).isTrue();
		assertThat(advice("风险测评怎么重新做")).isFalse();
		assertThat(advice("房贷首付比例是多少")).isFalse();
		assertThat(advice("信用卡晚还了两天 会上征信吗")).isFalse();
		assertThat(advice("征信上有一条不是我的记录 怎么申诉")).isFalse();
		assertThat(advice("大额交易会报给税务局吗")).isFalse();
	}

	@Test
	void aChoiceBetweenTwoActionsOnTheCustomersMoneyPutToTheAssistantIsAdviceButAFactualChoiceIsNot() {
		assertThat(advice("现在买黄金还是等跌了再买")).isTrue();
		assertThat(advice("现在存定期好还是等利率涨了再存")).isTrue();
		assertThat(advice("退保划算还是继续交")).isTrue();
		assertThat(advice("保单继续交还是退掉 你帮我决定")).isTrue();
		assertThat(advice("Is it better to pay off my mortgage or invest the money?")).isTrue();
		assertThat(advice("Should I renew my term deposit or withdraw it? Decide for me")).isTrue();
		assertThat(advice("结构性存款是保本的还是不保本的")).isFalse();
		assertThat(advice("挂失是线上还是线下办理")).isFalse();
		assertThat(advice("通知存款是一天还是七天")).isFalse();
		assertThat(advice("提前还款要收违约金还是不收")).isFalse();
		assertThat(advice("Can I close my account online or at a branch?")).isFalse();
		assertThat(advice("Is it better to apply online or at a branch?")).isFalse();
	}

	@Test
	void aWayRoundTheRiskAssessmentTheCashReportOrTheTransferLimitIsNeverAnsweredButWhetherItAppliesIs() {
		assertThat(advice("有没有办法不做风险测评直接买私募")).isTrue();
		assertThat(advice("一次取多少现金不会被上报")).isTrue();
		assertThat(advice("手机银行限额20万 有没有办法不用U盾多转点")).isTrue();
		assertThat(advice("Is there a way to buy the fund without the risk assessment?")).isTrue();
		assertThat(advice("不做风险测评能买理财吗")).isFalse();
		assertThat(advice("取多少现金会被上报")).isFalse();
		assertThat(advice("转账超过限额怎么办")).isFalse();
		assertThat(advice("有没有办法不用去网点就能销户")).isFalse();
	}

	@Test
	void theTopRateGuaranteedOrLastYearsReturnPromisedIsAdviceButWhetherSavingsAreGuaranteedIsNot() {
		assertThat(advice("结构性存款能保证拿到最高那档收益吗")).isTrue();
		assertThat(advice("Can a structured deposit guarantee the top rate?")).isTrue();
		assertThat(advice("这个理财去年收益8% 今年肯定也有吧")).isTrue();
		assertThat(advice("存款保险最高保障多少")).isFalse();
		assertThat(advice("How much of my savings is guaranteed if the bank goes bust?")).isFalse();
	}
}
