package org.clientcare.appointment;

import org.clientcare.appointment.AppointmentSettings.ServiceSettings;
import org.clientcare.shared.CustomerId;

/**
 * The seam for service entitlements such as priority booking (优先预约) for high tiers: a module that grants them
 * implements this interface as a bean and may widen a customer's booking window (a shorter notice, a longer horizon).
 * Without an implementation every customer books within the service's standard window.
 */
public interface BookingPriority {

	/** The window this customer books a service in, given the standard one. */
	ServiceSettings windowFor(CustomerId customer, AppointmentService service, ServiceSettings standard);
}
