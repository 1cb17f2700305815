package org.clientcare.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of cases ({@code clientcare.casework.*}): how many look-ups one address may make on the public progress
 * page per minute ({@code publicLookupsPerMinute}, default 10).
 */
@ConfigurationProperties("clientcare.casework")
public record CaseSettings(int publicLookupsPerMinute) {

	public CaseSettings {
		publicLookupsPerMinute = publicLookupsPerMinute <= 0 ? 10 : publicLookupsPerMinute;
	}
}
