package org.clientcare.assistant.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.clientcare.assistant.AssistantManagement;
import org.clientcare.assistant.FaqCategory;
import org.clientcare.assistant.FaqManagement;
import org.clientcare.assistant.FaqStatus;
import org.clientcare.assistant.WriteFaqEntry;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors' pages of the knowledge base: the entries, one entry with its versions (write, submit for compliance,
 * retire; compliance decides on the approvals page), the gap list with one-click "write an answer", and the
 * administrators' synonym map and list of the things the bank does not handle.
 */
@Controller
class FaqPages {

	private final FaqManagement faq;

	private final AssistantManagement assistant;

	private final LinesPage synonymsPage;

	private final LinesPage notHandledPage;

	private final FaqWords words;

	FaqPages(FaqManagement faq, AssistantManagement assistant, FaqWords words) {
		this.faq = faq;
		this.assistant = assistant;
		this.words = words;
		this.synonymsPage = new LinesPage("/faq/synonyms", "faq.synonyms", "save-synonyms", assistant::synonyms,
				assistant::changeSynonyms, words);
		this.notHandledPage = new LinesPage("/faq/not-handled", "faq.notHandled", "save-not-handled",
				assistant::notHandled, assistant::changeNotHandled, words);
	}

	@GetMapping("/faq")
	String list(@RequestParam(required = false) FaqStatus status, @RequestParam(defaultValue = "") String query,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", faq.list(status, null, null, query.length() > 100 ? query.substring(0, 100) : query,
				Math.max(0, Math.min(page, 100_000)), 30));
		model.addAttribute("status", status);
		model.addAttribute("query", query);
		model.addAttribute("statuses", FaqStatus.values());
		model.addAttribute("mayEdit", faq.currentMayEdit());
		model.addAttribute("mayReadGaps", assistant.currentMayReadGaps());
		long[] counts = assistant.counts(30);
		model.addAttribute("asked", counts[0]);
		model.addAttribute("answered", counts[1]);
		return "assistant/faq-list";
	}

	@GetMapping("/faq/new")
	String form(@RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String gap, Model model) {
		model.addAttribute("categories", FaqCategory.values());
		model.addAttribute("prefill", question.length() > 500 ? question.substring(0, 500) : question);
		model.addAttribute("gap", gap.length() > 500 ? gap.substring(0, 500) : gap);
		return "assistant/faq-new";
	}

	@PostMapping("/faq")
	String create(@RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String answer,
			@RequestParam(defaultValue = "zh-CN") String language, @RequestParam(defaultValue = "") String alternatives,
			@RequestParam(defaultValue = "") String keywords, @RequestParam(required = false) FaqCategory category,
			@RequestParam(required = false) String gap, @RequestParam(defaultValue = "") String englishAnswer,
			Model model) {
		try {
			WriteFaqEntry entry = entry(question, answer, language, alternatives, keywords, category, englishAnswer);
			long id = gap == null || gap.isBlank() ? faq.create(entry).id() : assistant.answerGap(gap, entry).id();
			return "redirect:/faq/" + id;
		}
		catch (ProblemException e) {
			model.addAttribute("error", words.of(e));
			String page = form(question, gap == null ? "" : gap, model);
			model.addAttribute("draft", new Draft(question, split(alternatives, "\\R"), answer, englishAnswer,
					split(keywords, "[\\s,，]+"), category, language));
			return page;
		}
	}

	@GetMapping("/faq/{id}")
	String entry(@PathVariable long id, Model model) {
		model.addAttribute("e", faq.get(id));
		model.addAttribute("categories", FaqCategory.values());
		model.addAttribute("mayEdit", faq.currentMayEdit());
		return "assistant/faq-entry";
	}

	@PostMapping("/faq/{id}/{step:edit|submit|retire}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(defaultValue = "") String question,
			@RequestParam(defaultValue = "") String answer, @RequestParam(defaultValue = "zh-CN") String language,
			@RequestParam(defaultValue = "") String alternatives, @RequestParam(defaultValue = "") String keywords,
			@RequestParam(required = false) FaqCategory category, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String englishAnswer, RedirectAttributes redirect) {
		try {
			switch (step) {
				case "edit" -> faq.edit(id, entry(question, answer, language, alternatives, keywords, category,
						englishAnswer));
				case "submit" -> faq.submit(id);
				default -> faq.retire(id, reason);
			}
			redirect.addFlashAttribute("done", step);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words.of(e));
		}
		return "redirect:/faq/" + id;
	}

	@GetMapping("/faq/gaps")
	String gaps(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", assistant.gaps(Math.max(0, Math.min(page, 100_000)), 50));
		model.addAttribute("mayEdit", faq.currentMayEdit());
		return "assistant/gaps";
	}

	@PostMapping("/faq/gaps/dismiss")
	String dismiss(@RequestParam String key) {
		assistant.dismissGap(key);
		return "redirect:/faq/gaps";
	}

	@GetMapping("/faq/synonyms")
	String synonyms(Model model) {
		return synonymsPage.show(model);
	}

	@PostMapping("/faq/synonyms")
	String changeSynonyms(@RequestParam(defaultValue = "") String lines, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "0") int basedOn, Model model, RedirectAttributes redirect) {
		return synonymsPage.change(lines, reason, basedOn, model, redirect);
	}

	@GetMapping("/faq/not-handled")
	String notHandled(Model model) {
		return notHandledPage.show(model);
	}

	@PostMapping("/faq/not-handled")
	String changeNotHandled(@RequestParam(defaultValue = "") String lines, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "0") int basedOn, Model model, RedirectAttributes redirect) {
		return notHandledPage.change(lines, reason, basedOn, model, redirect);
	}

	private static WriteFaqEntry entry(String question, String answer, String language, String alternatives,
			String keywords, FaqCategory category, String englishAnswer) {
		if (question.isBlank() || answer.isBlank() || question.length() > 500 || answer.length() > 4000
				|| !List.of("zh-CN", "en").contains(language)) {
			throw org.clientcare.shared.problem.InvalidInput.of(question.isBlank() ? "question" : "answer", "required",
					"A question (up to 500 characters) and an answer (up to 4,000)");
		}
		if (englishAnswer.length() > 4000) {
			throw org.clientcare.shared.problem.InvalidInput.of("englishAnswer", "size", "At most 4,000 characters");
		}
		return new WriteFaqEntry(question, answer, language, split(keywords, "[\\s,，]+"), split(alternatives, "\\R"),
				category, "en".equals(language) ? null : englishAnswer);
	}

	private static List<String> split(String text, String separator) {
		return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).limit(20)
			.map(s -> s.length() > 100 && separator.equals("[\\s,，]+") ? s.substring(0, 100) : s).toList();
	}

	/** What the editor wrote in a new entry the page refused, shown again as written. */
	record Draft(String question, List<String> alternatives, String answer, String englishAnswer,
			List<String> keywords, FaqCategory category, String language) {
	}

	/** A change of a list an administrator keeps as lines of text, against the version it was read at. */
	@FunctionalInterface
	interface LinesChange {

		void change(String lines, String reason, int basedOn);
	}

	/**
	 * An administrators' page of a versioned list kept as lines of text (the synonym map, the things not handled here):
	 * its path, the key of its messages ({@code key}, {@code keyIntro}, {@code keySaved}, {@code keyVersion}), the id
	 * of its save button, the list in force and its change. A refused change shows the list's page again with the
	 * refusal in the page's language above the lines as typed; a saved one goes back to the page with a notice.
	 */
	record LinesPage(String path, String messages, String saveId, Supplier<?> current, LinesChange change,
			FaqWords words) {

		String show(Model model) {
			model.addAttribute("linesPage", this);
			model.addAttribute("current", current.get());
			return "assistant/lines";
		}

		String change(String lines, String reason, int basedOn, Model model, RedirectAttributes redirect) {
			try {
				change.change(lines, reason, basedOn);
				redirect.addFlashAttribute("done", true);
				return "redirect:" + path;
			}
			catch (ProblemException e) {
				model.addAttribute("error", words.of(e));
				model.addAttribute("lines", lines);
				return show(model);
			}
		}
	}
}
