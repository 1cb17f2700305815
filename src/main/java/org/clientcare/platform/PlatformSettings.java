package org.clientcare.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the platform ({@code clientcare.*}).
 *
 * @param zone    the institution's time zone; deadlines and working days are computed in it
 * @param dataDir where the embedded database and its generated keys live when no database is configured
 * @param db      the external database; blank url means "start the embedded one"
 * @param pii     keys for PII encryption: {@code keys} as {@code id:base64,…} (the last is primary), and the index key
 * @param instanceName    this instance's name in the job runs, imports and db-scheduler's {@code picked_by}; by
 *                        default the host name and the process id ({@code app-1/4711})
 * @param jobRunRetention how long the record of a job run is kept (default 7 days)
 */
@ConfigurationProperties("clientcare")
public record PlatformSettings(ZoneId zone, Path dataDir, Db db, Pii pii, String instanceName,
		Duration jobRunRetention) {

	public PlatformSettings {
		zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		db = db == null ? new Db(null, null, null, 20, null, null, null) : db;
		pii = pii == null ? new Pii(null, null, null) : pii;
		instanceName = instanceName == null || instanceName.isBlank() ? hostAndProcess() : instanceName.strip();
		jobRunRetention = jobRunRetention == null ? Duration.ofDays(7) : jobRunRetention;
	}

	private static String hostAndProcess() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			host = "unknown-host";
		}
		return host + "/" + ProcessHandle.current().pid();
	}

	/**
	 * @param replicaUrl      a streaming replica of it for read-only work (reports, exports, list totals; see
	 *                        {@code ReportReads}), or blank; its user and password default to the primary's
	 */
	public record Db(String url, String username, String password, int poolSize, String replicaUrl,
			String replicaUsername, String replicaPassword) {

		public boolean external() {
			return url != null && !url.isBlank();
		}

		public boolean replicated() {
			return replicaUrl != null && !replicaUrl.isBlank();
		}
	}

	/**
	 * @param previousIndexKey the index key being replaced while the {@code key-rotation} job re-hashes (dual read), or
	 *                         empty
	 */
	public record Pii(String keys, String indexKey, String previousIndexKey) {

		public boolean configured() {
			return keys != null && !keys.isBlank() && indexKey != null && !indexKey.isBlank();
		}
	}
}
