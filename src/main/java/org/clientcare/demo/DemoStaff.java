package org.clientcare.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import java.util.function.Supplier;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;

import org.springframework.stereotype.Component;

/**
 * The demo's staff users by name, each read once while the demo loads instead of at every step taken in their name:
 * the demo creates them before its first step and changes none of them afterwards, so a user read once stays what
 * the database holds until the load ends, when {@link DemoData} forgets them.
 */
@Component
class DemoStaff {

	private final IdentityManagement identity;

	private final Map<String, StaffUser> users = new ConcurrentHashMap<>();

	DemoStaff(IdentityManagement identity) {
		this.identity = identity;
	}

	/** The user of that name; there is one. */
	StaffUser user(String username) {
		return users.computeIfAbsent(username, name -> identity.findUser(name).orElseThrow());
	}

	/** The user of that name as the actor of the demo's steps. */
	Actor actor(String username) {
		return user(username).actor("demo");
	}

	/** Does the work as the user of that name. */
	void as(String username, Runnable work) {
		CurrentActor.runAs(actor(username), work);
	}

	/** Does the work as the user of that name; its answer. */
	<T> T answerAs(String username, Supplier<T> work) {
		Object[] result = new Object[1];
		CurrentActor.runAs(actor(username), () -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T answer = (T) result[0];
		return answer;
	}

	/** Forgets the users read, once the load is over. */
	void forget() {
		users.clear();
	}
}
