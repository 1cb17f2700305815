package org.clientcare.assistant.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.assistant.FaqCategory;
import org.clientcare.assistant.FaqEntry;
import org.clientcare.assistant.FaqManagement;
import org.clientcare.assistant.FaqStatus;
import org.clientcare.assistant.WriteFaqEntry;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.ResultPage;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The FAQ endpoints of §12: list, write, submit for compliance's approval; plus read one, change, retire. */
@RestController
@RequestMapping("/api/v1/faq")
@Tag(name = "FAQ", description = "常见问题知识库: entries published after compliance approval")
class FaqController {

	private final FaqManagement faq;

	FaqController(FaqManagement faq) {
		this.faq = faq;
	}

	@GetMapping
	@Operation(summary = "FAQ entries with their latest version, most recently changed first")
	ResultPage<FaqEntry> list(@RequestParam(required = false) FaqStatus status,
			@RequestParam(required = false) @Pattern(regexp = "zh-CN|en") String language,
			@RequestParam(required = false) FaqCategory category, @RequestParam(required = false) @Size(max = 100) String query,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return faq.list(status, language, category, query, page, size);
	}

	@Requires(Permission.FAQ_EDIT)
	@PostMapping
	@Operation(summary = "Write a new entry as a draft (editors)")
	ResponseEntity<FaqEntry> create(@Valid @RequestBody WriteFaqEntry body) {
		FaqEntry created = faq.create(body);
		return ResponseEntity.created(URI.create("/api/v1/faq/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "An entry with all its versions")
	FaqEntry get(@PathVariable long id) {
		return faq.get(id);
	}

	@Requires(value = Permission.FAQ_EDIT, names = Names.SCOPED_RECORD)
	@PutMapping("/{id}")
	@Operation(summary = "Change an entry: a draft is rewritten, a published one gets a new draft version")
	FaqEntry edit(@PathVariable long id, @Valid @RequestBody WriteFaqEntry body) {
		return faq.edit(id, body);
	}

	@Requires(value = Permission.FAQ_EDIT, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit the draft for compliance's approval → 202 with the approval request")
	ResponseEntity<ApprovalRequest> submit(@PathVariable long id) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(faq.submit(id));
	}

	@Requires(value = { Permission.FAQ_EDIT, Permission.APPROVE_FAQ_PUBLICATION }, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/retire")
	@Operation(summary = "Take the entry out of the assistant")
	FaqEntry retire(@PathVariable long id, @Valid @RequestBody Retire body) {
		return faq.retire(id, body.reason());
	}

	record Retire(@NotBlank @Size(max = 2000) String reason) {
	}
}
