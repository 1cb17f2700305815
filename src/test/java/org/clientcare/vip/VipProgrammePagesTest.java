package org.clientcare.vip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The programme's pages in both languages: the year's cycle with the candidates and their figures, head office's forms
 * only for head office, levels by their names and never by their codes, and the VIP section of the 360 page.
 */
@IntegrationTest
class VipProgrammePagesTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void theBranchSeesItsProposalOnTheYearsPageAndTheCustomersPageAndHeadOfficeGetsTheFormsToAdjustAndSubmit()
			throws Exception {
		int year = VipProgrammeApiTest.YEARS.incrementAndGet();
		var created = api.as("admin").post("/api/v1/customers", TestCustomers.corporate("SH-PD"));
		long customer = created.body().get("id").asLong();
		String customerNo = created.body().get("customerNo").asString();
		assertThat(api.as("zhao.manager").post("/api/v1/vip-programme/" + year + "/candidates",
				Api.json("customerId", customer, "level", "DIAMOND", "reason", "战略客户")).status()).isEqualTo(201);
		// head office: an administrator of HQ (a branch manager of HQ would supervise the departments of every class here)
		String headOffice = new TestStaff(api).user("ADMIN", "HQ");

		HttpClient branch = SignedInPages.as("zhao.manager", port);
		String english = send(branch, "/vip-programme/" + year + "?lang=en").body();
		String chinese = send(branch, "/vip-programme/" + year + "?lang=zh-CN").body();
		String customerPage = send(branch, "/customers/" + customer + "?lang=zh-CN").body();
		HttpClient headOfficeBrowser = SignedInPages.as(headOffice, TestStaff.PASSWORD, port);
		String review = send(headOfficeBrowser, "/vip-programme/" + year + "?lang=en").body();

		assertThat(english).contains("Corporate VIP programme " + year, "Draft: branches propose", customerNo, "Diamond",
				"Supreme").doesNotContain(">DIAMOND<", "??", "class=\"inline vip-adjust\"", "Submit the list for approval");
		assertThat(chinese).contains(year + " 年度对公VIP客户", "分行推荐", "钻石", "专项增值服务", "贵宾绿色通道")
			.doesNotContain("??");
		// the 360 page speaks of this year, where the customer is not proposed yet; the history keeps the other year
		assertThat(customerPage).contains("id=\"vip\"", "本年度不是对公VIP客户", "推荐为VIP客户", "<span>" + year + "</span>")
			.doesNotContain("??");
		assertThat(review).contains("class=\"inline vip-adjust\"", "Submit the list for approval");
		assertThat(send(branch, "/vip-programme/" + (year + 500) + "?lang=en").statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> send(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
