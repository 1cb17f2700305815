package org.clientcare.shared;

import java.util.List;

/** One page of a list answer (§12): {@code {content, page, size, totalElements}}. */
public record ResultPage<T>(List<T> content, int page, int size, long totalElements) {

	public boolean hasNext() {
		return (long) (page + 1) * size < totalElements;
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
