package org.clientcare.casework.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.casework.AgingReport;
import org.clientcare.casework.CaseManagement;
import org.clientcare.casework.CaseReports;
import org.clientcare.casework.CaseStatus;
import org.clientcare.casework.CaseType;
import org.clientcare.casework.CaseTypeManagement;
import org.clientcare.casework.CaseView;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.casework.OpenCase;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.shared.problem.ProblemException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of cases: the list, opening one, the case with its steps, the aging report and its Excel export. */
@Controller
class CasePages {

	private static final Set<OrgUnit.Kind> INVOLVED = Set.of(OrgUnit.Kind.DEPARTMENT, OrgUnit.Kind.SUB_BRANCH,
			OrgUnit.Kind.BRANCH);

	private final CaseManagement cases;

	private final CaseTypeManagement types;

	private final CaseReports reports;

	private final IdentityManagement identity;

	private final MessageSource messages;

	private final Clock clock;

	private final CustomerManagement customers;

	private final CaseWords words;

	CasePages(CaseManagement cases, CaseTypeManagement types, CaseReports reports, IdentityManagement identity,
			MessageSource messages, Clock clock, CustomerManagement customers, CaseWords words) {
		this.words = words;
		this.customers = customers;
		this.cases = cases;
		this.types = types;
		this.reports = reports;
		this.identity = identity;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cases")
	String list(@RequestParam(required = false) CaseType type, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page, Model model) {
		var result = cases.list(null, type, status, overdue, Math.max(0, Math.min(page, 100_000)), 30);
		model.addAttribute("result", result);
		model.addAttribute(RestrictedCustomers.MODEL,
				customers.restrictedAmong(result.content().stream().map(CaseView::customerId).toList()));
		model.addAttribute("type", type);
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("types", CaseType.values());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("mayHandle", cases.currentMayHandle());
		model.addAttribute("now", clock.instant());
		return "casework/list";
	}

	@GetMapping("/cases/new")
	String form(Model model) {
		model.addAttribute("types", types.types());
		model.addAttribute("units", identity.orgUnits().stream().filter(u -> INVOLVED.contains(u.kind())).toList());
		return "casework/new";
	}

	@PostMapping("/cases")
	String open(@RequestParam(required = false) Long customerId, @RequestParam(required = false) CaseType type,
			@RequestParam(defaultValue = "") String title, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(defaultValue = "false") boolean complex,
			@RequestParam(required = false) List<String> departments, Model model) {
		try {
			return "redirect:/cases/" + cases.open(new OpenCase(customerId, type, title, amount, complex, departments)).id();
		}
		catch (ProblemException e) {
			model.addAttribute("error", words.of(e));
			return typed(model, title, amount, complex, departments);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			model.addAttribute("error", messages.getMessage("case.formIncomplete", null, LocaleContextHolder.getLocale()));
			return typed(model, title, amount, complex, departments);
		}
	}

	/** The new case's form again with what was typed and chosen (the customer and type come back as parameters). */
	private String typed(Model model, String title, BigDecimal amount, boolean complex, List<String> departments) {
		model.addAttribute("typedTitle", title);
		model.addAttribute("typedAmount", amount);
		model.addAttribute("typedComplex", complex);
		model.addAttribute("typedDepartments", departments == null ? List.of() : departments);
		return form(model);
	}

	@GetMapping("/cases/{id}")
	String detail(@PathVariable long id, Model model) {
		CaseView k = cases.get(id);
		model.addAttribute("k", k);
		model.addAttribute(RestrictedCustomers.MODEL, customers.restrictedAmong(List.of(k.customerId())));
		model.addAttribute("mayHandle", cases.currentMayHandle());
		return "casework/detail";
	}

	@PostMapping("/cases/{id}/{step:advance|pause|resume|reject|checklist}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		try {
			switch (step) {
				case "advance" -> cases.advance(id, text);
				case "pause" -> cases.pause(id, text);
				case "resume" -> cases.resume(id);
				case "reject" -> cases.reject(id, text);
				default -> cases.askForDocuments(id, text == null ? List.of() : Arrays.asList(text.split("\\R")));
			}
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words.of(e));
		}
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/documents/{documentId}/received")
	String received(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
		try {
			cases.documentReceived(id, documentId);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words.of(e));
		}
		return "redirect:/cases/" + id;
	}

	@GetMapping("/cases/aging")
	String aging(Model model) {
		model.addAttribute("report", reports.aging());
		return "casework/aging";
	}

	@GetMapping("/cases/aging.xlsx")
	void agingExport(HttpServletResponse response) throws IOException {
		AgingReport report = reports.aging();
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"case-aging.xlsx\"");
		ZoneId zone = clock.getZone();
		try (OutputStream out = response.getOutputStream(); Workbook workbook = new Workbook(out, "ClientCare", "1.0")) {
			Worksheet groups = workbook.newWorksheet(text("cases.aging"));
			header(groups, "case.type", "case.stage", "cases.open", "case.overdue", "cases.maxDays");
			int r = 1;
			for (AgingReport.Group g : report.groups()) {
				groups.value(r, 0, g.typeName());
				groups.value(r, 1, g.stageName());
				groups.value(r, 2, g.open());
				groups.value(r, 3, g.overdue());
				groups.value(r, 4, g.maxDaysInStage());
				r++;
			}
			Worksheet rows = workbook.newWorksheet(text("cases.agingCases"));
			header(rows, "case.number", "case.type", "case.stage", "case.status", "case.overdue", "cases.daysInStage",
					"case.due");
			r = 1;
			for (AgingReport.Row k : report.cases()) {
				rows.value(r, 0, k.caseNo());
				rows.value(r, 1, k.typeName());
				rows.value(r, 2, k.stageName());
				rows.value(r, 3, text("case.status." + k.status()));
				rows.value(r, 4, k.overdue() ? text("case.yes") : text("case.no"));
				rows.value(r, 5, k.daysInStage());
				rows.value(r, 6, k.stageDueAt().atZone(zone).toLocalDateTime());
				rows.style(r, 6).format("yyyy-mm-dd hh:mm").set();
				r++;
			}
		}
	}

	private void header(Worksheet sheet, String... keys) {
		for (int c = 0; c < keys.length; c++) {
			sheet.value(0, c, text(keys[c]));
			sheet.style(0, c).bold().set();
		}
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
