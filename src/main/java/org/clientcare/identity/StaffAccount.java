package org.clientcare.identity;

import java.time.Instant;

/** A staff user as administrators see it, with its sign-in lock; never the password hash. */
public record StaffAccount(StaffUser user, Instant lockedUntil) {
}
