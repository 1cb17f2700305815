package org.clientcare.care.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.care.CampaignManagement;
import org.clientcare.care.CampaignPurpose;
import org.clientcare.care.CreateCampaign;
import org.clientcare.care.ExcludedCustomer;
import org.clientcare.care.Segment;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.notification.Channel;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.problem.ProblemException;
import org.clientcare.tiering.Tier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The campaign pages: the list, the segment builder with its live count, one campaign and its submission. */
@Controller
class CampaignPages {

	/** How many left-out customers the builder lists at a time. */
	static final int EXCLUDED_PAGE = 20;

	private final CampaignManagement campaigns;

	private final PlatformSettings platform;

	private final Clock clock;

	private final MessageSource messages;

	CampaignPages(CampaignManagement campaigns, PlatformSettings platform, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.campaigns = campaigns;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping("/care/campaigns")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", campaigns.list(Math.max(0, Math.min(page, 100_000)), 30));
		model.addAttribute("mayWrite", campaigns.mayWrite());
		return "care/campaigns";
	}

	@GetMapping("/care/campaigns/new")
	String form(Model model) {
		options(model);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CampaignForm());
		}
		return "care/campaign-new";
	}

	@PostMapping("/care/campaigns/preview")
	String preview(@ModelAttribute("form") CampaignForm form, Model model) {
		try {
			model.addAttribute("audience", campaigns.preview(form.segment(), form.getPurpose(), form.getChannel()));
			String reason = ExcludedCustomer.REASONS.stream().filter(r -> r.equals(form.getExcludedReason())).findFirst()
				.orElse(null);
			model.addAttribute("left", campaigns.excluded(form.segment(), form.getPurpose(), form.getChannel(), reason,
					Math.max(0, Math.min(form.getExcludedPage(), 100_000)), EXCLUDED_PAGE));
			model.addAttribute("reasons", ExcludedCustomer.REASONS);
		}
		catch (ProblemException e) {
			model.addAttribute("error", words(e));
		}
		return "care/campaign-new :: audience";
	}

	@PostMapping("/care/campaigns")
	String create(@ModelAttribute("form") CampaignForm form, Model model) {
		try {
			Map<String, String> texts = new LinkedHashMap<>();
			if (form.getTextZh() != null && !form.getTextZh().isBlank()) {
				texts.put("zh-CN", form.getTextZh());
			}
			if (form.getTextEn() != null && !form.getTextEn().isBlank()) {
				texts.put("en", form.getTextEn());
			}
			var created = campaigns.create(new CreateCampaign(form.getName(), form.getPurpose(), form.getChannel(), form.segment(), texts,
					form.getSendAt() == null ? null : form.getSendAt().atZone(platform.zone()).toOffsetDateTime()));
			return "redirect:/care/campaigns/" + created.id();
		}
		catch (ProblemException e) {
			model.addAttribute("error", words(e));
			return form(model);
		}
	}

	@GetMapping("/care/campaigns/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("campaign", campaigns.get(id));
		model.addAttribute("mayWrite", campaigns.mayWrite());
		return "care/campaign";
	}

	@PostMapping("/care/campaigns/{id}/submit")
	String submit(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			campaigns.submit(id, reason);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words(e));
		}
		return "redirect:/care/campaigns/" + id;
	}

	/** A refusal in the page's language: what each field at fault needs, or that nothing was saved. */
	private String words(ProblemException e) {
		java.util.Locale locale = LocaleContextHolder.getLocale();
		String other = messages.getMessage("campaign.error.other", null, locale);
		if (e.fieldProblems().isEmpty()) {
			return messages.getMessage("campaign.error." + e.code(), null, other, locale);
		}
		return e.fieldProblems().stream()
			.map(p -> messages.getMessage("campaign.error." + p.field(), null, other, locale)).distinct()
			.collect(java.util.stream.Collectors.joining(" "));
	}

	private void options(Model model) {
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("customerTypes", CustomerType.values());
		model.addAttribute("statuses", Arrays.stream(CustomerStatus.values()).filter(s -> s != CustomerStatus.CLOSED).toList());
		model.addAttribute("riskLevels", List.of("C1", "C2", "C3", "C4", "C5"));
		model.addAttribute("months", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
		model.addAttribute("purposes", CampaignPurpose.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("choices", campaigns.segmentChoices(LocaleContextHolder.getLocale()));
		model.addAttribute("now", LocalDateTime.now(clock.withZone(platform.zone())).withSecond(0).withNano(0));
	}

	/** The builder's form. */
	static class CampaignForm {

		private String name;

		private CampaignPurpose purpose = CampaignPurpose.MARKETING;

		private Channel channel = Channel.SMS;

		private List<String> tiers;

		private List<String> riskLevels;

		private List<String> orgUnits;

		private List<String> managers;

		private List<String> customerTypes;

		private List<String> productCodes;

		private List<Integer> birthMonths;

		private List<String> statuses;

		private String excludedReason;

		private int excludedPage;

		private String textZh;

		private String textEn;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		private LocalDateTime sendAt;

		Segment segment() {
			return new Segment(tiers, riskLevels, orgUnits, managers, customerTypes, productCodes, birthMonths, statuses);
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public CampaignPurpose getPurpose() { return purpose; }
		public void setPurpose(CampaignPurpose purpose) { this.purpose = purpose; }
		public Channel getChannel() { return channel; }
		public void setChannel(Channel channel) { this.channel = channel; }
		public List<String> getTiers() { return tiers; }
		public void setTiers(List<String> tiers) { this.tiers = tiers; }
		public List<String> getRiskLevels() { return riskLevels; }
		public void setRiskLevels(List<String> riskLevels) { this.riskLevels = riskLevels; }
		public List<String> getOrgUnits() { return orgUnits; }
		public void setOrgUnits(List<String> orgUnits) { this.orgUnits = orgUnits; }
		public List<String> getManagers() { return managers; }
		public void setManagers(List<String> managers) { this.managers = managers; }
		public List<String> getCustomerTypes() { return customerTypes; }
		public void setCustomerTypes(List<String> customerTypes) { this.customerTypes = customerTypes; }
		public List<String> getProductCodes() { return productCodes; }
		public void setProductCodes(List<String> productCodes) { this.productCodes = productCodes; }
		public List<Integer> getBirthMonths() { return birthMonths; }
		public void setBirthMonths(List<Integer> birthMonths) { this.birthMonths = birthMonths; }
		public List<String> getStatuses() { return statuses; }
		public void setStatuses(List<String> statuses) { this.statuses = statuses; }
		public String getExcludedReason() { return excludedReason; }
		public void setExcludedReason(String excludedReason) { this.excludedReason = excludedReason; }
		public int getExcludedPage() { return excludedPage; }
		public void setExcludedPage(int excludedPage) { this.excludedPage = excludedPage; }
		public String getTextZh() { return textZh; }
		public void setTextZh(String textZh) { this.textZh = textZh; }
		public String getTextEn() { return textEn; }
		public void setTextEn(String textEn) { this.textEn = textEn; }
		public LocalDateTime getSendAt() { return sendAt; }
		public void setSendAt(LocalDateTime sendAt) { this.sendAt = sendAt; }
	}
}
