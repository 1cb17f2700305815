package org.clientcare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The port a packaged application started with {@code --server.port=0} was given, read from its log: Tomcat names it
 * once it listens ({@code Tomcat started on port 41234 (http) with context path '/'}). The operating system chooses a
 * port no one holds at that moment and the application keeps it, so jar tests running side by side never race for one
 * (picking a free port first and handing it over leaves a window in which another process can take it).
 */
public final class BoundPort {

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private BoundPort() {
	}

	/** The port named in the log, or none while the application is still starting. */
	public static OptionalInt in(Path log) {
		if (!Files.exists(log)) {
			return OptionalInt.empty();
		}
		try {
			Matcher started = STARTED.matcher(new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
			return started.find() ? OptionalInt.of(Integer.parseInt(started.group(1))) : OptionalInt.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
