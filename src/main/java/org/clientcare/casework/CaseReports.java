package org.clientcare.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.clientcare.casework.internal.CaseRow;
import org.clientcare.casework.internal.CaseScope;
import org.clientcare.casework.internal.CaseTemplates;
import org.clientcare.casework.internal.CaseViews;
import org.clientcare.casework.internal.Cases;
import org.clientcare.shared.kyc.MainlandMobile;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.clientcare.shared.jdbc.ReportReads;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is read about many cases or by the customer: the aging report within the reader's scope (§8), and the public
 * progress of one case for whoever knows its number and the customer's mobile number.
 */
@Service
public class CaseReports {

	/** The aging report lists at most this many cases (the groups count them all). */
	static final int AGING_ROWS = 500;

	private final Cases cases;

	private final CaseTemplates templates;

	private final CaseScope scope;

	private final CaseViews views;

	private final PiiCipher pii;

	private final Clock clock;

	private final ReportReads reads;

	CaseReports(Cases cases, CaseTemplates templates, CaseScope scope, CaseViews views, PiiCipher pii, Clock clock,
			ReportReads reads) {
		this.reads = reads;
		this.cases = cases;
		this.templates = templates;
		this.scope = scope;
		this.views = views;
		this.pii = pii;
		this.clock = clock;
	}

	/**
	 * Open and paused cases by type and stage, and the cases overdue first, in the reader's language; read on the
	 * replica when there is one ({@link ReportReads}).
	 */
	public AgingReport aging() {
		return reads.read(this::agingHere);
	}

	private AgingReport agingHere() {
		Locale locale = LocaleContextHolder.getLocale();
		Instant now = clock.instant();
		var filter = scope.current();
		List<CaseTemplate> current = templates.current();
		List<AgingReport.Group> groups = cases.agingCounts(filter, now).stream().map(count -> {
			CaseType type = CaseType.valueOf(count.type());
			Optional<CaseTemplate> template = current.stream().filter(t -> t.type() == type).findFirst();
			String stageName = template.flatMap(t -> t.stages().stream().filter(s -> s.code().equals(count.stage()))
				.findFirst()).map(s -> s.name(locale)).orElse(count.stage());
			return new AgingReport.Group(type, template.map(t -> t.name(locale)).orElse(type.name()), count.stage(),
					stageName, count.open(), count.overdue(), count.maxDays());
		}).toList();
		List<AgingReport.Row> rows = new ArrayList<>();
		for (CaseRow row : cases.aging(filter, now, AGING_ROWS)) {
			CaseTemplate template = views.template(row.templateId());
			CaseTemplate.Stage stage = template.stage(row.stagePosition());
			CaseStatus status = CaseStatus.valueOf(row.status());
			rows.add(new AgingReport.Row(row.id(), row.caseNo(), template.type(), template.name(locale), stage.code(),
					stage.name(locale), status, row.overdue() || CaseDeadlines.overdue(status, row.stageDueAt(), now),
					Duration.between(row.stageEnteredAt(), now).toDays(), row.stageEnteredAt(), row.stageDueAt()));
		}
		return new AgingReport(groups, rows);
	}

	/**
	 * A case's progress for its customer: found by its number and the mobile number the customer had when the case was
	 * opened; empty for anything else (whether the number exists is not told).
	 */
	@Transactional(readOnly = true)
	public Optional<CaseProgress> track(String caseNo, String mobile) {
		if (caseNo == null || caseNo.isBlank() || caseNo.length() > 20) {
			return Optional.empty();
		}
		return MainlandMobile.normalize(mobile)
			.flatMap(m -> cases.byNumberAndMobile(caseNo.strip().toUpperCase(Locale.ROOT),
					pii.searchHashes("case-mobile:" + m)))
			.map(this::progress);
	}

	private CaseProgress progress(CaseRow row) {
		Locale locale = LocaleContextHolder.getLocale();
		CaseTemplate template = views.template(row.templateId());
		CaseStatus status = CaseStatus.valueOf(row.status());
		List<Cases.Stint> stints = cases.history(row.id());
		List<CaseProgress.Stage> stages = new ArrayList<>();
		for (CaseTemplate.Stage stage : template.stages()) {
			Instant doneAt = stints.stream().filter(s -> s.position() == stage.position() && s.leftAt() != null)
				.map(Cases.Stint::leftAt).reduce((a, b) -> b).orElse(null);
			CaseProgress.State state;
			if (status == CaseStatus.COMPLETED || stage.position() < row.stagePosition()) {
				state = CaseProgress.State.DONE;
			}
			else if (stage.position() > row.stagePosition()) {
				state = CaseProgress.State.TODO;
			}
			else {
				state = switch (status) {
					case PAUSED -> CaseProgress.State.WAITING;
					case REJECTED -> CaseProgress.State.STOPPED;
					default -> CaseProgress.State.CURRENT;
				};
				doneAt = null;
			}
			stages.add(new CaseProgress.Stage(stage.name(locale), state, doneAt));
		}
		String now = status.isClosed() ? null : template.stage(row.stagePosition()).customerText(locale);
		return new CaseProgress(row.caseNo(), template.name(locale), status, now, stages);
	}
}
