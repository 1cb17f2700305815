package org.clientcare.privacy;

import java.time.Instant;
import java.util.List;

/**
 * How far the {@code key-rotation} job has brought the stored personal information under the newest keys.
 *
 * @param target         what every value must end up under: the primary key's id and the index key's fingerprint
 * @param primaryKeyId   the id of the key new values are encrypted with
 * @param configuredKeys the ids of the configured keys; an older one may be removed once {@code finished}
 * @param dualRead       whether a previous index key is configured, so lookups compare both hashes
 * @param finished       every table has been walked under this target
 * @param tables         each table's progress, in the order the job walks them; while nothing was ever to rotate,
 *                       each table's rows as they are, none walked
 * @param nothingToRotate one encryption key and no previous index key are configured and no rotation to this target
 *                       was ever walked: every value is under the newest keys, and the job has nothing to do
 */
public record KeyRotationStatus(String target, int primaryKeyId, List<Integer> configuredKeys, boolean dualRead,
		boolean finished, List<Table> tables, boolean nothingToRotate) {

	/**
	 * @param rowsTotal   rows in the table when the rotation counted them (as they are, while nothing is to rotate)
	 * @param rowsSeen    rows walked
	 * @param rowsChanged rows written again (under an older key, or with a hash under the previous index key)
	 */
	public record Table(String name, long rowsTotal, long rowsSeen, long rowsChanged, Instant startedAt,
			Instant updatedAt, Instant finishedAt) {

		/** Per cent walked, 0–100. */
		public int percent() {
			if (finishedAt != null) {
				return 100;
			}
			return rowsTotal <= 0 ? 0 : (int) Math.min(99, rowsSeen * 100 / rowsTotal);
		}
	}
}
