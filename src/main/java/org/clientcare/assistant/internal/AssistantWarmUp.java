package org.clientcare.assistant.internal;

import java.util.ArrayList;
import java.util.List;

import org.clientcare.assistant.retrieval.KnowledgeBaseFile;
import org.clientcare.assistant.retrieval.KnowledgeIndex;
import org.clientcare.assistant.retrieval.NotHandled;
import org.clientcare.assistant.retrieval.SynonymMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Readies the assistant's text analysis as the application starts, beside the start's other work: the first index an
 * instance builds otherwise also pays for loading the Chinese word segmenter's dictionaries, the pinyin tables and
 * the search library's classes and reading the refusal classifier's shipped examples (about 2 to 4 s of CPU), and the
 * first question after a start waits for it. It builds a throw-away index of a few entries of the demo's knowledge
 * base file with the default synonyms and asks it one Chinese and one English question; it reads and changes nothing
 * of the knowledge base, whose own index is still built from the database ({@link KnowledgeBase}) when a question
 * first needs it, on the shipped examples the warm-up read.
 *
 * <p>On unless {@code clientcare.assistant.warm-up} is false: the test contexts switch it off, since most of them ask
 * the assistant nothing and the few that do pay the analysis at their first question instead of every context at its
 * start.
 */
@Component
@ConditionalOnProperty(name = "clientcare.assistant.warm-up", havingValue = "true", matchIfMissing = true)
class AssistantWarmUp {

	private static final Logger log = LoggerFactory.getLogger(AssistantWarmUp.class);

	@EventListener(ApplicationStartedEvent.class)
	void onStart() {
		Thread thread = new Thread(AssistantWarmUp::warmUp, "assistant-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	/** Readies the analysis; false when it failed (logged), which only loses the head start. */
	static boolean warmUp() {
		long started = System.nanoTime();
		try {
			List<KnowledgeBaseFile.Line> lines = KnowledgeBaseFile.read(KnowledgeBaseFile.DEMO);
			List<KnowledgeIndex.Entry> entries = new ArrayList<>();
			for (int i = 0; i < Math.min(3, lines.size()); i++) {
				KnowledgeBaseFile.Line line = lines.get(i);
				entries.add(new KnowledgeIndex.Entry(i + 1, line.language(), line.phrasings(), line.keywords()));
			}
			KnowledgeIndex index = KnowledgeIndex.build(entries,
					SynonymMap.parse(KnowledgeBaseFile.text(KnowledgeBaseFile.DEFAULT_SYNONYMS)),
					NotHandled.parse(KnowledgeBaseFile.text(KnowledgeBaseFile.DEFAULT_NOT_HANDLED)));
			index.retrieve("信用卡年费怎么收", 3);
			index.retrieve("How do I open an account?", 3);
			log.info("Assistant text analysis readied in {} ms", (System.nanoTime() - started) / 1_000_000);
			return true;
		}
		catch (RuntimeException e) {
			// Only a head start: the knowledge base's own index reports its errors where it is built.
			log.warn("Readying the assistant's text analysis failed", e);
			return false;
		}
	}
}
