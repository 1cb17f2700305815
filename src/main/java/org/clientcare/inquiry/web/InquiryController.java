package org.clientcare.inquiry.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.inquiry.InquiryManagement;
import org.clientcare.inquiry.InquiryStatus;
import org.clientcare.inquiry.InquiryView;
import org.clientcare.inquiry.RegisterInquiry;
import org.clientcare.shared.ResultPage;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inquiry endpoints of §12: registration, answer, list; plus reading one, assignment and conversion. */
@RestController
@RequestMapping("/api/v1/inquiries")
@Tag(name = "Inquiries", description = "咨询: questions answered within 2 working days")
class InquiryController {

	private final InquiryManagement inquiries;

	InquiryController(InquiryManagement inquiries) {
		this.inquiries = inquiries;
	}

	@Requires(value = Permission.INQUIRY_WRITE, names = Names.CUSTOMER)
	@PostMapping
	@Operation(summary = "Register an inquiry; the answer is due by the end of the 2nd working day after today")
	ResponseEntity<InquiryView> register(@Valid @RequestBody RegisterInquiry body) {
		InquiryView created = inquiries.register(body);
		return ResponseEntity.created(URI.create("/api/v1/inquiries/" + created.id())).body(created);
	}

	@GetMapping
	@Operation(summary = "Inquiries within the caller's scope, soonest due first")
	ResultPage<InquiryView> list(@RequestParam(required = false) InquiryStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) @Min(1) Long customerId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return inquiries.list(status, overdue, customerId, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One inquiry with its timeline")
	InquiryView get(@PathVariable long id) {
		return inquiries.get(id);
	}

	@Requires(value = Permission.INQUIRY_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/answer")
	@Operation(summary = "Answer the inquiry (409 when it is answered or converted already)")
	InquiryView answer(@PathVariable long id, @Valid @RequestBody Answer body) {
		return inquiries.answer(id, body.answer());
	}

	@Requires(value = Permission.INQUIRY_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/assign")
	@Operation(summary = "Give the inquiry to a staff member")
	InquiryView assign(@PathVariable long id, @Valid @RequestBody Assign body) {
		return inquiries.assign(id, body.assignee());
	}

	@Requires(value = Permission.INQUIRY_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/complaint")
	@Operation(summary = "Turn the inquiry into a complaint (首问负责制); answers the inquiry with its complaintId")
	ResponseEntity<InquiryView> convert(@PathVariable long id, @Valid @RequestBody Convert body) {
		InquiryView converted = inquiries.convertToComplaint(id, body.category());
		return ResponseEntity.created(URI.create("/api/v1/complaints/" + converted.complaintId())).body(converted);
	}

	record Answer(@NotBlank @Size(max = 10_000) String answer) {
	}

	record Assign(@NotBlank @Size(max = 64) String assignee) {
	}

	record Convert(@NotBlank @Size(max = 32) String category) {
	}
}
