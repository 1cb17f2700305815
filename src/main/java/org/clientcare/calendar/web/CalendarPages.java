package org.clientcare.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.clientcare.identity.Permission;
import org.clientcare.calendar.CalendarManagement;
import org.clientcare.calendar.CalendarYear;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Role;
import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The calendar page (工作日历): a year's months with holidays and working weekend days, and for admins its editor. */
@Controller
class CalendarPages {

	private static final Pattern LISTED = Pattern.compile("(holidays|workingWeekendDays)\\[(\\d+)\\].*");

	private static final DateTimeFormatter LOADED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CalendarManagement calendar;

	private final IdentityManagement identity;

	private final Clock clock;

	CalendarPages(CalendarManagement calendar, IdentityManagement identity, Clock clock) {
		this.calendar = calendar;
		this.identity = identity;
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String page(@RequestParam(required = false) Integer year, Model model) {
		CalendarYear shown = calendar.year(year == null ? LocalDate.now(clock).getYear() : year);
		return page(shown, YearForm.of(shown), model);
	}

	@PostMapping("/calendar/{year}")
	String replace(@PathVariable int year, @ModelAttribute("form") YearForm form, BindingResult errors, Model model) {
		if (!identity.currentMay(Permission.ADMINISTER)) {
			throw new Forbidden("admin-only", "Only an administrator may change the business calendar");
		}
		CalendarYear shown = calendar.year(year);
		var holidays = YearForm.parse("holidays", form.getHolidays(), errors);
		var worked = YearForm.parse("workingWeekendDays", form.getWorkingWeekendDays(), errors);
		if (!errors.hasErrors()) {
			try {
				calendar.replaceYear(year, holidays.days(), worked.days());
				return "redirect:/calendar?year=" + year + "&saved";
			}
			catch (InvalidInput e) {
				e.fieldProblems().forEach(problem -> reject(problem, holidays, worked, errors));
			}
		}
		return page(shown, form, model);
	}

	/** Puts a refusal on the text area it concerns, with the line number the admin typed the day on. */
	private static void reject(FieldProblem problem, YearForm.Lines holidays, YearForm.Lines worked, BindingResult errors) {
		Matcher listed = LISTED.matcher(problem.field());
		if (listed.matches()) {
			String field = listed.group(1);
			var lines = field.equals("holidays") ? holidays : worked;
			int index = Integer.parseInt(listed.group(2));
			String line = index < lines.lineNumbers().size() ? lines.lineNumbers().get(index).toString() : "?";
			errors.rejectValue(field, "calendar.error." + problem.code(), new Object[] { line }, problem.message());
		}
		else if (problem.field().equals("holidays") || problem.field().equals("workingWeekendDays")) {
			errors.rejectValue(problem.field(), "calendar.error.too-many", problem.message());
		}
		else {
			errors.reject("calendar.error.year", problem.message());
		}
	}

	private String page(CalendarYear shown, YearForm form, Model model) {
		List<Integer> missing = calendar.missingYears();
		model.addAttribute("year", shown.year());
		model.addAttribute("yearText", Integer.toString(shown.year()));
		model.addAttribute("shown", shown);
		model.addAttribute("loadedAt", shown.loadedAt() == null ? "" : LOADED_AT.format(shown.loadedAt().atZone(clock.getZone())));
		model.addAttribute("months", MonthGrid.of(shown, LocalDate.now(clock)));
		model.addAttribute("yearsLoaded", calendar.yearsLoaded());
		model.addAttribute("missingYears", missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
		model.addAttribute("firstMissingYear", missing.isEmpty() ? null : missing.get(0));
		model.addAttribute("mayAdminister", identity.currentMay(Permission.ADMINISTER));
		model.addAttribute("form", form);
		return "calendar/calendar";
	}
}
