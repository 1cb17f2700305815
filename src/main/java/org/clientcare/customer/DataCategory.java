package org.clientcare.customer;

import java.time.Period;
import java.util.Arrays;
import java.util.Optional;

/**
 * The categories of personal information by how long the law or the business needs them after the relationship ends
 * (SPEC §11; PIPL Art. 19: no longer than needed; AML law 2024 Art. 34: identity data and transaction records at least
 * 10 years). Each module's {@link CustomerAnonymisation} names the category of what it holds; the privacy module's
 * {@code retention} job scrubs a category once its own period (setting {@code retention.<key>}) has passed, and the
 * customer record itself — {@link #IDENTITY}, which every other record names — last, when every category's has.
 */
public enum DataCategory {

	/** 客户身份资料: the customer record (name, ID document, contacts, search hashes), its data-subject requests. */
	IDENTITY("identity", Period.ofYears(10)),
	/** 交易记录: transactions and what documents a sale — suitability checks, acknowledgments, dual recordings,
	 * tiers computed from the figures, remediation refunds. */
	TRANSACTIONS("transactions", Period.ofYears(10)),
	/** 服务记录: complaints, cases, visits, appointments, inquiries, the manager's diary and plans, entitlements, VIP,
	 * the timeline. */
	SERVICE_RECORDS("service-records", null),
	/** 回访记录: what the customer said in revisits and the notes on them. */
	REVISIT_NOTES("revisit-notes", null),
	/** 营销与关怀: birthdays kept for greetings, unsubscribe links, the messages sent (addresses and contents). */
	MARKETING("marketing", null);

	private final String key;

	private final Period lawfulMinimum;

	DataCategory(String key, Period lawfulMinimum) {
		this.key = key;
		this.lawfulMinimum = lawfulMinimum;
	}

	/** The key of the setting, {@code retention.<key>}. */
	public String key() {
		return key;
	}

	/** The shortest period the law allows (AML law Art. 34: 10 years), empty when none is set by law. */
	public Optional<Period> lawfulMinimum() {
		return Optional.ofNullable(lawfulMinimum);
	}

	public static Optional<DataCategory> ofKey(String key) {
		return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
	}
}
