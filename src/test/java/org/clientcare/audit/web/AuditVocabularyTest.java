package org.clientcare.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.clientcare.audit.AuditEntry;
import org.clientcare.audit.web.AuditVocabulary.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

class AuditVocabularyTest {

	final StaticMessageSource messages = new StaticMessageSource();

	final AuditVocabulary vocabulary = new AuditVocabulary(messages, List.of());

	TimeZone zone;

	@BeforeEach
	void inShanghai() {
		zone = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
	}

	@AfterEach
	void zoneAsBefore() {
		TimeZone.setDefault(zone);
	}

	@Test
	void anAmountRecordedAsADoubleReadsGroupedByThousandsAndAMomentInTheInstitutionsTime() {
		var entry = new AuditEntry(1, Instant.now(), "zhao.manager", "demo", "vip.proposed", "customer", "274", null, null,
				"{\"avgDailyDeposits\":8.252348356E7,\"stageDueAt\":\"2026-12-04T00:41:11.218699Z\",\"year\":2026}", null, null);

		List<String> shown = vocabulary.changes(entry, Locale.ENGLISH).stream()
			.map(field -> field.name() + ": " + String.join(", ", field.after().texts()))
			.toList();

		assertThat(shown).containsExactly("avgDailyDeposits: 82,523,483.56", "stageDueAt: 2026-12-04 08:41:11", "year: 2026");
	}

	@Test
	void anAmountRecordedAsItsPlainTextReadsGroupedByThousandsAndOtherNumbersAsTheirDigits() {
		var entry = new AuditEntry(5, Instant.now(), "liu.handler", "web", "remediation.decided", "remediation", "3", null,
				null, "{\"refundAmount\":\"48000.00\",\"amount\":36000,\"policyNumber\":\"1234567\",\"year\":2026}", null, null);

		List<String> shown = vocabulary.changes(entry, Locale.ENGLISH).stream()
			.map(field -> field.name() + ": " + String.join(", ", field.after().texts()))
			.toList();

		assertThat(shown).contains("refundAmount: 48,000.00", "amount: 36,000.00", "policyNumber: 1234567", "year: 2026");
	}

	@Test
	void aCodeWithWhatItNamesReadsAsItsLabelWithTheNameAndAServicesCodeAsTheServicesName() {
		messages.addMessage("remediation.source.REVISIT", Locale.ENGLISH, "Hesitation-period revisit {0}");
		messages.addMessage("appointment.service.WEALTH_CONSULTATION", Locale.ENGLISH, "Wealth consultation");
		messages.addMessage("revisit.script.IDENTITY_CONFIRMED", Locale.ENGLISH, "Identity confirmed");
		var remediation = new AuditEntry(2, Instant.now(), "system", "system", "remediation.opened", "remediation", "3", null,
				null, "{\"source\":\"REVISIT 45\"}", null, null);
		var walkIn = new AuditEntry(3, Instant.now(), "wang.agent", "web", "walk-in.taken", "walk_in", "9", null, null,
				"{\"service\":\"WEALTH_CONSULTATION\"}", null, null);
		var revisit = new AuditEntry(4, Instant.now(), "zhang.rm", "web", "revisit.outcome-recorded", "revisit", "7", null,
				null, "{\"scriptConfirmed\":[\"IDENTITY_CONFIRMED\"]}", null, null);

		assertThat(vocabulary.changes(remediation, Locale.ENGLISH).get(0).after().texts())
			.containsExactly("Hesitation-period revisit 45");
		assertThat(vocabulary.changes(walkIn, Locale.ENGLISH).get(0).after().texts()).containsExactly("Wealth consultation");
		assertThat(vocabulary.changes(revisit, Locale.ENGLISH).get(0).after().texts()).containsExactly("Identity confirmed");
	}

	@Test
	void anApprovalsSubjectReadsAsTheRecordsTypeAndIdAndAnAssignmentsSourceAndARiskLevelByTheirLabels() {
		messages.addMessage("audit.entity.complaint", Locale.SIMPLIFIED_CHINESE, "投诉");
		messages.addMessage("assignment.source.NATURAL", Locale.SIMPLIFIED_CHINESE, "自然增长");
		messages.addMessage("suitability.level.C4", Locale.SIMPLIFIED_CHINESE, "C4 成长型");
		var approval = new AuditEntry(5, Instant.now(), "liu.handler", "web", "approval.requested", "approval", "51", null,
				null, "{\"subject\":\"complaint 51\"}", null, null);
		var assignment = new AuditEntry(6, Instant.now(), "zhao.manager", "web", "customer.assigned", "customer", "15",
				null, null, "{\"source\":\"NATURAL\"}", null, null);
		var assessment = new AuditEntry(7, Instant.now(), "zhang.rm", "web", "suitability.assessed", "customer", "3", null,
				null, "{\"customerLevel\":\"C4\"}", null, null);

		assertThat(vocabulary.changes(approval, Locale.SIMPLIFIED_CHINESE).get(0).after().texts())
			.containsExactly("投诉 51");
		assertThat(vocabulary.changes(assignment, Locale.SIMPLIFIED_CHINESE).get(0).after().texts())
			.containsExactly("自然增长");
		assertThat(vocabulary.changes(assessment, Locale.SIMPLIFIED_CHINESE).get(0).after().texts())
			.containsExactly("C4 成长型");
	}

	@Test
	void theTablesAKeyRotationWalksAndWhyAMessageWasNotDeliveredReadAsWordsInChineseAndEnglish() {
		messages.addMessage("audit.field.pii_rotation.customer", Locale.SIMPLIFIED_CHINESE, "客户");
		messages.addMessage("audit.field.pii_rotation.notification_outbox", Locale.SIMPLIFIED_CHINESE, "通知发件箱消息");
		messages.addMessage("audit.field.pii_rotation.customer", Locale.ENGLISH, "customers");
		messages.addMessage("audit.field.pii_rotation.notification_outbox", Locale.ENGLISH, "outbox messages");
		messages.addMessage("outbox.failure.NO_SUCH_SUBSCRIBER", Locale.SIMPLIFIED_CHINESE, "空号");
		messages.addMessage("outbox.failure.NO_SUCH_SUBSCRIBER", Locale.ENGLISH, "No such subscriber");
		var rotation = new AuditEntry(8, Instant.now(), "system", "job:key-rotation", "pii.rotation.started", "pii_rotation",
				"k2", null, null, "{\"tables\":[\"customer\",\"notification_outbox\"]}", null, null);
		var dead = new AuditEntry(9, Instant.now(), "system", "job:notification-dispatch", "notification.dead",
				"notification", "12", null, null, "{\"failure\":\"NO_SUCH_SUBSCRIBER\"}", null, null);

		assertThat(vocabulary.changes(rotation, Locale.SIMPLIFIED_CHINESE).get(0).after().texts())
			.containsExactly("客户", "通知发件箱消息");
		assertThat(vocabulary.changes(rotation, Locale.ENGLISH).get(0).after().texts())
			.containsExactly("customers", "outbox messages");
		assertThat(vocabulary.changes(dead, Locale.SIMPLIFIED_CHINESE).get(0).after().texts()).containsExactly("空号");
		assertThat(vocabulary.changes(dead, Locale.ENGLISH).get(0).after().texts()).containsExactly("No such subscriber");
	}

	@Test
	void theFieldsOfARecordingKeptForADisputeFiguresRecordedAndALockedSignInReadInWordsInChineseAndEnglish() {
		var application = new org.springframework.context.support.ResourceBundleMessageSource();
		application.setBasename("messages");
		application.setDefaultEncoding("UTF-8");
		application.setFallbackToSystemLocale(false);
		var words = new AuditVocabulary(application, List.of());
		var kept = new AuditEntry(8, Instant.now(), "chen.compliance", "web", "sale-recording.dispute-opened",
				"sale-recording", "4", null, null, "{\"keptAtLeastUntil\":\"2031-12-04\",\"remediationId\":12}", null,
				null);
		var figures = new AuditEntry(9, Instant.now(), "core.feed", "web", "tiering.figures-recorded", "customer", "3",
				null, null, "{\"asOf\":\"2026-11-30\"}", null, null);
		var locked = new AuditEntry(10, Instant.now(), "system", "system", "user.locked", "user", "5", null, null,
				"{\"failedSignIns\":5,\"lockedUntil\":\"2026-12-04T00:41:11Z\"}", null, null);
		var revealed = new AuditEntry(11, Instant.now(), "zhang.rm", "web", "customer.pii-revealed", "customer", "3", null,
				null, "{\"fields\":\"idNumber,birthDate,phone\"}", null, null);
		var greetings = new AuditEntry(12, Instant.now(), "admin", "web", "care-occasion.changed", "care-occasion", "1",
				null, null, "{\"customerTypes\":\"INDIVIDUAL\",\"tiers\":\"GOLD,SILVER\"}", null, null);
		var definitions = new AuditEntry(13, Instant.now(), "admin", "web", "kpi.definitions-changed", "kpi_definition",
				"2", null, null, "{\"complaintRateBasis\":\"PER_10K_CUSTOMERS\"}", null, null);
		var imported = new AuditEntry(14, Instant.now(), "admin", "web", "customer.imported", "customer-import", "1", null,
				null, "{\"mode\":\"go-live\"}", null, null);

		assertThat(shown(words, Locale.SIMPLIFIED_CHINESE, kept, figures, locked, revealed, greetings, definitions,
				imported)).containsExactly("至少保存至: 2031-12-04", "误导销售整改编号: 12", "数据截至: 2026-11-30",
						"连续登录失败次数: 5", "锁定至: 2026-12-04 08:41:11", "查看的信息: 证件号码, 出生日期, 手机号",
						"客户类型: 个人", "客户等级: 黄金, 白银", "投诉率口径: 每万名客户", "导入方式: 上线初始导入");
		assertThat(shown(words, Locale.ENGLISH, kept, figures, locked, revealed, greetings, definitions, imported))
			.containsExactly("kept at least until: 2031-12-04", "remediation: 12", "figures as of: 2026-11-30",
					"failed sign-ins in a row: 5", "locked until: 2026-12-04 08:41:11",
					"information shown: ID number, date of birth, phone", "customer types: Individual",
					"tiers: Gold, Silver", "complaint rate per: 10,000 customers", "import mode: go-live import");
	}

	@Test
	void tierThresholdsReadAsEachTiersLabelWithItsAmountGroupedInChineseAndEnglish() {
		var words = new AuditVocabulary(application(), List.of());
		var changed = new AuditEntry(15, Instant.now(), "admin", "web", "tiering.settings-changed", "tier-settings", "2",
				null, "{\"retail\":\"{DIAMOND=6000000, PLATINUM=1000000, GOLD=500000, contribution={DIAMOND=null, "
						+ "PLATINUM=null, GOLD=20000}, combination=ANY}\"}",
				"{\"corporate\":\"{DIAMOND=100000000, SILVER=5000000, loanCoefficient=0.5, "
						+ "minRelationshipMonths=6, chinaTop500Gold=true, bankBranchGold=false}\"}",
				null, null);

		List<Field> zh = words.changes(changed, Locale.SIMPLIFIED_CHINESE);
		List<Field> en = words.changes(changed, Locale.ENGLISH);

		assertThat(zh.get(1).before().texts()).containsExactly("钻石 ≥ 6,000,000.00", "白金 ≥ 1,000,000.00",
				"黄金 ≥ 500,000.00", "年度贡献：黄金 ≥ 20,000.00", "AUM 与贡献：达到其一即可");
		assertThat(zh.get(0).after().texts()).containsExactly("钻石 ≥ 100,000,000.00", "白银 ≥ 5,000,000.00",
				"标准存款：贷款折算系数：0.5", "公司客户：合作期限不少于（月）：6", "在我行有业务的中国500强企业至少为黄金：适用",
				"在我行有业务的国有控股银行、区域性股份制银行省级分行至少为黄金：已关闭");
		assertThat(en.get(1).before().texts()).containsExactly("Diamond ≥ 6,000,000.00", "Platinum ≥ 1,000,000.00",
				"Gold ≥ 500,000.00", "annual contribution: Gold ≥ 20,000.00",
				"AUM and contribution: any threshold suffices");
		assertThat(en.get(0).after().texts()).contains("Silver ≥ 5,000,000.00",
				"Standard deposits: loan coefficient: 0.5", "Corporate: relationship of at least (months): 6");
	}

	@Test
	void kpiTargetsReadAsEachFiguresLabelWithItsTargetInChineseAndEnglish() {
		var words = new AuditVocabulary(application(), List.of());
		var changed = new AuditEntry(16, Instant.now(), "admin", "web", "kpi.definitions-changed", "kpi_definition", "3",
				null, null, "{\"targets\":\"{NEW_SETTLEMENT_ACCOUNTS_WEEK=1, SATISFACTION_RATE=0.90}\"}", null, null);

		assertThat(words.changes(changed, Locale.SIMPLIFIED_CHINESE).get(0).after().texts())
			.containsExactly("每网点每周新开结算账户：1", "回访满意率：90%");
		assertThat(words.changes(changed, Locale.ENGLISH).get(0).after().texts())
			.containsExactly("New settlement accounts per sub-branch and week: 1", "Satisfaction rate: 90%");
	}

	@Test
	void anAdvisorsHoursReadWithTheWeekdaysByNameInChineseAndEnglish() {
		var words = new AuditVocabulary(application(), List.of());
		var configured = new AuditEntry(17, Instant.now(), "admin", "web", "appointment-advisor.configured", "user", "4",
				null, null, "{\"hours\":[\"1 09:00-12:00\",\"7 14:00-17:00\"]}", null, null);

		assertThat(words.changes(configured, Locale.SIMPLIFIED_CHINESE).get(0).after().texts())
			.containsExactly("周一 09:00-12:00", "周日 14:00-17:00");
		assertThat(words.changes(configured, Locale.ENGLISH).get(0).after().texts())
			.containsExactly("Monday 09:00-12:00", "Sunday 14:00-17:00");
	}

	@Test
	void everySectionOfACustomersDataExportReadsAsItsLabelInChineseAndEnglish() {
		var words = new AuditVocabulary(application(), List.of());
		var exported = new AuditEntry(18, Instant.now(), "chen.compliance", "web", "customer.exported", "customer", "3",
				null, null, "{\"sections\":\"accounts,entitlement,tiering,transactions,vip\"}", null, null);

		assertThat(words.changes(exported, Locale.SIMPLIFIED_CHINESE).get(0).after().texts())
			.containsExactly("账户", "权益", "客户等级", "交易", "VIP");
		assertThat(words.changes(exported, Locale.ENGLISH).get(0).after().texts())
			.containsExactly("accounts", "entitlements", "tiers", "transactions", "VIP");
	}

	@Test
	void aRiskLevelRecordedAsTheTextNullReadsAsAbsentAsAnEmptyValueDoes() {
		var words = new AuditVocabulary(application(), List.of());
		var checked = new AuditEntry(19, Instant.now(), "zhang.rm", "web", "suitability.checked", "customer", "3", null,
				null, "{\"customerLevel\":\"null\",\"productLevel\":null}", null, null);

		assertThat(words.changes(checked, Locale.SIMPLIFIED_CHINESE)).extracting(field -> field.after().text())
			.containsExactly("—", "—");
		assertThat(words.changes(checked, Locale.ENGLISH)).extracting(field -> field.after().text())
			.containsExactly("—", "—");
	}

	@Test
	void aClientAddressReadsInItsShortFormAndAnIpv4AddressCarriedInIpv6AsTheIpv4Address() {
		var words = new AuditVocabulary(application(), List.of());

		assertThat(words.origin("0:0:0:0:0:0:0:1", Locale.SIMPLIFIED_CHINESE)).isEqualTo("::1");
		assertThat(words.origin("::ffff:10.1.2.3", Locale.ENGLISH)).isEqualTo("10.1.2.3");
		assertThat(words.origin("0:0:0:0:0:ffff:a01:203", Locale.ENGLISH)).isEqualTo("10.1.2.3");
		assertThat(words.origin("2001:0db8:0:0:1:0:0:1", Locale.ENGLISH)).as("the first of two equal runs")
			.isEqualTo("2001:db8::1:0:0:1");
		assertThat(words.origin("fe80:0:0:0:0:0:0:0", Locale.ENGLISH)).isEqualTo("fe80::");
		assertThat(words.origin("2001:db8:1:2:3:4:5:6", Locale.ENGLISH)).isEqualTo("2001:db8:1:2:3:4:5:6");
		assertThat(words.origin("192.168.0.7", Locale.ENGLISH)).isEqualTo("192.168.0.7");
		assertThat(words.origin("demo", Locale.ENGLISH)).isEqualTo("demo data");
		assertThat(words.origin("cafe:12", Locale.ENGLISH)).as("not an address: as recorded").isEqualTo("cafe:12");
	}

	private static org.springframework.context.MessageSource application() {
		var application = new org.springframework.context.support.ResourceBundleMessageSource();
		application.setBasename("messages");
		application.setDefaultEncoding("UTF-8");
		application.setFallbackToSystemLocale(false);
		return application;
	}

	private static List<String> shown(AuditVocabulary words, Locale locale, AuditEntry... entries) {
		return java.util.Arrays.stream(entries).flatMap(entry -> words.changes(entry, locale).stream())
			.map(field -> field.name() + ": " + field.after().text())
			.toList();
	}
}
