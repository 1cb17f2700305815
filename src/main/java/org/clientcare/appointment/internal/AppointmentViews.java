package org.clientcare.appointment.internal;

import java.util.HashMap;
import java.util.Map;

import org.clientcare.appointment.AppointmentView;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.pii.Masking;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.stereotype.Component;

/** Turns stored appointments into what staff see: unit codes, advisor names, the mobile number masked. */
@Component
public class AppointmentViews {

	private final IdentityManagement identity;

	private final PiiCipher pii;

	AppointmentViews(IdentityManagement identity, PiiCipher pii) {
		this.identity = identity;
		this.pii = pii;
	}

	/** A converter that looks each unit and advisor up once. */
	public Converter converter() {
		return new Converter();
	}

	public AppointmentView view(AppointmentRow row) {
		return converter().view(row);
	}

	public final class Converter {

		private final Map<Long, String> units = new HashMap<>();

		private final Map<Long, StaffUser> users = new HashMap<>();

		public AppointmentView view(AppointmentRow r) {
			String unit = units.computeIfAbsent(r.orgUnitId(), id -> identity.orgUnit(id).map(OrgUnit::code).orElse("-"));
			StaffUser advisor = users.computeIfAbsent(r.advisorId(), id -> identity.user(id).orElse(null));
			return new AppointmentView(r.id(), r.appointmentNo(), unit, r.service(), r.startsAt(), r.endsAt(), r.status(),
					advisor == null ? null : advisor.username(), advisor == null ? null : advisor.displayName(),
					r.customerId(), r.name(), r.mobileEnc() == null ? null : Masking.phone(pii.decrypt(r.mobileEnc())), r.notes(),
					r.channel(), r.bookedBy(), r.createdAt(), r.checkedInAt(), r.completedAt(), r.completionNotes(),
					r.cancelledAt(), r.cancelReason(), r.noShowAt(), r.version());
		}
	}
}
