package org.clientcare.training.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.clientcare.calendar.CalendarManagement;
import org.clientcare.demo.DemoMode;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.training.CompletionRule;
import org.clientcare.training.Quarter;
import org.clientcare.training.Topic;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The training part of the demo (SPEC §13), after the demo's staff: five courses — two mandatory head-office courses
 * with exams (anti-money laundering, personal information protection), a products course with an exam and a
 * communication course for Shanghai, a risk course for Pudong — with sessions over the past year and one next week;
 * attendance and exam attempts spread over twelve months (a failed attempt and its passing retake, a failed attempt
 * not retaken), so the coverage has a shape; Xuhui's staff behind on the mandatory courses, which the reminders find;
 * quarterly skill assessments for the last and the current quarter. Dated relative to today, the sessions on working
 * days.
 */
@Component
@Order(33)
class TrainingDemo implements ApplicationRunner {

	private final Environment environment;

	private final IdentityManagement identity;

	private final TrainingRecords records;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final PlatformSettings platform;

	private final Clock clock;

	private final CalendarManagement calendar;

	TrainingDemo(Environment environment, IdentityManagement identity, TrainingRecords records, JdbcClient jdbc,
			TransactionTemplate transactions, PlatformSettings platform, Clock clock, CalendarManagement calendar) {
		this.calendar = calendar;
		this.environment = environment;
		this.identity = identity;
		this.records = records;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DemoMode.isOn(environment) || identity.findUser("zhao.manager").isEmpty()
				|| jdbc.sql("select count(*) from training_course").query(Long.class).single() > 0) {
			return;
		}
		DemoMode.loading(() -> transactions.executeWithoutResult(status -> load()));
	}

	private void load() {
		ZoneId zone = platform.zone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		long hq = identity.orgUnit("HQ").id();
		long sh = identity.orgUnit("SH").id();
		long pudong = identity.orgUnit("SH-PD").id();
		Instant created = at(today.minusMonths(12), zone, 9);
		long aml = records.insertCourse("反洗钱与客户身份识别", Topic.COMPLIANCE, true, new BigDecimal("80"), hq, created,
				"admin");
		long pipl = records.insertCourse("个人信息保护法实务", Topic.LAW, true, new BigDecimal("70"), hq, created, "admin");
		long suitability = records.insertCourse("理财产品适当性销售", Topic.PRODUCTS, false, new BigDecimal("60"), sh, created,
				"zhao.manager");
		long talk = records.insertCourse("客户沟通与投诉预防", Topic.COMMUNICATION, false, null, sh, created, "zhao.manager");
		long risk = records.insertCourse("市场风险与资产配置", Topic.RISK, false, new BigDecimal("60"), pudong, created,
				"zhao.manager");
		for (int back : new int[] { 11, 8, 5, 2 }) {
			records.insertSession(aml, at(workingDay(today.minusMonths(back)), zone, 14), "总行培训中心 3 楼", created, "admin");
		}
		records.insertSession(pipl, at(workingDay(today.minusMonths(6)), zone, 14), "线上直播", created, "admin");
		records.insertSession(pipl, at(workingDay(today.plusDays(7)), zone, 14), "总行培训中心 3 楼", created, "admin");
		records.insertSession(suitability, at(workingDay(today.minusMonths(4)), zone, 9), "上海分行 2 楼会议室", created,
				"zhao.manager");
		records.insertSession(talk, at(workingDay(today.minusMonths(1)), zone, 9), "上海分行 2 楼会议室", created,
				"zhao.manager");
		records.insertSession(risk, at(workingDay(today.minusMonths(3)), zone, 15), "浦东支行会议室", created,
				"zhao.manager");

		// Who completed what, how many months ago, with which exam scores (several: a failed attempt, then a retake).
		complete("admin", aml, 11, zone, today, 92);
		complete("admin", pipl, 6, zone, today, 88);
		complete("zhao.manager", aml, 11, zone, today, 85);
		complete("zhao.manager", pipl, 6, zone, today, 90);
		complete("zhao.manager", talk, 1, zone, today);
		complete("zhang.rm", aml, 8, zone, today, 86);
		complete("zhang.rm", pipl, 6, zone, today, 75);
		complete("zhang.rm", suitability, 4, zone, today, 95);
		complete("zhang.rm", risk, 3, zone, today, 82);
		complete("li.rm", aml, 5, zone, today, 72, 84);
		complete("li.rm", suitability, 4, zone, today, 58);
		complete("wang.agent", aml, 8, zone, today, 81);
		complete("wang.agent", talk, 1, zone, today);
		complete("liu.handler", aml, 5, zone, today, 90);
		complete("liu.handler", pipl, 6, zone, today, 77);
		complete("chen.compliance", aml, 2, zone, today, 98);
		complete("chen.compliance", pipl, 6, zone, today, 96);
		complete("sun.advisor", aml, 2, zone, today, 83);
		complete("sun.advisor", risk, 3, zone, today, 66);
		complete("zhou.advisor", risk, 3, zone, today, 52, 71);
		complete("zhou.advisor", talk, 1, zone, today);
		complete("wu.advisor", pipl, 6, zone, today, 64);

		Quarter current = Quarter.of(today);
		String[][] scores = { { "zhang.rm", "91", "88" }, { "li.rm", "74", "79" }, { "sun.advisor", "85", "86" },
				{ "zhou.advisor", "80", "83" }, { "wu.advisor", "69", "72" }, { "wang.agent", "88", "90" } };
		for (String[] row : scores) {
			Optional<StaffUser> person = identity.findUser(row[0]);
			if (person.isPresent()) {
				records.insertAssessment(person.get().id(), person.get().orgUnitId(), current.previous().toString(),
						new BigDecimal(row[1]), at(current.firstDay().minusDays(5), zone, 16), "zhao.manager");
				records.insertAssessment(person.get().id(), person.get().orgUnitId(), current.toString(),
						new BigDecimal(row[2]), at(today.minusDays(1).isBefore(current.firstDay()) ? today : today.minusDays(1),
								zone, 16), "zhao.manager");
			}
		}
	}

	/** The staff member attended the course some months ago and sat its exam with these scores, one after another. */
	private void complete(String username, long course, int monthsAgo, ZoneId zone, LocalDate today, int... scores) {
		Optional<StaffUser> found = identity.findUser(username);
		if (found.isEmpty()) {
			return;
		}
		StaffUser person = found.get();
		BigDecimal passMark = records.course(course).orElseThrow().passMark();
		LocalDate session = workingDay(today.minusMonths(monthsAgo));
		Instant attended = at(session, zone, 17);
		records.insertAttendance(course, null, person.id(), person.orgUnitId(), true, attended, "zhao.manager");
		Instant last = attended;
		BigDecimal best = null;
		for (int i = 0; i < scores.length; i++) {
			BigDecimal score = BigDecimal.valueOf(scores[i]);
			// the exam an hour after the session, a retake on a working day two weeks after the one before
			last = i == 0 ? attended.plusSeconds(3600) : at(workingDay(session.plusDays(14L * i)), zone, 18);
			records.insertAttempt(course, person.id(), score, CompletionRule.passes(score, passMark), last, "zhao.manager");
			best = best == null || score.compareTo(best) > 0 ? score : best;
		}
		if (CompletionRule.completes(true, best, passMark)) {
			records.complete(course, person.id(), person.orgUnitId(), last);
		}
	}

	/**
	 * The day itself when it is a working day of the official calendar, else the next one: the demo's sessions, dated
	 * relative to the day it loads, are held when the institution works (§8), never on a weekend or a holiday.
	 */
	private LocalDate workingDay(LocalDate day) {
		LocalDate working = day;
		while (!calendar.isWorkingDay(working)) {
			working = working.plusDays(1);
		}
		return working;
	}

	private static Instant at(LocalDate day, ZoneId zone, int hour) {
		return day.atTime(hour, 0).atZone(zone).toInstant();
	}
}
