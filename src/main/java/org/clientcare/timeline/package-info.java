/**
 * The customer timeline (客户时间线, SPEC §8 "Customer 360"): one list of everything that happened to a customer —
 * cases, visits, appointments, revisits, complaints, inquiries, tier changes — newest first, built from the events the
 * other modules publish (never from their tables), for the 360 page and {@code GET /api/v1/customers/{id}/timeline}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timeline")
package org.clientcare.timeline;
