package org.clientcare.platform.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.platform.JobRun;
import org.clientcare.platform.Jobs;
import org.clientcare.shared.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The administrator's page of jobs (批处理作业, {@code /admin/jobs}): each job with its next run and the instance
 * running it, the recorded runs of all instances with their figures in words ({@link JobResultWords}), and a button
 * that runs a job now.
 */
@Controller
class JobPages {

	private static final Logger log = LoggerFactory.getLogger(JobPages.class);

	private final Jobs jobs;

	private final Clock clock;

	private final JobResultWords words;

	JobPages(Jobs jobs, Clock clock, JobResultWords words) {
		this.jobs = jobs;
		this.clock = clock;
		this.words = words;
	}

	@GetMapping("/admin/jobs")
	String page(@RequestParam(required = false) String job, Model model) {
		String shown = job == null || job.isBlank() || jobs.find(job).isEmpty() ? null : job;
		model.addAttribute("statuses", jobs.statuses());
		List<JobRun> runs = jobs.runs(shown, 100);
		model.addAttribute("runs", runs);
		Map<Long, List<JobResultWords.Figure>> figures = new HashMap<>();
		runs.forEach(run -> figures.put(run.id(), words.of(run.job(), run.result())));
		model.addAttribute("figures", figures);
		model.addAttribute("job", shown);
		model.addAttribute("zone", clock.getZone());
		return "platform/jobs";
	}

	@PostMapping("/admin/jobs/{name}/run")
	String run(@PathVariable String name) {
		if (jobs.find(name).isEmpty()) {
			throw new NotFound("Job", name);
		}
		String outcome;
		try {
			outcome = jobs.run(name).isPresent() ? "ran" : "busy";
		}
		catch (RuntimeException e) {
			// the run is recorded as FAILED with its error, which the page shows
			log.warn("Job {} run from the jobs page failed", name, e);
			outcome = "failed";
		}
		return "redirect:/admin/jobs?" + outcome + "=" + UriUtils.encodeQueryParam(name, "UTF-8");
	}
}
