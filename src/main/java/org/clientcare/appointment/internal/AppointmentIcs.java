package org.clientcare.appointment.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Method;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;

/**
 * The iCalendar file of an appointment (RFC 5545, written with biweekly): one event with start and end in the
 * institution's zone, written with a {@code VTIMEZONE} so that calendars show the branch's local time. The zone must
 * have a fixed offset (Asia/Shanghai has kept UTC+8 without daylight saving since 1991).
 */
public final class AppointmentIcs {

	private AppointmentIcs() {
	}

	public static byte[] of(String uid, String summary, String location, Instant start, Instant end, ZoneId zone,
			Instant stamp) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//ClientCare//Appointments//ZH");
		calendar.setMethod(Method.publish());
		VEvent event = new VEvent();
		event.setUid(uid);
		event.setDateTimeStamp(Date.from(stamp));
		event.setSummary(summary);
		event.setLocation(location);
		event.setDateStart(Date.from(start), true);
		event.setDateEnd(Date.from(end), true);
		calendar.addEvent(event);
		calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone), fixed(zone, start)));
		return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
	}

	private static VTimezone fixed(ZoneId zone, Instant at) {
		int seconds = zone.getRules().getOffset(at).getTotalSeconds();
		VTimezone timezone = new VTimezone(zone.getId());
		StandardTime standard = new StandardTime();
		standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
		UtcOffset offset = new UtcOffset(seconds >= 0, Math.abs(seconds) / 3600, Math.abs(seconds) % 3600 / 60);
		standard.setTimezoneOffsetFrom(offset);
		standard.setTimezoneOffsetTo(offset);
		timezone.addStandardTime(standard);
		return timezone;
	}
}
