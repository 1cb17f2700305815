package org.clientcare.platform.internal;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.clientcare.platform.RateLimitSettings;
import org.clientcare.platform.RateLimits;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rate limits: buckets in PostgreSQL ({@code rate_limit_bucket}), and the filter in front of the public pages. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
class RateLimitConfiguration {

	@Bean
	RateLimits rateLimits(DataSource dataSource, PiiCipher pii, RateLimitSettings settings) {
		var buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
			// A row may go once its bucket would be full again, and a little later.
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		return new RateLimits(buckets, pii, settings);
	}

	/** Before sign-in and sessions are looked at: a refused request costs one bucket update and nothing else. */
	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits, RateLimitSettings settings) {
		var registration = new FilterRegistrationBean<>(new RateLimitFilter(limits, settings));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		registration.addUrlPatterns("/public/*", "/api/v1/assistant/ask");
		return registration;
	}
}
