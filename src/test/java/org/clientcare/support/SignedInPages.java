package org.clientcare.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page client signed in as a staff user through the sign-in form, as a browser signs in: the form's CSRF token read
 * from the page, the password {@code demo} posted, the session kept in a cookie.
 */
public final class SignedInPages {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private SignedInPages() {
	}

	/** A client whose session is the user's, on the application at {@code port}. */
	public static HttpClient as(String user, int port) throws Exception {
		var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		URI login = URI.create("http://localhost:" + port + "/login");
		String page = client.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		var signIn = client.send(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}
}
