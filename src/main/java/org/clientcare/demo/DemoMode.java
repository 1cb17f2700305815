package org.clientcare.demo;

import org.springframework.core.env.Environment;

/** Whether the application runs in demo mode: {@code --demo} on the command line, or {@code clientcare.demo=true}. */
public final class DemoMode {

	private DemoMode() {
	}

	public static boolean isOn(Environment environment) {
		return environment.containsProperty("demo") || environment.getProperty("clientcare.demo", Boolean.class, false);
	}
}
