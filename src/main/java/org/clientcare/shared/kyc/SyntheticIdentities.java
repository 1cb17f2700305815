package org.clientcare.shared.kyc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Generator of synthetic but well-formed Chinese identities for demo data and test fixtures:
 * resident ID numbers (居民身份证号码), unified social credit codes (统一社会信用代码), mobile
 * numbers, personal names, company and institution names and street addresses.
 *
 * <p>Output depends only on the random generator passed in, so a seeded generator always yields
 * the same sequence. ID numbers and credit codes carry correct check characters and pass
 * {@link ResidentIdNumber} and {@link UnifiedSocialCreditCode}; mobile numbers pass
 * {@link MainlandMobile}. Values are random, not taken from real people or organisations, though
 * a generated value may coincide with a real one by chance. Not thread-safe unless the random
 * generator is.
 */
public final class SyntheticIdentities {

	private static final Pattern AREA_CODE = Pattern.compile("[0-9]{6}");
	private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
	private static final LocalDate EARLIEST_ADULT_BIRTH = LocalDate.of(1945, 1, 1);
	private static final LocalDate LATEST_ADULT_BIRTH = LocalDate.of(2004, 12, 31);
	private static final int[] ORGANIZATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

	private static final List<District> DISTRICTS = List.of(
			new District("310115", "", "上海市", "浦东新区",
					"世纪大道", "张杨路", "浦东南路", "陆家嘴环路", "东方路", "锦绣路", "杨高中路", "龙阳路"),
			new District("310104", "", "上海市", "徐汇区",
					"漕溪北路", "衡山路", "肇嘉浜路", "天钥桥路", "宜山路", "龙华中路", "虹桥路"),
			new District("310101", "", "上海市", "黄浦区",
					"南京东路", "西藏中路", "淮海中路", "河南南路", "复兴中路", "中山东一路"),
			new District("310105", "", "上海市", "长宁区",
					"延安西路", "天山路", "仙霞路", "长宁路", "愚园路", "古北路"),
			new District("310106", "", "上海市", "静安区",
					"南京西路", "延安中路", "共和新路", "威海路", "江宁路", "常德路"),
			new District("310107", "", "上海市", "普陀区",
					"曹杨路", "真北路", "长寿路", "中山北路", "武宁路", "金沙江路"),
			new District("310110", "", "上海市", "杨浦区",
					"四平路", "国定路", "控江路", "黄兴路", "大连路", "政通路"),
			new District("310112", "", "上海市", "闵行区",
					"七莘路", "沪闵路", "都市路", "虹井路", "顾戴路", "莘松路"),
			new District("110105", "", "北京市", "朝阳区",
					"建国路", "朝阳路", "东三环中路", "工体北路", "安立路", "酒仙桥路"),
			new District("110108", "", "北京市", "海淀区",
					"中关村大街", "学院路", "知春路", "西三环北路", "北四环西路", "清华东路"),
			new District("440305", "广东省", "深圳市", "南山区",
					"深南大道", "科苑路", "南海大道", "后海大道", "沙河西路", "桃园路"),
			new District("440106", "广东省", "广州市", "天河区",
					"天河路", "中山大道", "黄埔大道", "天河北路", "体育西路", "林和西路"),
			new District("330106", "浙江省", "杭州市", "西湖区",
					"文三路", "天目山路", "西溪路", "曙光路", "教工路", "古墩路"),
			new District("320102", "江苏省", "南京市", "玄武区",
					"中山路", "北京东路", "珠江路", "龙蟠路", "太平北路", "中山东路"));

	private static final WeightedChoice SURNAMES = new WeightedChoice()
			.add(700, "王 李 张")
			.add(500, "刘 陈")
			.add(250, "杨 黄 赵 吴 周")
			.add(120, "徐 孙 马 朱 胡 郭 何 高 林")
			.add(70, "罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾")
			.add(40, "肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖")
			.add(20, "贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 "
					+ "武 戴 莫 孔 向 汤")
			.add(5, "欧阳")
			.add(1, "司马 上官");

	private static final List<String> MALE_SINGLE_GIVEN_NAMES = words(
			"伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宇 浩 凯 健 俊 帆 帅 旭 宁 亮 峰 毅");
	private static final List<String> MALE_DOUBLE_GIVEN_NAMES = words(
			"建国 建华 志强 志明 国强 国华 海涛 海峰 文博 文杰 晓东 晓明 俊杰 子轩 浩然 宇轩 "
					+ "子豪 博文 皓轩 梓睿 宇航 天佑 家豪 明轩 思远 嘉诚 永强 振华 建军 立新 "
					+ "德明 春生 红兵 卫东 新民 光辉 成龙 一鸣 泽宇 睿哲");
	private static final List<String> FEMALE_SINGLE_GIVEN_NAMES = words(
			"芳 娜 敏 静 丽 艳 娟 霞 秀 玲 燕 萍 红 琳 雪 梅 慧 婷 倩 颖 洁 琪 欣 怡 悦 瑶 雯 蕾 薇 丹");
	private static final List<String> FEMALE_DOUBLE_GIVEN_NAMES = words(
			"秀英 桂英 秀兰 玉兰 桂兰 丽华 美玲 淑珍 玉梅 凤英 晓燕 晓红 海燕 丽娟 春梅 雅婷 "
					+ "欣怡 梓涵 诗涵 雨桐 可馨 佳怡 思琪 梦瑶 婉清 静怡 欣妍 语嫣 若曦 一诺 "
					+ "子涵 雨萱 佳琪 慧敏 文静 晓琳 嘉欣 紫薇 采薇 书瑶");

	private static final List<String> TRADE_NAMES = words(
			"浦江 华信 恒通 瑞丰 鼎盛 宏达 金桥 东方 新源 博远 嘉禾 正元 锦程 天润 中睿 "
					+ "汇通 永安 德润 鸿业 启明 盛世 远航 凯达 同创 聚力 明德 润泽 安泰 华晟 泓源");
	private static final List<String> INDUSTRIES = words(
			"精密机械 信息科技 电子科技 网络科技 贸易 国际贸易 物流 生物医药 建筑工程 餐饮管理 "
					+ "文化传媒 环保科技 投资管理 供应链管理 新材料 汽车零部件 食品 服饰 医疗器械 "
					+ "企业管理咨询 物业管理 装饰工程 智能科技 化工");
	private static final List<String> INSTITUTION_KINDS = words(
			"第一中心小学 第二中心小学 实验小学 第一中学 第三中学 实验中学 外国语学校 中心医院 "
					+ "人民医院 中医医院 妇幼保健院 图书馆 文化馆 青少年活动中心 社区卫生服务中心 "
					+ "疾病预防控制中心 职业技术学校 老年大学");
	private static final List<String> MOBILE_PREFIXES = mobilePrefixes();

	private final RandomGenerator random;

	public SyntheticIdentities(RandomGenerator random) {
		if (random == null) {
			throw new IllegalArgumentException("random must not be null");
		}
		this.random = random;
	}

	public SyntheticIdentities(long seed) {
		this(new Random(seed));
	}

	/** Picks the 6-digit administrative area code of one of the known districts. */
	public String randomAreaCode() {
		return randomDistrict().areaCode();
	}

	/**
	 * Returns a valid resident ID number with the given area code and birth date whose sequence
	 * code matches the gender.
	 *
	 * @throws IllegalArgumentException if the area code is not 6 digits or the birth date is
	 *     before 1900 or after 9999
	 */
	public String residentId(LocalDate birthDate, boolean male, String areaCode) {
		if (areaCode == null || !AREA_CODE.matcher(areaCode).matches()) {
			throw new IllegalArgumentException("Area code must be 6 digits: " + areaCode);
		}
		if (birthDate == null || birthDate.getYear() < 1900 || birthDate.getYear() > 9999) {
			throw new IllegalArgumentException("Birth year must be 1900-9999: " + birthDate);
		}
		int sequence = 2 * random.nextInt(1, 500) - (male ? 1 : 0);
		String first17 = areaCode + BASIC_DATE.format(birthDate) + String.format("%03d", sequence);
		return first17 + ResidentIdNumber.checkChar(first17);
	}

	/** Returns a valid resident ID number of a random adult born 1945–2004 in a known district. */
	public String residentId() {
		long day = random.nextLong(EARLIEST_ADULT_BIRTH.toEpochDay(), LATEST_ADULT_BIRTH.toEpochDay() + 1);
		return residentId(LocalDate.ofEpochDay(day), random.nextBoolean(), randomAreaCode());
	}

	/**
	 * Returns a valid unified social credit code of an enterprise ({@code 91}) or a public
	 * institution ({@code 12}): registration prefix, area code, 9-character organisation code
	 * (with its own GB 11714 check character) and the GB 32100 check character.
	 */
	public String uscc() {
		String prefix = random.nextInt(4) == 0 ? "12" : "91";
		String organizationBody = prefix.equals("12") || random.nextBoolean()
				? randomChars("0123456789", 8)
				: "MA" + randomChars(UnifiedSocialCreditCode.ALPHABET, 6);
		String first17 = prefix + randomAreaCode() + organizationBody
				+ organizationCodeCheckChar(organizationBody);
		return first17 + UnifiedSocialCreditCode.checkChar(first17);
	}

	/** Returns an 11-digit mainland mobile number with a common carrier prefix. */
	public String mobile() {
		return pick(MOBILE_PREFIXES) + randomChars("0123456789", 8);
	}

	/** Returns a 2–4 character Chinese name with a frequency-weighted surname. */
	public String personName(boolean male) {
		boolean singleCharacter = random.nextInt(10) < 3;
		List<String> givenNames = male
				? (singleCharacter ? MALE_SINGLE_GIVEN_NAMES : MALE_DOUBLE_GIVEN_NAMES)
				: (singleCharacter ? FEMALE_SINGLE_GIVEN_NAMES : FEMALE_DOUBLE_GIVEN_NAMES);
		return SURNAMES.pick(random) + pick(givenNames);
	}

	/** Returns a company name such as {@code 上海浦江精密机械有限公司}. */
	public String companyName() {
		String city = randomDistrict().city();
		String legalForm = random.nextInt(7) == 0 ? "股份有限公司" : "有限公司";
		return city.substring(0, city.length() - 1) + pick(TRADE_NAMES) + pick(INDUSTRIES) + legalForm;
	}

	/** Returns a district-level public institution name such as {@code 上海市徐汇区第一中心小学}. */
	public String institutionName() {
		District district = randomDistrict();
		return district.city() + district.district() + pick(INSTITUTION_KINDS);
	}

	/**
	 * Returns a street address such as {@code 上海市浦东新区世纪大道1234弄56号789室}; Shanghai
	 * addresses use lanes (弄), other cities buildings (栋).
	 */
	public String address() {
		District district = randomDistrict();
		String room = (random.nextInt(1, 31) * 100 + random.nextInt(1, 7)) + "室";
		String location = district.city().equals("上海市")
				? random.nextInt(1, 2000) + "弄" + random.nextInt(1, 100) + "号"
				: random.nextInt(1, 1000) + "号" + random.nextInt(1, 20) + "栋";
		return district.province() + district.city() + district.district()
				+ pick(district.roads()) + location + room;
	}

	/** GB 11714 check character for the 8-character body of an organisation code. */
	static char organizationCodeCheckChar(String body) {
		int sum = 0;
		for (int i = 0; i < ORGANIZATION_CODE_WEIGHTS.length; i++) {
			sum += Character.digit(body.charAt(i), 36) * ORGANIZATION_CODE_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

	private District randomDistrict() {
		return pick(DISTRICTS);
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private String randomChars(String alphabet, int count) {
		StringBuilder chars = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			chars.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return chars.toString();
	}

	private static List<String> mobilePrefixes() {
		List<String> prefixes = new ArrayList<>();
		for (int[] range : new int[][] {{130, 139}, {150, 153}, {155, 159}, {176, 178}, {180, 189}, {198, 199}}) {
			for (int prefix = range[0]; prefix <= range[1]; prefix++) {
				prefixes.add(Integer.toString(prefix));
			}
		}
		return List.copyOf(prefixes);
	}

	private static List<String> words(String spaceSeparated) {
		return List.of(spaceSeparated.trim().split("\\s+"));
	}

	private record District(String areaCode, String province, String city, String district, List<String> roads) {

		District(String areaCode, String province, String city, String district, String... roads) {
			this(areaCode, province, city, district, List.of(roads));
		}
	}

	private static final class WeightedChoice {

		private final List<String> values = new ArrayList<>();
		private final List<Integer> cumulativeWeights = new ArrayList<>();
		private int totalWeight;

		WeightedChoice add(int weight, String spaceSeparated) {
			for (String value : words(spaceSeparated)) {
				totalWeight += weight;
				values.add(value);
				cumulativeWeights.add(totalWeight);
			}
			return this;
		}

		String pick(RandomGenerator random) {
			int target = random.nextInt(totalWeight);
			for (int i = 0; i < values.size(); i++) {
				if (target < cumulativeWeights.get(i)) {
					return values.get(i);
				}
			}
			throw new IllegalStateException("unreachable");
		}
	}
}
