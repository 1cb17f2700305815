package org.clientcare.assignment.internal;

import java.math.BigDecimal;
import java.util.List;

import org.clientcare.assignment.AnnualPlan;
import org.clientcare.assignment.Assignment;
import org.clientcare.assignment.AssignmentManagement;
import org.clientcare.assignment.AssignmentSource;
import org.clientcare.assignment.DiaryEntry;
import org.clientcare.assignment.KeyPerson;
import org.clientcare.assignment.ManagerDesk;
import org.clientcare.assignment.ManagerGrading;
import org.clientcare.assignment.Opportunity;
import org.clientcare.customer.CustomerPageSection;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.CustomerId;

import org.springframework.stereotype.Component;

/** The manager's desk and the assignment history on the customer 360 page, read within the viewer's scope. */
@Component
public class ManagerDeskSection implements CustomerPageSection {

	private final ManagerDesk desk;

	private final AssignmentManagement assignments;

	private final ManagerGrading grading;

	ManagerDeskSection(ManagerDesk desk, AssignmentManagement assignments, ManagerGrading grading) {
		this.desk = desk;
		this.assignments = assignments;
		this.grading = grading;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String template() {
		return "assignment/customer-section";
	}

	@Override
	public Desk data(long customerId) {
		CustomerId id = new CustomerId(customerId);
		List<DiaryEntry> diary = desk.diary(id);
		return new Desk(grading.creditLine(id).orElse(null), assignments.history(id),
				diary.subList(0, Math.min(10, diary.size())), desk.keyPersons(id), desk.plans(id), desk.opportunities(id),
				assignments.reassignmentCandidates(id), List.of(AssignmentSource.values()));
	}

	/**
	 * What the section shows; {@code candidates} are the managers the viewer may give the customer to (none: no
	 * reassignment form).
	 */
	public record Desk(BigDecimal creditLine, List<Assignment> history, List<DiaryEntry> diary, List<KeyPerson> keyPersons,
			List<AnnualPlan> plans, List<Opportunity> opportunities, List<StaffUser> candidates,
			List<AssignmentSource> sources) {
	}
}
