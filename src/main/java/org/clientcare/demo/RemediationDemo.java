package org.clientcare.demo;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.clientcare.remediation.CustomerChoice;
import org.clientcare.remediation.Remediation;
import org.clientcare.remediation.RemediationManagement;
import org.clientcare.shared.ActingClock;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;

import org.springframework.stereotype.Component;

/**
 * The demo's mis-selling remediations (销售误导整改), one per mis-selling complaint of the living demo, opened as the
 * complaint arrived (the listener would open the same): the newest assigned to li.rm, the next put right by wang.agent
 * with a withdrawal whose refund waits for approval, the oldest past its 15 working days and unassigned — the SLA sweep
 * escalates it to compliance.
 */
@Component
class RemediationDemo {

	/** A mis-selling complaint of the demo: its id, customer, receipt and product. */
	record Finding(long complaintId, CustomerId customer, OffsetDateTime receivedAt, String productCode) {
	}

	private final RemediationManagement remediations;

	private final DemoStaff staff;

	RemediationDemo(RemediationManagement remediations, DemoStaff staff) {
		this.remediations = remediations;
		this.staff = staff;
	}

	/** {@code findings} from the newest to the oldest. */
	void load(List<Finding> findings) {
		long[] ids = new long[findings.size()];
		CurrentActor.runAs(Actor.system("demo"), () -> {
			for (int i = 0; i < findings.size(); i++) {
				Finding f = findings.get(i);
				ids[i] = remediations.open(Remediation.Source.COMPLAINT, f.complaintId(), f.customer(), null,
						f.productCode(), List.of("COMPLAINT"), f.receivedAt().toInstant()).id();
			}
		});
		// each step taken when it was, a day or a few after the complaint came in
		if (ids.length > 0) {
			staff.as("zhao.manager", () -> at(findings.get(0).receivedAt().plusDays(1), () -> remediations.assign(ids[0], "li.rm")));
		}
		if (ids.length > 1) {
			OffsetDateTime received = findings.get(1).receivedAt();
			staff.as("zhao.manager", () -> at(received.plusDays(1), () -> remediations.assign(ids[1], "wang.agent")));
			staff.as("wang.agent", () -> at(received.plusDays(4), () -> remediations.resolve(ids[1],
					CustomerChoice.WITHDRAW, new BigDecimal("36000.00"), "上门说明产品性质，客户选择退保，申请全额退还保费")));
		}
	}

	private static void at(OffsetDateTime when, Runnable step) {
		ActingClock.at(when.toInstant(), step);
	}
}
