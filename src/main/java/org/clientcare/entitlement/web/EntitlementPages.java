package org.clientcare.entitlement.web;

import org.clientcare.entitlement.EntitlementManagement;
import org.clientcare.entitlement.EntitlementUse;
import org.clientcare.entitlement.UseStatus;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The form of the 360 page's entitlement section: record a use, back to the section with what became of it. */
@Controller
class EntitlementPages {

	private final EntitlementManagement entitlements;

	EntitlementPages(EntitlementManagement entitlements) {
		this.entitlements = entitlements;
	}

	@PostMapping("/customers/{id}/entitlements/{code}/uses")
	String use(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String note) {
		try {
			EntitlementUse use = entitlements.recordUse(new CustomerId(id), code, note);
			return "redirect:/customers/" + id + (use.status() == UseStatus.RECORDED ? "?entitlementUsed=" + code
					: "?entitlementPending=" + use.approvalId()) + "#entitlements";
		}
		catch (InvalidInput e) {
			return "redirect:/customers/" + id + "?entitlementError=" + e.fieldProblems().get(0).field() + "#entitlements";
		}
		catch (Conflict e) {
			return "redirect:/customers/" + id + "?entitlementError=not-entitled#entitlements";
		}
	}
}
