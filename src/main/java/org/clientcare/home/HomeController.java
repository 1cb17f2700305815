package org.clientcare.home;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.clientcare.calendar.CalendarManagement;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerSearch;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the caller's customers by status, and the unassigned queue where the caller sees one. */
@Controller
class HomeController {

	private final CustomerManagement customers;

	private final MessageSource messages;

	private final CalendarManagement calendar;

	HomeController(CustomerManagement customers, MessageSource messages, CalendarManagement calendar) {
		this.customers = customers;
		this.messages = messages;
		this.calendar = calendar;
	}

	@GetMapping("/")
	String home(Model model, Locale locale) {
		Map<String, Long> byStatus = customers.countsByStatus();
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("chartLabels", byStatus.keySet().stream()
			.map(status -> messages.getMessage("customer.status." + status, null, status, locale))
			.collect(Collectors.joining(",")));
		model.addAttribute("chartValues", byStatus.values().stream().map(String::valueOf).collect(Collectors.joining(",")));
		model.addAttribute("total", byStatus.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("unassigned", customers
			.search(new CustomerSearch(null, null, null, null, null, true, 0, 1)).totalElements());
		model.addAttribute("calendarMissing", calendar.missingYears().stream().map(String::valueOf)
			.collect(Collectors.joining(", ")));
		return "home/home";
	}
}
