package org.clientcare.demo;

import org.clientcare.platform.DeferredCommits;

import org.springframework.core.env.Environment;

/** Whether the application runs in demo mode: {@code --demo} on the command line, or {@code clientcare.demo=true}. */
public final class DemoMode {

	private DemoMode() {
	}

	public static boolean isOn(Environment environment) {
		return environment.containsProperty("demo") || environment.getProperty("clientcare.demo", Boolean.class, false);
	}

	/**
	 * Loads (a module's part of) the demo into the database it has just created: its transactions, and the listeners
	 * of the events they publish, commit without waiting for the disk ({@link DeferredCommits}). A crash while the demo
	 * loads leaves a partial demo whether or not its last commits reach the disk; the daily work's commits that follow
	 * wait for the disk as ever, and take these with them.
	 */
	public static void loading(Runnable load) {
		DeferredCommits.run(load);
	}
}
