package org.clientcare.visit.internal;

import java.util.List;
import java.util.Map;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;

import org.springframework.stereotype.Component;

/**
 * Tells the team leader of a need found on a visit: the branch managers of the nearest unit on the path from the
 * customer's unit up to the head office that has one (the administrators when none has), by e-mail through the outbox,
 * in the caller's transaction.
 */
@Component
public class TeamLeaders {

	private final IdentityManagement identity;

	private final NotificationManagement notifications;

	TeamLeaders(IdentityManagement identity, NotificationManagement notifications) {
		this.identity = identity;
		this.notifications = notifications;
	}

	public void escalate(long visitId, long orgUnitId, String customerNo, String need, String visitor) {
		for (StaffUser leader : of(orgUnitId)) {
			if (leader.email() != null) {
				notifications.send(new OutgoingMessage("visit:" + visitId + ":escalated", Channel.EMAIL, leader.email(),
						"visit-need", java.util.Locale.SIMPLIFIED_CHINESE,
						Map.of("customerNo", customerNo, "need", need, "visitor", visitor), Purpose.SERVICE, null));
			}
		}
	}

	List<StaffUser> of(long unitId) {
		return identity.supervisors().of(unitId);
	}
}
