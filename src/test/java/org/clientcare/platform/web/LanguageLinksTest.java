package org.clientcare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageLinksTest {

	@Test
	void aStatusLookedUpByNumberAndMobileKeepsBothAndOnlyTheLanguageChanges() {
		assertThat(LanguageLinks.to("no=TS20261206000001&mobile=13800138000&lang=zh-CN", "en"))
			.isEqualTo("?no=TS20261206000001&mobile=13800138000&lang=en");
	}

	@Test
	void aPageWithoutAQueryGetsOnlyTheLanguageRelativeToItsOwnPath() {
		assertThat(LanguageLinks.to(null, "zh-CN")).isEqualTo("?lang=zh-CN");
		assertThat(LanguageLinks.to("lang=en", "zh-CN")).isEqualTo("?lang=zh-CN");
	}

	@Test
	void encodedValuesStayAsTheBrowserSentThem() {
		assertThat(LanguageLinks.to("q=%E7%90%86%E8%B4%A2&lang&page=2", "en"))
			.isEqualTo("?q=%E7%90%86%E8%B4%A2&page=2&lang=en");
	}

	@Test
	void aPageAnsweringAFormSwitchesToThePageThatShowsItsResultWithThatPagesQuery() {
		assertThat(new LanguageLinks().toPath("/public/appointments/manage/abc", "en"))
			.isEqualTo("/public/appointments/manage/abc?lang=en");
		assertThat(new LanguageLinks().toPath("/public/appointments?orgUnit=SH-PD&date=2026-02-27", "zh-CN"))
			.isEqualTo("/public/appointments?orgUnit=SH-PD&date=2026-02-27&lang=zh-CN");
	}
}
