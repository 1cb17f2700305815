package org.clientcare.tiering.internal;

import java.util.Map;

import org.clientcare.shared.jobs.Job;
import org.clientcare.tiering.TieringManagement;

import org.springframework.stereotype.Component;

/**
 * The nightly tiering job ({@code tiering}): every customer's tier from its latest figures, in a few set-based
 * statements; a second run changes nothing.
 */
@Component
class TieringJob implements Job {

	private final TieringManagement tiering;

	TieringJob(TieringManagement tiering) {
		this.tiering = tiering;
	}

	@Override
	public String name() {
		return "tiering";
	}

	@Override
	public Map<String, Object> run() {
		return tiering.recompute();
	}
}
