package org.clientcare.transaction;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.clientcare.product.Product;

/**
 * A transaction as the core banking system reports it (§12 {@code POST /api/v1/transactions}); a sale that needs dual
 * recording may carry the reference to its recording, and a sale may say the channel it went through (a bank-channel
 * insurance sale needs dual recording).
 */
public record ReportTransaction(@NotBlank @Size(max = 64) @Pattern(regexp = "[\\x21-\\x7E]+") String externalId,
		@NotNull Long customerId, @NotNull TransactionType type, @Size(max = 32) String productCode,
		@NotNull @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2) BigDecimal amount,
		@NotNull OffsetDateTime occurredAt, Boolean riskAcknowledged, @Valid SaleRecordingReference recording,
		Product.SaleChannel channel) {

	/** A transaction reported without a reference to a dual recording. */
	public ReportTransaction(String externalId, Long customerId, TransactionType type, String productCode,
			BigDecimal amount, OffsetDateTime occurredAt, Boolean riskAcknowledged) {
		this(externalId, customerId, type, productCode, amount, occurredAt, riskAcknowledged, null, null);
	}

	/** A transaction reported with a reference to a dual recording (or none), through no channel named. */
	public ReportTransaction(String externalId, Long customerId, TransactionType type, String productCode,
			BigDecimal amount, OffsetDateTime occurredAt, Boolean riskAcknowledged, SaleRecordingReference recording) {
		this(externalId, customerId, type, productCode, amount, occurredAt, riskAcknowledged, recording, null);
	}
}
