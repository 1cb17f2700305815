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

	/**
	 * The page {@code page} of {@code size} of a whole list the caller's scope already bounds (a customer's diary, the
	 * caller's to-dos, reference data), in its order; {@code totalElements} is the list's length. Past the end: an
	 * empty page with the same total.
	 */
	public static <T> ResultPage<T> slice(List<T> all, int page, int size) {
		long from = Math.min((long) page * size, all.size());
		long to = Math.min(from + size, all.size());
		return new ResultPage<>(List.copyOf(all.subList((int) from, (int) to)), page, size, all.size());
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < totalElements;
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
