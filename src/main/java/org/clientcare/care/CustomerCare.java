package org.clientcare.care;

import java.util.List;

/** The care a customer received (its 360 page and {@code GET /api/v1/customers/{id}/care}). */
public record CustomerCare(CarePreferences preferences, List<GreetingView> greetings, List<CareTask> tasks) {
}
