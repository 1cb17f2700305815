package org.clientcare.home;

import java.util.Map;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerSearch;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the caller's customers by status, and the unassigned queue where the caller sees one. */
@Controller
class HomeController {

	private final CustomerManagement customers;

	HomeController(CustomerManagement customers) {
		this.customers = customers;
	}

	@GetMapping("/")
	String home(Model model) {
		Map<String, Long> byStatus = customers.countsByStatus();
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("total", byStatus.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("unassigned", customers
			.search(new CustomerSearch(null, null, null, null, null, true, 0, 1)).totalElements());
		return "home/home";
	}
}
