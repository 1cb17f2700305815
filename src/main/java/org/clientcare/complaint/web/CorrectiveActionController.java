package org.clientcare.complaint.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.clientcare.complaint.CorrectiveAction;
import org.clientcare.complaint.CorrectiveActionStatus;
import org.clientcare.complaint.CorrectiveActions;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.ResultPage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrective actions (改进措施) across complaints: the list within scope ({@code status}, {@code overdue=true},
 * {@code owner=me} or a username), one action, and its follow-ups ({@code note}, {@code status}).
 */
@RestController
@RequestMapping("/api/v1/corrective-actions")
class CorrectiveActionController {

	private final CorrectiveActions actions;

	CorrectiveActionController(CorrectiveActions actions) {
		this.actions = actions;
	}

	@GetMapping
	ResultPage<CorrectiveAction> list(@RequestParam(required = false) CorrectiveActionStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) @Size(max = 64) String owner,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return actions.list(status, Boolean.TRUE.equals(overdue), owner, page, size);
	}

	@GetMapping("/{id}")
	CorrectiveAction get(@PathVariable long id) {
		return actions.get(id);
	}

	@Requires(value = Permission.COMPLAINT_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/follow-up")
	CorrectiveAction followUp(@PathVariable long id, @Valid @RequestBody FollowUp body) {
		return actions.followUp(id, body.note(), body.status());
	}

	record FollowUp(@NotBlank @Size(max = 2000) String note, @Size(max = 16) String status) {
	}
}
