package org.clientcare.complaint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.complaint.internal.Causes;
import org.clientcare.identity.IdentityManagement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cause taxonomy (投诉原因): why complaints arise — product design, sales practice, disclosure, fees, service
 * process, staff conduct, system failure, a third party, a misunderstanding, other. Recorded on a complaint in triage
 * and by its resolution, analysed and answered by corrective actions. Administrators add, rename and retire causes (a
 * retired one stays on the complaints that carry it); changes are audited.
 */
@Service
public class ComplaintCauses {

	private final Causes causes;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	ComplaintCauses(Causes causes, IdentityManagement identity, AuditTrail audit) {
		this.causes = causes;
		this.identity = identity;
		this.audit = audit;
	}

	/** Every cause, active or retired, in order. */
	public List<ComplaintCause> all() {
		return causes.all();
	}

	/** The active causes for forms: code → name in the given language. */
	public Map<String, String> active(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		all().stream().filter(ComplaintCause::active).forEach(c -> names.put(c.code(), c.name(locale)));
		return names;
	}

	/** Every cause by code → name in the given language (retired ones too, for what complaints already carry). */
	public Map<String, String> names(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		all().forEach(c -> names.put(c.code(), c.name(locale)));
		return names;
	}

	@Transactional
	public ComplaintCause save(String code, String nameZh, String nameEn, boolean active) {
		identity.requireAdmin();
		var before = all().stream().filter(c -> c.code().equals(code)).findFirst();
		ComplaintCause after = new ComplaintCause(code, nameZh.strip(), nameEn.strip(), active);
		causes.save(after);
		audit.record("complaint-cause.saved", "complaint_cause", code, before.map(ComplaintCause::state).orElse(null),
				after.state());
		return after;
	}
}
