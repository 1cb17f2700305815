package org.clientcare.platform.internal;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * {@code X-Forwarded-For} (and {@code -Proto}) are believed only from the reverse proxies named in
 * {@code clientcare.security.trusted-proxies} (their exact addresses, comma-separated; none by default): the client
 * address of the audit trail and of the rate limits is otherwise the connection's own. Tomcat's {@link RemoteIpValve}
 * does the work; this narrows whom it trusts, after Spring Boot has set it up.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final List<String> proxies;

	TrustedProxies(@Value("${clientcare.security.trusted-proxies:}") List<String> proxies) {
		this.proxies = proxies.stream().map(String::strip).filter(proxy -> !proxy.isEmpty()).toList();
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		for (var valve : factory.getEngineValves()) {
			if (valve instanceof RemoteIpValve remoteIp) {
				remoteIp.setInternalProxies(pattern(proxies));
				remoteIp.setTrustedProxies(null);
			}
		}
	}

	/** A pattern matching exactly the given addresses; empty (no proxy trusted) for none. */
	static String pattern(List<String> addresses) {
		return addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
