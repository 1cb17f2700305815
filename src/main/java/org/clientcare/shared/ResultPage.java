package org.clientcare.shared;

import java.util.List;

/**
 * One page of a list answer (§12): {@code {content, page, size, totalElements}}, and {@code totalIsEstimate} when
 * {@code totalElements} is the database's estimate rather than a count (more matches than {@link ListCounts} counts
 * exactly; pages show it as "about N").
 */
public record ResultPage<T>(List<T> content, int page, int size, long totalElements, boolean totalIsEstimate) {

	/** A page whose total is an exact count. */
	public ResultPage(List<T> content, int page, int size, long totalElements) {
		this(content, page, size, totalElements, false);
	}

	/** A page with the total {@link ListCounts} found. */
	public ResultPage(List<T> content, int page, int size, ListCount total) {
		this(content, page, size, total.total(), total.estimate());
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < totalElements;
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
