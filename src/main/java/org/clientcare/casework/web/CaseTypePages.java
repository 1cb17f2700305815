package org.clientcare.casework.web;

import java.util.ArrayList;
import java.util.List;

import org.clientcare.casework.CaseType;
import org.clientcare.casework.CaseTypeManagement;
import org.clientcare.casework.LimitUnit;
import org.clientcare.casework.PublishTemplate;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Permission;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case types with their current templates; administrators change limits and notices as a new version. */
@Controller
class CaseTypePages {

	private final CaseTypeManagement types;

	private final IdentityManagement identity;

	private final org.springframework.context.MessageSource messages;

	CaseTypePages(CaseTypeManagement types, IdentityManagement identity,
			org.springframework.context.MessageSource messages) {
		this.types = types;
		this.identity = identity;
		this.messages = messages;
	}

	@GetMapping("/case-types")
	String list(Model model) {
		model.addAttribute("types", types.types());
		model.addAttribute("units", LimitUnit.values());
		model.addAttribute("admin", identity.currentMay(Permission.ADMINISTER));
		return "casework/types";
	}

	@PostMapping("/case-types/{code}")
	String publish(@PathVariable CaseType code, @RequestParam String nameZh, @RequestParam String nameEn,
			@RequestParam(required = false) Integer refusalNoticeLimit,
			@RequestParam(required = false) LimitUnit refusalNoticeUnit, @RequestParam("code") List<String> codes,
			@RequestParam List<String> stageNameZh, @RequestParam List<String> stageNameEn,
			@RequestParam List<String> customerTextZh, @RequestParam List<String> customerTextEn,
			@RequestParam List<Integer> limit, @RequestParam List<LimitUnit> unit,
			@RequestParam(required = false) List<String> complexLimit,
			@RequestParam(required = false) List<String> complexUnit, @RequestParam List<Boolean> notify,
			RedirectAttributes redirect) {
		List<PublishTemplate.Stage> stages = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			String complex = at(complexLimit, i);
			String complexIn = at(complexUnit, i);
			stages.add(new PublishTemplate.Stage(codes.get(i), at(stageNameZh, i), at(stageNameEn, i),
					at(customerTextZh, i), at(customerTextEn, i), i < limit.size() ? limit.get(i) : null,
					i < unit.size() ? unit.get(i) : null, complex == null ? null : Integer.valueOf(complex),
					complexIn == null ? null : LimitUnit.valueOf(complexIn), i < notify.size() && notify.get(i)));
		}
		try {
			types.publish(code, new PublishTemplate(nameZh, nameEn, refusalNoticeLimit, refusalNoticeUnit, stages));
			redirect.addFlashAttribute("published", true);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words(e));
			// the refused type's limits, units and notices come back as typed, stage by stage, not as published
			java.util.Map<String, Object> typed = new java.util.HashMap<>();
			typed.put("code", code);
			typed.put("limit", limit);
			typed.put("unit", unit);
			typed.put("notify", notify);
			redirect.addFlashAttribute("typed", typed);
		}
		return "redirect:/case-types";
	}

	private static final java.util.regex.Pattern STAGE_FIELD = java.util.regex.Pattern.compile("stages\\[(\\d+)\\]\\.?(.*)");

	/**
	 * A refused template in the page's language: each field at fault with what it needs, a stage's field with the
	 * stage's number (stages[2].nameZh: stage 3, its Chinese name); a version published meanwhile says so.
	 */
	private String words(ProblemException e) {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		String other = messages.getMessage("case.error.other", null, locale);
		if (e.fieldProblems().isEmpty()) {
			return messages.getMessage(e.status() == org.springframework.http.HttpStatus.FORBIDDEN
					? "case.error.template.forbidden" : "case.error." + e.code(), null, other, locale);
		}
		return e.fieldProblems().stream().map(p -> {
			java.util.regex.Matcher stage = STAGE_FIELD.matcher(p.field());
			if (stage.matches()) {
				String field = stage.group(2).isEmpty() ? "required" : stage.group(2);
				return messages.getMessage("case.error.template.stage." + field,
						new Object[] { Integer.parseInt(stage.group(1)) + 1 }, other, locale);
			}
			return messages.getMessage("case.error.template." + p.field(), null, other, locale);
		}).distinct().collect(java.util.stream.Collectors.joining("; "));
	}

	private static String at(List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null || values.get(i).isBlank() ? null
				: values.get(i);
	}
}
