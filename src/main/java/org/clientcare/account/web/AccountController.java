package org.clientcare.account.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;

import org.clientcare.account.Account;
import org.clientcare.account.AccountFileImport;
import org.clientcare.account.AccountIntake;
import org.clientcare.account.ChangeAccountStatus;
import org.clientcare.account.OpenAccount;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.csv.IntakeFile;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/accounts} and {@code POST /api/v1/accounts/{externalId}/status} (§12), for the core system:
 * 201 for a new account and 200 with the first result for a repeated external id; a status report answers the account;
 * {@code POST /api/v1/imports/accounts} takes a CSV file of accounts for back-filling.
 */
@RestController
class AccountController {

	private final AccountIntake intake;

	private final AccountFileImport files;

	AccountController(AccountIntake intake, AccountFileImport files) {
		this.intake = intake;
		this.files = files;
	}

	/**
	 * The core system's file of accounts for back-filling (multipart {@code file}); answers what each row did, the
	 * refused rows with line, field and code. A file without the header is 400 naming {@code file}.
	 */
	@Requires(Permission.INTAKE)
	@PostMapping("/api/v1/imports/accounts")
	IntakeFile.Report importFile(@RequestParam("file") MultipartFile file) throws java.io.IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of("file", "required", "Send the CSV file as the multipart part 'file'");
		}
		try (var in = file.getInputStream()) {
			return files.importCsv(in);
		}
	}

	@Requires(Permission.INTAKE)
	@PostMapping("/api/v1/accounts")
	ResponseEntity<Account> open(@Valid @RequestBody OpenAccount body) {
		var result = intake.open(body);
		return result.changed()
				? ResponseEntity.created(URI.create("/api/v1/accounts/"
						+ URLEncoder.encode(result.account().externalId(), StandardCharsets.UTF_8))).body(result.account())
				: ResponseEntity.ok(result.account());
	}

	@GetMapping("/api/v1/accounts/{externalId}")
	Account find(@PathVariable String externalId) {
		return intake.find(externalId);
	}

	@Requires(Permission.INTAKE)
	@PostMapping("/api/v1/accounts/{externalId}/status")
	Account changeStatus(@PathVariable String externalId, @Valid @RequestBody ChangeAccountStatus body) {
		return intake.changeStatus(externalId, body).account();
	}
}
