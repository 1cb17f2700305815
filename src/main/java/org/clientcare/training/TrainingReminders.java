package org.clientcare.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.shared.jobs.Job;
import org.clientcare.training.internal.TrainingRecords;

import org.springframework.stereotype.Component;

/**
 * The {@code training-reminders} job: reminds every staff member of each mandatory course they have not completed, by
 * e-mail through the outbox, at most once in {@link TrainingSettings#reminderEveryDays()} days per course (so running
 * it twice on a day sends nothing the second time). Staff without an e-mail address see the course on their own
 * training page all the same.
 */
@Component
class TrainingReminders implements Job {

	static final String NAME = "training-reminders";

	private final TrainingStaff staff;

	private final TrainingRecords records;

	private final IdentityManagement identity;

	private final NotificationManagement notifications;

	private final TrainingSettings settings;

	private final Clock clock;

	TrainingReminders(TrainingStaff staff, TrainingRecords records, IdentityManagement identity,
			NotificationManagement notifications, TrainingSettings settings, Clock clock) {
		this.staff = staff;
		this.records = records;
		this.identity = identity;
		this.notifications = notifications;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Map<String, Object> run() {
		Instant now = clock.instant();
		Instant since = now.minus(Duration.ofDays(settings.reminderEveryDays()));
		int outstanding = 0;
		int reminded = 0;
		int noAddress = 0;
		for (Outstanding open : staff.outstanding(null)) {
			outstanding++;
			StaffUser person = identity.findUser(open.username()).orElseThrow();
			if (person.email() == null || person.email().isBlank()) {
				noAddress++;
				continue;
			}
			if (records.remindOnce(open.courseId(), person.id(), since, now)) {
				notifications.send(new OutgoingMessage("training:mandatory:" + open.courseId() + ":" + person.id() + ":"
						+ now.getEpochSecond() / 86_400, Channel.EMAIL, person.email(), "training-mandatory",
						Locale.SIMPLIFIED_CHINESE, Map.of("name", person.displayName(), "course", open.courseTitle()),
						Purpose.SERVICE, null));
				reminded++;
			}
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("outstanding", outstanding);
		result.put("reminded", reminded);
		result.put("noAddress", noAddress);
		return result;
	}
}
