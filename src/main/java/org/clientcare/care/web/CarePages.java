package org.clientcare.care.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.clientcare.care.CareCalendar;
import org.clientcare.care.CareDate;
import org.clientcare.care.CareManagement;
import org.clientcare.care.Occasion;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerType;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.notification.Channel;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.problem.ProblemException;
import org.clientcare.tiering.Tier;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The care page (calendar, today's greetings, the manager's to-dos, occasion settings) and a customer's preferences. */
@Controller
class CarePages {

	private final CareManagement care;

	private final PlatformSettings platform;

	private final Clock clock;

	private final CustomerManagement customers;

	private final EventWords words;

	CarePages(CareManagement care, PlatformSettings platform, Clock clock, CustomerManagement customers,
			EventWords words) {
		this.words = words;
		this.customers = customers;
		this.care = care;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping("/care")
	String page(@RequestParam(required = false) Integer year, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(platform.zone()));
		boolean aYear = year != null && year >= CareCalendar.FIRST_YEAR && year <= CareCalendar.LAST_YEAR;
		int y = aYear ? year : today.getYear();
		model.addAttribute("year", y);
		model.addAttribute("upcoming", !aYear);
		model.addAttribute("today", today);
		// a year asked for whole; else the twelve months from today, what a manager prepares for, across the new year
		List<CareDate> dates = new java.util.ArrayList<>(care.calendar(y, true, LocaleContextHolder.getLocale()));
		if (!aYear) {
			if (y < CareCalendar.LAST_YEAR) {
				dates.addAll(care.calendar(y + 1, true, LocaleContextHolder.getLocale()));
			}
			dates.removeIf(date -> date.date().isBefore(today) || !date.date().isBefore(today.plusYears(1)));
		}
		List<CalendarDay> calendar = dates.stream()
			.map(date -> new CalendarDay(date, java.time.temporal.ChronoUnit.DAYS.between(today, date.date())))
			.toList();
		model.addAttribute("calendar", calendar);
		model.addAttribute("nextOnCalendar",
				calendar.stream().filter(day -> day.daysAway() >= 0).findFirst().map(CalendarDay::date).orElse(null));
		model.addAttribute("greetings", care.greetingsOn(today));
		var tasks = care.myTasks();
		model.addAttribute("tasks", tasks);
		model.addAttribute(RestrictedCustomers.MODEL,
				customers.restrictedAmong(tasks.stream().map(org.clientcare.care.CareTask::customerId).toList()));
		model.addAttribute("mayAdminister", care.mayAdminister());
		model.addAttribute("occasions", care.occasions());
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("customerTypes", CustomerType.values());
		return "care/care";
	}

	/**
	 * A day of the care calendar and how many days away it is (negative once past): the page marks the days gone and the
	 * next one to prepare for.
	 */
	record CalendarDay(CareDate date, long daysAway) {
	}

	@PostMapping("/care/occasions/{occasion}")
	String setOccasion(@PathVariable Occasion occasion, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(required = false) List<String> tiers, @RequestParam(required = false) List<String> customerTypes,
			RedirectAttributes redirect) {
		try {
			care.setOccasion(occasion, enabled, tiers, customerTypes);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words.of(e, null));
		}
		return "redirect:/care#occasions";
	}

	@PostMapping("/care/tasks/{id}/done")
	String done(@PathVariable long id) {
		care.taskDone(id);
		return "redirect:/care#tasks";
	}

	@PostMapping("/customers/{id}/care")
	String setPreferences(@PathVariable long id, @RequestParam(defaultValue = "zh-CN") String language,
			@RequestParam(defaultValue = "SMS") Channel channel, @RequestParam(defaultValue = "false") boolean lunarBirthday,
			@RequestParam(required = false) Set<Channel> optedOut, RedirectAttributes redirect) {
		try {
			care.setPreferences(id, language, channel, lunarBirthday, optedOut == null ? Set.of() : optedOut);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words.of(e, null));
		}
		return "redirect:/customers/" + id + "#care";
	}
}
