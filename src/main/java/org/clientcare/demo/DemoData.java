package org.clientcare.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.clientcare.assignment.DiaryKind;
import org.clientcare.assignment.ManagerDesk;
import org.clientcare.assignment.ManagerGrading;
import org.clientcare.assignment.OpportunityStage;
import org.clientcare.customer.ConsentPurpose;
import org.clientcare.customer.CustomerImportFile;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.customer.FinancialProfile;
import org.clientcare.customer.IdType;
import org.clientcare.customer.RegisterCustomer;
import org.clientcare.customer.imports.CustomerImport;
import org.clientcare.customer.imports.CustomerImportManagement;
import org.clientcare.customer.imports.CustomerImportProcessor;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.IdentityManagement.NewStaffUser;
import org.clientcare.identity.OrgUnit.Kind;
import org.clientcare.identity.Role;
import org.clientcare.product.Product;
import org.clientcare.product.Product.ProductType;
import org.clientcare.product.Product.RiskLevel;
import org.clientcare.product.ProductCatalogue;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.kyc.SyntheticIdentities;
import org.clientcare.tiering.CustomerFigures;
import org.clientcare.tiering.FiguresImport;
import org.clientcare.tiering.FiguresIntake;
import org.clientcare.tiering.TieringManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data of SPEC §13 once, on an empty database: org units, the eight demo users (password
 * {@code demo}) and about 1,000 customers spread over {@code zhang.rm} (SH-PD), {@code li.rm} (SH-XH) and the
 * unassigned queue. The data is the same on every run (fixed seed), dated relative to today.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final int CUSTOMERS = 1_000;

	/** The customer of zhang.rm whose relationship began 26 years ago ({@link ChurnDemo} ends it 11 years ago). */
	static final int RETAINED_SINCE_LONG_AGO = CUSTOMERS - 2;

	private final Environment environment;

	private final IdentityManagement identity;

	private final CustomerManagement customers;

	private final ProductCatalogue products;

	private final ManagerGrading grading;

	private final ManagerDesk desk;

	private final Clock clock;

	private final FiguresIntake figures;

	private final TieringManagement tiering;

	private final AssistantDemo assistantDemo;

	private final InquiryDemo inquiryDemo;

	private final LivingDemo livingDemo;

	private final AccountHistoryDemo accountHistory;

	private final HesitationDemo hesitationDemo;

	private final ComplaintYearDemo complaintYear;

	private final ChurnDemo churn;

	private final CustomerImportManagement imports;

	private final CustomerImportProcessor importer;

	private final org.clientcare.platform.Jobs jobs;

	private final TransactionTemplate inOneTransaction;

	private final DemoStaff staff;

	DemoData(Environment environment, IdentityManagement identity, CustomerManagement customers, ProductCatalogue products,
			ManagerGrading grading, ManagerDesk desk, Clock clock, FiguresIntake figures, TieringManagement tiering,
			AssistantDemo assistantDemo, InquiryDemo inquiryDemo, LivingDemo livingDemo, AccountHistoryDemo accountHistory,
			HesitationDemo hesitationDemo, ComplaintYearDemo complaintYear, ChurnDemo churn, CustomerImportManagement imports,
			CustomerImportProcessor importer, org.clientcare.platform.Jobs jobs,
			PlatformTransactionManager transactions, DemoStaff staff) {
		this.staff = staff;
		this.inOneTransaction = new TransactionTemplate(transactions);
		this.jobs = jobs;
		this.complaintYear = complaintYear;
		this.churn = churn;
		this.environment = environment;
		this.identity = identity;
		this.customers = customers;
		this.products = products;
		this.grading = grading;
		this.desk = desk;
		this.clock = clock;
		this.figures = figures;
		this.tiering = tiering;
		this.assistantDemo = assistantDemo;
		this.inquiryDemo = inquiryDemo;
		this.livingDemo = livingDemo;
		this.accountHistory = accountHistory;
		this.hesitationDemo = hesitationDemo;
		this.imports = imports;
		this.importer = importer;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DemoMode.isOn(environment)) {
			return;
		}
		if (!identity.orgUnits().isEmpty()) {
			log.info("Demo mode: sign in as admin, zhao.manager, sun.hq, zhang.rm, li.rm, wang.agent, liu.handler or "
					+ "chen.compliance with the password 'demo'");
			return;
		}
		try {
			DemoMode.loading(this::load);
		}
		finally {
			staff.forget();
		}
	}

	private void load() {
		long started = System.nanoTime();
		Map<String, Long> phases = new LinkedHashMap<>();
		CurrentActor.runAs(Actor.system("demo"), () -> {
			timed(phases, "staff and products", () -> {
				organisation();
				users();
				products();
			});
			timed(phases, "customers", () -> customers(phases));
			timed(phases, "tiering", tiering::recompute);
			timed(phases, "a relationship ended years ago",
					() -> churn.endRelationshipElevenYearsAgo(livingDemo.everyCustomer()));
			timed(phases, "knowledge base", assistantDemo::knowledgeBase);
			timed(phases, "assistant", assistantDemo::load);
			timed(phases, "inquiries", inquiryDemo::load);
			timed(phases, "living demo", livingDemo::load);
			List<CustomerRef> everyCustomer = livingDemo.everyCustomer();
			timed(phases, "complaints of the year", () -> complaintYear.load(everyCustomer));
			timed(phases, "insurance sales", () -> hesitationDemo.sell(everyCustomer));
			timed(phases, "account history", accountHistory::load);
			timed(phases, "revisits of sales and complaints", () -> {
				hesitationDemo.revisit();
				livingDemo.complaintRevisits();
				complaintYear.revisits();
			});
			// last, so that every customer the rest of the demo picks is still active
			timed(phases, "churn", () -> churn.load(everyCustomer));
		});
		// The KPI dashboard sums the demo's year from the daily roll-up from the start, not only after the first
		// nightly run: the same figures, counted as they are at any other time (the events still on their way
		// refresh their days after it).
		timed(phases, "KPI roll-up", () -> jobs.run("kpi-rollup"));
		log.info("Demo data loaded in {} ms ({}): users admin, zhao.manager, sun.hq, zhang.rm, li.rm, wang.agent, "
				+ "liu.handler, chen.compliance, core.feed (password 'demo')", (System.nanoTime() - started) / 1_000_000,
				String.join(", ", phases.entrySet().stream().map(p -> p.getKey() + " " + p.getValue() + " ms").toList()));
	}

	private static void timed(Map<String, Long> phases, String phase, Runnable work) {
		long started = System.nanoTime();
		work.run();
		phases.put(phase, (System.nanoTime() - started) / 1_000_000);
	}

	private void organisation() {
		identity.createOrgUnit("HQ", "总行", "Head office", Kind.HEAD_OFFICE, null);
		identity.createOrgUnit("SH", "上海分行", "Shanghai branch", Kind.BRANCH, "HQ");
		identity.createOrgUnit("SH-PD", "浦东支行", "Pudong sub-branch", Kind.SUB_BRANCH, "SH");
		identity.createOrgUnit("SH-XH", "徐汇支行", "Xuhui sub-branch", Kind.SUB_BRANCH, "SH");
		identity.createOrgUnit("CSD", "客户服务部", "Customer service", Kind.DEPARTMENT, "HQ");
		identity.createOrgUnit("WMD", "财富管理部", "Wealth management", Kind.DEPARTMENT, "HQ");
		identity.createOrgUnit("CMP", "合规部", "Compliance", Kind.DEPARTMENT, "HQ");
	}

	/** The demo's users, who share the password {@code demo}: its slow hash is computed once for all of them. */
	private void users() {
		identity.createUsersWithOnePassword(List.of(
				new NewStaffUser("admin", "系统管理员", Role.ADMIN, "HQ", "admin@clientcare.example"),
				new NewStaffUser("zhao.manager", "赵明", Role.BRANCH_MANAGER, "SH", "zhao.manager@clientcare.example"),
				// head office's corporate banking department (总行公司业务部): reviews and approves the corporate VIP
				// programme
				new NewStaffUser("sun.hq", "孙立", Role.BRANCH_MANAGER, "HQ", "sun.hq@clientcare.example"),
				new NewStaffUser("zhang.rm", "张伟", Role.ACCOUNT_MANAGER, "SH-PD", "zhang.rm@clientcare.example"),
				new NewStaffUser("li.rm", "李娜", Role.ACCOUNT_MANAGER, "SH-XH", "li.rm@clientcare.example"),
				new NewStaffUser("wang.agent", "王芳", Role.SERVICE_AGENT, "CSD", "wang.agent@clientcare.example"),
				new NewStaffUser("liu.handler", "刘洋", Role.COMPLAINT_HANDLER, "WMD", "liu.handler@clientcare.example"),
				new NewStaffUser("chen.compliance", "陈静", Role.COMPLIANCE, "CMP", "chen.compliance@clientcare.example"),
				new NewStaffUser("core.feed", "核心系统接口", Role.INTEGRATION, "HQ", null)), "demo");
		// Staff who joined years before the system went live: they count in the headcount of every past month.
		LocalDate joined = LocalDate.now(clock).minusYears(3);
		for (String staff : new String[] { "admin", "zhao.manager", "sun.hq", "zhang.rm", "li.rm", "wang.agent",
				"liu.handler", "chen.compliance" }) {
			identity.recordEmployedSince(staff, joined);
		}
	}

	private void products() {
		product("P-R1", "安心存定期存款", "Secure term deposit", ProductType.DEPOSIT, RiskLevel.R1, 0);
		product("P-R2", "稳享理财30天", "Steady wealth 30 days", ProductType.WEALTH, RiskLevel.R2, 0);
		product("P-R3", "均衡配置混合基金", "Balanced mixed fund", ProductType.FUND, RiskLevel.R3, 0);
		product("P-R4", "成长精选股票基金", "Growth equity fund", ProductType.FUND, RiskLevel.R4, 0);
		product("P-R5", "私享权益私募理财", "Private equity wealth plan", ProductType.WEALTH, RiskLevel.R5, 24);
		product("INS-01", "福寿年年终身寿险", "Lifelong life insurance", ProductType.INSURANCE, RiskLevel.R2, 0);
	}

	private void product(String code, String nameZh, String nameEn, ProductType type, RiskLevel risk, int coolingOffHours) {
		products.save(new Product(code, nameZh, nameEn, type, risk, coolingOffHours, Product.ProductStatus.ACTIVE, 0), null);
	}

	/**
	 * The customers come over as an institution's would at go-live: one import file of the customer master through the
	 * bulk import, then the figures file of the core system, with the financial profiles and consents the earlier
	 * system recorded — set-based, so the demo loads in seconds.
	 */
	private void customers(Map<String, Long> phases) {
		var random = new Random(20261122L);
		var people = new SyntheticIdentities(random);
		LocalDate today = LocalDate.now(clock);
		var figuresRandom = new Random(20261123L);
		List<RegisterCustomer> registrations = new ArrayList<>(CUSTOMERS);
		List<FinancialProfile> profiles = new ArrayList<>(CUSTOMERS);
		Map<Integer, String> marketing = new HashMap<>();
		for (int i = 0; i < CUSTOMERS; i++) {
			boolean pudong = i % 2 == 0;
			String unit = pudong ? "SH-PD" : "SH-XH";
			String manager = i % 5 == 4 ? null : pudong ? "zhang.rm" : "li.rm";
			registrations.add(customer(i, random, people, today, unit, manager));
			profiles.add(profile(random));
			if (random.nextInt(10) < 6) {
				marketing.put(i, random.nextBoolean() ? "APP" : "BRANCH");
			}
		}
		List<CustomerRef> imported = importCustomers(registrations);
		Map<CustomerId, FinancialProfile> profileOf = new LinkedHashMap<>();
		Map<CustomerId, String> service = new LinkedHashMap<>();
		Map<CustomerId, String> marketingOf = new LinkedHashMap<>();
		StringBuilder figuresFile = new StringBuilder(FIGURES_HEADER).append('\n');
		var historyRandom = new Random(20261206L);
		int figuresRows = 0;
		int fortune = fortuneGlobal500(registrations, today);
		// a Fortune Global 500 enterprise doing business here whose figures meet GOLD: PLATINUM by that rule (§3) once
		// the tiering run below tiers it
		customers.change(imported.get(fortune).id().value(), "*", Map.of("fortuneGlobal500", true));
		for (int i = 0; i < CUSTOMERS; i++) {
			CustomerRef customer = imported.get(i);
			service.put(customer.id(), "BRANCH");
			if (marketing.containsKey(i)) {
				marketingOf.put(customer.id(), marketing.get(i));
			}
			CustomerFigures f = figures(i, customer.type(), figuresRandom, today);
			CustomerFigures latest = i == fortune ? gold(today) : f;
			profileOf.put(customer.id(), covering(profiles.get(i), latest.aum()));
			figuresRow(figuresFile, customer.customerNo(), latest);
			figuresRows += 1 + monthEnds(figuresFile, customer, latest, historyRandom);
		}
		timed(phases, "customers' financial profiles", () -> customers.takeOverFinancialProfiles(profileOf));
		timed(phases, "customers' consents", () -> {
			customers.takeOverConsents(ConsentPurpose.SERVICE, service);
			customers.takeOverConsents(ConsentPurpose.MARKETING, marketingOf);
		});
		FiguresImport figuresImport = figures.importCsv(new ByteArrayInputStream(figuresFile.toString()
			.getBytes(StandardCharsets.UTF_8)));
		if (figuresImport.imported() != figuresRows) {
			throw new IllegalStateException("The demo figures did not all import: " + figuresImport);
		}
		inOneTransaction.executeWithoutResult(status -> managerDesks(today));
	}

	/** The first corporate of zhang.rm with a relationship of more than a year: the demo's Fortune Global 500. */
	private static int fortuneGlobal500(List<RegisterCustomer> registrations, LocalDate today) {
		for (int i = 0; i < registrations.size(); i++) {
			RegisterCustomer r = registrations.get(i);
			if (r.type() == CustomerType.CORPORATE && "zhang.rm".equals(r.managerUsername())
					&& r.relationshipSince().isBefore(today.minusYears(1))) {
				return i;
			}
		}
		throw new IllegalStateException("The demo has no corporate customer of zhang.rm");
	}

	/** Figures of yesterday whose standard deposits (12,500,000 CNY) meet GOLD but not PLATINUM. */
	private static CustomerFigures gold(LocalDate today) {
		return new CustomerFigures(today.minusDays(1), money(3_600_000), money(12_000_000), money(0), money(50_000),
				money(25_000), false, false, BigDecimal.ZERO);
	}

	/** Imports the customers through the bulk import and answers them in the file's order. */
	private List<CustomerRef> importCustomers(List<RegisterCustomer> registrations) {
		StringBuilder file = new StringBuilder(CustomerImportFile.header()).append('\n');
		for (RegisterCustomer r : registrations) {
			List<String> row = List.of(r.type().name(), r.name(), r.idType().name(), r.idNumber(), text(r.idExpiry()),
					text(r.birthDate()), r.gender() == null ? "" : r.gender().name(), text(r.phone()), text(r.email()),
					text(r.address()), text(r.occupation()), r.orgUnit(), text(r.managerUsername()),
					text(r.relationshipSince()), r.status().name());
			file.append(String.join(",", row.stream().map(CustomerFileGenerator::csv).toList())).append('\n');
		}
		long id = imports.receive(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
				"customers-from-the-earlier-system.csv");
		CustomerImport done = importer.process(id);
		if (done.imported() != registrations.size()) {
			throw new IllegalStateException("The demo customers did not all import: " + done);
		}
		return livingDemo.everyCustomer();
	}

	private static final String FIGURES_HEADER = "customerNo,asOf,aum,avgDailyDeposits,loans,intermediaryIncome,"
			+ "annualContribution,badCredit,litigation,shareholdingPct";

	/**
	 * The customer's figures at the end of each of the last thirteen months since it joined, as the core system reported
	 * them: its holdings a little smaller the further back (about 0.5 % growth a month, some months down), so that the
	 * KPI dashboard's AUM growth has a figure for every month and for the year, also a year that starts on the first of
	 * a month (its start value is the month end before it). Answers how many rows it wrote.
	 */
	private static int monthEnds(StringBuilder file, CustomerRef customer, CustomerFigures latest, Random random) {
		int rows = 0;
		double scale = 1;
		LocalDate monthEnd = latest.asOf().withDayOfMonth(1).minusDays(1);
		for (int back = 1; back <= 13; back++, monthEnd = monthEnd.withDayOfMonth(1).minusDays(1)) {
			scale /= 1.005 + random.nextGaussian() * 0.015;
			if (customer.relationshipSince() != null && monthEnd.isBefore(customer.relationshipSince())) {
				break;
			}
			figuresRow(file, customer.customerNo(), new CustomerFigures(monthEnd, scaled(latest.aum(), scale),
					scaled(latest.avgDailyDeposits(), scale), latest.loans(), latest.intermediaryIncome(),
					latest.annualContribution(), latest.badCredit(), latest.litigation(), latest.shareholdingPct()));
			rows++;
		}
		return rows;
	}

	private static BigDecimal scaled(BigDecimal amount, double scale) {
		return amount.multiply(BigDecimal.valueOf(scale)).setScale(2, RoundingMode.HALF_UP);
	}

	private static void figuresRow(StringBuilder file, String customerNo, CustomerFigures f) {
		file.append(String.join(",", customerNo, f.asOf().toString(), f.aum().toPlainString(),
				f.avgDailyDeposits().toPlainString(), f.loans().toPlainString(), f.intermediaryIncome().toPlainString(),
				f.annualContribution().toPlainString(), f.badCredit().toString(), f.litigation().toString(),
				f.shareholdingPct().toPlainString())).append('\n');
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	/**
	 * Credit lines that make zhang.rm grade A (45 credit customers) and li.rm grade C (24), and a few diary entries
	 * and opportunities for zhang.rm's customers, in one transaction.
	 */
	private void managerDesks(LocalDate today) {
		List<Long> zhang = customers.managedBy(staff.user("zhang.rm").id()).stream().sorted().toList();
		List<Long> li = customers.managedBy(staff.user("li.rm").id()).stream().sorted().toList();
		for (int i = 0; i < 45; i++) {
			grading.setCreditLine(new CustomerId(zhang.get(i * 3)), BigDecimal.valueOf(300_000L + 50_000L * i, 0).setScale(2));
		}
		for (int i = 0; i < 24; i++) {
			grading.setCreditLine(new CustomerId(li.get(i * 3)), BigDecimal.valueOf(200_000L + 40_000L * i, 0).setScale(2));
		}
		String[] products = { "P-R2", "P-R3", "INS-01", "P-R4", "P-R1", "P-R5" };
		String[] sources = { "客户转介绍", "网点到访", "电话营销", "存量客户挖潜" };
		OpportunityStage[] stages = OpportunityStage.values();
		for (int i = 0; i < 12; i++) {
			CustomerId customer = new CustomerId(zhang.get(i * 7 + 1));
			desk.addDiary(customer, today.minusDays(3L * i + 1), DiaryKind.values()[i % 3],
					i % 3 == 0 ? "上门走访，了解客户资金安排" : i % 3 == 1 ? "电话回访，客户对理财产品感兴趣" : "客户近期有购房计划");
			desk.addOpportunity(customer, sources[i % sources.length], products[i % products.length],
					BigDecimal.valueOf(50_000L * (i + 1) + 20_000L * (i % 4), 0).setScale(2), stages[i % stages.length]);
		}
	}

	private static RegisterCustomer customer(int i, Random random, SyntheticIdentities people, LocalDate today,
			String unit, String manager) {
		LocalDate drawn = today.minusDays(random.nextInt(3650));
		// a customer since long ago, whose relationship the demo ends eleven years ago: the retention job's candidate
		LocalDate since = i == RETAINED_SINCE_LONG_AGO ? today.minusYears(26).withDayOfMonth(1) : drawn;
		int kind = random.nextInt(100);
		if (kind < 8) {
			return new RegisterCustomer(CustomerType.CORPORATE, people.companyName(), IdType.USCC, people.uscc(),
					null, null, null, people.mobile(), null, people.address(), null, null, unit, manager, since,
					CustomerStatus.ACTIVE);
		}
		if (kind < 12) {
			return new RegisterCustomer(CustomerType.INSTITUTION, people.institutionName(), IdType.USCC, people.uscc(),
					null, null, null, people.mobile(), null, people.address(), null, null, unit, manager, since,
					CustomerStatus.ACTIVE);
		}
		boolean male = random.nextBoolean();
		LocalDate drawnBirth = LocalDate.of(1950 + random.nextInt(53), 1 + random.nextInt(12), 1 + random.nextInt(28));
		// a few of zhang.rm's wealthiest customers have their birthday tomorrow: his care to-dos of the day (§10)
		LocalDate birth = i % 97 == 3 && i % 4 == 0 ? today.plusDays(1).withYear(drawnBirth.getYear()) : drawnBirth;
		String area = people.randomAreaCode();
		// Older customers often hold long-term ID cards (长期); a few cards expire within the month.
		LocalDate expiry = birth.isBefore(today.minusYears(46)) ? null
				: i % 50 == 7 ? today.plusDays(3 + random.nextInt(25)) : today.plusYears(1 + random.nextInt(15));
		CustomerStatus status = i % 23 == 0 ? CustomerStatus.PROSPECT : CustomerStatus.ACTIVE;
		return new RegisterCustomer(CustomerType.INDIVIDUAL, people.personName(male), IdType.RESIDENT_ID,
				people.residentId(birth, male, area), expiry, birth, null, people.mobile(),
				random.nextInt(3) == 0 ? "client" + i + "@example.com" : null, people.address(),
				OCCUPATIONS[random.nextInt(OCCUPATIONS.length)], null, unit, manager, since, status);
	}

	/**
	 * Figures as the core banking system would send them (a separate seed, so the rest of the demo stays as it was):
	 * retail AUM on a long tail with a few millionaires, corporates spread over the tiers, some with bad credit or
	 * litigation, a few shareholders.
	 */
	private static CustomerFigures figures(int i, CustomerType type, Random random, LocalDate today) {
		LocalDate asOf = today.minusDays(1);
		if (type == CustomerType.INDIVIDUAL) {
			double aum = i % 97 == 3 ? 6_000_000 + random.nextDouble() * 14_000_000 : Math.exp(11.2 + random.nextGaussian() * 1.5);
			return new CustomerFigures(asOf, money(aum), money(aum * 0.4), BigDecimal.ZERO.setScale(2),
					BigDecimal.ZERO.setScale(2), money(aum * 0.004), false, false, BigDecimal.ZERO);
		}
		double deposits = Math.exp(15 + random.nextGaussian() * 1.8);
		double loans = random.nextBoolean() ? 0 : Math.exp(15.5 + random.nextGaussian() * 1.5);
		double income = Math.exp(10 + random.nextGaussian());
		boolean badCredit = random.nextInt(15) == 0;
		boolean litigation = random.nextInt(20) == 0;
		BigDecimal shares = random.nextInt(10) == 0 ? BigDecimal.valueOf(3 + random.nextInt(6)) : BigDecimal.ZERO;
		return new CustomerFigures(asOf, money(deposits * 0.3), money(deposits), money(loans), money(income),
				money(income * 0.5), badCredit, litigation, shares);
	}

	private static BigDecimal money(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	private static final String[] OCCUPATIONS = { "教师", "工程师", "医生", "公务员", "企业管理人员", "个体工商户", "会计",
			"律师", "销售", "退休", "自由职业", "研究人员" };

	/** Wealth follows a long tail: most customers hold tens of thousands, a few hold millions. */
	private static FinancialProfile profile(Random random) {
		double scale = Math.exp(10 + random.nextGaussian() * 1.6);
		return new FinancialProfile(
				new FinancialProfile.Assets(amount(scale * 0.1, random), amount(scale * 0.6, random),
						amount(random.nextInt(3) == 0 ? scale * 4 : 0, random), amount(scale * 0.2, random),
						amount(scale * 0.3, random), amount(scale * 0.5, random), amount(scale * 0.1, random),
						BigDecimal.ZERO.setScale(2)),
				new FinancialProfile.Liabilities(amount(random.nextInt(3) == 0 ? scale * 2 : 0, random),
						amount(random.nextInt(6) == 0 ? 80_000 : 0, random), amount(random.nextInt(20_000), random),
						BigDecimal.ZERO.setScale(2)),
				new FinancialProfile.Income(amount(60_000 + random.nextInt(400_000), random),
						amount(scale * 0.03, random), BigDecimal.ZERO.setScale(2)),
				goals(random), null);
	}

	/**
	 * The profile as a customer would declare it: its assets, wherever held, at least what it holds with us (its AUM);
	 * where they fall short, each class grows alike to a fifth more than the AUM.
	 */
	private static FinancialProfile covering(FinancialProfile profile, BigDecimal aum) {
		FinancialProfile.Assets a = profile.assets();
		if (a.total().compareTo(aum) >= 0 || a.total().signum() == 0) {
			return profile;
		}
		BigDecimal factor = aum.multiply(new BigDecimal("1.2")).divide(a.total(), 10, RoundingMode.HALF_UP);
		java.util.function.UnaryOperator<BigDecimal> grown = v -> v.multiply(factor).setScale(2, RoundingMode.HALF_UP);
		return new FinancialProfile(new FinancialProfile.Assets(grown.apply(a.cash()), grown.apply(a.deposits()),
				grown.apply(a.realEstate()), grown.apply(a.stocks()), grown.apply(a.funds()),
				grown.apply(a.wealthProducts()), grown.apply(a.insurance()), grown.apply(a.other())),
				profile.liabilities(), profile.income(), profile.goals(), profile.updatedAt());
	}

	private static Set<FinancialProfile.Goal> goals(Random random) {
		Set<FinancialProfile.Goal> goals = EnumSet.noneOf(FinancialProfile.Goal.class);
		for (FinancialProfile.Goal goal : FinancialProfile.Goal.values()) {
			if (random.nextInt(4) == 0) {
				goals.add(goal);
			}
		}
		return goals;
	}

	private static BigDecimal amount(double value, Random random) {
		return BigDecimal.valueOf(value * (0.8 + random.nextDouble() * 0.4)).setScale(2, RoundingMode.HALF_UP);
	}
}
