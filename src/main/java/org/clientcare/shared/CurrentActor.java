package org.clientcare.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The acting user of the current thread: the signed-in staff member with the request's client address, or
 * {@link Actor#system(String)} for work no request started (jobs, start-up), or {@link Actor#anonymous} for a
 * request nobody signed in to.
 */
public final class CurrentActor {

	private static final ThreadLocal<Actor> override = new ThreadLocal<>();

	private CurrentActor() {
	}

	public static Actor get() {
		Actor set = override.get();
		if (set != null) {
			return set;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Actor.system("background");
		}
		if (authentication.getPrincipal() instanceof ActorSource source) {
			return source.actor().from(clientAddress());
		}
		return Actor.anonymous(clientAddress());
	}

	/** Runs work as the given actor (jobs, demo data, start-up). */
	public static void runAs(Actor actor, Runnable work) {
		Actor previous = override.get();
		override.set(actor);
		try {
			work.run();
		}
		finally {
			if (previous == null) {
				override.remove();
			}
			else {
				override.set(previous);
			}
		}
	}

	/**
	 * The client address of the current request — the connection's, or the one a trusted proxy forwarded (platform's
	 * {@code TrustedProxies}) — or {@code internal} outside a request.
	 */
	public static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "internal";
	}
}
