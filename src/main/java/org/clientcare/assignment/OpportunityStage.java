package org.clientcare.assignment;

/** Where a business opportunity stands in the pipeline; {@code WON} and {@code LOST} end it. */
public enum OpportunityStage {

	LEAD, QUALIFIED, PROPOSAL, WON, LOST;

	public boolean open() {
		return this != WON && this != LOST;
	}
}
