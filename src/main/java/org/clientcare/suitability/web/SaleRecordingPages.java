package org.clientcare.suitability.web;

import org.clientcare.product.ProductNames;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.suitability.SaleRecording;
import org.clientcare.suitability.SaleRecordings;
import org.clientcare.suitability.SuitabilityAlerts;
import org.clientcare.transaction.SaleRecordingReference;
import org.clientcare.transaction.TransactionIntake;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dual recordings (双录) of sales: compliance's queue of missing recordings and of those sampled for a quality
 * check, and one sale's page where staff give the recording's reference and compliance records its finding.
 */
@Controller
class SaleRecordingPages {

	private static final int PAGE_SIZE = 50;

	private final SaleRecordings recordings;

	private final SuitabilityAlerts alerts;

	private final org.clientcare.customer.CustomerManagement customers;

	private final ProductNames productNames;

	private final TransactionIntake transactions;

	SaleRecordingPages(SaleRecordings recordings, SuitabilityAlerts alerts,
			org.clientcare.customer.CustomerManagement customers, ProductNames productNames,
			TransactionIntake transactions) {
		this.transactions = transactions;
		this.customers = customers;
		this.productNames = productNames;
		this.recordings = recordings;
		this.alerts = alerts;
	}

	@GetMapping("/suitability/recordings")
	String list(@RequestParam(required = false) SaleRecording.Status status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		SaleRecording.Status shown = status == null ? SaleRecording.Status.AWAITING_CHECK : status;
		model.addAttribute("status", shown);
		model.addAttribute("statuses", SaleRecording.Status.values());
		var result = recordings.list(shown, Math.max(0, Math.min(page, 100_000)), PAGE_SIZE);
		model.addAttribute("result", result);
		var ids = result.content().stream().map(SaleRecording::customerId).toList();
		model.addAttribute(org.clientcare.customer.RestrictedCustomers.MODEL, customers.restrictedAmong(ids));
		model.addAttribute("customerNos", customers.customerNosOf(ids));
		model.addAttribute("productNames", productNames.in(LocaleContextHolder.getLocale()));
		model.addAttribute("externalIds",
				transactions.externalIdsOf(result.content().stream().map(SaleRecording::transactionId).toList()));
		return "suitability/recordings";
	}

	@GetMapping("/suitability/recordings/{transactionId}")
	String one(@PathVariable long transactionId, Model model) {
		var recording = recordings.of(transactionId);
		model.addAttribute("r", recording);
		model.addAttribute(org.clientcare.customer.RestrictedCustomers.MODEL,
				customers.restrictedAmong(java.util.Collections.singletonList(recording.customerId())));
		model.addAttribute("customerNo", customers.customerNoOf(recording.customerId()));
		model.addAttribute("productNames", productNames.in(LocaleContextHolder.getLocale()));
		model.addAttribute("externalId",
				transactions.externalIdsOf(java.util.List.of(recording.transactionId())).get(recording.transactionId()));
		model.addAttribute("mayReference", recordings.mayReference());
		model.addAttribute("mayCheck", alerts.mayOversee());
		return "suitability/recording";
	}

	@PostMapping("/suitability/recordings/{transactionId}/reference")
	String reference(@PathVariable long transactionId, @RequestParam(defaultValue = "") String recordingId,
			@RequestParam(defaultValue = "") String hash, @RequestParam(required = false) Integer durationSeconds,
			@RequestParam(required = false) String checkedBy, RedirectAttributes redirect) {
		try {
			recordings.reference(transactionId, new SaleRecordingReference(recordingId, hash, durationSeconds, checkedBy));
			redirect.addFlashAttribute("saved", "recordings.referenced");
		}
		catch (InvalidInput | Conflict e) {
			redirect.addFlashAttribute("error", "recordings.referenceError");
		}
		return "redirect:/suitability/recordings/" + transactionId;
	}

	@PostMapping("/suitability/recordings/{transactionId}/quality-check")
	String qualityCheck(@PathVariable long transactionId, @RequestParam boolean passed,
			@RequestParam(defaultValue = "") String finding, RedirectAttributes redirect) {
		try {
			recordings.qualityCheck(transactionId, passed, finding);
			redirect.addFlashAttribute("saved", "recordings.checked");
		}
		catch (InvalidInput | Conflict e) {
			redirect.addFlashAttribute("error", "recordings.checkError");
		}
		return "redirect:/suitability/recordings/" + transactionId;
	}
}
