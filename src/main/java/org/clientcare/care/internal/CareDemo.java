package org.clientcare.care.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.care.CampaignManagement;
import org.clientcare.care.CampaignPurpose;
import org.clientcare.care.CreateCampaign;
import org.clientcare.care.CreateEvent;
import org.clientcare.care.EventKind;
import org.clientcare.care.EventManagement;
import org.clientcare.care.Segment;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerSearch;
import org.clientcare.customer.CustomerView;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.notification.Channel;
import org.clientcare.platform.DeferredCommits;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.ActingClock;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The care part of the demo (SPEC §13), dated relative to the day it loads: the greetings of the last three days and
 * today (birthdays, and a festival when one falls on them) with the account managers' to-dos for tomorrow; three
 * campaigns of {@code zhao.manager} — one approved by {@code chen.compliance} and sent yesterday, one waiting for her
 * decision, one draft; an upcoming lecture in Pudong with its seats taken, a decline and a waitlist, and a past
 * customer exchange with its guests checked in at the door.
 */
@Component
@Order(33)
class CareDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CareDemo.class);

	private final Environment environment;

	private final IdentityManagement identity;

	private final CustomerManagement customers;

	private final CampaignManagement campaigns;

	private final ApprovalManagement approvals;

	private final EventManagement events;

	private final GreetingsJob greetings;

	private final CampaignsJob campaignsJob;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final PlatformSettings platform;

	private final Clock clock;

	CareDemo(Environment environment, IdentityManagement identity, CustomerManagement customers,
			CampaignManagement campaigns, ApprovalManagement approvals, EventManagement events, GreetingsJob greetings,
			CampaignsJob campaignsJob, JdbcClient jdbc, TransactionTemplate transactions, PlatformSettings platform,
			Clock clock) {
		this.environment = environment;
		this.identity = identity;
		this.customers = customers;
		this.campaigns = campaigns;
		this.approvals = approvals;
		this.events = events;
		this.greetings = greetings;
		this.campaignsJob = campaignsJob;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo() || identity.findUser("zhao.manager").isEmpty()
				|| identity.findUser("chen.compliance").isEmpty()
				|| jdbc.sql("select count(*) from care_campaign").query(Long.class).single() > 0) {
			return;
		}
		long started = System.nanoTime();
		// the demo's loading, whose commits need not wait for the disk (as DemoMode.loading, without the demo module)
		DeferredCommits.run(() -> transactions.executeWithoutResult(
				status -> CurrentActor.runAs(Actor.system("demo"), this::load)));
		log.info("Demo care loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		ZoneId zone = platform.zone();
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, zone);
		greetings(today, now, zone);
		Actor manager = actor("zhao.manager");
		Actor compliance = actor("chen.compliance");
		CurrentActor.runAs(manager, () -> campaigns(today, now, zone, compliance));
		List<CustomerView> pudong = new ArrayList<>();
		CurrentActor.runAs(actor("zhang.rm"), () -> pudong.addAll(customers.search(CustomerSearch.byQuery(null, 0, 40))
			.content()));
		if (pudong.size() >= 20) {
			CurrentActor.runAs(manager, () -> events(pudong, today, zone));
		}
	}

	/** The greetings of the last three days and today, each day as the job greets it, dated on its day. */
	private void greetings(LocalDate today, Instant now, ZoneId zone) {
		for (int back = 3; back >= 0; back--) {
			greetings.greet(today.minusDays(back), now);
		}
		jdbc.sql("update care_greeting set created_at = least(?, (greet_on + time '09:00') at time zone ?)")
			.params(Timestamp.from(now), zone.getId()).update();
	}

	private void campaigns(LocalDate today, Instant now, ZoneId zone, Actor compliance) {
		Segment valued = new Segment(List.of("DIAMOND", "PLATINUM"), null, null, null, null, null, null, null);
		long sent = campaigns.create(new CreateCampaign("高净值客户年末资产配置提示", CampaignPurpose.MARKETING, Channel.SMS,
				valued, Map.of("zh-CN", "尊敬的客户：年末将至，您的专属客户经理可为您检视资产配置，欢迎预约。",
						"en", "Dear customer, as the year ends your relationship manager can review your portfolio with you."),
				null)).id();
		long sentApproval = campaigns.submit(sent, "年末资产检视邀约").id();
		CurrentActor.runAs(compliance, () -> approvals.approve(sentApproval, "内容合规，无收益承诺"));
		for (int run = 0; run < 20; run++) {
			if (campaignsJob.sendDue(now)[1] > 0) {
				break;
			}
		}
		// Sent yesterday morning, approved the afternoon before.
		Instant drafted = today.minusDays(3).atTime(15, 20).atZone(zone).toInstant();
		Instant decided = today.minusDays(2).atTime(16, 5).atZone(zone).toInstant();
		Instant sentAt = today.minusDays(1).atTime(10, 0).atZone(zone).toInstant();
		jdbc.sql("""
				update care_campaign set created_at = ?, decided_at = ?, send_at = ?, finished_at = ? where id = ?""")
			.params(Timestamp.from(drafted), Timestamp.from(decided), Timestamp.from(sentAt),
					Timestamp.from(sentAt.plusSeconds(240)), sent).update();
		jdbc.sql("update care_campaign_message set queued_at = ? where campaign_id = ?")
			.params(Timestamp.from(sentAt), sent).update();

		Segment pudongGold = new Segment(List.of("GOLD"), null, List.of("SH-PD"), null, null, null, null, null);
		long waiting = campaigns.create(new CreateCampaign("2027 年春节理财讲座预告", CampaignPurpose.MARKETING, Channel.SMS,
				pudongGold, Map.of("zh-CN", "新春将至，浦东支行将举办理财讲座，详情请咨询您的客户经理。",
						"en", "Before the Spring Festival, our Pudong sub-branch holds a talk on personal finance."),
				OffsetDateTime.ofInstant(now, zone).plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0)))
			.id();
		campaigns.submit(waiting, "新春讲座预告，请合规审核");

		campaigns.create(new CreateCampaign("网点营业时间调整通知", CampaignPurpose.SERVICE, Channel.SMS,
				new Segment(null, null, List.of("SH-XH"), null, null, null, null, null),
				Map.of("zh-CN", "徐汇支行自下月起周六营业时间调整为 9:00–16:00。",
						"en", "From next month our Xuhui sub-branch opens 9:00–16:00 on Saturdays."),
				null));
	}

	/**
	 * A lecture in ten days with six seats: eight of zhang.rm's customers took a seat or, once full, the waitlist, one
	 * declined, answers taken by telephone; and a customer exchange held a week ago, four of five guests checked in.
	 */
	private void events(List<CustomerView> pudong, LocalDate today, ZoneId zone) {
		var upcoming = events.create(new CreateEvent("2027 年市场展望讲座", EventKind.LECTURE,
				today.plusDays(10).atTime(14, 30).atZone(zone).toOffsetDateTime(), "浦东支行三楼贵宾厅", 6, "SH-PD"));
		List<Long> guests = pudong.subList(0, 10).stream().map(CustomerView::id).toList();
		events.invite(upcoming.id(), guests, null);
		for (int i = 0; i < 9; i++) {
			events.answerFor(upcoming.id(), guests.get(i), i != 6, "PHONE");
		}

		// Replayed at its own times, as the staff did it: organised two weeks before, invitations the day after, answers
		// by telephone, and the guests checked in at the door as it opened, twenty minutes before the start.
		Instant held = today.minusDays(7).atTime(18, 0).atZone(zone).toInstant();
		long past = ActingClock.at(held.minus(Duration.ofDays(14)), () -> events.create(new CreateEvent("客户交流会：养老规划",
				EventKind.EXCHANGE, OffsetDateTime.ofInstant(held, zone), "浦东支行一楼多功能厅", 20, "SH-PD")).id());
		List<Long> exchangeGuests = pudong.subList(10, 16).stream().map(CustomerView::id).toList();
		ActingClock.at(held.minus(Duration.ofDays(13)), () -> events.invite(past, exchangeGuests, null));
		ActingClock.at(held.minus(Duration.ofDays(10)), () -> {
			for (int i = 0; i < 5; i++) {
				events.answerFor(past, exchangeGuests.get(i), true, "PHONE");
			}
		});
		ActingClock.at(held.minus(Duration.ofMinutes(20)), () -> {
			for (int i = 0; i < 4; i++) {
				events.attend(past, exchangeGuests.get(i));
			}
		});
		jdbc.sql("update care_event_invitation set reminded_at = ? where event_id = ? and status = 'ACCEPTED'")
			.params(Timestamp.from(held.minus(Duration.ofDays(1))), past).update();
	}

	/** Demo mode as the demo module reads it ({@code --demo} or {@code clientcare.demo=true}); care sits below it. */
	private boolean demo() {
		return environment.containsProperty("demo") || environment.getProperty("clientcare.demo", Boolean.class, false);
	}

	private Actor actor(String username) {
		StaffUser user = identity.findUser(username).orElseThrow();
		return user.actor("demo");
	}
}
