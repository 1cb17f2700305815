package org.clientcare.assistant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clientcare.assistant.AssistantAnswer;
import org.clientcare.assistant.AssistantManagement;
import org.clientcare.assistant.internal.AskedQuestions;
import org.clientcare.assistant.internal.NotHandledThings;
import org.clientcare.assistant.internal.Synonyms;
import org.clientcare.identity.OpenTo;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.ResultPage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assistant (§12 {@code POST /api/v1/assistant/ask}, public) and, for staff, the gap list, the synonym map and the
 * list of the things the bank does not handle (both replaced whole by administrators, with the same body: lines,
 * reason, basedOn).
 */
@RestController
@RequestMapping("/api/v1/assistant")
@Tag(name = "Assistant", description = "智能客服: answers from the published FAQ, or a person")
class AssistantController {

	private final AssistantManagement assistant;

	private final AskLimiter limiter;

	AssistantController(AssistantManagement assistant, AskLimiter limiter) {
		this.assistant = assistant;
		this.limiter = limiter;
	}

	@OpenTo(OpenTo.Whom.ANYONE)
	@PostMapping("/ask")
	@Operation(summary = "Ask the assistant (no sign-in; 429 when one address asks too often)")
	ResponseEntity<?> ask(@Valid @RequestBody Ask body, HttpServletRequest request) {
		var wait = limiter.tryAsk(request.getRemoteAddr());
		if (wait.isPresent()) {
			return tooMany(AskLimiter.seconds(wait.get()));
		}
		return ResponseEntity.ok(assistant.ask(body.question(), body.language()));
	}

	@GetMapping("/gaps")
	@Operation(summary = "Unanswered questions, most often asked first (editors and compliance)")
	ResultPage<AskedQuestions.Gap> gaps(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return assistant.gaps(page, size);
	}

	@Requires(Permission.FAQ_EDIT)
	@PostMapping("/gaps/dismiss")
	@Operation(summary = "Take a question off the gap list")
	java.util.Map<String, Integer> dismiss(@Valid @RequestBody Dismiss body) {
		return java.util.Map.of("questions", assistant.dismissGap(body.key()));
	}

	@GetMapping("/synonyms")
	@Operation(summary = "The synonym map in force: one group per line")
	Synonyms.Version synonyms() {
		return assistant.synonyms();
	}

	@Requires(Permission.ADMINISTER)
	@PutMapping("/synonyms")
	@Operation(summary = "Replace the synonym map (administrators); 409 when it changed since version basedOn")
	Synonyms.Version changeSynonyms(@Valid @RequestBody ChangeLines body) {
		return assistant.changeSynonyms(body.lines(), body.reason(), body.basedOn());
	}

	@GetMapping("/not-handled")
	@Operation(summary = "The things the bank does not handle: one per line, its other names after commas")
	NotHandledThings.Version notHandled() {
		return assistant.notHandled();
	}

	@Requires(Permission.ADMINISTER)
	@PutMapping("/not-handled")
	@Operation(summary = "Replace the list of things the bank does not handle (administrators); 409 when it changed since version basedOn")
	NotHandledThings.Version changeNotHandled(@Valid @RequestBody ChangeLines body) {
		return assistant.changeNotHandled(body.lines(), body.reason(), body.basedOn());
	}

	static ResponseEntity<ProblemDetail> tooMany(long seconds) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many questions from this address; try again in " + seconds + " s");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	record Ask(@NotBlank @Size(max = 500) String question, @Size(max = 5) String language) {
	}

	record Dismiss(@NotBlank @Size(max = 500) String key) {
	}

	record ChangeLines(@NotNull @Size(max = 100_000) String lines, @NotBlank @Size(max = 2000) String reason,
			@NotNull @Min(0) Integer basedOn) {
	}
}
