package org.clientcare.training.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.stream.Collectors;

import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.problem.ProblemException;
import org.clientcare.training.CreateCourse;
import org.clientcare.training.Quarter;
import org.clientcare.training.RecordAttendance;
import org.clientcare.training.Topic;
import org.clientcare.training.TrainingManagement;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The training pages: for branch managers, compliance and administrators the overview (coverage per org unit, courses,
 * mandatory courses not completed, the quarter's assessments) and each course with its sessions, attendance and exam
 * attempts; for every staff member their own training ({@code /training/mine}).
 */
@Controller
class TrainingPages {

	private final TrainingManagement training;

	private final org.clientcare.identity.IdentityManagement identity;

	private final PlatformSettings platform;

	private final Clock clock;

	private final MessageSource messages;

	TrainingPages(TrainingManagement training, org.clientcare.identity.IdentityManagement identity,
			PlatformSettings platform, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.training = training;
		this.identity = identity;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping("/training")
	String overview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		if (!training.mayOversee()) {
			return "redirect:/training/mine";
		}
		LocalDate today = LocalDate.now(clock.withZone(platform.zone()));
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null || to.isBefore(start) ? today : to;
		Quarter quarter = Quarter.of(today);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("coverage", training.coverageByUnit(start, end));
		java.util.Map<String, String> names = new java.util.HashMap<>();
		identity.orgUnits().forEach(u -> names.put(u.code(),
				u.name(org.springframework.context.i18n.LocaleContextHolder.getLocale())));
		model.addAttribute("unitNames", names);
		model.addAttribute("courses", training.courses());
		model.addAttribute("outstanding", training.outstanding());
		model.addAttribute("quarter", quarter.toString());
		model.addAttribute("assessments", training.assessments(quarter.toString()));
		model.addAttribute("mayWrite", training.mayWrite());
		model.addAttribute("topics", Topic.values());
		return "training/overview";
	}

	@PostMapping("/training/courses")
	String create(@RequestParam(defaultValue = "") String title, @RequestParam(required = false) Topic topic,
			@RequestParam(defaultValue = "false") boolean mandatory, @RequestParam(required = false) BigDecimal passMark,
			@RequestParam(defaultValue = "") String orgUnit, RedirectAttributes redirect) {
		try {
			return "redirect:/training/courses/"
					+ training.createCourse(new CreateCourse(title, topic, mandatory, passMark, orgUnit)).id();
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words(e, "orgUnit"));
			return "redirect:/training";
		}
	}

	@PostMapping("/training/assessments")
	String assess(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String quarter,
			@RequestParam(required = false) BigDecimal score, RedirectAttributes redirect) {
		try {
			training.recordAssessment(username, quarter, score);
			redirect.addFlashAttribute("done", "assessment");
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words(e, "username"));
		}
		return "redirect:/training";
	}

	@GetMapping("/training/courses/{id}")
	String course(@PathVariable long id, Model model) {
		model.addAttribute("zone", platform.zone());
		model.addAttribute("course", training.course(id));
		model.addAttribute("sessions", training.sessions(id));
		boolean oversee = training.mayOversee();
		model.addAttribute("mayOversee", oversee);
		model.addAttribute("attendance", oversee ? training.attendance(id) : java.util.List.of());
		model.addAttribute("attempts", oversee ? training.attempts(id) : java.util.List.of());
		model.addAttribute("mayWrite", training.mayWrite());
		model.addAttribute("nextWeek", LocalDateTime.now(clock.withZone(platform.zone())).plusDays(7).withHour(14)
			.withMinute(0).withSecond(0).withNano(0));
		return "training/course";
	}

	@PostMapping("/training/courses/{id}/sessions")
	String addSession(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@RequestParam(defaultValue = "") String location, RedirectAttributes redirect) {
		try {
			training.addSession(id, startsAt == null ? null : startsAt.atZone(platform.zone()).toOffsetDateTime(), location);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words(e, null));
		}
		return "redirect:/training/courses/" + id;
	}

	@PostMapping("/training/courses/{id}/attendance")
	String attend(@PathVariable long id, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "false") boolean completed, @RequestParam(required = false) BigDecimal score,
			@RequestParam(required = false) Long sessionId, RedirectAttributes redirect) {
		try {
			var recorded = training.recordAttendance(id, new RecordAttendance(username, completed, score, sessionId));
			redirect.addFlashAttribute("done", recorded.courseCompleted() ? "completed" : "attendance");
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words(e, "username"));
		}
		return "redirect:/training/courses/" + id;
	}

	@PostMapping("/training/courses/{id}/exam-attempts")
	String attempt(@PathVariable long id, @RequestParam(defaultValue = "") String username,
			@RequestParam(required = false) BigDecimal score, RedirectAttributes redirect) {
		try {
			var recorded = training.recordExamAttempt(id, username, score);
			redirect.addFlashAttribute("done", recorded.courseCompleted() ? "completed" : "attempt");
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words(e, "username"));
		}
		return "redirect:/training/courses/" + id;
	}

	@GetMapping("/training/mine")
	String mine(Model model) {
		model.addAttribute("zone", platform.zone());
		model.addAttribute("record", training.mine());
		return "training/mine";
	}

	/**
	 * A refusal in the page's language: each field at fault with what it needs; a thing not found names the form's
	 * field that points to it (the staff member, the org unit); a refusal of the right to write, or a conflict, says so.
	 */
	private String words(ProblemException e, String notFoundField) {
		Locale locale = LocaleContextHolder.getLocale();
		String other = messages.getMessage("training.error.other", null, locale);
		if (!e.fieldProblems().isEmpty()) {
			return e.fieldProblems().stream()
				.map(p -> messages.getMessage("training.error." + p.field() + "." + p.code(), null,
						messages.getMessage("training.error." + p.field(), null, other, locale), locale))
				.distinct().collect(Collectors.joining("; "));
		}
		String key = switch (e.status()) {
			case NOT_FOUND -> notFoundField == null ? "training.error.other" : "training.error." + notFoundField + ".unknown";
			case FORBIDDEN -> "training.error.forbidden";
			default -> "training.error." + e.code();
		};
		return messages.getMessage(key, null, other, locale);
	}
}
