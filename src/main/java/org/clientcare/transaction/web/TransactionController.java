package org.clientcare.transaction.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.clientcare.transaction.RecordedTransaction;
import org.clientcare.transaction.ReportTransaction;
import org.clientcare.transaction.TransactionIntake;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/transactions} (§12): 201 the first time, 200 with the first result for a repeated external id. */
@RestController
class TransactionController {

	private final TransactionIntake intake;

	TransactionController(TransactionIntake intake) {
		this.intake = intake;
	}

	@PostMapping("/api/v1/transactions")
	ResponseEntity<RecordedTransaction> report(@Valid @RequestBody ReportTransaction body) {
		var result = intake.record(body);
		return result.created()
				? ResponseEntity.created(URI.create("/api/v1/transactions/" + result.transaction().id())).body(result.transaction())
				: ResponseEntity.ok(result.transaction());
	}
}
