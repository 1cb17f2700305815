package org.clientcare.customer.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.customer.Consent;
import org.clientcare.customer.ConsentPurpose;
import org.clientcare.customer.CustomerDataExport;
import org.clientcare.customer.CustomerDetail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerSearch;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerView;
import org.clientcare.customer.FinancialProfile;
import org.clientcare.customer.RegisterCustomer;
import org.clientcare.customer.RevealedPii;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.ResultPage;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer endpoints of §12. */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerController {

	private final CustomerManagement customers;

	private final CustomerDataExport exports;

	CustomerController(CustomerManagement customers, CustomerDataExport exports) {
		this.customers = customers;
		this.exports = exports;
	}

	@Requires(Permission.CUSTOMER_WRITE)
	@PostMapping
	ResponseEntity<CustomerDetail> register(@Valid @RequestBody RegisterCustomer body) {
		CustomerDetail created = customers.register(body);
		return ResponseEntity.created(URI.create("/api/v1/customers/" + created.customer().id()))
			.eTag(created.customer().etag()).body(created);
	}

	@GetMapping("/{id}")
	ResponseEntity<CustomerDetail> get(@PathVariable long id) {
		CustomerDetail detail = customers.get(id);
		return ResponseEntity.ok().eTag(detail.customer().etag()).body(detail);
	}

	/** The tiers of both schemes (SPEC §3), in any case; any other value is refused naming {@code tier}. */
	static final String TIERS = "(?i)|DIAMOND|PLATINUM|GOLD|SILVER|BRONZE|ORDINARY";

	@GetMapping
	ResultPage<CustomerView> search(@RequestParam(required = false) @Size(max = 100) String query,
			@RequestParam(required = false) @Pattern(regexp = TIERS) String tier,
			@RequestParam(required = false) @Size(max = 64) String manager,
			@RequestParam(required = false) @Size(max = 32) String orgUnit,
			@RequestParam(required = false) CustomerStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return customers.search(new CustomerSearch(query, tier, manager, orgUnit, status, false, page, size));
	}

	@Requires(value = Permission.CUSTOMER_WRITE, names = Names.CUSTOMER)
	@PatchMapping(path = "/{id}", consumes = { "application/json", "application/merge-patch+json" })
	ResponseEntity<CustomerDetail> change(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Map<String, Object> body) {
		CustomerDetail changed = customers.change(id, ifMatch, body);
		return ResponseEntity.ok().eTag(changed.customer().etag()).body(changed);
	}

	@Requires(value = Permission.CUSTOMER_WRITE, names = Names.CUSTOMER)
	@PostMapping("/{id}/closure")
	ResponseEntity<ApprovalRequest> requestClosure(@PathVariable long id, @Valid @RequestBody ClosureRequest body) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(customers.requestClosure(id, body.reason()));
	}

	@Requires(value = Permission.PII_REVEAL, names = Names.CUSTOMER)
	@PostMapping("/{id}/pii-reveal")
	RevealedPii reveal(@PathVariable long id, @Valid @RequestBody RevealRequest body) {
		return customers.reveal(id, body.reason());
	}

	/** The PIPL access request's export: one JSON document, offered as a file; needs {@code pii:reveal} and a reason. */
	@GetMapping(path = "/{id}/export", produces = "application/json")
	ResponseEntity<Map<String, Object>> export(@PathVariable long id,
			@RequestParam(required = false) @Size(max = 500) String reason) {
		Map<String, Object> document = exports.export(id, reason);
		return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"" + document.get("customerNo")
				+ "-export.json\"").body(document);
	}

	@Requires(value = Permission.CUSTOMER_WRITE, names = Names.CUSTOMER)
	@PutMapping("/{id}/financial-profile")
	FinancialProfile financialProfile(@PathVariable long id, @Valid @RequestBody ProfileRequest body) {
		return customers.saveFinancialProfile(id, body.toProfile());
	}

	@GetMapping("/{id}/consents")
	ResultPage<Consent> consents(@PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(customers.consentHistory(id), page, size);
	}

	@Requires(value = Permission.CONSENT_RECORD, names = Names.CUSTOMER)
	@PostMapping("/{id}/consents")
	List<Consent> recordConsent(@PathVariable long id, @Valid @RequestBody ConsentRequest body) {
		return customers.recordConsent(id, body.purpose(), body.granted(), body.channel());
	}

	record ClosureRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	record RevealRequest(@NotBlank @Size(min = 2, max = 500) String reason) {
	}

	record ConsentRequest(@NotNull ConsentPurpose purpose, @NotNull Boolean granted,
			@NotBlank @Pattern(regexp = "BRANCH|ONLINE|PHONE|APP|WECHAT|PAPER|OTHER") String channel) {
	}

	/** Amounts in CNY, 0 to 10^15, at most 2 decimals; a missing amount counts as 0. */
	record ProfileRequest(@Valid Assets assets, @Valid Liabilities liabilities, @Valid Income income,
			@Size(max = 5) Set<FinancialProfile.Goal> goals) {

		FinancialProfile toProfile() {
			Assets a = assets == null ? new Assets(null, null, null, null, null, null, null, null) : assets;
			Liabilities l = liabilities == null ? new Liabilities(null, null, null, null) : liabilities;
			Income i = income == null ? new Income(null, null, null) : income;
			return new FinancialProfile(
					new FinancialProfile.Assets(z(a.cash), z(a.deposits), z(a.realEstate), z(a.stocks), z(a.funds),
							z(a.wealthProducts), z(a.insurance), z(a.other)),
					new FinancialProfile.Liabilities(z(l.mortgage), z(l.carLoan), z(l.creditCard), z(l.other)),
					new FinancialProfile.Income(z(i.salary), z(i.investment), z(i.other)),
					goals == null ? Set.of() : goals, null);
		}

		private static BigDecimal z(BigDecimal amount) {
			return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2);
		}
	}

	record Assets(@Amount BigDecimal cash, @Amount BigDecimal deposits, @Amount BigDecimal realEstate,
			@Amount BigDecimal stocks, @Amount BigDecimal funds, @Amount BigDecimal wealthProducts,
			@Amount BigDecimal insurance, @Amount BigDecimal other) {
	}

	record Liabilities(@Amount BigDecimal mortgage, @Amount BigDecimal carLoan, @Amount BigDecimal creditCard,
			@Amount BigDecimal other) {
	}

	record Income(@Amount BigDecimal salary, @Amount BigDecimal investment, @Amount BigDecimal other) {
	}

	/** A money amount of the financial profile. */
	@java.lang.annotation.Target({ java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.PARAMETER,
			java.lang.annotation.ElementType.RECORD_COMPONENT, java.lang.annotation.ElementType.METHOD })
	@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
	@jakarta.validation.Constraint(validatedBy = {})
	@DecimalMin("0.00")
	@DecimalMax("999999999999999.99")
	@Digits(integer = 15, fraction = 2)
	@interface Amount {

		String message() default "An amount in CNY from 0 with at most 2 decimals";

		Class<?>[] groups() default {};

		Class<? extends jakarta.validation.Payload>[] payload() default {};
	}
}
