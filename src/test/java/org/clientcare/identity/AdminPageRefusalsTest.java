package org.clientcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user, an org unit or a case template the administrator's pages refuse reads in the page's language naming the
 * field, with what was typed kept.
 */
@IntegrationTest
class AdminPageRefusalsTest {

	@LocalServerPort
	int port;

	@Test
	void aUserWithAnUpperCaseUsernameIsRefusedInChineseNamingTheUsernameWithTheNameKept() throws Exception {
		HttpClient admin = SignedInPages.as("admin", port);

		var page = post(admin, "/admin/users?lang=zh-CN", "/admin/users", "username=Bad+Name&displayName="
				+ encode("孙丽") + "&role=ACCOUNT_MANAGER&orgUnit=SH-PD&email=&password=a-long-password");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("用户名为 2 至 64 位小写字母", "value=\"Bad Name\"", "value=\"孙丽\"")
			.doesNotContain("Lower-case letters, digits");
	}

	@Test
	void anOrgUnitWithoutAnEnglishNameIsRefusedInEnglishNamingItWithTheCodeKept() throws Exception {
		HttpClient admin = SignedInPages.as("admin", port);

		var page = post(admin, "/admin/users?lang=en", "/admin/org-units", "code=SH-NEW&nameZh=" + encode("新支行")
				+ "&nameEn=+&kind=SUB_BRANCH&parent=SH");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Give the English name (up to 100 characters).", "value=\"SH-NEW\"")
			.doesNotContain("An English name of up to 100 characters");
	}

	@Test
	void aCaseTemplateWithABlankStageNameIsRefusedInChineseNamingTheStage() throws Exception {
		HttpClient admin = SignedInPages.as("admin", port);

		var posted = post(admin, "/case-types?lang=zh-CN", "/case-types/OTHER", "nameZh=" + encode("其他业务")
				+ "&nameEn=Other&code=ACCEPT&stageNameZh=+&stageNameEn=Accept&customerTextZh=" + encode("已受理")
				+ "&customerTextEn=Accepted&limit=5&unit=WORKING_DAYS&notify=false");
		assertThat(posted.statusCode()).isEqualTo(302);
		String page = admin.send(HttpRequest.newBuilder(uri(posted.headers().firstValue("Location").orElseThrow()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();

		assertThat(page).contains("第 1 个环节：中文名称不超过 100 字，不能为空").doesNotContain("not blank");
	}

	@Test
	void aCaseTemplateWithALimitOutOfRangeIsRefusedWithTheLimitUnitAndNoticeTypedKept() throws Exception {
		HttpClient admin = SignedInPages.as("admin", port);

		var posted = post(admin, "/case-types?lang=zh-CN", "/case-types/OTHER", "nameZh=" + encode("其他业务")
				+ "&nameEn=Other&code=ACCEPT&stageNameZh=" + encode("受理") + "&stageNameEn=Accept&customerTextZh="
				+ encode("已受理") + "&customerTextEn=Accepted&limit=4000&unit=HOURS&notify=true");
		assertThat(posted.statusCode()).isEqualTo(302);
		String page = admin.send(HttpRequest.newBuilder(uri(posted.headers().firstValue("Location").orElseThrow()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
		String other = page.substring(page.indexOf("id=\"type-OTHER\""));
		other = other.substring(0, other.indexOf("</section>"));
		String firstStage = other.substring(other.indexOf("<tbody>"), other.indexOf("</tr>", other.indexOf("<tbody>")));

		assertThat(firstStage).contains("required value=\"4000\"", "<option value=\"HOURS\" selected=\"selected\">",
				"<option value=\"true\" selected=\"selected\">");
	}

	private HttpResponse<String> post(HttpClient client, String formPage, String action, String form) throws Exception {
		return SignedInPages.submit(client, port, formPage, action, form);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
	}
}
