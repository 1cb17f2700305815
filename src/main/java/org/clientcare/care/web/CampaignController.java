package org.clientcare.care.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.care.Audience;
import org.clientcare.care.Campaign;
import org.clientcare.care.CampaignManagement;
import org.clientcare.care.CampaignPurpose;
import org.clientcare.care.CreateCampaign;
import org.clientcare.care.ExcludedCustomer;
import org.clientcare.care.Segment;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.notification.Channel;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The campaign endpoints of §12, and the segment builder's live count. */
@RestController
@Tag(name = "Campaigns", description = "营销/服务活动: segments, compliance approval, throttled sending")
class CampaignController {

	private final CampaignManagement campaigns;

	CampaignController(CampaignManagement campaigns) {
		this.campaigns = campaigns;
	}

	@Requires(Permission.CAMPAIGN_WRITE)
	@PostMapping("/api/v1/campaigns")
	@Operation(summary = "Draft a campaign: {id, status: DRAFT, audience, excluded: {noConsent, optedOut, coolingOff, restricted}}")
	ResponseEntity<Campaign> create(@RequestBody CampaignBody body) {
		Campaign created = campaigns.create(new CreateCampaign(body.name(), body.purpose(), body.channel(), body.segment(),
				templates(body.template()), body.sendAt()));
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id())).body(created);
	}

	@Requires(value = Permission.CAMPAIGN_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/api/v1/campaigns/{id}/submit")
	@Operation(summary = "Submit a campaign to compliance: 202 with the approval request id")
	ResponseEntity<Map<String, Object>> submit(@PathVariable long id, @RequestBody(required = false) SubmitBody body) {
		var request = campaigns.submit(id, body == null ? null : body.reason());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", request.id(), "status", request.status()));
	}

	@GetMapping("/api/v1/campaigns/{id}")
	@Operation(summary = "A campaign: {status, audience, queued, sent, failed, optedOutAfter}")
	Campaign get(@PathVariable long id) {
		return campaigns.get(id);
	}

	@GetMapping("/api/v1/campaigns")
	@Operation(summary = "The campaigns the caller sees, newest first")
	ResultPage<Campaign> list(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return campaigns.list(page, size);
	}

	@Requires({ Permission.CAMPAIGN_WRITE, Permission.APPROVE_CAMPAIGN })
	@PostMapping("/api/v1/segments/preview")
	@Operation(summary = "The audience of a segment and who is left out, by reason")
	Audience preview(@RequestBody PreviewBody body) {
		return campaigns.preview(body.segment(), body.purpose() == null ? CampaignPurpose.MARKETING : body.purpose(),
				body.channel() == null ? Channel.SMS : body.channel());
	}

	@Requires({ Permission.CAMPAIGN_WRITE, Permission.APPROVE_CAMPAIGN })
	@PostMapping("/api/v1/segments/preview/excluded")
	@Operation(summary = "Who a segment leaves out and why, by page: {content: [{id, customerNo, name, reason}], page, "
			+ "size, totalElements}; reason narrows to noConsent, optedOut, coolingOff or restricted")
	ResultPage<ExcludedCustomer> excluded(@RequestBody PreviewBody body, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return campaigns.excluded(body.segment(), body.purpose() == null ? CampaignPurpose.MARKETING : body.purpose(),
				body.channel() == null ? Channel.SMS : body.channel(), reason, page, size);
	}

	/** A text for all languages (a string), or one per language ({@code {"zh-CN": …, "en": …}}). */
	private static Map<String, String> templates(Object template) {
		if (template == null) {
			return Map.of();
		}
		if (template instanceof String text) {
			return Map.of("zh-CN", text);
		}
		if (template instanceof Map<?, ?> map) {
			Map<String, String> texts = new LinkedHashMap<>();
			map.forEach((language, text) -> {
				if (!(text instanceof String)) {
					throw InvalidInput.of("template", "invalid", "A text per language");
				}
				texts.put(String.valueOf(language), (String) text);
			});
			return texts;
		}
		throw InvalidInput.of("template", "invalid", "A text, or a text per language");
	}

	record CampaignBody(String name, CampaignPurpose purpose, Channel channel, Segment segment, Object template,
			OffsetDateTime sendAt) {
	}

	record SubmitBody(String reason) {
	}

	record PreviewBody(Segment segment, CampaignPurpose purpose, Channel channel) {
	}
}
