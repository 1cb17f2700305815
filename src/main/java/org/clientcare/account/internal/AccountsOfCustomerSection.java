package org.clientcare.account.internal;

import java.util.List;

import org.clientcare.account.Account;
import org.clientcare.account.AccountIntake;
import org.clientcare.customer.CustomerPageSection;
import org.clientcare.shared.CustomerId;

import org.springframework.stereotype.Component;

/** The customer's accounts on its 360 page, newest first. */
@Component
class AccountsOfCustomerSection implements CustomerPageSection {

	private final AccountIntake accounts;

	private final java.time.Clock clock;

	AccountsOfCustomerSection(AccountIntake accounts, java.time.Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 28;
	}

	@Override
	public String template() {
		return "account/customer-section";
	}

	@Override
	public List<Line> data(long customerId) {
		return accounts.ofCustomer(new CustomerId(customerId)).stream()
			.map(a -> new Line(a, a.openedAt().atZone(clock.getZone()).toLocalDate(),
					a.statusSince().atZone(clock.getZone()).toLocalDate()))
			.toList();
	}

	/** One account with its dates in the institution's zone. */
	record Line(Account account, java.time.LocalDate openedOn, java.time.LocalDate statusSince) {
	}
}
