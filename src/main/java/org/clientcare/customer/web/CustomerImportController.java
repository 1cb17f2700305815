package org.clientcare.customer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.customer.imports.CustomerImport;
import org.clientcare.customer.imports.CustomerImportManagement;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of §12: {@code POST /api/v1/imports/customers} (multipart {@code file}) → 202 {@code {importId}};
 * {@code GET /api/v1/imports/{id}} → progress and the first rejected rows; {@code GET .../errors.csv} → all of them.
 * Uploads need {@code intake:write} (ADMIN, INTEGRATION); the reads answer {@code configuration:read} (compliance) too,
 * as the security rules check.
 */
@RestController
@RequestMapping("/api/v1/imports")
class CustomerImportController {

	private final CustomerImportManagement imports;

	CustomerImportController(CustomerImportManagement imports) {
		this.imports = imports;
	}

	@Requires(Permission.INTAKE)
	@PostMapping("/customers")
	ResponseEntity<Map<String, Object>> upload(@RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of("file", "required", "Send the CSV file as the multipart part 'file'");
		}
		CustomerImport created;
		try (InputStream content = file.getInputStream()) {
			created = imports.upload(content, file.getOriginalFilename());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("importId", created.id());
		body.put("status", created.status());
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + created.id())).body(body);
	}

	@GetMapping("/{id}")
	Map<String, Object> status(@PathVariable long id) {
		CustomerImport found = imports.get(id);
		Map<String, Object> body = report(found);
		body.put("errors", imports.errors(id));
		body.put("errorsCsv", "/api/v1/imports/" + id + "/errors.csv");
		return body;
	}

	@GetMapping("/{id}/errors.csv")
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		imports.get(id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		imports.writeErrors(id, out);
	}

	static Map<String, Object> report(CustomerImport i) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", i.id());
		body.put("status", i.status());
		body.put("fileName", i.fileName());
		body.put("total", i.total());
		body.put("processed", i.processed());
		body.put("imported", i.imported());
		body.put("unchanged", i.unchanged());
		body.put("rejected", i.rejected());
		body.put("percent", i.percent());
		body.put("requestedBy", i.requestedBy());
		body.put("createdAt", i.createdAt());
		body.put("startedAt", i.startedAt());
		body.put("finishedAt", i.finishedAt());
		body.put("failure", i.failure());
		body.put("failedAttempts", i.failedAttempts());
		body.put("instance", i.instance());
		return body;
	}
}
