/**
 * Business calendar (工作日历, SPEC §9): which days are working days under the State Council's annual holiday notice,
 * including weekend days that are worked (调休), and the N-th working day after a date, on which every deadline of the
 * other modules rests. Admins load and edit a year; a year with no calendar falls back to Monday–Friday.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.clientcare.calendar;
