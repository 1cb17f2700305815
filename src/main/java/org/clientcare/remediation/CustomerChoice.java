package org.clientcare.remediation;

/** What the mis-sold customer chose: withdraw from the policy (退保), keep it, or switch to a suitable product. */
public enum CustomerChoice {
	WITHDRAW, KEEP, SWITCH
}
