package org.clientcare.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.clientcare.appointment.AppointmentManagement;
import org.clientcare.appointment.AppointmentStatus;
import org.clientcare.appointment.WalkInManagement;
import org.clientcare.appointment.WalkInView;
import org.clientcare.approval.ApprovalManagement;
import org.clientcare.calendar.CalendarManagement;
import org.clientcare.care.CareManagement;
import org.clientcare.casework.CaseManagement;
import org.clientcare.complaint.ComplaintManagement;
import org.clientcare.complaint.ComplaintStatus;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerSearch;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Role;
import org.clientcare.inquiry.InquiryManagement;
import org.clientcare.inquiry.InquiryStatus;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.NotificationStatus;
import org.clientcare.revisit.RevisitManagement;
import org.clientcare.revisit.RevisitStatus;
import org.clientcare.shared.CurrentActor;
import org.clientcare.suitability.SuitabilityAlert;
import org.clientcare.suitability.SuitabilityAlerts;
import org.clientcare.training.TrainingManagement;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page (工作台): the caller's to-dos with their counts and links — what each role works on first — then the
 * customers of the caller's scope by status.
 */
@Controller
class HomeController {

	private final CustomerManagement customers;

	private final MessageSource messages;

	private final CalendarManagement calendar;

	private final IdentityManagement identity;

	private final RevisitManagement revisits;

	private final ComplaintManagement complaints;

	private final ApprovalManagement approvals;

	private final InquiryManagement inquiries;

	private final SuitabilityAlerts alerts;

	private final NotificationManagement notifications;

	private final Clock clock;

	private final AppointmentManagement appointments;

	private final CareManagement care;

	private final CaseManagement cases;

	private final TrainingManagement training;

	private final WalkInManagement walkIns;

	HomeController(CustomerManagement customers, MessageSource messages, CalendarManagement calendar,
			IdentityManagement identity, RevisitManagement revisits, ComplaintManagement complaints,
			ApprovalManagement approvals, InquiryManagement inquiries, SuitabilityAlerts alerts,
			NotificationManagement notifications, Clock clock, AppointmentManagement appointments, CareManagement care,
			CaseManagement cases, TrainingManagement training, WalkInManagement walkIns) {
		this.walkIns = walkIns;
		this.appointments = appointments;
		this.care = care;
		this.cases = cases;
		this.training = training;
		this.customers = customers;
		this.messages = messages;
		this.calendar = calendar;
		this.identity = identity;
		this.revisits = revisits;
		this.complaints = complaints;
		this.approvals = approvals;
		this.inquiries = inquiries;
		this.alerts = alerts;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** One to-do on the home page: what (a message key), how many, where to do it, and whether it is late. */
	record ToDo(String key, long count, String href, boolean late) {
	}

	@GetMapping("/")
	String home(Model model, Locale locale) {
		String role = CurrentActor.get().role();
		model.addAttribute("todos", role == null ? List.of() : toDos(Role.valueOf(role), model, locale));
		if (Role.ACCOUNT_MANAGER.name().equals(role)) {
			model.addAttribute("dueToday", revisits.list("me", RevisitStatus.OPEN, null, LocalDate.now(clock), null, 0, 10));
			// the day as its advisor: whom it receives, when, for what, and how far each has come
			var appointmentsToday = appointments.list(null, LocalDate.now(clock), "me", null, null, 0, 50).content();
			model.addAttribute("appointmentsToday", appointmentsToday);
			model.addAttribute("zone", clock.getZone());
			model.addAttribute(org.clientcare.customer.RestrictedCustomers.MODEL, customers.restrictedAmong(
					appointmentsToday.stream().map(org.clientcare.appointment.AppointmentView::customerId).toList()));
		}
		Map<String, Long> byStatus = customers.countsByStatus();
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("chartLabels", byStatus.keySet().stream()
			.map(status -> messages.getMessage("customer.status." + status, null, status, locale))
			.collect(Collectors.joining(",")));
		model.addAttribute("chartValues", byStatus.values().stream().map(String::valueOf).collect(Collectors.joining(",")));
		model.addAttribute("total", byStatus.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("calendarMissing", calendar.missingYears().stream().map(String::valueOf)
			.collect(Collectors.joining(", ")));
		return "home/home";
	}

	/** One branch's day on a branch manager's home page: the customers booked still to receive, the walk-ins waiting. */
	record BranchDay(String code, String name, long toReceive, long waiting, String day, String queue) {
	}

	/**
	 * The branch's day: the customers booked still to receive and the walk-ins waiting for their number to be called.
	 * The front desk sees the branch its day view and queue show first; a branch manager every branch at or below its
	 * own where advisors take appointments — summed in the to-dos, one row each under them, each linking to its day and
	 * its queue.
	 */
	private void branchDay(Role role, LocalDate today, List<ToDo> todos, Model model, Locale locale) {
		Long own = CurrentActor.get().orgUnitId();
		List<OrgUnit> units = role == Role.BRANCH_MANAGER ? appointments.bookableBranchesWithin(own) : List.of();
		if (units.isEmpty()) {
			units = identity.findOrgUnit(appointments.firstBranchFor(own)).stream().toList();
		}
		List<BranchDay> days = new ArrayList<>();
		for (OrgUnit unit : units) {
			long waiting;
			try {
				waiting = walkIns.queue(unit.code()).stream()
					.filter(walkIn -> walkIn.status() == WalkInView.Status.WAITING).count();
			}
			catch (org.clientcare.shared.problem.ProblemException outOfReach) {
				// a branch beyond the caller's scope (a desk's first branch elsewhere): no day of its own to show
				continue;
			}
			days.add(new BranchDay(unit.code(), unit.name(locale), toReceive(unit.code(), null, today), waiting,
					address("/appointments", "orgUnit", unit.code()), address("/appointments/walk-ins", "orgUnit",
							unit.code())));
		}
		if (days.isEmpty()) {
			return;
		}
		boolean several = days.size() > 1;
		long arrivals = days.stream().mapToLong(BranchDay::toReceive).sum();
		todos.add(new ToDo(several ? "home.todo.branchesArrivals" : "home.todo.branchArrivals", arrivals,
				several ? "#branch-day" : days.get(0).day(), false));
		todos.add(new ToDo("home.todo.walkInsWaiting", days.stream().mapToLong(BranchDay::waiting).sum(),
				several ? "#branch-day" : days.get(0).queue(), false));
		if (several) {
			model.addAttribute("branchDays", days);
		}
	}

	/** The appointments of a day still to receive (booked, or checked in and not yet completed), of a unit or advisor. */
	private long toReceive(String unit, String advisor, LocalDate day) {
		return appointments.list(unit, day, advisor, AppointmentStatus.BOOKED, null, 0, 1).totalElements()
				+ appointments.list(unit, day, advisor, AppointmentStatus.CHECKED_IN, null, 0, 1).totalElements();
	}

	/** A page's address with one query parameter, encoded. */
	private static String address(String path, String parameter, String value) {
		return org.springframework.web.util.UriComponentsBuilder.fromPath(path).queryParam(parameter, value).encode()
			.toUriString();
	}

	private List<ToDo> toDos(Role role, Model model, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		List<ToDo> todos = new ArrayList<>();
		if (role == Role.ACCOUNT_MANAGER || role == Role.BRANCH_MANAGER) {
			String assignee = role == Role.ACCOUNT_MANAGER ? "me" : null;
			todos.add(new ToDo("home.todo.revisitsOverdue",
					revisits.list(assignee, RevisitStatus.OPEN, null, today.minusDays(1), null, 0, 1).totalElements(),
					"/revisits?view=overdue", true));
			todos.add(new ToDo("home.todo.revisitsToday",
					revisits.list(assignee, RevisitStatus.OPEN, today.minusDays(1), today, null, 0, 1).totalElements(),
					"/revisits?view=today", false));
			todos.add(new ToDo("home.todo.revisitsWeek",
					revisits.list(assignee, RevisitStatus.OPEN, today, today.plusDays(7), null, 0, 1).totalElements(),
					"/revisits?view=week", false));
		}
		if (role == Role.ACCOUNT_MANAGER) {
			// the customers still to come or still being served today, as their advisor; the day's page for the same
			todos.add(new ToDo("home.todo.appointmentsToday", toReceive(null, "me", today),
					address("/appointments", "advisor", CurrentActor.get().username()), false));
			todos.add(new ToDo("home.todo.care", care.myTasks(0, 1).totalElements(), "/care#tasks", false));
		}
		if (role == Role.SERVICE_AGENT || role == Role.BRANCH_MANAGER) {
			branchDay(role, today, todos, model, locale);
		}
		if (role != Role.INTEGRATION) {
			todos.add(new ToDo("home.todo.casesOverdue", cases.list(null, null, null, true, 0, 1).totalElements(),
					"/cases?overdue=true", true));
			todos.add(new ToDo("home.todo.training", training.mine().outstanding().size(), "/training/mine", false));
		}
		if (role == Role.BRANCH_MANAGER || role == Role.COMPLIANCE || role == Role.ADMIN) {
			todos.add(new ToDo("home.todo.approvals", approvals.waitingForMe(0, 1).totalElements(), "/approvals", false));
		}
		if (role == Role.SERVICE_AGENT || role == Role.ADMIN) {
			todos.add(new ToDo("home.todo.complaintsToAcknowledge",
					complaints.list(ComplaintStatus.RECEIVED, null, null, 0, 1).totalElements(),
					"/complaints?status=RECEIVED", false));
			todos.add(new ToDo("home.todo.inquiriesOpen", inquiries.list(InquiryStatus.OPEN, null, null, 0, 1).totalElements(),
					"/inquiries?status=OPEN", false));
		}
		if (role == Role.COMPLAINT_HANDLER) {
			todos.add(new ToDo("home.todo.complaintsInProgress",
					complaints.list(ComplaintStatus.IN_PROGRESS, null, null, 0, 1).totalElements(),
					"/complaints?status=IN_PROGRESS", false));
		}
		if (role != Role.ACCOUNT_MANAGER && role != Role.INTEGRATION) {
			todos.add(new ToDo("home.todo.complaintsOverdue", complaints.list(null, true, null, 0, 1).totalElements(),
					"/complaints?overdue=true", true));
		}
		if (role == Role.COMPLIANCE || role == Role.ADMIN) {
			todos.add(new ToDo("home.todo.suitabilityAlerts",
					alerts.alerts(SuitabilityAlert.Status.OPEN, 0, 1).totalElements(), "/suitability/alerts", false));
		}
		if (role == Role.ADMIN || role == Role.COMPLIANCE || role == Role.SERVICE_AGENT) {
			todos.add(new ToDo("home.todo.notificationsFailed",
					notifications.outbox(NotificationStatus.DEAD, 0, 1).totalElements(), "/notifications/outbox?status=DEAD",
					true));
		}
		if (role == Role.BRANCH_MANAGER || role == Role.ADMIN) {
			todos.add(new ToDo("home.todo.unassigned",
					customers.search(new CustomerSearch(null, null, null, null, null, true, 0, 1)).totalElements(),
					"/assignment/unassigned", false));
		}
		return todos;
	}
}
