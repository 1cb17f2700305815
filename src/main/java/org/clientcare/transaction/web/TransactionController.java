package org.clientcare.transaction.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.csv.IntakeFile;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.transaction.RecordedTransaction;
import org.clientcare.transaction.ReportTransaction;
import org.clientcare.transaction.TransactionFileImport;
import org.clientcare.transaction.TransactionIntake;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/transactions} (§12): 201 the first time, with the {@code Location} the intake reads it back from,
 * 200 with the first result for a repeated external id.
 */
@RestController
class TransactionController {

	private final TransactionIntake intake;

	private final TransactionFileImport files;

	TransactionController(TransactionIntake intake, TransactionFileImport files) {
		this.intake = intake;
		this.files = files;
	}

	/** The core banking system's file of transactions (multipart {@code file}); answers what each row did. */
	@Requires(Permission.INTAKE)
	@PostMapping("/api/v1/imports/transactions")
	IntakeFile.Report importFile(@RequestParam("file") MultipartFile file) throws java.io.IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of("file", "required", "Send the CSV file as the multipart part 'file'");
		}
		try (var in = file.getInputStream()) {
			return files.importCsv(in);
		}
	}

	@GetMapping("/api/v1/transactions/{id}")
	RecordedTransaction find(@PathVariable long id) {
		return intake.find(id);
	}

	@Requires(Permission.INTAKE)
	@PostMapping("/api/v1/transactions")
	ResponseEntity<RecordedTransaction> report(@Valid @RequestBody ReportTransaction body) {
		var result = intake.record(body);
		return result.created()
				? ResponseEntity.created(URI.create("/api/v1/transactions/" + result.transaction().id())).body(result.transaction())
				: ResponseEntity.ok(result.transaction());
	}
}
