package org.clientcare.care.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.care.CareDate;
import org.clientcare.care.CareManagement;
import org.clientcare.care.CarePreferences;
import org.clientcare.care.CareTask;
import org.clientcare.care.CustomerCare;
import org.clientcare.care.Occasion;
import org.clientcare.care.OccasionSetting;
import org.clientcare.identity.OpenTo;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.notification.Channel;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.ResultPage;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The care endpoints: the care calendar of §12, occasion settings, a customer's care, the managers' to-dos. */
@RestController
@Tag(name = "Care", description = "客户关怀: festivals by the lunar calendar, greetings, to-dos")
class CareController {

	private final CareManagement care;

	private final PlatformSettings platform;

	private final Clock clock;

	CareController(CareManagement care, PlatformSettings platform, Clock clock) {
		this.care = care;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping("/api/v1/care/calendar")
	@Operation(summary = "The festivals of a year (this year by default): [{date, occasion, name}]; solar terms on request")
	List<CareDate> calendar(@RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean solarTerms) {
		int y = year == null ? LocalDate.now(clock.withZone(platform.zone())).getYear() : year;
		return care.calendar(y, solarTerms, LocaleContextHolder.getLocale());
	}

	@GetMapping("/api/v1/care/occasions")
	@Operation(summary = "Which occasions greet which customers")
	ResultPage<OccasionSetting> occasions(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(care.occasions(), page, size);
	}

	@Requires(Permission.ADMINISTER)
	@PutMapping("/api/v1/care/occasions/{occasion}")
	@Operation(summary = "Administrators: which customers an occasion greets (empty lists: everyone)")
	OccasionSetting setOccasion(@PathVariable Occasion occasion, @RequestBody OccasionBody body) {
		return care.setOccasion(occasion, body.enabled() == null || body.enabled(), body.tiers(), body.customerTypes());
	}

	@GetMapping("/api/v1/customers/{id}/care")
	@Operation(summary = "The care a customer received: preferences, greetings, managers' to-dos")
	CustomerCare customerCare(@PathVariable long id) {
		return care.customerCare(id);
	}

	@Requires(value = Permission.CUSTOMER_WRITE, names = Names.CUSTOMER)
	@PutMapping("/api/v1/customers/{id}/care")
	@Operation(summary = "A customer's care preferences: language, channel, lunar birthday, channels opted out of")
	CarePreferences setPreferences(@PathVariable long id, @RequestBody PreferencesBody body) {
		return care.setPreferences(id, body.language(), body.channel(), Boolean.TRUE.equals(body.lunarBirthday()),
				body.optedOut());
	}

	@GetMapping("/api/v1/care/tasks")
	@Operation(summary = "The caller's open care to-dos (calls and gifts before an occasion)")
	ResultPage<CareTask> tasks(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return care.myTasks(page, size);
	}

	@OpenTo(OpenTo.Whom.STAFF_ON_OWN_RECORDS)
	@PostMapping("/api/v1/care/tasks/{id}/done")
	@Operation(summary = "Mark one of the caller's care to-dos done")
	ResponseEntity<Void> done(@PathVariable long id) {
		care.taskDone(id);
		return ResponseEntity.noContent().build();
	}

	record OccasionBody(Boolean enabled, List<String> tiers, List<String> customerTypes) {
	}

	record PreferencesBody(String language, Channel channel, Boolean lunarBirthday, Set<Channel> optedOut) {
	}
}
