package org.clientcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Compliance sees everything read-only (SPEC §1), the configuration too: the users, the customer imports, the tiering
 * settings and the PII key rotation's progress, in the API and on the pages, which show it no form to change them;
 * every change stays the administrators'.
 */
@IntegrationTest
class ComplianceReadsTheConfigurationTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void complianceReadsTheUsersButCreatesAndUnlocksNone() {
		var users = api.as("chen.compliance").get("/api/v1/users?size=500");

		assertThat(users.status()).as(users.text()).isEqualTo(200);
		assertThat(users.body().get("content").valueStream().map(u -> u.get("user").get("username").asString()))
			.contains("admin", "chen.compliance");
		assertThat(api.as("chen.compliance").post("/api/v1/users", Api.json("username", "never.made", "displayName", "无",
				"role", "ADMIN", "orgUnit", "HQ", "password", "a-long-password")).status()).isEqualTo(403);
		assertThat(api.as("chen.compliance").post("/api/v1/users/li.rm/unlock", null).status()).isEqualTo(403);
		assertThat(api.as("zhang.rm").get("/api/v1/users").status()).isEqualTo(403);
	}

	@Test
	void complianceReadsAnImportAndItsRejectedRowsButUploadsNone() {
		var listed = api.as("admin").upload("/api/v1/imports/customers", "file", "compliance-reads.csv",
				org.clientcare.customer.CustomerImportFile.header() + "\n");
		assertThat(listed.status()).as(listed.text()).isEqualTo(202);
		long id = listed.body().get("importId").asLong();

		var status = api.as("chen.compliance").get("/api/v1/imports/" + id);
		var errors = api.as("chen.compliance").get("/api/v1/imports/" + id + "/errors.csv");

		assertThat(status.status()).as(status.text()).isEqualTo(200);
		assertThat(status.body().get("id").asLong()).isEqualTo(id);
		assertThat(errors.status()).isEqualTo(200);
		assertThat(errors.text()).startsWith("line,field,code,message");
		assertThat(api.as("chen.compliance").upload("/api/v1/imports/customers", "file", "c.csv", "name\n").status())
			.isEqualTo(403);
		assertThat(api.as("zhao.manager").get("/api/v1/imports/" + id).status()).isEqualTo(403);
	}

	@Test
	void complianceReadsTheTieringSettingsButChangesThemNot() {
		var settings = api.as("chen.compliance").get("/api/v1/tiering/settings");

		assertThat(settings.status()).as(settings.text()).isEqualTo(200);
		assertThat(settings.body().has("retailDiamondAum")).isTrue();
		assertThat(api.as("chen.compliance").put("/api/v1/tiering/settings?reason=no", settings.body()).status())
			.isEqualTo(403);
	}

	@Test
	void complianceReadsTheKeyRotationsProgressButRunsNoJob() {
		var rotation = api.as("chen.compliance").get("/api/v1/pii-key-rotation");

		assertThat(rotation.status()).as(rotation.text()).isEqualTo(200);
		assertThat(rotation.body().has("target")).isTrue();
		assertThat(api.as("chen.compliance").post("/api/v1/jobs/key-rotation/run", null).status()).isEqualTo(403);
	}

	@Test
	void complianceSeesTheConfigurationPagesWithoutAFormToChangeThem() throws Exception {
		HttpClient compliance = SignedInPages.as("chen.compliance", port);

		var users = get(compliance, "/admin/users?lang=zh-CN");
		var rotation = get(compliance, "/admin/key-rotation?lang=zh-CN");
		var imports = get(compliance, "/customers/import?lang=zh-CN");
		var tiering = get(compliance, "/tiering?lang=zh-CN");

		assertThat(users.statusCode()).isEqualTo(200);
		assertThat(users.body()).contains("chen.compliance").doesNotContain("action=\"/admin/users\"",
				"action=\"/admin/org-units\"", "/unlock\"");
		assertThat(rotation.statusCode()).isEqualTo(200);
		assertThat(rotation.body()).contains("rotation-tables").doesNotContain("rotation-run");
		assertThat(imports.statusCode()).isEqualTo(200);
		assertThat(imports.body()).doesNotContain("id=\"upload\"", "type=\"file\"");
		assertThat(tiering.statusCode()).isEqualTo(200);
		assertThat(tiering.body()).contains("settings-read-only", "适用").doesNotContain("action=\"/tiering/settings\"");
		assertThat(get(compliance, "/admin/jobs").statusCode()).isEqualTo(403);
	}

	@Test
	void complianceCannotPostTheAdministratorsForms() throws Exception {
		HttpClient compliance = SignedInPages.as("chen.compliance", port);
		String token = SignedInPages.csrf(get(compliance, "/admin/users").body());

		assertThat(SignedInPages.post(compliance, port, "/admin/users", "username=never.made&displayName=x&role=ADMIN"
				+ "&orgUnit=HQ&password=a-long-password", token).statusCode()).isEqualTo(403);
		assertThat(SignedInPages.post(compliance, port, "/customers/import", "x=1", token).statusCode()).isEqualTo(403);
		assertThat(api.as("admin").get("/api/v1/users?size=500").text()).doesNotContain("never.made");
	}

	@Test
	void theAdministratorStillSeesTheFormsOnThosePages() throws Exception {
		HttpClient admin = SignedInPages.as("admin", port);

		assertThat(get(admin, "/admin/users").body()).contains("action=\"/admin/users\"", "action=\"/admin/org-units\"");
		assertThat(get(admin, "/admin/key-rotation").body()).contains("rotation-run");
		assertThat(get(admin, "/customers/import").body()).contains("id=\"upload\"");
		assertThat(get(admin, "/tiering").body()).contains("action=\"/tiering/settings\"").doesNotContain("settings-read-only");
	}

	private HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return SignedInPages.get(client, port, path);
	}
}
