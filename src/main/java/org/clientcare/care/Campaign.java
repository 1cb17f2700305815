package org.clientcare.care;

import java.time.Instant;
import java.util.Map;

import org.clientcare.notification.Channel;

/**
 * A campaign (营销/服务活动) as staff see it: its segment and texts per language, the audience and exclusions when it
 * was last counted, and its delivery figures from the outbox ({@code queued}: messages queued so far; {@code sent},
 * {@code failed}: as the outbox reports them; {@code optedOutAfter}: customers of the campaign who opted out of its
 * channel since).
 */
public record Campaign(long id, String name, CampaignPurpose purpose, Channel channel, Segment segment,
		Map<String, String> template, Instant sendAt, String orgUnit, CampaignStatus status, long audience,
		Audience.Excluded excluded, Long approvalId, String createdBy, Instant createdAt, Instant decidedAt,
		Instant finishedAt, long queued, long sent, long failed, long optedOutAfter) {
}
