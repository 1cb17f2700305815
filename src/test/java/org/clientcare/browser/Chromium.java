package org.clientcare.browser;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Debian's headless Chromium driven by Playwright — never a browser Playwright downloads. Browser tests extend it.
 */
abstract class Chromium {

	static Playwright playwright;

	static Browser browser;

	@BeforeAll
	static void launchChromium() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
			.setHeadless(true)
			.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--no-first-run", "--disable-sync")));
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}
}
