package org.clientcare.timeline.internal;

import java.util.List;

import org.clientcare.customer.CustomerPageSection;
import org.clientcare.timeline.TimelineEntry;
import org.clientcare.timeline.TimelineManagement;

import org.springframework.stereotype.Component;

/** The latest entries of the customer's timeline at the foot of its 360 page. */
@Component
class TimelineSection implements CustomerPageSection {

	private final TimelineManagement timeline;

	TimelineSection(TimelineManagement timeline) {
		this.timeline = timeline;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public String template() {
		return "timeline/customer-section";
	}

	@Override
	public List<TimelineEntry> data(long customerId) {
		return timeline.of(customerId, 0, 30).content();
	}
}
