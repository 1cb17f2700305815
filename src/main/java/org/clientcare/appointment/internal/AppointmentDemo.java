package org.clientcare.appointment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.clientcare.appointment.AdvisorSchedule;
import org.clientcare.appointment.AppointmentService;
import org.clientcare.calendar.CalendarManagement;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.demo.DemoMode;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.IdentityManagement.NewStaffUser;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.PiiCipher;
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
 * The appointments part of the demo (SPEC §13), after the demo's users and customers: three more advisors, skills and
 * hours for them and for {@code zhang.rm} (SH-PD) and {@code li.rm} (SH-XH), a training absence, appointments on the
 * working days from two working days ago to a week ahead (finished ones completed, one no-show, one cancelled, the
 * coming ones booked, some from the public page), and the walk-in queue at SH-PD ({@link #walkIns}). Dated relative
 * to today; the appointments go in with one set-based statement. Branches open on working days only (§8): loaded on
 * a weekend or a holiday, the demo has no appointments that day, and its pages say the branch is closed today and
 * when it next opens.
 */
@Component
@Order(20)
class AppointmentDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AppointmentDemo.class);

	private static final LocalTime[] TIMES = { LocalTime.of(9, 30), LocalTime.of(11, 0), LocalTime.of(14, 30),
			LocalTime.of(16, 0) };

	private final Environment environment;

	private final IdentityManagement identity;

	private final CustomerManagement customers;

	private final CalendarManagement calendar;

	private final Advisors advisors;

	private final Capacity capacity;

	private final PiiCipher pii;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AppointmentDemo(Environment environment, IdentityManagement identity, CustomerManagement customers,
			CalendarManagement calendar, Advisors advisors, Capacity capacity, PiiCipher pii, JdbcClient jdbc,
			TransactionTemplate transactions,
			Clock clock) {
		this.environment = environment;
		this.identity = identity;
		this.customers = customers;
		this.calendar = calendar;
		this.advisors = advisors;
		this.capacity = capacity;
		this.pii = pii;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DemoMode.isOn(environment) || identity.findOrgUnit("SH-PD").isEmpty() || identity.findUser("zhang.rm").isEmpty()
				|| jdbc.sql("select count(*) from appointment_advisor").query(Long.class).single() > 0) {
			return;
		}
		long started = System.nanoTime();
		DemoMode.loading(() -> CurrentActor.runAs(Actor.system("demo"), () -> transactions.executeWithoutResult(status -> load())));
		log.info("Demo appointments loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		Instant now = clock.instant();
		// the advisors share the demo's password: its slow hash is computed once for the three
		identity.createUsersWithOnePassword(List.of(
				new NewStaffUser("sun.advisor", "孙丽", Role.ACCOUNT_MANAGER, "SH-PD", "sun.advisor@clientcare.example"),
				new NewStaffUser("zhou.advisor", "周强", Role.ACCOUNT_MANAGER, "SH-PD", "zhou.advisor@clientcare.example"),
				new NewStaffUser("wu.advisor", "吴敏", Role.ACCOUNT_MANAGER, "SH-XH", "wu.advisor@clientcare.example")),
				"demo");
		StaffUser zhang = identity.findUser("zhang.rm").orElseThrow();
		StaffUser li = identity.findUser("li.rm").orElseThrow();
		StaffUser sun = identity.findUser("sun.advisor").orElseThrow();
		StaffUser zhou = identity.findUser("zhou.advisor").orElseThrow();
		StaffUser wu = identity.findUser("wu.advisor").orElseThrow();
		long pudong = identity.orgUnit("SH-PD").id();
		long xuhui = identity.orgUnit("SH-XH").id();
		advisors.save(zhang.id(), pudong, EnumSet.of(AppointmentService.WEALTH_CONSULTATION, AppointmentService.INSURANCE,
				AppointmentService.OTHER), everyDay(), now, "system:demo");
		advisors.save(sun.id(), pudong, EnumSet.of(AppointmentService.LOAN, AppointmentService.ACCOUNT_OPENING,
				AppointmentService.OTHER), everyDay(), now, "system:demo");
		advisors.save(zhou.id(), pudong, EnumSet.allOf(AppointmentService.class), everyDay(), now, "system:demo");
		advisors.save(li.id(), xuhui, EnumSet.of(AppointmentService.WEALTH_CONSULTATION, AppointmentService.INSURANCE,
				AppointmentService.OTHER), everyDay(), now, "system:demo");
		advisors.save(wu.id(), xuhui, EnumSet.allOf(AppointmentService.class), everyDay(), now, "system:demo");
		LocalDate today = LocalDate.now(clock);
		LocalDate nextWorkingDay = calendar.addWorkingDays(today, 1);
		Instant trainingFrom = nextWorkingDay.atTime(13, 0).atZone(clock.getZone()).toInstant();
		advisors.addAbsence(wu.id(), AdvisorSchedule.AbsenceKind.TRAINING, trainingFrom, trainingFrom.plusSeconds(4 * 3600),
				"合规培训", now, "system:demo");
		appointments(today, List.of(new Desk(pudong, zhang, customers.managedBy(zhang.id())),
				new Desk(pudong, sun, customers.managedBy(zhang.id())), new Desk(pudong, zhou, List.of()),
				new Desk(xuhui, li, customers.managedBy(li.id())), new Desk(xuhui, wu, customers.managedBy(li.id()))), now);
		walkIns(pudong, today, now);
	}

	private record Desk(long orgUnitId, StaffUser advisor, List<Long> customers) {
	}

	private static List<AdvisorSchedule.Hours> everyDay() {
		return EnumSet.allOf(DayOfWeek.class).stream()
			.map(d -> new AdvisorSchedule.Hours(d, LocalTime.of(9, 0), LocalTime.of(17, 0))).toList();
	}

	/** Two working days back to a week ahead; four times a day per advisor, most of them taken. */
	private void appointments(LocalDate today, List<Desk> desks, Instant now) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = today.minusDays(4); !day.isAfter(today.plusDays(7)); day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day) && !day.isBefore(calendarBack(today))) {
				days.add(day);
			}
		}
		AppointmentService[] services = AppointmentService.values();
		String[] visitors = { "赵敏", "钱多多", "孙悦", "李雷", "周芳", "吴昊", "郑爽", "冯媛" };
		List<Object[]> rows = new ArrayList<>();
		int n = 0;
		for (LocalDate day : days) {
			for (Desk desk : desks) {
				for (int t = 0; t < TIMES.length; t++) {
					n++;
					if ((n + t) % 4 == 3) {
						continue; // a free slot now and then
					}
					ZonedDateTime start = day.atTime(TIMES[t]).atZone(clock.getZone());
					boolean past = start.toInstant().plusSeconds(1800).isBefore(now);
					boolean started = start.toInstant().isBefore(now);
					String status = !started ? (n % 17 == 0 ? "CANCELLED" : "BOOKED")
							: !past ? "CHECKED_IN" : n % 11 == 0 ? "NO_SHOW" : "COMPLETED";
					Long customer = desk.customers().isEmpty() || n % 5 == 0 ? null
							: desk.customers().get(n % desk.customers().size());
					AppointmentService service = services[n % services.length];
					rows.add(new Object[] { desk.orgUnitId(), service.name(), day, start.toInstant(),
							start.toInstant().plusSeconds(1800), desk.advisor().id(), customer,
							customer == null ? visitors[n % visitors.length] : name(customer), status,
							customer == null ? "PUBLIC" : "STAFF" });
				}
			}
		}
		insert(rows, now);
	}

	private LocalDate calendarBack(LocalDate today) {
		LocalDate day = today;
		for (int back = 0; back < 2; day = day.minusDays(1)) {
			if (!day.equals(today) && calendar.isWorkingDay(day)) {
				back++;
			}
			if (back == 2) {
				return day;
			}
		}
		return day;
	}

	private String name(long customerId) {
		return customers.requireVisible(new CustomerId(customerId)).name();
	}

	private void insert(List<Object[]> rows, Instant now) {
		int size = rows.size();
		Long[] unit = new Long[size], advisor = new Long[size], customer = new Long[size];
		String[] service = new String[size], status = new String[size], channel = new String[size], name = new String[size],
				starts = new String[size], ends = new String[size];
		String[] day = new String[size];
		byte[][] mobile = new byte[size][], mobileHash = new byte[size][];
		for (int i = 0; i < size; i++) {
			Object[] r = rows.get(i);
			unit[i] = (Long) r[0];
			service[i] = (String) r[1];
			day[i] = r[2].toString();
			starts[i] = r[3].toString();
			ends[i] = r[4].toString();
			advisor[i] = (Long) r[5];
			customer[i] = (Long) r[6];
			name[i] = (String) r[7];
			status[i] = (String) r[8];
			channel[i] = (String) r[9];
			String number = "1390000" + "%04d".formatted(1000 + i);
			if (customer[i] == null) {
				mobile[i] = pii.encrypt(number);
				mobileHash[i] = pii.searchHash(number);
			}
		}
		jdbc.sql("""
				insert into appointment (appointment_no, org_unit_id, service, day, starts_at, ends_at, blocked_until, advisor_id,
				  customer_id, name, mobile_enc, mobile_hash, locale, channel, status, booked_by, created_at, checked_in_at,
				  completed_at, completion_notes, cancelled_at, cancel_reason, cancelled_by, no_show_at)
				select 'AP' || lpad(nextval('appointment_no_seq')::text, 8, '0'), r.unit, r.service, r.day, r.starts, r.ends, r.ends,
				  r.advisor, r.customer, r.name, r.mobile, r.mobile_hash, 'zh-CN', r.channel, r.status,
				  case when r.channel = 'PUBLIC' then 'public' else 'wang.agent' end, r.starts - interval '3 days',
				  case when r.status in ('CHECKED_IN', 'COMPLETED') then r.starts - interval '5 minutes' end,
				  case when r.status = 'COMPLETED' then r.ends end,
				  case when r.status = 'COMPLETED' then '已办理，客户满意' end,
				  case when r.status = 'CANCELLED' then r.starts - interval '1 day' end,
				  case when r.status = 'CANCELLED' then '客户临时有事' end,
				  case when r.status = 'CANCELLED' then 'wang.agent' end,
				  case when r.status = 'NO_SHOW' then r.ends end
				from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as date[]), cast(? as timestamptz[]),
				  cast(? as timestamptz[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as bytea[]),
				  cast(? as bytea[]), cast(? as text[]), cast(? as text[]))
				  as r(unit, service, day, starts, ends, advisor, customer, name, mobile, mobile_hash, status, channel)
				order by r.starts""")
			.params(unit, service, day, starts, ends, advisor, customer, name, mobile, mobileHash, status, channel)
			.update();
	}

	/**
	 * The walk-in queue at SH-PD. While the branch is open (a working day, from three quarters of an hour after it
	 * opens until it closes): today's queue, one served, one called and three waiting, the first number taken 40
	 * minutes ago. After closing time: today's numbers, all served or left before closing. Before opening time, or on
	 * a day the branch is closed (a weekend or a holiday): the numbers of the last day it was open, served or left then
	 * — never a queue waiting in a closed branch.
	 */
	private void walkIns(long unit, LocalDate today, Instant now) {
		LocalTime[] hours = capacity.openingHours(unit);
		LocalTime time = now.atZone(clock.getZone()).toLocalTime();
		boolean openToday = calendar.isWorkingDay(today);
		boolean live = openToday && !time.isBefore(hours[0].plusMinutes(45)) && time.isBefore(hours[1]);
		LocalDate day = openToday && !time.isBefore(hours[1]) || live ? today : lastOpenBefore(today);
		Instant last = live ? now : day.atTime(hours[1].minusMinutes(30)).atZone(clock.getZone()).toInstant();
		String[][] queue = live
				? new String[][] { { "SERVED", "陈先生" }, { "CALLED", "林女士" }, { "WAITING", "黄先生" }, { "WAITING", "何女士" },
						{ "WAITING", "高先生" } }
				: new String[][] { { "SERVED", "陈先生" }, { "SERVED", "林女士" }, { "LEFT", "黄先生" }, { "SERVED", "何女士" },
						{ "SERVED", "高先生" } };
		for (int i = 0; i < queue.length; i++) {
			Instant taken = last.minusSeconds(60L * (40 - 8 * i));
			String status = queue[i][0];
			jdbc.sql("""
					insert into appointment_walk_in (org_unit_id, day, ticket_no, service, name, status, taken_at, called_at, done_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(unit, day, i + 1, (i % 2 == 0 ? AppointmentService.OTHER : AppointmentService.ACCOUNT_OPENING).name(),
						queue[i][1], status, Timestamp.from(taken),
						"WAITING".equals(status) || "LEFT".equals(status) ? null : Timestamp.from(taken.plusSeconds(600)),
						"SERVED".equals(status) || "LEFT".equals(status) ? Timestamp.from(taken.plusSeconds(1500)) : null)
				.update();
		}
	}

	/** The last working day before {@code day}. */
	private LocalDate lastOpenBefore(LocalDate day) {
		LocalDate before = day.minusDays(1);
		for (int back = 0; back < 60 && !calendar.isWorkingDay(before); back++) {
			before = before.minusDays(1);
		}
		return before;
	}
}
