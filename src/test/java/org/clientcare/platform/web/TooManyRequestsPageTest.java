package org.clientcare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TooManyRequestsPageTest {

	@Test
	void aRefusedRequestLeadsBackToTheFirstPageOfItsPublicSection() {
		assertThat(TooManyRequestsPage.backTo("/public/complaints/status")).isEqualTo("/public/complaints");
		assertThat(TooManyRequestsPage.backTo("/public/cases")).isEqualTo("/public/cases");
		assertThat(TooManyRequestsPage.backTo("/public/appointments/code")).isEqualTo("/public/appointments");
		assertThat(TooManyRequestsPage.backTo("/public/assistant/inquiry/status")).isEqualTo("/public/assistant");
	}

	@Test
	void aPrivateLinksPageLeadsBackToItselfAndAnythingElseToTheComplaintForm() {
		assertThat(TooManyRequestsPage.backTo("/public/events/rsvp/abc")).isEqualTo("/public/events/rsvp/abc");
		assertThat(TooManyRequestsPage.backTo("/public/complaints/feedback/abc")).isEqualTo("/public/complaints/feedback/abc");
		assertThat(TooManyRequestsPage.backTo(null)).isEqualTo("/public/complaints");
		assertThat(TooManyRequestsPage.backTo("/public/too-many-requests")).isEqualTo("/public/complaints");
		assertThat(TooManyRequestsPage.backTo("/publicity")).isEqualTo("/public/complaints");
	}
}
