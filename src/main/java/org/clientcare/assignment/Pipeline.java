package org.clientcare.assignment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The opportunities of the viewer's customers by stage (商机漏斗): count and expected amount per stage, and the
 * largest open ones with their customer's name.
 */
public record Pipeline(List<Stage> stages, List<Item> largestOpen) {

	public record Stage(OpportunityStage stage, long count, BigDecimal expectedAmount) {
	}

	public record Item(Opportunity opportunity, String customerName) {
	}

	/** The message keys of the stages, for the chart's labels. */
	public List<String> labelKeys() {
		return stages.stream().map(s -> "opportunity.stage." + s.stage().name()).toList();
	}

	public String amounts() {
		return String.join(",", stages.stream().map(s -> s.expectedAmount().toPlainString()).toList());
	}
}
