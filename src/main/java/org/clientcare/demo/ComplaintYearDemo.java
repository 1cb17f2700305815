package org.clientcare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.clientcare.calendar.CalendarManagement;
import org.clientcare.complaint.ComplaintChannel;
import org.clientcare.complaint.ComplaintManagement;
import org.clientcare.complaint.RegisterComplaint;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.revisit.ContactMethod;
import org.clientcare.revisit.RevisitManagement;
import org.clientcare.revisit.RevisitOutcome;
import org.clientcare.revisit.RevisitReason;
import org.clientcare.revisit.RevisitView;
import org.clientcare.shared.ActingClock;
import org.clientcare.shared.CurrentActor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complaints of the past year before the last month (§6, §10), three a month from customers of {@code zhang.rm}
 * and {@code li.rm}: each registered by {@code wang.agent}, acknowledged within hours, resolved within a few working
 * days and closed when the complainant accepted the resolution and rated it, then revisited by the account manager
 * on the day the satisfaction revisit fell due. Two were acknowledged only the next afternoon and two resolved past
 * their seventh working day, so the on-time rates are high but not perfect. {@link LivingDemo} has the last month's
 * complaints, in every status; each step here too is taken at its own time.
 */
@Component
class ComplaintYearDemo {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Day of the month and hour each month's complaints came in. */
	private static final int[][] ARRIVALS = { { 4, 10 }, { 13, 15 }, { 22, 11 } };

	private static final String[][] COMPLAINTS = {
			{ "FEES", "FEES_PRICING", "账户年费扣收前未收到提醒短信。", "已退还年费，并开通扣费前短信提醒。" },
			{ "SERVICE_ATTITUDE", "STAFF_CONDUCT", "网点大堂经理解答问题不耐烦。", "已向客户致歉，对当事员工进行服务规范辅导。" },
			{ "BANK_CARD", "SYSTEM_FAILURE", "借记卡在自助设备取款时被吞卡。", "已当日退还银行卡，并排查设备故障。" },
			{ "ACCOUNT", "SERVICE_PROCESS", "办理账户挂失需多次往返网点。", "已协助客户一次办结，并优化挂失补办流程说明。" },
			{ "LOAN", "CUSTOMER_MISUNDERSTANDING", "房贷提前还款后月供未按预期减少。", "已向客户解释还款方式的计算规则，客户表示理解。" },
			{ "SERVICE_ATTITUDE", "SERVICE_PROCESS", "电话银行转人工等待时间过长。", "已说明高峰时段的分流安排，并提供预约回拨服务。" } };

	private static final ComplaintChannel[] CHANNELS = { ComplaintChannel.HOTLINE, ComplaintChannel.WECHAT,
			ComplaintChannel.BRANCH, ComplaintChannel.ONLINE };

	/** The complainants' ratings, taken in turn: mostly 4 and 5, a few 3, one 2. */
	private static final int[] RATINGS = { 5, 4, 5, 4, 3, 5, 4, 5, 4, 5, 2, 4, 5, 4, 3, 5 };

	private final ComplaintManagement complaints;

	private final RevisitManagement revisits;

	private final PlannedRevisits plannedRevisits;

	private final CalendarManagement calendar;

	private final DemoStaff staff;

	private final Clock clock;

	private final TransactionTemplate inOneTransaction;

	/** The complainants whose complaints closed, and their account managers: their satisfaction revisits follow. */
	private final List<Closed> closed = new ArrayList<>();

	private record Closed(CustomerRef customer, String manager) {
	}

	ComplaintYearDemo(ComplaintManagement complaints, RevisitManagement revisits, PlannedRevisits plannedRevisits,
			CalendarManagement calendar, DemoStaff staff, Clock clock, PlatformTransactionManager transactions) {
		this.inOneTransaction = new TransactionTemplate(transactions);
		this.complaints = complaints;
		this.revisits = revisits;
		this.plannedRevisits = plannedRevisits;
		this.calendar = calendar;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * Registers and closes the year's complaints, of customers further down each manager's list than the others', in
	 * one transaction: each step is audited and publishes its events as when taken one by one, with one commit for all.
	 */
	void load(List<CustomerRef> all) {
		OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZONE));
		LocalDate today = now.toLocalDate();
		List<List<CustomerRef>> complainants = new ArrayList<>();
		List<String> managers = List.of("zhang.rm", "li.rm");
		for (String manager : managers) {
			long managerId = staff.user(manager).id();
			complainants.add(all.stream()
				.filter(c -> c.managerId() != null && c.managerId() == managerId && c.status() == CustomerStatus.ACTIVE
						&& c.relationshipSince() != null && c.relationshipSince().isBefore(today.minusYears(1)))
				.skip(60)
				.toList());
		}
		var agent = staff.actor("wang.agent");
		CurrentActor.runAs(agent, () -> inOneTransaction.executeWithoutResult(status -> {
			int n = 0;
			for (int back = 12; back >= 1; back--) {
				LocalDate month = today.minusMonths(back).withDayOfMonth(1);
				for (int[] arrival : ARRIVALS) {
					OffsetDateTime received = month.withDayOfMonth(arrival[0]).atTime(arrival[1], 40).atZone(ZONE)
						.toOffsetDateTime();
					if (received.isBefore(now.minusYears(1)) || received.isAfter(now.minusDays(30))) {
						continue;
					}
					CustomerRef customer = complainants.get(n % 2).get(n / 2 * 3);
					close(n, customer, received);
					closed.add(new Closed(customer, managers.get(n % 2)));
					n++;
				}
			}
		}));
	}

	/**
	 * One complaint from receipt to closing: acknowledged two hours after it came in (the 6th and the 23rd only the
	 * next afternoon, past the 24 hours), resolved on the third working day (the 12th and the 28th on the ninth, past
	 * the seventh), and accepted the next day with the complainant's rating.
	 */
	private void close(int n, CustomerRef customer, OffsetDateTime received) {
		String[] complaint = COMPLAINTS[n % COMPLAINTS.length];
		ComplaintChannel channel = CHANNELS[n % CHANNELS.length];
		long id = ActingClock.at(received.toInstant(), () -> complaints.register(new RegisterComplaint(
				customer.id().value(), customer.name(), "1391235" + String.format("%04d", 1000 + n), channel, complaint[0],
				complaint[2], received, null, null, null)).id());
		OffsetDateTime acknowledged = n == 5 || n == 22 ? received.plusDays(1).withHour(16) : received.plusHours(2);
		ActingClock.at(acknowledged.toInstant(), () -> complaints.acknowledge(id, null));
		LocalDate resolvedOn = calendar.addWorkingDays(received.toLocalDate(), n == 11 || n == 27 ? 9 : 3);
		OffsetDateTime resolved = resolvedOn.atTime(16, 0).atZone(ZONE).toOffsetDateTime();
		ActingClock.at(resolved.toInstant(), () -> complaints.resolve(id, complaint[3], null, complaint[1]));
		ActingClock.at(resolved.plusDays(1).withHour(10).toInstant(),
				() -> complaints.feedback(id, true, RATINGS[n % RATINGS.length]));
	}

	/**
	 * The satisfaction revisits that followed (planned by the revisit module a few working days after each closing),
	 * each made by the customer's account manager on the day it fell due (recorded in one transaction, once all are
	 * planned).
	 */
	void revisits() {
		List<Runnable> made = new ArrayList<>();
		for (int n = 0; n < closed.size(); n++) {
			Closed complaint = closed.get(n);
			var manager = staff.actor(complaint.manager());
			int satisfaction = RATINGS[n % RATINGS.length] >= 4 ? 5 : 4;
			CurrentActor.runAs(manager, () -> {
				RevisitView planned = plannedRevisits.await(complaint.customer().id().value(),
						r -> r.reason() == RevisitReason.POST_COMPLAINT);
				made.add(() -> CurrentActor.runAs(manager, () -> ActingClock.at(
						planned.dueDate().atTime(11, 0).atZone(ZONE).toInstant(),
						() -> revisits.recordOutcome(planned.id(), new RevisitOutcome(ContactMethod.PHONE, true,
								satisfaction, null, null, null, "客户认可投诉处理结果，未再提出异议")))));
			});
		}
		inOneTransaction.executeWithoutResult(status -> made.forEach(Runnable::run));
		closed.clear();
	}
}
