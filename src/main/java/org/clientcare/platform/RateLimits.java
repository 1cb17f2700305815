package org.clientcare.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.clientcare.shared.kyc.MainlandMobile;
import org.clientcare.shared.pii.PiiCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rate limits (限流) shared by every instance: a token bucket per limit and key (a client address, a mobile number),
 * kept in PostgreSQL by bucket4j ({@code rate_limit_bucket}, one row per bucket, locked while it is counted). A
 * mobile number is stored only as its keyed hash. Buckets whose window has passed are deleted now and then.
 */
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private static final int CLEAN_EVERY = 500;

	private final ProxyManager<String> buckets;

	private final PiiCipher pii;

	private final RateLimitSettings settings;

	private final AtomicLong counted = new AtomicLong();

	public RateLimits(ProxyManager<String> buckets, PiiCipher pii, RateLimitSettings settings) {
		this.buckets = buckets;
		this.pii = pii;
		this.settings = settings;
	}

	/**
	 * Counts one request from a client address against the limit; answers how long to wait when the limit is used up,
	 * empty when the request may go on (always for an exempt address, or with the limits off).
	 */
	public Optional<Duration> byAddress(Limit limit, String address) {
		return exempt(address) ? Optional.empty() : tryConsume(limit, address == null ? "unknown" : address);
	}

	/** Counts one request that names a mobile number against the limit of that number, as {@link #byAddress}. */
	public Optional<Duration> byMobile(Limit limit, String mobile) {
		return !settings.enabled() || mobile == null || mobile.isBlank() ? Optional.empty()
				: tryConsume(limit, mobileKey(mobile));
	}

	/** Whether requests from the address go unlimited: the limits are off, or the address is exempt. */
	public boolean exempt(String address) {
		return !settings.enabled() || settings.exempt(address);
	}

	private Optional<Duration> tryConsume(Limit limit, String key) {
		String id = limit.name() + ":" + (key.length() > 120 ? sha256(key) : key);
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillIntervally(limit.requests(), limit.window()))
			.build();
		var probe = buckets.builder().build(id, () -> configuration).tryConsumeAndReturnRemaining(1);
		if (counted.incrementAndGet() % CLEAN_EVERY == 0) {
			clean();
		}
		if (probe.isConsumed()) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** The key of a mobile number: its keyed hash, the same for every way of writing the number. */
	private String mobileKey(String mobile) {
		String number = MainlandMobile.normalize(mobile).orElse(mobile.replaceAll("[^0-9+]", ""));
		return HexFormat.of().formatHex(pii.searchHash(number)).substring(0, 32);
	}

	private void clean() {
		if (buckets instanceof PostgreSQLSelectForUpdateBasedProxyManager<String> manager) {
			try {
				manager.removeExpired(1000);
			}
			catch (RuntimeException e) {
				log.warn("Removing expired rate-limit buckets failed", e);
			}
		}
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A limit: at most {@code requests} in each {@code window}, counted from a key's first request. */
	public record Limit(String name, int requests, Duration window) {
	}
}
