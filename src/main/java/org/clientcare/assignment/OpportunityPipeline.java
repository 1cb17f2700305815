package org.clientcare.assignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.clientcare.assignment.internal.DeskRecords;
import org.clientcare.assignment.internal.ManagerRules;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerNotFound;
import org.clientcare.identity.DataScope;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.Forbidden;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline (商机漏斗) of the caller's customers: an account manager's own, a branch manager's through the
 * account managers of its units, everyone's for administrators and compliance.
 */
@Service
public class OpportunityPipeline {

	private static final int LARGEST = 20;

	private final DeskRecords records;

	private final CustomerManagement customers;

	private final ManagerRules rules;

	private final IdentityManagement identity;

	OpportunityPipeline(DeskRecords records, CustomerManagement customers, ManagerRules rules, IdentityManagement identity) {
		this.identity = identity;
		this.records = records;
		this.customers = customers;
		this.rules = rules;
	}

	@Transactional(readOnly = true)
	public Pipeline mine() {
		List<Opportunity> all = records.opportunitiesOf(customersInView());
		List<Pipeline.Stage> stages = new ArrayList<>();
		for (OpportunityStage stage : OpportunityStage.values()) {
			List<Opportunity> at = all.stream().filter(o -> o.stage() == stage).toList();
			stages.add(new Pipeline.Stage(stage, at.size(),
					at.stream().map(Opportunity::expectedAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)));
		}
		List<Pipeline.Item> largest = new ArrayList<>();
		for (Opportunity o : all) {
			if (largest.size() == LARGEST) {
				break;
			}
			if (o.stage().open()) {
				try {
					largest.add(new Pipeline.Item(o, customers.requireVisible(new CustomerId(o.customerId())).name()));
				}
				catch (CustomerNotFound e) {
					// moved out of the caller's scope since: not shown
				}
			}
		}
		return new Pipeline(stages, largest);
	}

	private Collection<Long> customersInView() {
		Actor actor = CurrentActor.get();
		DataScope scope = identity.currentScope();
		if (scope.reach() == DataScope.Reach.ALL && !scope.masked()) {
			return null;
		}
		if (scope.reach() == DataScope.Reach.OWN) {
			return customers.managedBy(actor.userId());
		}
		if (scope.reach() == DataScope.Reach.SUBTREE) {
			Set<Long> ids = new LinkedHashSet<>();
			rules.managersInReach().forEach(m -> ids.addAll(customers.managedBy(m.id())));
			return ids;
		}
		throw new Forbidden("no-pipeline", "Your role keeps no pipeline");
	}
}
