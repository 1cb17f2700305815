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
 * Also the rest of what a browser does with the pages: a visitor no one signed in to, a page read, a form posted with
 * the CSRF token of the page it is on ({@link #submit}), or of the last page read ({@link Browser}).
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
		var client = visitor();
		String page = get(client, port, "/login").body();
		var signIn = post(client, port, "/login", "username=" + user + "&password=" + password, csrf(page));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}

	/** A browser no one is signed in to (a customer's, a visitor's): it keeps its cookies, so its session. */
	public static HttpClient visitor() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	/** The CSRF token of the page's first form: the page must carry one. */
	public static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token in the page").isTrue();
		return token.group(1);
	}

	/** The page at {@code path} as the client reads it, in UTF-8. */
	public static HttpResponse<String> get(HttpClient client, int port, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(port, path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * Posts a form (its fields URL-encoded, or empty) to {@code path} with the CSRF token given, as the form of a page
	 * that carried the token posts it; {@code headers} adds headers by name and value (htmx's {@code HX-Request}).
	 */
	public static HttpResponse<String> post(HttpClient client, int port, String path, String form, String csrf,
			String... headers) throws Exception {
		String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		var request = HttpRequest.newBuilder(uri(port, path)).header("Content-Type", "application/x-www-form-urlencoded");
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return client.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Reads the page {@code formPage} and posts the form to {@code path} with that page's CSRF token. */
	public static HttpResponse<String> submit(HttpClient client, int port, String formPage, String path, String form)
			throws Exception {
		return post(client, port, path, form, csrf(get(client, port, formPage).body()));
	}

	/** The address of {@code path} on the application at {@code port} (a whole address, as a redirect gives, as it is). */
	public static URI uri(int port, String path) {
		return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
	}

	/**
	 * A browser that posts its forms with the CSRF token of the last page it read that carried one, as a customer's
	 * browser sends the form in front of them: a visitor's, unless given a signed-in client.
	 */
	public static final class Browser {

		private final HttpClient client;

		private final int port;

		private String csrf = "";

		public Browser(int port) {
			this(visitor(), port);
		}

		public Browser(HttpClient client, int port) {
			this.client = client;
			this.port = port;
		}

		/** The page at {@code path}; its CSRF token, if it carries one, is the one the next form sends. */
		public HttpResponse<String> get(String path) throws Exception {
			return remember(SignedInPages.get(client, port, path));
		}

		/** Posts the form with the token of the last page read; the answer's token, if any, is the next one. */
		public HttpResponse<String> post(String path, String form) throws Exception {
			return remember(SignedInPages.post(client, port, path, form, csrf));
		}

		/** The token the next form sends (empty before any page carried one). */
		public String csrf() {
			return csrf;
		}

		/** The client itself, for requests of another kind. */
		public HttpClient client() {
			return client;
		}

		private HttpResponse<String> remember(HttpResponse<String> page) {
			Matcher token = CSRF.matcher(page.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return page;
		}
	}
}
