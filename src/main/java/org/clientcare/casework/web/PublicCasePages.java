package org.clientcare.casework.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;

import org.clientcare.casework.CaseReports;
import org.clientcare.casework.CaseSettings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public progress page (§8): a customer follows its case with the case number and its mobile number, without an
 * account. Look-ups are limited per client address ({@code clientcare.casework.public-lookups-per-minute}), so numbers
 * cannot be tried in bulk; a wrong pair and an unknown number read the same.
 */
@Controller
class PublicCasePages {

	private final Cache<String, AtomicInteger> windows = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(100_000).build();

	private final CaseReports reports;

	private final CaseSettings settings;

	PublicCasePages(CaseReports reports, CaseSettings settings) {
		this.reports = reports;
		this.settings = settings;
	}

	@GetMapping("/public/cases")
	String form(Model model) {
		model.addAttribute("asked", false);
		model.addAttribute("tooMany", false);
		return "casework/public";
	}

	@PostMapping("/public/cases")
	String track(@RequestParam(defaultValue = "") String no, @RequestParam(defaultValue = "") String mobile,
			HttpServletRequest request, Model model) {
		boolean allowed = windows.get(request.getRemoteAddr(), a -> new AtomicInteger()).incrementAndGet()
				<= settings.publicLookupsPerMinute();
		model.addAttribute("no", no);
		model.addAttribute("asked", true);
		model.addAttribute("tooMany", !allowed);
		var progress = allowed ? reports.track(no, mobile).orElse(null) : null;
		model.addAttribute("progress", progress);
		if (progress != null) {
			// the language switch sends the look-up again, in its form's body as here, never in an address
			model.addAttribute("mobile", mobile);
		}
		return "casework/public";
	}
}
