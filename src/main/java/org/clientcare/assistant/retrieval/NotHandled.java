package org.clientcare.assistant.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The things the bank does not handle (本行不办理的事项), kept by editors like the synonym map: one thing per line, its
 * other names after commas ({@code 交通卡,地铁卡,公交卡,metro card}). A question that names one of them and, once they are
 * taken out, names none of the bank's own things ({@link DomainLexicon#namesABankThing}: 信用卡, 贷款, 理财, a card …)
 * is about that thing and is refused outright, whatever words it shares with an entry: 公交卡丢了怎么挂失 shares 挂失
 * with the lost-card entry, "My library card is lost" shares "card" and "lost". A bank question that merely mentions
 * one (用信用卡在超市刷卡被多扣了) still names the bank's card and is answered as before. When the name taken out is another
 * service's card or is followed by one (手机卡, 公交卡, 社保卡, 图书馆借书卡, "library card"), a card the question names on its own (补卡, 这张卡) is that card, not
 * the bank's: 手机卡丢了怎么补卡 is refused, 公交卡丢了银行卡能补吗 is not.
 *
 * <p>A line starting with {@code @} names other institutions — other banks and payment platforms (@招商银行,招行,
 * china merchants bank; @微信,支付宝,余额宝,paypal). Their names may hold the bank's words (银行), and a question naming
 * one is about that institution whatever bank words it carries (招商银行信用卡年费多少钱, 支付宝转账一天能转多少, "my paypal
 * account is locked"), unless it names this bank too (你们, 本行, 贵行, "your"), moves money to or from the other
 * institution (转到招商银行, 从工行转过来, 用支付宝还, "to my HSBC account"), binds a card to it (微信绑定的银行卡) or closes
 * the bank's account with what is bound to it (销户前要把支付宝微信那些绑定都解掉吗): then the name is not counted. A bank deploying the assistant keeps its own name off these lines.
 *
 * <p>Names are matched in the question as {@link QuestionText#normalise} leaves it (simplified characters, lower
 * case); a Latin name only as whole words.
 */
public final class NotHandled {

	public static final NotHandled EMPTY = new NotHandled(List.of());

	/**
	 * A card named on its own, not as the bank's (信用卡, 银行卡, 储蓄卡 …): 补卡, 换卡, 这张卡, "the card". Once the name of
	 * another service's card has been taken out (手机卡丢了去营业厅怎么补卡), such a card is that one, not the bank's.
	 */
	private static final Pattern BARE_CARD = Pattern.compile("(?<![用记蓄行资])卡|\\bcards?\\b");

	/**
	 * What any card has, the bank's or another service's: once another service's card is named (健身卡年费怎么退), its
	 * annual fee is that card's, not the bank's.
	 */
	private static final Pattern CARD_WORDS = Pattern.compile("年费|\\bannual fees?\\b");

	/**
	 * What follows a name, straight after it or after 的 / 's, when the question is about that service's own bill,
	 * instalments, fee, limit or cooling-off period (花呗账单, 健身房年费, 离婚冷静期, "the gym's annual fee"): then those words
	 * are that service's, not the bank's.
	 */
	private static final Pattern FOLLOWED_BY_ITS_BILL = Pattern.compile(
			" ?(的|'s |’s )?(账单|分期|还款|额度|利息|年费|会员费|退款|借款|提额|冷静期|犹豫期|annual fees?\\b|instal?lments?\\b"
					+ "|refunds?\\b|limits?\\b|cooling.off)");

	/** The words a service's own bill, fee or limit shares with the bank's. */
	private static final Pattern BILL_WORDS = Pattern.compile("账单|分期|还款|额度|利息|年费|会员费|退款|借款|提额|冷静期|犹豫期"
			+ "|\\b(annual fees?|bills?|instal?lments?|refunds?|limits?|cooling.off( period)?)\\b");

	/**
	 * What follows a name when the question is about insurance of that thing (宠物保险的理赔, "pet insurance claim"): then
	 * the insurance and its claim are not the bank's.
	 */
	private static final Pattern FOLLOWED_BY_ITS_INSURANCE = Pattern.compile(" ?(的|'s |’s )?(保险|险|insurance\\b)");

	/** The words insurance of another thing shares with the bank's. */
	private static final Pattern INSURANCE_WORDS = Pattern.compile("保险|理赔|保单|保费|\\b(insurance|claims?|polic(y|ies))\\b");

	/** What follows a name when it is that service's card: " card", " cards" ("gym membership card"). */
	private static final Pattern FOLLOWED_BY_A_CARD = Pattern.compile(" cards?\\b");

	private static final int LONGEST_NAME = 40;

	/**
	 * In a name, up to four characters of the question between two parts (手机号...注销 is 手机号怎么注销 too): an action on
	 * another service's thing whose words are the bank's words on their own.
	 */
	private static final String GAP = "...";

	/**
	 * What follows a name when the question is about that service's account, number or password (游戏账号, "Steam
	 * password", "game account"): then transferring it or its password is that service's, not the bank's.
	 */
	private static final Pattern FOLLOWED_BY_AN_ACCOUNT = Pattern.compile(
			" ?(账号|帐号|账户|帐户|密码|accounts?\\b|passwords?\\b|logins?\\b)");

	/**
	 * The words an account of another service shares with the bank's: transferring it, its password (WiFi密码忘了, a
	 * router's or a computer's password is not the bank's).
	 */
	private static final Pattern ACCOUNT_WORDS = Pattern.compile("转账|转让|密码|\\b(transfer\\w*|passwords?|pins?)\\b");

	/** This bank named in a question: 你们, 本行, 贵行, "your bank", "your". */
	private static final Pattern THIS_BANK = Pattern.compile("你们|您们|贵行|本行|你行|咱行|我行|这家银行|\\byours?\\b|\\bthis bank\\b");

	/** What comes just before another institution's name when money moves to or from it, or is paid with it. */
	private static final Pattern MONEY_MOVED_WITH = Pattern.compile("(转到|转给|转入|转至|转进|转去|汇到|汇给|汇入|汇往|打到|存到|到|往|从|用"
			+ "|\\b(to|from|into|using|via|with)( (my|an?|the|our|his|her))?)[ 的]?$");

	/** What follows another institution's name when money comes from it or a card is bound to it. */
	private static final Pattern MONEY_FROM_OR_A_CARD_BOUND = Pattern.compile(" ?(转过来|转来|汇过来|汇来|打过来|打来"
			+ "|[^,，。？?!！]{0,3}绑(定|了)?(的|了)?[^,，。？?!！]{0,4}卡)");

	/**
	 * The bank's account or card closed with what is bound to it (销户前要把支付宝微信那些绑定都解掉吗): the bindings are the
	 * bank account's, and another institution named with them is not the subject.
	 */
	private static final Pattern CLOSING_WITH_ITS_BINDINGS = Pattern.compile("(销户|销卡)[^。？?!！]{0,16}(绑定|解绑|绑的)"
			+ "|(绑定|解绑|绑的)[^。？?!！]{0,16}(销户|销卡)");

	private final List<List<String>> things;

	/** The names of other institutions (lines starting with {@code @}). */
	private final Set<String> institutions;

	private final Pattern pattern;

	/**
	 * The first part of every name (the whole name, or what comes before its first gap) by its first character: a
	 * question that holds none of them names nothing on the list, and the list's pattern is not tried on it. Null when
	 * a name begins with a gap.
	 */
	private final java.util.Map<Character, List<String>> firstParts;

	/**
	 * Each toneless spelling, syllables written together and every reading of each character, of each Chinese name of
	 * two characters or more → the name.
	 */
	private final java.util.Map<String, String> spellings = new java.util.TreeMap<>();

	private NotHandled(List<List<String>> things) {
		this(things, Set.of());
	}

	private NotHandled(List<List<String>> things, Set<String> institutions) {
		this.things = things;
		this.institutions = institutions;
		List<String> names = things.stream().flatMap(List::stream).distinct()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.toList();
		for (String name : names) {
			if (name.length() >= 2 && name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
				PinyinReading.spellings(name).forEach(spelling -> spellings.putIfAbsent(spelling, name));
			}
		}
		this.pattern = names.isEmpty() ? null
				: Pattern.compile(String.join("|", names.stream().map(NotHandled::alternative).toList()));
		java.util.Map<Character, List<String>> parts = new java.util.HashMap<>();
		for (String name : names) {
			String part = name.split(Pattern.quote(GAP), -1)[0];
			if (part.isEmpty()) {
				parts = null;
				break;
			}
			parts.computeIfAbsent(part.charAt(0), c -> new ArrayList<>()).add(part);
		}
		this.firstParts = parts;
	}

	/**
	 * Reads the list from its lines; blank lines and lines starting with {@code #} are skipped.
	 *
	 * A name with a gap may hold one of the bank's words in one of its parts when another part is not the bank's
	 * (成立...基金会: a foundation set up, not a fund that will rise, 基金会涨吗): the parts together name the other thing.
	 *
	 * @throws IllegalArgumentException naming the line (from 1) of a name longer than 40 characters, of a name that is
	 *         one of the bank's own things or part of one (信用卡, 卡, 贷款 …: it would refuse the bank's own questions;
	 *         for a name with a gap, every part), or of a name that stands on an earlier line
	 */
	public static NotHandled parse(String lines) {
		List<List<String>> things = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		Set<String> institutions = new LinkedHashSet<>();
		String[] all = lines == null ? new String[0] : lines.split("\\R");
		for (int i = 0; i < all.length; i++) {
			String line = all[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			boolean institution = line.startsWith("@");
			line = institution ? line.substring(1) : line;
			List<String> names = new ArrayList<>();
			for (String name : line.split("[,，、]")) {
				String normalised = QuestionText.normalise(name);
				if (normalised.isEmpty() || names.contains(normalised)) {
					continue;
				}
				if (normalised.length() > LONGEST_NAME) {
					throw new IllegalArgumentException("line " + (i + 1) + ": a name has at most " + LONGEST_NAME
							+ " characters");
				}
				if (institution ? DomainLexicon.isABankThingOrPartOfOne(normalised) : normalised.contains(GAP)
						? java.util.Arrays.stream(normalised.split(Pattern.quote(GAP))).allMatch(DomainLexicon::isPartOfABankThing)
						: DomainLexicon.isPartOfABankThing(normalised)) {
					throw new IllegalArgumentException("line " + (i + 1) + ": '" + normalised
							+ "' is one of the bank's own things");
				}
				if (!seen.add(normalised)) {
					throw new IllegalArgumentException("line " + (i + 1) + ": '" + normalised + "' stands on an earlier line");
				}
				names.add(normalised);
			}
			if (!names.isEmpty()) {
				things.add(List.copyOf(names));
				if (institution) {
					institutions.addAll(names);
				}
			}
		}
		return new NotHandled(List.copyOf(things), Set.copyOf(institutions));
	}

	/**
	 * The name of the thing the bank does not handle that the question, normalised by {@link QuestionText#normalise},
	 * is about, if it names one and none of the bank's own things besides; else null.
	 */
	public String subjectOf(String normalised) {
		if (pattern == null || !holdsAFirstPart(normalised)) {
			return null;
		}
		var matcher = pattern.matcher(normalised);
		if (!matcher.find()) {
			return null;
		}
		if (!institutions.isEmpty()) {
			boolean thisBank = THIS_BANK.matcher(normalised).find() || CLOSING_WITH_ITS_BINDINGS.matcher(normalised).find();
			StringBuilder without = new StringBuilder();
			int from = 0;
			for (matcher.reset(); matcher.find();) {
				if (!institutions.contains(matcher.group())) {
					continue;
				}
				boolean notCounted = thisBank || MONEY_MOVED_WITH.matcher(normalised.substring(Math.max(0,
						matcher.start() - 16), matcher.start())).find() || MONEY_FROM_OR_A_CARD_BOUND.matcher(normalised)
							.region(matcher.end(), normalised.length()).lookingAt();
				if (!notCounted) {
					return matcher.group();
				}
				without.append(normalised, from, matcher.start()).append(' ');
				from = matcher.end();
			}
			if (from > 0) {
				return subjectOf(without.append(normalised.substring(from)).toString());
			}
			matcher.reset().find();
		}
		String first = matcher.group();
		boolean aCard = false;
		boolean anAccount = false;
		boolean itsBill = false;
		boolean itsInsurance = false;
		for (matcher.reset(); matcher.find();) {
			String after = normalised.substring(matcher.end(), Math.min(normalised.length(), matcher.end() + 6));
			anAccount |= FOLLOWED_BY_AN_ACCOUNT.matcher(normalised).region(matcher.end(), normalised.length()).lookingAt();
			itsBill |= FOLLOWED_BY_ITS_BILL.matcher(normalised).region(matcher.end(), normalised.length()).lookingAt();
			itsInsurance |= FOLLOWED_BY_ITS_INSURANCE.matcher(normalised).region(matcher.end(), normalised.length())
				.lookingAt();
			aCard |= matcher.group().endsWith("卡") || matcher.group().endsWith("card") || after.substring(0,
					Math.min(after.length(), 3)).contains("卡") || FOLLOWED_BY_A_CARD.matcher(after).lookingAt();
		}
		String rest = matcher.reset().replaceAll(" ");
		rest = anAccount ? ACCOUNT_WORDS.matcher(rest).replaceAll(" ") : rest;
		rest = itsBill ? BILL_WORDS.matcher(rest).replaceAll(" ") : rest;
		rest = itsInsurance ? INSURANCE_WORDS.matcher(rest).replaceAll(" ") : rest;
		return DomainLexicon.namesABankThing(aCard ? CARD_WORDS.matcher(BARE_CARD.matcher(rest).replaceAll(" ")).replaceAll(" ")
				: rest) ? null : first;
	}

	/**
	 * Whether the text holds the first part of a name as written ({@link #firstParts}); the list's pattern can find a
	 * name only then. True when the names' first parts are not known.
	 */
	private boolean holdsAFirstPart(String text) {
		if (firstParts == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			List<String> parts = firstParts.get(text.charAt(i));
			if (parts != null) {
				for (String part : parts) {
					if (text.startsWith(part, i)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * The Chinese names of the list (two characters or more) that a question types in toneless pinyin (gongjiaoka,
	 * gong jiao ka for 公交卡; any reading of a character), each after a space; empty when it types none. The reading of pinyin into the knowledge
	 * base's words cannot read a name the knowledge base does not hold, so the name is added to the question as read
	 * before the list is applied to it.
	 */
	public String spelt(String normalised) {
		String letters = normalised.replaceAll("[^a-z]+", "");
		if (letters.length() < 4) {
			return "";
		}
		StringBuilder names = new StringBuilder();
		spellings.forEach((spelling, name) -> {
			if (letters.contains(spelling)) {
				names.append(' ').append(name);
			}
		});
		return names.toString();
	}

	/** Whether a question, normalised by {@link QuestionText#normalise}, is refused for naming a thing on the list. */
	public boolean refuses(String normalised) {
		return subjectOf(normalised) != null;
	}

	/** The things, each with its names, the first name first. */
	public List<List<String>> things() {
		return things;
	}

	private static String alternative(String name) {
		if (name.contains(GAP)) {
			return String.join("[^,，。？?!！]{0,4}", java.util.Arrays.stream(name.split(Pattern.quote(GAP)))
				.map(NotHandled::alternative).toList());
		}
		String quoted = Pattern.quote(name);
		return name.chars().allMatch(c -> c < 0x2E80) ? "(?<![\\p{IsLatin}\\p{N}])" + quoted + "(?![\\p{IsLatin}\\p{N}])" : quoted;
	}
}
