package org.clientcare.customer.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.clientcare.customer.CustomerDataExport;
import org.clientcare.customer.CustomerDetail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerPageSection;
import org.clientcare.customer.CustomerSearch;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.customer.DocumentAlreadyRegistered;
import org.clientcare.customer.IdType;
import org.clientcare.customer.RegisterCustomer;
import org.clientcare.identity.DataScope;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Customer pages: search and list, the registration form, the 360 page and PII reveal. */
@Controller
class CustomerPages {

	private static final int PAGE_SIZE = 20;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final Validator validator;

	private final ObjectProvider<CustomerPageSection> sections;

	private final CustomerDataExport exports;

	CustomerPages(CustomerManagement customers, IdentityManagement identity, Validator validator,
			ObjectProvider<CustomerPageSection> sections, CustomerDataExport exports) {
		this.customers = customers;
		this.exports = exports;
		this.identity = identity;
		this.validator = validator;
		this.sections = sections;
	}

	/** The tiers the list filters on, highest first (the tiers of both schemes, SPEC §3). */
	static final List<String> TIERS = List.of("DIAMOND", "PLATINUM", "GOLD", "SILVER", "BRONZE", "ORDINARY");

	/**
	 * The customer list within the user's scope, filtered as the API's search is: by name, mobile number or ID number,
	 * status, tier, org unit and account manager (the last two offered only where the scope holds more than one). A
	 * filter the user cannot have chosen (an unknown tier, a unit or manager outside the scope) finds what the scope
	 * allows, never more.
	 */
	@GetMapping("/customers")
	String list(@RequestParam(required = false) String query, @RequestParam(required = false) CustomerStatus status,
			@RequestParam(required = false) String tier, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) String manager,
			@RequestParam(defaultValue = "false") boolean unassigned, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String trimmed = query == null ? null : query.strip();
		if (trimmed != null && trimmed.length() > 100) {
			trimmed = trimmed.substring(0, 100);
		}
		String tierShown = tier == null ? null : TIERS.stream().filter(tier::equalsIgnoreCase).findFirst().orElse(null);
		List<OrgUnit> units = identity.orgUnits();
		List<OrgUnit> unitsInScope = unitsInScope(units);
		List<ManagerChoice> managersInScope = managersToChoose(units);
		String unitShown = unitsInScope.stream().map(OrgUnit::code).filter(code -> code.equals(orgUnit)).findFirst()
			.orElse(null);
		String managerShown = managersInScope.stream().map(ManagerChoice::username).filter(name -> name.equals(manager))
			.findFirst().orElse(null);
		int current = Math.max(0, Math.min(page, 1_000_000));
		model.addAttribute("result", customers.search(new CustomerSearch(trimmed, tierShown, managerShown, unitShown, status,
				unassigned, current, PAGE_SIZE)));
		model.addAttribute("query", trimmed);
		model.addAttribute("status", status);
		model.addAttribute("tier", tierShown);
		model.addAttribute("orgUnit", unitShown);
		model.addAttribute("manager", managerShown);
		model.addAttribute("unassigned", unassigned);
		model.addAttribute("statuses", CustomerStatus.values());
		model.addAttribute("tiers", TIERS);
		model.addAttribute("units", unitsInScope.size() > 1 ? unitsInScope : List.of());
		model.addAttribute("managers", managersInScope.size() > 1 && !unassigned ? managersInScope : List.of());
		return htmx != null ? "customer/list :: results" : "customer/list";
	}

	/** The branches and sub-branches of the user's scope: all of them, those of the user's subtree, or none. */
	private List<OrgUnit> unitsInScope(List<OrgUnit> units) {
		DataScope scope = identity.currentScope();
		return units.stream()
			.filter(u -> u.kind() != OrgUnit.Kind.DEPARTMENT)
			.filter(u -> switch (scope.reach()) {
				case ALL -> true;
				case SUBTREE -> scope.orgUnitIds().contains(u.id());
				case OWN, DEPARTMENT, NONE -> false;
			})
			.toList();
	}

	@GetMapping("/customers/new")
	String form(Model model) {
		return form(new RegistrationForm(), model);
	}

	@PostMapping("/customers")
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model) {
		RegisterCustomer command = form.toCommand(errors);
		if (command != null) {
			validator.validate(command).forEach(violation ->
					errors.rejectValue(violation.getPropertyPath().toString(), "error.invalid", violation.getMessage()));
		}
		if (errors.hasErrors()) {
			return form(form, model);
		}
		try {
			CustomerDetail created = customers.register(command);
			return "redirect:/customers/" + created.customer().id() + "?registered";
		}
		catch (InvalidInput e) {
			for (FieldProblem problem : e.fieldProblems()) {
				errors.rejectValue(problem.field(), "error." + problem.code(), problem.message());
			}
		}
		catch (DocumentAlreadyRegistered e) {
			errors.rejectValue("idNumber", "error.document-registered", e.getMessage());
			model.addAttribute("existing", e.properties().get("existingCustomerId"));
		}
		return form(form, model);
	}

	@GetMapping("/customers/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("c", customers.get(id));
		model.addAttribute("mayChange", identity.currentMay(org.clientcare.identity.Permission.CUSTOMER_WRITE));
		model.addAttribute("bankBranches", org.clientcare.customer.BankBranch.values());
		model.addAttribute("sections", sections.orderedStream()
			.sorted(java.util.Comparator.comparingInt(CustomerPageSection::order))
			.map(section -> new Section(section.template(), section.data(id))).toList());
		return "customer/detail";
	}

	/**
	 * The corporate standing the corporate tiering scheme counts (the same change as {@code PATCH} with the version the
	 * page showed); the tier follows at once when the customer has figures.
	 */
	@PostMapping("/customers/{id}/standing")
	String changeStanding(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean fortuneGlobal500,
			@RequestParam(defaultValue = "false") boolean chinaTop500,
			@RequestParam(defaultValue = "") String bankBranch) {
		Map<String, Object> changes = new java.util.LinkedHashMap<>();
		changes.put("fortuneGlobal500", fortuneGlobal500);
		changes.put("chinaTop500", chinaTop500);
		changes.put("bankBranch", bankBranch.isBlank() ? null : bankBranch.strip());
		try {
			customers.change(id, "\"" + version + "\"", changes);
			return "redirect:/customers/" + id + "?standingSaved#standing";
		}
		catch (InvalidInput e) {
			return "redirect:/customers/" + id + "?standingError=" + e.fieldProblems().get(0).field() + "#standing";
		}
		catch (org.clientcare.shared.problem.StaleVersion e) {
			return "redirect:/customers/" + id + "?standingStale#standing";
		}
	}

	@PostMapping("/customers/{id}/reveal")
	String reveal(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model) {
		try {
			model.addAttribute("revealed", customers.reveal(id, reason));
		}
		catch (InvalidInput e) {
			model.addAttribute("revealError", true);
		}
		model.addAttribute("customerId", id);
		return "customer/detail :: pii";
	}

	/** The customer's data export as a file (the 360 page's download); without a reason, back to the page. */
	@GetMapping("/customers/{id}/export")
	ResponseEntity<?> export(@PathVariable long id, @RequestParam(defaultValue = "") String reason) {
		try {
			Map<String, Object> document = exports.export(id, reason.length() > 500 ? reason.substring(0, 500) : reason);
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
				.header("Content-Disposition", "attachment; filename=\"" + document.get("customerNo") + "-export.json\"")
				.body(document);
		}
		catch (InvalidInput e) {
			return ResponseEntity.status(303).location(java.net.URI.create("/customers/" + id + "?exportReasonMissing")).build();
		}
	}

	/**
	 * The account managers the user may give a new customer to, named with their unit: all of them for head-office
	 * roles, those of the user's subtree for a branch manager, and only the user for an account manager.
	 */
	private List<ManagerChoice> managersToChoose(List<OrgUnit> units) {
		DataScope scope = identity.currentScope();
		Map<Long, OrgUnit> byId = units.stream().collect(Collectors.toMap(OrgUnit::id, u -> u));
		return identity.usersWithRole(Role.ACCOUNT_MANAGER).stream()
			.filter(StaffUser::enabled)
			.filter(m -> switch (scope.reach()) {
				case ALL -> true;
				case SUBTREE -> scope.orgUnitIds().contains(m.orgUnitId());
				case OWN -> java.util.Objects.equals(scope.userId(), m.id());
				case DEPARTMENT, NONE -> false;
			})
			.map(m -> new ManagerChoice(m.username(), m.displayName(), byId.get(m.orgUnitId())))
			.toList();
	}

	/**
	 * The units the user may register a customer in (the rule of {@code Registrations}): every branch and sub-branch
	 * for an administrator, those of the user's own subtree for everyone else, so that the form offers no unit the
	 * registration would refuse.
	 */
	private List<OrgUnit> unitsToRegisterIn(List<OrgUnit> units) {
		boolean everywhere = identity.currentMay(Permission.ADMINISTER);
		Set<Long> subtree = everywhere ? Set.of() : identity.subtree(CurrentActor.get().orgUnitId());
		return units.stream()
			.filter(u -> u.kind() != OrgUnit.Kind.DEPARTMENT)
			.filter(u -> everywhere || subtree.contains(u.id()))
			.toList();
	}

	/** An account manager offered on the registration form. */
	record ManagerChoice(String username, String displayName, OrgUnit unit) {
	}

	/** A rendered section of the 360 page. */
	record Section(String template, Object data) {
	}

	private String form(RegistrationForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("types", CustomerType.values());
		model.addAttribute("idTypes", IdType.values());
		List<OrgUnit> units = identity.orgUnits();
		List<OrgUnit> offered = unitsToRegisterIn(units);
		if (form.getOrgUnit() == null) {
			Long own = CurrentActor.get().orgUnitId();
			offered.stream().filter(u -> own != null && u.id() == own).findFirst().ifPresent(u -> form.setOrgUnit(u.code()));
		}
		model.addAttribute("units", offered);
		List<ManagerChoice> managers = managersToChoose(units);
		if (form.getManagerUsername() == null && identity.currentScope().reach() == DataScope.Reach.OWN
				&& managers.size() == 1) {
			form.setManagerUsername(managers.get(0).username());
		}
		model.addAttribute("managers", managers);
		return "customer/register";
	}
}
