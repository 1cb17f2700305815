package org.clientcare.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;

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

	/** Forgets the users read, once the load is over. */
	void forget() {
		users.clear();
	}
}
