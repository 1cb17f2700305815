package org.clientcare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.clientcare.account.AccountIntake;
import org.clientcare.account.AccountKind;
import org.clientcare.account.AccountStatus;
import org.clientcare.account.ChangeAccountStatus;
import org.clientcare.account.OpenAccount;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerSearch;
import org.clientcare.customer.CustomerView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Twelve months of accounts from the core system, so that the KPI charts have a shape: Pudong opens its settlement
 * accounts on target (two basic accounts and more a month), Xuhui falls short in most months; a few personal accounts
 * turn dormant and some of them come back. All dated relative to the load day, through the same intake the core
 * system uses.
 */
@Component
class AccountHistoryDemo {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final AccountKind[] PUDONG = { AccountKind.BASIC, AccountKind.GENERAL, AccountKind.BASIC,
			AccountKind.SPECIAL, AccountKind.GENERAL, AccountKind.TEMPORARY };

	private static final AccountKind[] XUHUI = { AccountKind.GENERAL, AccountKind.BASIC, AccountKind.SPECIAL };

	private final AccountIntake accounts;

	private final CustomerManagement customers;

	private final Clock clock;

	private final TransactionTemplate inOneTransaction;

	AccountHistoryDemo(AccountIntake accounts, CustomerManagement customers, Clock clock,
			PlatformTransactionManager transactions) {
		this.inOneTransaction = new TransactionTemplate(transactions);
		this.accounts = accounts;
		this.customers = customers;
		this.clock = clock;
	}

	/** The year's openings and status changes, in one transaction: each published as when reported one by one. */
	void load() {
		inOneTransaction.executeWithoutResult(status -> year());
	}

	private void year() {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		List<CustomerView> pudong = of("SH-PD");
		List<CustomerView> xuhui = of("SH-XH");
		int n = 0;
		for (int back = 11; back >= 0; back--) {
			LocalDate month = today.minusMonths(back).withDayOfMonth(1);
			int days = back == 0 ? today.getDayOfMonth() : month.lengthOfMonth();
			int pudongCount = back == 0 ? Math.min(PUDONG.length, 1 + today.getDayOfMonth() / 5) : PUDONG.length;
			for (int i = 0; i < pudongCount; i++) {
				open(pudong, n++, PUDONG[i], month.plusDays((i * 5L) % days), "SH-PD");
			}
			int xuhuiCount = back % 3 == 0 ? XUHUI.length : 1 + back % 2;
			for (int i = 0; i < Math.min(xuhuiCount, back == 0 ? 1 : XUHUI.length); i++) {
				open(xuhui, n++, XUHUI[i], month.plusDays((i * 7L + 2) % days), "SH-XH");
			}
			LocalDate personal = month.plusDays(3 % days);
			String externalId = open(back % 2 == 0 ? pudong : xuhui, n++, AccountKind.PERSONAL_SETTLEMENT, personal,
					back % 2 == 0 ? "SH-PD" : "SH-XH");
			if (back >= 4) {
				accounts.changeStatus(externalId, new ChangeAccountStatus(AccountStatus.DORMANT,
						personal.plusMonths(2).toString()));
				if (back % 2 == 0) {
					accounts.changeStatus(externalId, new ChangeAccountStatus(AccountStatus.ACTIVE,
							personal.plusMonths(3).toString()));
				}
			}
		}
	}

	private String open(List<CustomerView> customers, int n, AccountKind kind, LocalDate day, String unit) {
		String externalId = "6228" + String.format("%08d", 48_000 + n);
		accounts.open(new OpenAccount(externalId, customers.get(n % customers.size()).id(), kind, day.toString(), unit));
		return externalId;
	}

	private List<CustomerView> of(String unit) {
		List<CustomerView> first = customers.search(CustomerSearch.byQuery(null, 0, 300)).content();
		List<CustomerView> ofUnit = first.stream().filter(c -> unit.equals(c.orgUnit())).toList();
		return ofUnit.isEmpty() ? first : ofUnit;
	}
}
