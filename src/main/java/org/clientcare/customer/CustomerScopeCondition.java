package org.clientcare.customer;

import java.util.List;

/**
 * The data-scope rule as a SQL condition over the customer table with alias {@code c}, for modules whose queries
 * join customers (revisits, tier distribution): the same rule every customer query of this module applies.
 */
public record CustomerScopeCondition(String sql, List<Object> params) {
}
