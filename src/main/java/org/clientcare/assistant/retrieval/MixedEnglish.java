package org.clientcare.assistant.retrieval;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The common English banking words a customer drops into a Chinese question (信用卡的limit怎么提, 房贷prepay要收罚金吗,
 * 你们银行有deposit insurance吗), read as the Chinese words the entries use, so that the question meets the Chinese
 * phrasings rather than only the few English ones. Whole words only, longest first, and only in a question with Chinese
 * characters: an English question stays English.
 */
final class MixedEnglish {

	private static final Map<String, String> WORDS = new LinkedHashMap<>();

	static {
		String[][] pairs = { { "credit card", "信用卡" }, { "debit card", "借记卡" }, { "annual fee", "年费" },
				{ "statement", "账单" }, { "transfer", "转账" }, { "transfers", "转账" }, { "limit", "额度" },
				{ "credit limit", "信用额度" }, { "transfer limit", "转账限额" }, { "deposit insurance", "存款保险" },
				{ "deposit", "存款" }, { "withdraw", "取现" }, { "withdrawal", "取现" }, { "refund", "退款" },
				{ "account", "账户" }, { "interest rate", "利率" }, { "interest", "利息" }, { "mortgage", "房贷" },
				{ "prepay", "提前还款" }, { "prepayment", "提前还款" }, { "repricing date", "重定价日" },
				{ "repricing", "重定价" }, { "complain", "投诉" }, { "complaint", "投诉" }, { "delete", "删除" },
				{ "reset", "重置" }, { "pin", "密码" }, { "password", "密码" }, { "installment", "分期" },
				{ "instalment", "分期" }, { "overdue", "逾期" }, { "activate", "激活" }, { "loan", "贷款" },
				{ "insurance", "保险" }, { "policy", "保单" }, { "balance", "余额" }, { "cash", "现金" },
				{ "close", "注销" }, { "book", "预约" }, { "appointment", "预约" }, { "repay", "还款" },
				{ "repayment", "还款" }, { "credit report", "征信报告" }, { "fee", "费用" }, { "privacy policy", "隐私政策" },
				{ "management fee", "管理费" }, { "account management fee", "账户管理费" }, { "early withdraw", "提前支取" },
				{ "early withdrawal", "提前支取" }, { "risk test", "风险测评" }, { "risk assessment", "风险测评" },
				{ "lose money", "亏钱" }, { "gold", "黄金" }, { "surrender", "退保" }, { "booking", "预约" },
				{ "opening hours", "营业时间" }, { "business hours", "营业时间" }, { "cd", "存单" } };
		for (String[] pair : pairs) {
			WORDS.put(pair[0], pair[1]);
		}
	}

	private static final Pattern PATTERN = Pattern.compile("(?<![a-z])(" + String.join("|",
			WORDS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
				.toList()) + ")(?![a-z])");

	private MixedEnglish() {
	}

	/** The question with its English banking words in Chinese when it has Chinese characters, else as it is. */
	static String read(String normalised) {
		if (!QuestionText.hasHan(normalised)) {
			return normalised;
		}
		Matcher matcher = PATTERN.matcher(normalised);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(WORDS.get(matcher.group())));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
