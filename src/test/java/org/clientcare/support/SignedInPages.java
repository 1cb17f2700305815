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
 * from the page, the password posted ({@code demo}, the test institution's, unless another is given), the session kept
 * in a cookie. The sign-in must succeed: answered with a redirect that does not lead back to the form with an error.
 */
public final class SignedInPages {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private SignedInPages() {
	}

	/** A client whose session is the user's, on the application at {@code port}, signed in with the password demo. */
	public static HttpClient as(String user, int port) throws Exception {
		return as(user, "demo", port);
	}

	/** A client whose session is the user's, signed in with the given password (a user made by the test itself). */
	public static HttpClient as(String user, String password, int port) throws Exception {
		var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		URI login = URI.create("http://localhost:" + port + "/login");
		String page = client.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + user + "&password=" + password + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		var signIn = client.send(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}
}
