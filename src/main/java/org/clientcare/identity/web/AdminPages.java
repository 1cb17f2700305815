package org.clientcare.identity.web;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Role;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's page of org units and staff users (机构与用户管理). */
@Controller
class AdminPages {

	private final IdentityManagement identity;

	private final java.time.Clock clock;

	private final org.springframework.context.MessageSource messages;

	AdminPages(IdentityManagement identity, java.time.Clock clock, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.identity = identity;
		this.clock = clock;
	}

	@GetMapping("/admin/users")
	String page(Model model) {
		model.addAttribute("accounts", identity.accounts());
		model.addAttribute("now", clock.instant());
		model.addAttribute("units", identity.orgUnits());
		model.addAttribute("roles", Role.values());
		model.addAttribute("kinds", OrgUnit.Kind.values());
		return "identity/admin";
	}

	@PostMapping("/admin/users")
	String createUser(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
			@RequestParam String orgUnit, @RequestParam(required = false) String email, @RequestParam String password,
			Model model) {
		try {
			identity.createUser(username.strip(), displayName.strip(), role, orgUnit,
					email == null || email.isBlank() ? null : email.strip(), password);
			return "redirect:/admin/users?created";
		}
		catch (InvalidInput | Conflict e) {
			model.addAttribute("userError", words(e));
			model.addAttribute("newUser", java.util.Map.of("username", username, "displayName", displayName, "email",
					email == null ? "" : email));
			return page(model);
		}
	}

	@PostMapping("/admin/org-units")
	String createOrgUnit(@RequestParam String code, @RequestParam String nameZh, @RequestParam String nameEn,
			@RequestParam OrgUnit.Kind kind, @RequestParam(required = false) String parent, Model model) {
		try {
			identity.createOrgUnit(code.strip(), nameZh.strip(), nameEn.strip(), kind,
					parent == null || parent.isBlank() ? null : parent);
			return "redirect:/admin/users?created";
		}
		catch (InvalidInput | Conflict e) {
			model.addAttribute("unitError", words(e));
			model.addAttribute("newUnit", java.util.Map.of("code", code, "nameZh", nameZh, "nameEn", nameEn));
			return page(model);
		}
	}

	/** A refusal in the page's language: each field at fault with what it needs; a taken username or code says so. */
	private String words(org.clientcare.shared.problem.ProblemException e) {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		String other = messages.getMessage("admin.error.other", null, locale);
		if (!e.fieldProblems().isEmpty()) {
			return e.fieldProblems().stream()
				.map(p -> messages.getMessage("admin.error." + p.field(), null, other, locale)).distinct()
				.collect(java.util.stream.Collectors.joining("; "));
		}
		return messages.getMessage("admin.error." + e.code(), null, other, locale);
	}

	@PostMapping("/admin/users/{username}/unlock")
	String unlock(@PathVariable String username) {
		identity.unlock(username);
		return "redirect:/admin/users";
	}
}
