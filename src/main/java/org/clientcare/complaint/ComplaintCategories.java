package org.clientcare.complaint;

import java.util.List;

import org.clientcare.audit.AuditTrail;
import org.clientcare.complaint.internal.Categories;
import org.clientcare.identity.IdentityManagement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint categories, by default those of the regulator's complaint statistics; administrators add, rename and
 * retire categories (a retired one stays on the complaints that carry it). Changes are audited.
 */
@Service
public class ComplaintCategories {

	private final Categories categories;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	ComplaintCategories(Categories categories, IdentityManagement identity, AuditTrail audit) {
		this.categories = categories;
		this.identity = identity;
		this.audit = audit;
	}

	public List<ComplaintCategory> all() {
		return categories.all();
	}

	@Transactional
	public ComplaintCategory save(String code, String nameZh, String nameEn, boolean active) {
		identity.requireAdmin();
		var before = all().stream().filter(c -> c.code().equals(code)).findFirst();
		ComplaintCategory after = new ComplaintCategory(code, nameZh.strip(), nameEn.strip(), active);
		categories.save(after);
		audit.record("complaint-category.saved", "complaint_category", code,
				before.map(ComplaintCategory::state).orElse(null), after.state());
		return after;
	}
}
