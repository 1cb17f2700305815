package org.clientcare.transaction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The reference to a sale's dual recording (双录: audio and video of the sale) in the recording system: its id there,
 * the hash of the file (hexadecimal, e.g. SHA-256), its length and who checked it at the point of sale.
 */
public record SaleRecordingReference(@NotBlank @Size(max = 64) @Pattern(regexp = "[\\x21-\\x7E]+") String recordingId,
		@NotBlank @Pattern(regexp = "[0-9a-fA-F]{32,128}") String hash,
		@NotNull @Min(1) @Max(36_000) Integer durationSeconds, @Size(max = 64) String checkedBy) {
}
