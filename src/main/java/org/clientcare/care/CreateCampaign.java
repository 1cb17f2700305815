package org.clientcare.care;

import java.time.OffsetDateTime;
import java.util.Map;

import org.clientcare.notification.Channel;

/**
 * A new campaign (SPEC §12 {@code POST /api/v1/campaigns}): {@code template} the text per language ({@code zh-CN},
 * {@code en}; a customer gets the text of its language, else the Chinese one), {@code sendAt} the earliest time to send
 * (none: as soon as it is approved).
 */
public record CreateCampaign(String name, CampaignPurpose purpose, Channel channel, Segment segment,
		Map<String, String> template, OffsetDateTime sendAt) {
}
