package org.clientcare.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code key-rotation} job ({@code clientcare.privacy.key-rotation.*}).
 *
 * @param schedule  when it runs ({@code FIXED_DELAY|3600s}); a run after the rotation has finished only checks that
 * @param batchSize rows rewritten per transaction (1000): each batch locks only its own rows, briefly
 */
@ConfigurationProperties("clientcare.privacy.key-rotation")
public record KeyRotationSettings(String schedule, int batchSize) {

	public KeyRotationSettings {
		schedule = schedule == null || schedule.isBlank() ? "FIXED_DELAY|3600s" : schedule;
		batchSize = batchSize <= 0 ? 1000 : batchSize;
	}
}
