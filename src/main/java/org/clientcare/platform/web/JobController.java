package org.clientcare.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.platform.JobRun;
import org.clientcare.platform.Jobs;
import org.clientcare.shared.AdministratorsOnly;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Jobs for administrators (§12): {@code GET /api/v1/jobs} (each job with its next run, the instance running it and
 * its last run), {@code GET /api/v1/jobs/runs?job=&size=} (the recorded runs, newest first) and
 * {@code POST /api/v1/jobs/{name}/run} (run a job now).
 */
@RestController
@PreAuthorize("hasAuthority('admin')")
class JobController {

	private final Jobs jobs;

	JobController(Jobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/api/v1/jobs")
	ResultPage<Jobs.Status> jobs(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(jobs.statuses(), page, size);
	}

	@GetMapping("/api/v1/jobs/runs")
	ResultPage<JobRun> runs(@RequestParam(required = false) String job,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return jobs.runs(job == null || job.isBlank() ? null : job, page, size);
	}

	@AdministratorsOnly
	@PostMapping("/api/v1/jobs/{name}/run")
	Map<String, Object> run(@PathVariable String name) {
		return jobs.run(name).orElseThrow(() -> new Conflict("job-running", "Job " + name + " is running; try again later"));
	}
}
