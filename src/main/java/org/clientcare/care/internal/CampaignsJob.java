package org.clientcare.care.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientcare.care.CampaignPurpose;
import org.clientcare.care.CampaignStatus;
import org.clientcare.care.CareSettings;
import org.clientcare.care.EventManagement;
import org.clientcare.customer.CustomerContact;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.NotificationSettings;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.platform.PublicAddress;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.jobs.Job;
import org.clientcare.shared.links.CustomerLinks;

import org.springframework.stereotype.Component;

/**
 * The {@code campaigns} job: sends approved campaigns whose time has come, never between the end and the start of the
 * send window (quiet hours, 21:00–08:00 by default), at most {@code campaign-batch} messages per campaign and run
 * (throttling), each customer once; a campaign with no one left to reach is {@code SENT}. Nothing of a campaign not
 * approved is ever queued. It also reminds the guests of tomorrow's events ({@link EventManagement#remind}).
 */
@Component
public class CampaignsJob implements Job {

	public static final String NAME = "campaigns";

	private final Campaigns campaigns;

	private final EventManagement events;

	private final Segments segments;

	private final SegmentResolver resolver;

	private final CareProfiles profiles;

	private final CustomerManagement customers;

	private final NotificationManagement notifications;

	private final NotificationSettings notificationSettings;

	private final PublicAddress address;

	private final CareSettings settings;

	private final PlatformSettings platform;

	private final Clock clock;

	CampaignsJob(Campaigns campaigns, EventManagement events, Segments segments, SegmentResolver resolver, CareProfiles profiles,
			CustomerManagement customers, NotificationManagement notifications, NotificationSettings notificationSettings,
			PublicAddress address, CareSettings settings, PlatformSettings platform, Clock clock) {
		this.campaigns = campaigns;
		this.events = events;
		this.segments = segments;
		this.resolver = resolver;
		this.profiles = profiles;
		this.customers = customers;
		this.notifications = notifications;
		this.notificationSettings = notificationSettings;
		this.address = address;
		this.settings = settings;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Map<String, Object> run() {
		Instant now = clock.instant();
		Map<String, Object> result = new LinkedHashMap<>();
		if (quiet(now)) {
			result.put("quietHours", true);
			result.put("queued", 0);
			return result;
		}
		int[] sent = sendDue(now);
		result.put("queued", sent[0]);
		result.put("finished", sent[1]);
		result.put("eventReminders", events.remind());
		return result;
	}

	/** Sends what is due at {@code now}, one throttled batch per campaign: answers {queued, finished}. */
	int[] sendDue(Instant now) {
		int queued = 0;
		int finished = 0;
		for (Campaigns.Row campaign : campaigns.due(now)) {
			if (campaign.status() == CampaignStatus.APPROVED) {
				campaigns.move(campaign.id(), CampaignStatus.APPROVED, CampaignStatus.SENDING, now);
			}
			boolean marketing = campaign.purpose() == CampaignPurpose.MARKETING;
			List<Long> reached = segments.take(campaign.id(), resolver.resolve(campaign.segment(), campaign.orgUnitId()),
					marketing, campaign.channel(), now, settings.campaignBatch());
			queued += send(campaign, reached, now);
			if (reached.size() < settings.campaignBatch()) {
				campaigns.move(campaign.id(), CampaignStatus.SENDING, CampaignStatus.SENT, now);
				finished++;
			}
		}
		return new int[] { queued, finished };
	}

	/** Whether {@code now} lies in quiet hours in the institution's zone. */
	boolean quiet(Instant now) {
		LocalTime time = LocalTime.ofInstant(now, platform.zone());
		LocalTime start = notificationSettings.quietHoursStart();
		LocalTime end = notificationSettings.quietHoursEnd();
		return start.isAfter(end) ? !time.isBefore(start) || time.isBefore(end) : !time.isBefore(start) && time.isBefore(end);
	}

	private int send(Campaigns.Row campaign, List<Long> reached, Instant now) {
		if (reached.isEmpty()) {
			return 0;
		}
		boolean marketing = campaign.purpose() == CampaignPurpose.MARKETING;
		Map<CustomerId, CustomerContact> contacts = customers.contacts(reached.stream().map(CustomerId::new).toList());
		Map<Long, String> languages = segments.languages(reached);
		List<OutgoingMessage> outgoing = new ArrayList<>();
		List<Long> unaddressed = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		List<Long> linkCustomers = new ArrayList<>();
		List<String> linkChannels = new ArrayList<>();
		for (Long customer : reached) {
			CustomerContact contact = contacts.get(new CustomerId(customer));
			String to = contact == null ? null : switch (campaign.channel()) {
				case SMS -> contact.phone();
				case EMAIL -> contact.email();
				case WECHAT -> null;
			};
			if (to == null || to.isBlank()) {
				unaddressed.add(customer);
				continue;
			}
			String language = languages.getOrDefault(customer, "zh-CN");
			String text = campaign.templates().getOrDefault(language, campaign.templates().get("zh-CN"));
			if (text == null) {
				text = campaign.templates().values().iterator().next();
			}
			OutgoingMessage message = new OutgoingMessage("care-campaign:" + campaign.id() + ":" + customer,
					campaign.channel(), to, marketing ? "care-campaign" : "care-campaign-service",
					Locale.forLanguageTag(language), Map.of("title", campaign.name(), "text", text),
					marketing ? Purpose.MARKETING : Purpose.SERVICE, new CustomerId(customer));
			if (marketing) {
				String token = CustomerLinks.newToken();
				hashes.add(CustomerLinks.hash(token));
				linkCustomers.add(customer);
				linkChannels.add(campaign.channel().name());
				message = message.withSecret("unsubscribeUrl", address.link("/public/unsubscribe/" + token));
			}
			outgoing.add(message);
		}
		segments.unaddressed(campaign.id(), unaddressed);
		if (!hashes.isEmpty()) {
			profiles.addLinks(hashes, linkCustomers, linkChannels, now);
		}
		if (!outgoing.isEmpty()) {
			notifications.sendAll(outgoing);
		}
		return outgoing.size();
	}
}
