package org.clientcare.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address under which customers reach the public pages, for every link sent to them (complaint status, revisit
 * and risk questionnaires, appointment management): {@code clientcare.public-base-url} (e.g.
 * {@code https://care.bank.example}), or else this instance on {@code localhost} at the port it actually serves.
 */
@Component
public class PublicAddress implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

	private final String configured;

	private volatile int port;

	PublicAddress(Environment environment) {
		String value = environment.getProperty("clientcare.public-base-url");
		this.configured = value == null || value.isBlank() ? null : value.strip().replaceAll("/+$", "");
		this.port = environment.getProperty("server.port", Integer.class, 8080);
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			port = event.getWebServer().getPort();
		}
	}

	/** Says in the start-up log where to open ClientCare, once it serves. */
	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		log.info("ClientCare is ready: open {}/ in a browser (the public complaint page is {}/public/complaints)", baseUrl(),
				baseUrl());
	}

	/** The base address without a trailing slash. */
	public String baseUrl() {
		return configured != null ? configured : "http://localhost:" + port;
	}

	/** A link to a public page: {@code path} starts with a slash. */
	public String link(String path) {
		return baseUrl() + path;
	}
}
