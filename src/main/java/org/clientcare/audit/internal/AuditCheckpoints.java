package org.clientcare.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.clientcare.shared.jobs.Job;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sealed checkpoints of the audit chain (审计检查点), job {@code audit-checkpoint}: the number of entries and the last
 * entry's MAC, signed with the primary audit key, appended to a file outside the database
 * ({@code clientcare.audit.checkpoint-dir}). Whoever can write the audit table cannot reach that file, so a tail cut
 * off the chain, or a chain rebuilt after a checkpoint, no longer matches it: {@link #firstBreak} names the first
 * entry a checkpoint vouches for that is missing or different.
 */
@Component
public class AuditCheckpoints implements Job {

	public static final String NAME = "audit-checkpoint";

	private final JdbcClient jdbc;

	private final AuditKeys keys;

	private final Clock clock;

	private final Path file;

	AuditCheckpoints(JdbcClient jdbc, AuditKeys keys, Clock clock, @Value("${clientcare.audit.checkpoint-dir:}") String dir,
			@Value("${clientcare.data-dir:data}") String dataDir) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.clock = clock;
		this.file = (dir == null || dir.isBlank() ? Path.of(dataDir, "audit-checkpoints") : Path.of(dir))
			.resolve("checkpoints.log");
	}

	@Override
	public String name() {
		return NAME;
	}

	/** Seals a checkpoint of the chain as it stands, unless the last one already covers its last entry. */
	@Override
	public synchronized Map<String, Object> run() {
		// Under the chain's lock (within the job's transaction), so the end read is one no append is about to extend.
		jdbc.sql("select pg_advisory_xact_lock(?)").param(AuditHashing.CHAIN_LOCK).query((rs, n) -> 1).list();
		var last = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
			.query((rs, n) -> new Checkpoint(rs.getLong(1), rs.getString(2), null, keys.primaryId(), null)).optional();
		Map<String, Object> result = new LinkedHashMap<>();
		if (last.isEmpty() || read().stream().anyMatch(sealed -> sealed.seq() == last.get().seq())) {
			result.put("sealed", 0);
			return result;
		}
		var checkpoint = new Checkpoint(last.get().seq(), last.get().mac(), clock.instant().toString(), keys.primaryId(), null);
		String line = checkpoint.body() + "|" + sign(checkpoint, keys.key(keys.primaryId())) + "\n";
		try {
			Files.createDirectories(file.getParent());
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND)) {
				channel.write(java.nio.ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
				channel.force(true);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the audit checkpoint to " + file, e);
		}
		result.put("sealed", 1);
		result.put("entries", checkpoint.seq());
		return result;
	}

	/**
	 * The first entry a sealed checkpoint vouches for that the chain lacks or holds differently; a checkpoint whose
	 * signature does not hold under its key breaks at its own entry.
	 */
	public Optional<Long> firstBreak() {
		Long first = null;
		for (Checkpoint checkpoint : read()) {
			byte[] key = keys.key(checkpoint.keyId());
			boolean signed = key != null && sign(checkpoint, key).equals(checkpoint.signature());
			Optional<String> mac = jdbc.sql("select hash from audit_entry where seq = ?").param(checkpoint.seq())
				.query(String.class).optional();
			Long broken = null;
			if (!signed || (mac.isPresent() && !mac.get().equals(checkpoint.mac()))) {
				broken = checkpoint.seq();
			}
			else if (mac.isEmpty()) {
				Long lastSeq = jdbc.sql("select max(seq) from audit_entry where seq < ?").param(checkpoint.seq())
					.query(Long.class).single();
				broken = (lastSeq == null ? 0 : lastSeq) + 1;
			}
			if (broken != null && (first == null || broken < first)) {
				first = broken;
			}
		}
		return Optional.ofNullable(first);
	}

	private List<Checkpoint> read() {
		if (!Files.exists(file)) {
			return List.of();
		}
		try {
			return Files.readAllLines(file, StandardCharsets.US_ASCII).stream().filter(line -> !line.isBlank())
				.map(Checkpoint::parse).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the audit checkpoints in " + file, e);
		}
	}

	private static String sign(Checkpoint checkpoint, byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(("audit-checkpoint|" + checkpoint.body()).getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** One line: {@code seq|mac|time|keyId|signature}; {@code seq} is also the number of entries it vouches for. */
	record Checkpoint(long seq, String mac, String at, short keyId, String signature) {

		String body() {
			return seq + "|" + mac + "|" + at + "|" + keyId;
		}

		static Checkpoint parse(String line) {
			String[] parts = line.strip().split("\\|");
			if (parts.length != 5) {
				return new Checkpoint(0, "", "", (short) 0, "");
			}
			try {
				return new Checkpoint(Long.parseLong(parts[0]), parts[1], parts[2], Short.parseShort(parts[3]), parts[4]);
			}
			catch (NumberFormatException e) {
				return new Checkpoint(0, "", "", (short) 0, "");
			}
		}
	}
}
