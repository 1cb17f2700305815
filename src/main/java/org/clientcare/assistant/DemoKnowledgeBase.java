package org.clientcare.assistant;

import java.util.List;

import org.clientcare.assistant.retrieval.KnowledgeBaseFile;

/**
 * The demo knowledge base (演示知识库) as entries to write: the 95 entries of
 * {@code assistant/demo-knowledge-base.tsv}, the same file the retrieval benchmark indexes.
 */
public final class DemoKnowledgeBase {

	private DemoKnowledgeBase() {
	}

	public static List<WriteFaqEntry> entries() {
		return KnowledgeBaseFile.read(KnowledgeBaseFile.DEMO).stream()
			.map(line -> new WriteFaqEntry(line.question(), line.answer(), line.language(), line.keywords(),
					line.alternatives(), FaqCategory.valueOf(line.category()), line.englishAnswer()))
			.toList();
	}
}
