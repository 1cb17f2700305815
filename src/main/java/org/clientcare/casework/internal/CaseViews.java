package org.clientcare.casework.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.clientcare.casework.CaseStatus;
import org.clientcare.casework.CaseTemplate;
import org.clientcare.casework.CaseType;
import org.clientcare.casework.CaseView;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.shared.CustomerId;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns rows into views in the reader's language: stage names from the case's own template version, the customer's
 * name (no PII), the departments involved by code.
 */
@Component
public class CaseViews {

	private final Cases cases;

	private final CaseTemplates templates;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	/** Template versions never change once published. */
	private final Map<Long, CaseTemplate> byId = new ConcurrentHashMap<>();

	CaseViews(Cases cases, CaseTemplates templates, CustomerManagement customers, IdentityManagement identity) {
		this.cases = cases;
		this.templates = templates;
		this.customers = customers;
		this.identity = identity;
	}

	public CaseTemplate template(long id) {
		return byId.computeIfAbsent(id, key -> templates.byId(key).orElseThrow());
	}

	public List<CaseView> summaries(List<CaseRow> rows) {
		// The rows were read within the caller's case scope, which may reach cases of customers it does not see.
		Map<CustomerId, CustomerRef> refs = customers.refs(rows.stream().map(r -> new CustomerId(r.customerId()))
			.collect(Collectors.toSet()));
		return rows.stream().map(row -> view(row, refs.get(new CustomerId(row.customerId())), false)).toList();
	}

	public CaseView full(CaseRow row) {
		CustomerRef ref = customers.refs(List.of(new CustomerId(row.customerId()))).get(new CustomerId(row.customerId()));
		return view(row, ref, true);
	}

	private CaseView view(CaseRow row, CustomerRef customer, boolean full) {
		Locale locale = LocaleContextHolder.getLocale();
		CaseTemplate template = template(row.templateId());
		CaseTemplate.Stage stage = template.stage(row.stagePosition());
		List<CaseView.HistoryEntry> history = !full ? List.of() : cases.history(row.id()).stream()
			.map(s -> new CaseView.HistoryEntry(s.code(), template.stage(s.position()).name(locale), s.enteredAt(),
					s.leftAt(), s.dueAt(), s.by(), s.note()))
			.toList();
		List<String> departments = row.departments().stream()
			.map(id -> identity.orgUnit(id).map(OrgUnit::code).orElse(String.valueOf(id))).toList();
		return new CaseView(row.id(), row.caseNo(), row.customerId(), customer == null ? null : customer.name(),
				CaseType.valueOf(row.type()), template.name(locale), template.version(), row.title(), row.amount(),
				row.complex(), CaseStatus.valueOf(row.status()), stage.code(), stage.name(locale), row.stagePosition(),
				template.stages().size(), row.stageEnteredAt(), row.stageDueAt(), row.overdue(), row.pausedAt(),
				departments, row.createdBy(), row.createdAt(), row.closedAt(), row.rejectReason(),
				row.refusalNoticeDueAt(), history, full ? cases.events(row.id()) : List.of(),
				full ? cases.documents(row.id()) : List.of());
	}
}
