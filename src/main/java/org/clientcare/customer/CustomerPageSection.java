package org.clientcare.customer;

/**
 * A section another module adds to the customer 360 page (complaints, revisits, tier…): the template fragment
 * {@code <template> :: section} is rendered with {@code data} from {@link #data(long)}, only for a customer the
 * viewer may see.
 */
public interface CustomerPageSection {

	/** Where the section stands; lower comes first. */
	int order();

	/** The template holding a fragment named {@code section}, e.g. {@code complaint/customer-section}. */
	String template();

	/** The section's model for one customer, read within the viewer's scope. */
	Object data(long customerId);
}
