package org.clientcare.customer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.customer.CustomerImportFile;
import org.clientcare.customer.imports.CustomerImport;
import org.clientcare.customer.imports.CustomerImportManagement;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: administrators upload a file, watch its progress (htmx polling) and download rejected rows;
 * compliance, which reads the configuration, sees the same imports without the upload form.
 */
@Controller
@PreAuthorize("hasAnyAuthority('admin', 'configuration:read')")
class CustomerImportPages {

	private final CustomerImportManagement imports;

	private final Clock clock;

	CustomerImportPages(CustomerImportManagement imports, Clock clock) {
		this.imports = imports;
		this.clock = clock;
	}

	@GetMapping("/customers/import")
	String page(@RequestParam(required = false) Long id, Model model) {
		model.addAttribute("recent", imports.recent());
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("header", CustomerImportFile.header());
		if (id != null) {
			progress(imports.get(id), model);
		}
		return "customer/import";
	}

	@PostMapping("/customers/import")
	@PreAuthorize("hasAuthority('admin')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "required");
			return htmx != null ? "customer/import :: progress" : page(null, model);
		}
		CustomerImport created;
		try (InputStream content = file.getInputStream()) {
			created = imports.upload(content, file.getOriginalFilename());
		}
		catch (InvalidInput e) {
			model.addAttribute("problem", e.fieldProblems().get(0).code());
			model.addAttribute("detail", e.fieldProblems().get(0).message());
			return htmx != null ? "customer/import :: progress" : page(null, model);
		}
		if (htmx == null) {
			return "redirect:/customers/import?id=" + created.id();
		}
		progress(created, model);
		return "customer/import :: progress";
	}

	@GetMapping("/customers/import/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		progress(imports.get(id), model);
		return "customer/import :: progress";
	}

	@GetMapping("/customers/import/{id}/errors.csv")
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		imports.get(id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
		imports.writeErrors(id, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	private void progress(CustomerImport current, Model model) {
		model.addAttribute("current", current);
		model.addAttribute("running", !current.status().finished());
		model.addAttribute("errors", imports.errors(current.id()));
	}
}
