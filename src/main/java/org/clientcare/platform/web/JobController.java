package org.clientcare.platform.web;

import java.util.Map;

import org.clientcare.platform.Jobs;
import org.clientcare.shared.problem.Conflict;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/jobs/{name}/run}: an administrator runs a job now (§12). */
@RestController
class JobController {

	private final Jobs jobs;

	JobController(Jobs jobs) {
		this.jobs = jobs;
	}

	@PostMapping("/api/v1/jobs/{name}/run")
	@PreAuthorize("hasAuthority('admin')")
	Map<String, Object> run(@PathVariable String name) {
		return jobs.run(name).orElseThrow(() -> new Conflict("job-running", "Job " + name + " is running; try again later"));
	}
}
