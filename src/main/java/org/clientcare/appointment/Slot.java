package org.clientcare.appointment;

import java.time.Instant;

/**
 * A slot (预约时段) of a service at an org unit: its start and end, how many skilled advisors are on duty then
 * ({@code capacity}) and how many of them are still free ({@code available}).
 */
public record Slot(Instant start, Instant end, int capacity, int available) {
}
