package org.clientcare.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.privacy.internal.KeyRotationProgress;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.pii.PiiRewrite;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PII key rotation that finishes (SPEC §11, issue 19): the {@code key-rotation} job walks every table with personal
 * information — each module's {@link PiiRewrite}, in the module's own SQL — in the order of its key, re-encrypting the
 * values under older keys with the primary key and, while a previous index key is configured, recomputing the search
 * hashes under the current one. Each batch commits on its own with the place it reached, so the application keeps
 * serving (a batch locks only its own rows, briefly) and a run cut short resumes after the last batch it committed.
 * The start and the end of a rotation are audited. Which rotation is under way is {@link PiiCipher#version()}: a new
 * primary key or index key starts a new one.
 */
@Service
public class KeyRotation {

	private final ObjectProvider<PiiRewrite> rewrites;

	private final KeyRotationProgress progress;

	private final PiiCipher pii;

	private final AuditTrail audit;

	private final Authorization authorization;

	private final KeyRotationSettings settings;

	private final Clock clock;

	private final TransactionTemplate batches;

	KeyRotation(ObjectProvider<PiiRewrite> rewrites, KeyRotationProgress progress, PiiCipher pii, AuditTrail audit,
			Authorization authorization, KeyRotationSettings settings, Clock clock, PlatformTransactionManager transactions) {
		this.rewrites = rewrites;
		this.progress = progress;
		this.pii = pii;
		this.audit = audit;
		this.authorization = authorization;
		this.settings = settings;
		this.clock = clock;
		this.batches = new TransactionTemplate(transactions);
		this.batches.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The rotation under way or finished, table by table (administrators and compliance, which reads it only). */
	public KeyRotationStatus status() {
		authorization.require(Permission.CONFIGURATION_READ);
		String target = pii.version();
		Map<String, KeyRotationProgress.Row> rows = new LinkedHashMap<>();
		progress.of(target).forEach(row -> rows.put(row.table().name(), row));
		List<Integer> keys = pii.keyIds().stream().map(Byte::intValue).toList();
		if (nothingToRotate(rows.isEmpty())) {
			return new KeyRotationStatus(target, pii.primaryKeyId(), keys, false, true, tables().stream()
				.map(rewrite -> new KeyRotationStatus.Table(rewrite.name(), rewrite.rows(), 0, 0, null, null, null))
				.toList(), true);
		}
		List<KeyRotationStatus.Table> tables = new ArrayList<>();
		boolean finished = true;
		for (PiiRewrite rewrite : tables()) {
			KeyRotationProgress.Row row = rows.get(rewrite.name());
			if (row == null) {
				tables.add(new KeyRotationStatus.Table(rewrite.name(), rewrite.rows(), 0, 0, null, null, null));
				finished = false;
			}
			else {
				tables.add(row.table());
				finished &= row.table().finishedAt() != null;
			}
		}
		return new KeyRotationStatus(target, pii.primaryKeyId(), keys, pii.rotatingIndex(), finished, tables, false);
	}

	/**
	 * One encryption key and no previous index key, and no walk under this target begun: every value is written under
	 * the newest keys, so a walk would rewrite nothing. (A walk begun before the older key was removed goes on: a value
	 * still under the removed key then fails it, as the run book warns.)
	 */
	private boolean nothingToRotate(boolean neverWalked) {
		return !pii.rotationConfigured() && neverWalked;
	}

	/**
	 * The job's work: every table not yet finished under the current target, batch by batch, each batch in a
	 * transaction of its own. Answers the rows walked and rewritten per table in this run — or, with one key of each
	 * kind and no walk begun, that there is nothing to rotate, having walked nothing and audited nothing.
	 */
	public Map<String, Object> run() {
		String target = pii.version();
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("target", target);
		boolean neverWalked = progress.of(target).isEmpty();
		if (nothingToRotate(neverWalked)) {
			report.put("nothingToRotate", true);
			return report;
		}
		List<PiiRewrite> tables = tables();
		if (neverWalked) {
			batches.executeWithoutResult(status -> audit.record("pii.rotation.started", "pii_rotation", target, null,
					Map.of("target", target, "tables", tables.stream().map(PiiRewrite::name).toList(), "dualRead",
							pii.rotatingIndex())));
		}
		boolean walked = false;
		for (PiiRewrite table : tables) {
			Optional<KeyRotationProgress.Row> row = progress.find(target, table.name());
			if (row.isPresent() && row.get().table().finishedAt() != null) {
				continue;
			}
			walked = true;
			if (row.isEmpty()) {
				batches.executeWithoutResult(status -> progress.start(target, table.name(), table.rows(), clock.instant()));
			}
			String after = row.map(KeyRotationProgress.Row::lastKey).orElse(null);
			long seen = 0;
			long changed = 0;
			while (true) {
				String from = after;
				PiiRewrite.Batch batch = batches.execute(status -> {
					PiiRewrite.Batch b = table.rewrite(from, settings.batchSize());
					if (b.done()) {
						progress.finish(target, table.name(), clock.instant());
					}
					else {
						progress.advance(target, table.name(), b.last(), b.seen(), b.changed(), clock.instant());
					}
					return b;
				});
				if (batch.done()) {
					break;
				}
				seen += batch.seen();
				changed += batch.changed();
				after = batch.last();
			}
			report.put(table.name(), Map.of("rows", seen, "rewritten", changed));
		}
		if (walked) {
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("target", target);
			progress.of(target).forEach(r -> after.put(r.table().name(), r.table().rowsChanged()));
			batches.executeWithoutResult(status -> audit.record("pii.rotation.finished", "pii_rotation", target, null, after));
		}
		report.put("finished", true);
		return report;
	}

	private List<PiiRewrite> tables() {
		return rewrites.orderedStream().sorted(Comparator.comparing(PiiRewrite::name)).toList();
	}
}
