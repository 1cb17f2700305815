package org.clientcare.tiering.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.clientcare.identity.Permission;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Role;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.tiering.Tier;
import org.clientcare.tiering.TierSettings;
import org.clientcare.tiering.TieringManagement;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The tier distribution page (a stacked bar per org unit), the settings form, and the override form's target. */
@Controller
class TieringPages {

	/** The order of the chart's series; NONE: not tiered. */
	static final List<String> SERIES = List.of("DIAMOND", "PLATINUM", "GOLD", "SILVER", "BRONZE", "ORDINARY", "NONE");

	private final TieringManagement tiering;

	private final IdentityManagement identity;

	private final MessageSource messages;

	TieringPages(TieringManagement tiering, IdentityManagement identity, MessageSource messages) {
		this.tiering = tiering;
		this.identity = identity;
		this.messages = messages;
	}

	@GetMapping("/tiering")
	String page(Model model) {
		Map<String, Map<String, Long>> byUnit = tiering.distribution();
		model.addAttribute("units", byUnit);
		model.addAttribute("series", SERIES);
		Map<String, String> unitNames = new java.util.LinkedHashMap<>();
		byUnit.keySet().forEach(code -> unitNames.put(code, identity.findOrgUnit(code)
			.map(unit -> unit.name(LocaleContextHolder.getLocale())).orElse(code)));
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("labels", String.join(",", unitNames.values()));
		model.addAttribute("seriesNames", SERIES.stream()
			.map(tier -> messages.getMessage("tier." + tier, null, tier, LocaleContextHolder.getLocale()))
			.collect(Collectors.joining(",")));
		model.addAttribute("values", SERIES.stream()
			.map(tier -> byUnit.values().stream().map(counts -> Long.toString(counts.getOrDefault(tier, 0L)))
				.collect(Collectors.joining(",")))
			.collect(Collectors.joining(";")));
		boolean admin = identity.currentMay(Permission.ADMINISTER);
		boolean readsSettings = identity.currentMay(Permission.CONFIGURATION_READ);
		model.addAttribute("admin", admin);
		model.addAttribute("readsSettings", readsSettings);
		model.addAttribute("fields", FIELDS);
		model.addAttribute("rules", RULES);
		if (readsSettings) {
			var current = tiering.settings();
			model.addAttribute("current", current);
			if (!model.containsAttribute("form")) {
				model.addAttribute("form", form(current.settings()));
			}
		}
		return "tiering/distribution";
	}

	@PostMapping("/tiering/settings")
	String saveSettings(@RequestParam Map<String, String> form, Model model) {
		List<String> errors = new ArrayList<>();
		TierSettings settings = parse(form, errors);
		if (errors.isEmpty()) {
			try {
				tiering.changeSettings(settings, form.get("reason"));
				return "redirect:/tiering?saved";
			}
			catch (InvalidInput e) {
				e.fieldProblems().stream().map(FieldProblem::field).forEach(errors::add);
			}
		}
		model.addAttribute("settingsErrors", errors);
		model.addAttribute("form", form);
		return page(model);
	}

	/** The form's fields: the amounts and coefficients, the combination apart. */
	static final List<String> FIELDS = List.of("retailDiamondAum", "retailPlatinumAum", "retailGoldAum",
			"retailDiamondContribution", "retailPlatinumContribution", "retailGoldContribution",
			"corporateMinRelationshipMonths", "loanCoefficient", "intermediaryIncomeCoefficient", "corporateDiamond",
			"corporatePlatinum", "corporateGold", "corporateSilver", "shareholderPct", "shareholderPlatinumPct");

	/** The rules of the bank regulations, each a checkbox: on or off. */
	static final List<String> RULES = List.of("fortuneGlobal500Platinum", "shareholderPlatinum", "chinaTop500Gold",
			"shareholderGold", "bankBranchGold");

	private static Map<String, String> form(TierSettings s) {
		Map<String, String> form = new java.util.LinkedHashMap<>();
		Object[] values = { s.retailDiamondAum(), s.retailPlatinumAum(), s.retailGoldAum(), s.retailDiamondContribution(),
				s.retailPlatinumContribution(), s.retailGoldContribution(), s.corporateMinRelationshipMonths(),
				s.loanCoefficient(), s.intermediaryIncomeCoefficient(), s.corporateDiamond(), s.corporatePlatinum(),
				s.corporateGold(), s.corporateSilver(), s.shareholderPct(), s.shareholderPlatinumPct() };
		for (int i = 0; i < FIELDS.size(); i++) {
			form.put(FIELDS.get(i), values[i] == null ? ""
					: values[i] instanceof BigDecimal d ? d.toPlainString() : values[i].toString());
		}
		form.put("contributionCombination", s.contributionCombination().name());
		Boolean[] rules = { s.fortuneGlobal500Platinum(), s.shareholderPlatinum(), s.chinaTop500Gold(), s.shareholderGold(),
				s.bankBranchGold() };
		for (int i = 0; i < RULES.size(); i++) {
			form.put(RULES.get(i), rules[i] ? "true" : "");
		}
		return form;
	}

	private static TierSettings parse(Map<String, String> form, List<String> errors) {
		BigDecimal[] v = new BigDecimal[FIELDS.size()];
		for (int i = 0; i < FIELDS.size(); i++) {
			String text = form.getOrDefault(FIELDS.get(i), "").strip().replace(",", "");
			try {
				v[i] = text.isEmpty() ? null : new BigDecimal(text);
			}
			catch (NumberFormatException e) {
				errors.add(FIELDS.get(i));
			}
		}
		TierSettings.Combination combination = "ANY".equals(form.get("contributionCombination"))
				? TierSettings.Combination.ANY : TierSettings.Combination.ALL;
		Integer months = null;
		try {
			months = v[6] == null ? null : v[6].intValueExact();
		}
		catch (ArithmeticException e) {
			errors.add(FIELDS.get(6));
		}
		boolean[] on = new boolean[RULES.size()];
		for (int i = 0; i < RULES.size(); i++) {
			on[i] = "true".equals(form.get(RULES.get(i)));
		}
		if (v[14] == null) {
			errors.add(FIELDS.get(14));
		}
		return new TierSettings(v[0], v[1], v[2], v[3], v[4], v[5], combination, months, v[7], v[8], v[9], v[10], v[11],
				v[12], v[13], on[0], v[14], on[1], on[2], on[3], on[4]);
	}

	@PostMapping("/customers/{id}/tier-override")
	String requestOverride(@PathVariable long id, @RequestParam(required = false) Tier tier,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
		try {
			long request = tiering.requestOverride(new CustomerId(id), tier, reason, until).id();
			return "redirect:/customers/" + id + "?overrideRequested=" + request + "#tier";
		}
		catch (InvalidInput e) {
			return "redirect:/customers/" + id + "?overrideError=" + e.fieldProblems().get(0).field() + "#tier";
		}
	}
}
