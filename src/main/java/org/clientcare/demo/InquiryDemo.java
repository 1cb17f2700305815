package org.clientcare.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.clientcare.calendar.CalendarManagement;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerSearch;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerView;
import org.clientcare.inquiry.InquiryChannel;
import org.clientcare.inquiry.InquiryManagement;
import org.clientcare.inquiry.RegisterInquiry;
import org.clientcare.shared.ActingClock;
import org.clientcare.shared.CurrentActor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's inquiries (咨询, §8, §13): a year of them, six a month from customers of both sub-branches, answered by
 * {@code wang.agent} a few hours after they came in — two of them late, after their deadline — so that the inquiry
 * on-time rate has its months near its 95 % target; and the week's: open, assigned, answered and two overdue. Each
 * registration and answer is taken at its own time in the inquiry's history, not at the demo's loading.
 */
@Component
class InquiryDemo {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** The questions of the year, taken in turn. */
	private static final String[] QUESTIONS = { "大额存单的起存金额是多少？", "手机银行转账限额怎么调整？", "外币现钞兑换需要预约吗？",
			"定期存款可以部分提前支取吗？", "理财产品赎回后资金几天到账？", "社保卡激活需要本人到网点吗？", "信用卡账单日可以修改吗？",
			"如何开通短信动账通知？", "代发工资账户可以办理哪些业务？", "个人养老金账户怎么开立？", "网点可以办理存款证明吗？",
			"基金定投扣款失败怎么处理？" };

	private static final InquiryChannel[] CHANNELS = { InquiryChannel.HOTLINE, InquiryChannel.WECHAT,
			InquiryChannel.BRANCH, InquiryChannel.ONLINE, InquiryChannel.EMAIL };

	/** Day of the month and hour each month's six inquiries came in. */
	private static final int[][] ARRIVALS = { { 2, 10 }, { 5, 15 }, { 9, 9 }, { 14, 14 }, { 20, 11 }, { 26, 16 } };

	private final InquiryManagement inquiries;

	private final CustomerManagement customers;

	private final CalendarManagement calendar;

	private final DemoStaff staff;

	private final Clock clock;

	private final TransactionTemplate inOneTransaction;

	InquiryDemo(InquiryManagement inquiries, CustomerManagement customers, CalendarManagement calendar,
			DemoStaff staff, Clock clock, PlatformTransactionManager transactions) {
		this.inquiries = inquiries;
		this.customers = customers;
		this.calendar = calendar;
		this.staff = staff;
		this.clock = clock;
		this.inOneTransaction = new TransactionTemplate(transactions);
	}

	void load() {
		CurrentActor.runAs(staff.actor("wang.agent"), () -> {
			inOneTransaction.executeWithoutResult(status -> year());
			week();
		});
	}

	/**
	 * Six inquiries a month over the last twelve months, from long-standing customers of both sub-branches (one in five
	 * from someone who is not a customer), each answered a few hours later; two answered only on the third working day,
	 * past their deadline.
	 */
	private void year() {
		OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZONE));
		LocalDate today = now.toLocalDate();
		List<CustomerView> askers = customers.search(CustomerSearch.byQuery(null, 0, 200)).content().stream()
			.filter(c -> c.status() == CustomerStatus.ACTIVE && c.manager() != null
					&& c.relationshipSince().isBefore(today.minusYears(1)))
			.toList();
		int n = 0;
		for (int back = 12; back >= 0; back--) {
			LocalDate month = today.minusMonths(back).withDayOfMonth(1);
			for (int[] arrival : ARRIVALS) {
				OffsetDateTime received = month.withDayOfMonth(arrival[0]).atTime(arrival[1], 20).atZone(ZONE).toOffsetDateTime();
				if (received.isAfter(now.minusHours(8)) || received.isBefore(now.minusYears(1))) {
					continue;
				}
				CustomerView asker = n % 5 == 4 ? null : askers.get((n * 7) % askers.size());
				String question = QUESTIONS[n % QUESTIONS.length];
				long id = register(received, new RegisterInquiry(asker == null ? null : asker.id(),
						asker == null ? "市民" + "赵钱孙李周吴郑王".charAt(n % 8) + "先生" : asker.name(),
						"1380013" + String.format("%04d", 1000 + n), CHANNELS[n % CHANNELS.length], question, received));
				boolean late = n == 9 || n == 40;
				OffsetDateTime answered = late
						? calendar.addWorkingDays(received.toLocalDate(), 3).atTime(LocalTime.of(11, 0)).atZone(ZONE).toOffsetDateTime()
						: received.plusHours(2 + n % 5);
				at(answered, () -> inquiries.answer(id, "您好，关于“" + question + "”，客服专员已电话回复并告知办理方式。"));
				n++;
			}
		}
	}

	/**
	 * The week's inquiries: new, assigned, answered on time, and two past their deadline with no answer yet.
	 */
	private void week() {
		var someCustomers = customers.search(CustomerSearch.byQuery(null, 0, 3)).content();
		OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZONE));
		register(now.minusHours(3), new RegisterInquiry(someCustomers.get(0).id(), someCustomers.get(0).name(),
				"13800138000", InquiryChannel.HOTLINE, "我想了解一下大额存单现在还能买吗，利率多少？", now.minusHours(3)));
		OffsetDateTime day = now.minusDays(1);
		long assigned = register(day, new RegisterInquiry(someCustomers.get(1).id(), someCustomers.get(1).name(),
				"13900139000", InquiryChannel.WECHAT, "孩子出国留学，换汇额度怎么算？", day));
		at(day.plusHours(1), () -> inquiries.assign(assigned, "wang.agent"));
		OffsetDateTime twoDays = now.minusDays(2);
		long answered = register(twoDays, new RegisterInquiry(null, "刘女士", "liu.nvshi@example.com",
				InquiryChannel.EMAIL, "网点周六营业吗？", twoDays));
		at(twoDays.plusHours(4), () -> inquiries.answer(answered, "徐汇支行周六9:00至16:00营业，浦东支行周六休息。"));
		OffsetDateTime sixDays = now.minus(Duration.ofDays(6));
		register(sixDays, new RegisterInquiry(someCustomers.get(2).id(), someCustomers.get(2).name(), "13700137000",
				InquiryChannel.BRANCH, "信用卡积分怎么兑换礼品？", sixDays));
		OffsetDateTime twelveDays = now.minus(Duration.ofDays(12));
		register(twelveDays, new RegisterInquiry(null, "陈先生", "13600136000", InquiryChannel.LETTER,
				"去年的理财产品到期收益与宣传不符，请解释。", twelveDays));
		OffsetDateTime twentyHours = now.minusHours(20);
		register(twentyHours, new RegisterInquiry(null, "Mr Smith", "smith@example.com", InquiryChannel.ASSISTANT,
				"Can I open an account with a passport only?", twentyHours));
	}

	/** A step of an inquiry's history done when it was: the inquiry module takes its times from the clock. */
	private static void at(OffsetDateTime when, Runnable step) {
		ActingClock.at(when.toInstant(), step);
	}

	/** Registers the inquiry when it came in; answers its id. */
	private long register(OffsetDateTime received, RegisterInquiry inquiry) {
		return ActingClock.at(received.toInstant(), () -> inquiries.register(inquiry).id());
	}
}
