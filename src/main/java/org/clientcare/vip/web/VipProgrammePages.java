package org.clientcare.vip.web;


import java.util.stream.Stream;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.shared.problem.ProblemException;
import org.clientcare.vip.VipLevel;
import org.clientcare.vip.VipProgrammeManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The programme's yearly cycle on a page (对公VIP客户): the branches' proposals with their figures, head office's
 * ranking, adjustments and submission, the list in force with its mid-year changes and executives' cards. Every form
 * comes back to the page (or to the customer's 360 page) saying what became of it.
 */
@Controller
class VipProgrammePages {

	private final VipProgrammeManagement programme;

	private final CustomerManagement customers;

	VipProgrammePages(VipProgrammeManagement programme, CustomerManagement customers) {
		this.programme = programme;
		this.customers = customers;
	}

	@GetMapping("/vip-programme")
	String thisYear() {
		return "redirect:/vip-programme/" + programme.thisYear();
	}

	@GetMapping("/vip-programme/{year}")
	String page(@PathVariable String year, Model model) {
		int of = VipProgrammeController.year(year);
		model.addAttribute("year", of);
		try {
			var shown = programme.programme(of);
			model.addAttribute("programme", shown);
			model.addAttribute(RestrictedCustomers.MODEL, customers.restrictedAmong(Stream.concat(
					shown.members().stream().map(m -> (Long) m.customerId()), shown.candidates().stream().map(c -> (Long) c.customerId()))
				.toList()));
		}
		catch (NotFound e) {
			model.addAttribute("programme", null);
			model.addAttribute(RestrictedCustomers.MODEL, RestrictedCustomers.NONE);
		}
		model.addAttribute("mayReview", programme.mayReview());
		model.addAttribute("levels", VipLevel.values());
		model.addAttribute("services", programme.services());
		return "vip/programme";
	}

	@PostMapping("/vip-programme/{year}/candidates")
	String propose(@PathVariable String year, @RequestParam(required = false) Long customerId,
			@RequestParam(required = false) String level, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String from) {
		String back = "customer".equals(from) && customerId != null ? "/customers/" + customerId : "/vip-programme/" + year;
		String anchor = "customer".equals(from) ? "#vip" : "";
		return redirect(back, anchor, "proposed", () -> {
			if (customerId == null) {
				throw InvalidInput.of("customerId", "required", "The customer to propose");
			}
			programme.propose(VipProgrammeController.year(year), new CustomerId(customerId),
					VipProgrammeController.level(level), reason);
		});
	}

	@PostMapping("/vip-programme/{year}/candidates/{customerId}/adjust")
	String adjust(@PathVariable String year, @PathVariable long customerId, @RequestParam(required = false) String level,
			@RequestParam(required = false) Integer rank, @RequestParam(defaultValue = "false") boolean excluded,
			@RequestParam(required = false) String reason) {
		return redirect("/vip-programme/" + year, "", "adjusted", () -> programme.adjust(VipProgrammeController.year(year),
				new CustomerId(customerId), VipProgrammeController.level(level), rank, excluded, reason));
	}

	@PostMapping("/vip-programme/{year}/submit")
	String submit(@PathVariable String year, @RequestParam(required = false) String reason) {
		return redirect("/vip-programme/" + year, "", "submitted",
				() -> programme.submit(VipProgrammeController.year(year), reason));
	}

	@PostMapping("/vip-programme/{year}/members/{customerId}/change")
	String change(@PathVariable String year, @PathVariable long customerId, @RequestParam(required = false) String level,
			@RequestParam(required = false) String reason) {
		return redirect("/vip-programme/" + year, "", "changeRequested", () -> programme.requestChange(
				VipProgrammeController.year(year), new CustomerId(customerId),
				level == null || level.isBlank() ? null : VipProgrammeController.level(level), reason));
	}

	@PostMapping("/vip-programme/{year}/cards")
	String card(@PathVariable String year, @RequestParam long customerId, @RequestParam(required = false) String holderName,
			@RequestParam(required = false) String holderTitle, @RequestParam(required = false) String reason) {
		return redirect("/vip-programme/" + year, "", "cardRequested", () -> programme.requestCard(
				VipProgrammeController.year(year), new CustomerId(customerId), holderName, holderTitle, reason));
	}

	/** Does the step and goes back with what became of it: {@code ?done=…} or {@code ?vipError=…} (a field or a fact). */
	private static String redirect(String back, String anchor, String done, Runnable step) {
		try {
			step.run();
			return "redirect:" + back + "?done=" + done + anchor;
		}
		catch (NotFound e) {
			throw e;
		}
		catch (InvalidInput e) {
			return "redirect:" + back + "?vipError=" + e.fieldProblems().get(0).field() + anchor;
		}
		catch (ProblemException e) {
			return "redirect:" + back + "?vipError=" + e.code() + anchor;
		}
	}
}
