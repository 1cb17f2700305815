package org.clientcare.assistant.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clientcare.assistant.retrieval.KnowledgeIndex;
import org.clientcare.assistant.retrieval.SynonymMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * This instance's in-memory index of the published entries. Every read first asks the database for the knowledge
 * base's generation (raised in the transaction of every publication, retirement, synonym change and change of the list
 * of things the bank does not handle) and rebuilds the
 * index from the database when it changed, so a change made on any instance counts on every instance from its commit
 * on; readers keep using the previous index while one thread rebuilds.
 */
@Component
public class KnowledgeBase {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

	private final FaqEntries entries;

	private final Synonyms synonyms;

	private final NotHandledThings notHandled;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	KnowledgeBase(FaqEntries entries, Synonyms synonyms, NotHandledThings notHandled) {
		this.entries = entries;
		this.notHandled = notHandled;
		this.synonyms = synonyms;
	}

	/** The index and the published texts as of the knowledge base's current generation. */
	public Snapshot current() {
		long generation = entries.generation();
		Snapshot snapshot = current.get();
		if (snapshot != null && snapshot.generation() == generation) {
			return snapshot;
		}
		synchronized (this) {
			snapshot = current.get();
			if (snapshot == null || snapshot.generation() != generation) {
				snapshot = build(generation);
				current.set(snapshot);
			}
			return snapshot;
		}
	}

	private Snapshot build(long generation) {
		long started = System.nanoTime();
		List<FaqEntries.Published> published = entries.published();
		SynonymMap map = synonyms.current().map();
		KnowledgeIndex index = KnowledgeIndex.build(published.stream().map(p -> new KnowledgeIndex.Entry(p.id(),
				p.language(), phrasings(p), p.keywords(), p.englishAnswer())).toList(), map, notHandled.current().list());
		log.info("Assistant index of generation {} built: {} entries in {} ms", generation, published.size(),
				(System.nanoTime() - started) / 1_000_000);
		return new Snapshot(generation, index,
				published.stream().collect(Collectors.toUnmodifiableMap(FaqEntries.Published::id, Function.identity())));
	}

	private static List<String> phrasings(FaqEntries.Published entry) {
		var phrasings = new java.util.ArrayList<String>();
		phrasings.add(entry.question());
		phrasings.addAll(entry.alternatives());
		if (!entry.keywords().isEmpty()) {
			phrasings.add(String.join(" ", entry.keywords()));
		}
		return phrasings;
	}

	/** One generation of the knowledge base: its index and the published entries by id. */
	public record Snapshot(long generation, KnowledgeIndex index, Map<Long, FaqEntries.Published> entries) {
	}
}
