package org.clientcare.platform.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.clientcare.shared.problem.ProblemCodes;

/**
 * The container's own error answers (a request line or path Tomcat refuses before the application sees it) as a
 * problem document under {@code /api/}, where every error answer is {@code application/problem+json}; elsewhere
 * Tomcat's page, without its version or a stack trace. Installed as the host's error report valve by
 * {@link ContainerErrors}. A request line Tomcat cannot read at all (say, a raw {@code |} or raw UTF-8 bytes in the
 * query) has no path to tell which it was for; it comes from a program, never from a browser, so it gets the problem.
 */
public class ProblemReportValve extends ErrorReportValve {

	public ProblemReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		String uri = request.getRequestURI();
		// No URI: the request line itself was refused (a raw character in the query), which no browser sends.
		if (uri != null && !uri.startsWith("/api/")) {
			super.report(request, response, throwable);
			return;
		}
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		String body = "{\"type\":\"about:blank\",\"title\":\"" + (status == 400 ? "Bad Request" : "Error") + "\",\"status\":"
				+ status + ",\"detail\":\"The request line or path is malformed\",\"code\":\"invalid-input\","
				+ "\"errors\":[{\"field\":\"path\",\"code\":\"malformed\",\"message\":\"The request line or path is malformed\"}]}";
		if (status != 400) {
			body = "{\"type\":\"about:blank\",\"status\":" + status + ",\"code\":\"" + ProblemCodes.of(status) + "\"}";
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// The client is gone, or the answer is on its way already: nothing more to tell it.
		}
	}
}
