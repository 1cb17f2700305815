package org.clientcare.identity;

import static org.clientcare.identity.Qualifier.ANY;
import static org.clientcare.identity.Qualifier.ASSIGNEE;
import static org.clientcare.identity.Qualifier.AT_COUNTER_OR_HOTLINE;
import static org.clientcare.identity.Qualifier.OWN_CUSTOMERS;
import static org.clientcare.identity.Qualifier.OWN_DEPARTMENT;
import static org.clientcare.identity.Qualifier.OWN_SUBTREE;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * SPEC §1's table "Who may write what", written once: every write a staff member may do, with the roles that may do it
 * and how far each of them reaches ({@link Qualifier}). Whatever a role is not granted here is refused (403 for a record
 * it sees; a record it does not see answers 404 before any permission is asked). {@link Authorization} checks it, every
 * command passes through it, and pages ask it which buttons to show. COMPLIANCE writes nothing but its oversight and
 * its decisions; ADMIN may do every business step.
 * <p>
 * Every write endpoint of the API declares its row with {@link Requires}, checked before the request's body is read: a
 * role holding none of the declared permissions is refused with 403 up front where the refusal cannot depend on the
 * record, that is when the request names no record of a data scope, or names one of a kind the role sees whole
 * ({@link Names}: ADMIN and COMPLIANCE see everything, SERVICE_AGENT every customer). Any other role meets its
 * scope first, 404 outside it.
 */
public enum Permission {

	/** Register a customer, change its profile and financial profile, ask for its closure or a tier override, keep its desk. */
	CUSTOMER_WRITE("customer:write", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS)),
	/** Record consents; service agents take them at the counter or on the hotline. */
	CONSENT_RECORD("consent:record", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS,
			Role.SERVICE_AGENT, AT_COUNTER_OR_HOTLINE)),
	/** Assess a customer's risk tolerance (also: send the questionnaire link). */
	RISK_ASSESSMENT("risk:assess", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS)),
	/** Record a signed risk acknowledgment (风险揭示书) for a product above the customer's level. */
	RISK_ACKNOWLEDGMENT("risk:acknowledge", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS)),
	/** Check a product's suitability for a customer before a sale. */
	SUITABILITY_CHECK("suitability:check", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS)),
	/** Give the reference to a sale's dual recording (双录) after the sale. */
	SALE_RECORDING_REFERENCE("sale-recording:reference", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.ACCOUNT_MANAGER,
			OWN_CUSTOMERS)),
	/** Oversee suitability: read the alerts and close one with a finding. */
	SUITABILITY_OVERSIGHT("suitability:oversee", roles(Role.COMPLIANCE, ANY)),
	/** Assign a mis-selling remediation (销售误导整改) to staff other than the seller. */
	REMEDIATION_ASSIGN("remediation:assign", roles(Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Record a remediation's outcome (the customer's choice, a refund to approve): its assignee, its branch manager. */
	REMEDIATION_RESOLVE("remediation:resolve", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.ACCOUNT_MANAGER, ASSIGNEE,
			Role.SERVICE_AGENT, ASSIGNEE, Role.COMPLAINT_HANDLER, ASSIGNEE)),
	/** Record a revisit's outcome (and send its satisfaction questionnaire): its assignee, its branch manager. */
	REVISIT_OUTCOME("revisit:outcome", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.ACCOUNT_MANAGER, ASSIGNEE,
			Role.SERVICE_AGENT, ASSIGNEE, Role.COMPLAINT_HANDLER, ASSIGNEE)),
	/** Plan a revisit by hand. */
	REVISIT_PLAN("revisit:plan", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS)),
	/**
	 * Register a complaint taken by staff; account managers for their own customers. Complaint handlers work the
	 * complaints of their department, which a new complaint is not yet.
	 */
	COMPLAINT_REGISTER("complaint:register", roles(Role.SERVICE_AGENT, ANY, Role.COMPLAINT_HANDLER, OWN_DEPARTMENT,
			Role.BRANCH_MANAGER, OWN_SUBTREE, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS)),
	/** The complaint steps of SPEC §6: acknowledge, assign, note, resolve, extend, pause, resume. */
	COMPLAINT_HANDLE("complaint:handle", roles(Role.SERVICE_AGENT, ANY, Role.COMPLAINT_HANDLER, OWN_DEPARTMENT,
			Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Record the complainant's feedback, heard by the staff member who called them. */
	COMPLAINT_FEEDBACK("complaint:feedback", roles(Role.SERVICE_AGENT, ANY, Role.COMPLAINT_HANDLER, OWN_DEPARTMENT,
			Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Decide a tier override. */
	APPROVE_TIER_OVERRIDE("approve:tier-override", roles(Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Decide a customer's closure. */
	APPROVE_CUSTOMER_CLOSURE("approve:customer-closure", roles(Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Decide a bulk reassignment of a manager's customers. */
	APPROVE_BULK_REASSIGNMENT("approve:bulk-reassignment", roles(Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Decide a compensation payment. */
	APPROVE_COMPENSATION("approve:compensation", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.COMPLIANCE, ANY)),
	/** Decide a complaint deadline extension. */
	APPROVE_DEADLINE_EXTENSION("approve:deadline-extension", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.COMPLIANCE, ANY)),
	/** Decide a campaign before it sends. */
	APPROVE_CAMPAIGN("approve:campaign", roles(Role.COMPLIANCE, ANY)),
	/** Publish an FAQ answer (decide its publication request). */
	APPROVE_FAQ_PUBLICATION("approve:faq-publication", roles(Role.COMPLIANCE, ANY)),
	/** Record a use of a customer's entitlement (priority service, lounge visit, gift…); beyond the quota it needs approval. */
	ENTITLEMENT_USE("entitlement:use", roles(Role.SERVICE_AGENT, ANY, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS,
			Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Decide a use of an entitlement beyond its yearly quota. */
	APPROVE_ENTITLEMENT_OVERUSE("approve:entitlement-overuse", roles(Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Propose a corporate customer for a year's VIP list, a mid-year change or an executive's VIP card: its branch. */
	VIP_PROPOSE("vip:propose", roles(Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/**
	 * Rank, adjust and submit a year's VIP list: head office (the record is the head-office unit, so only a branch
	 * manager of head office, whose subtree is the whole institution, reaches it).
	 */
	VIP_REVIEW("vip:review", roles(Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Decide a year's VIP list, a mid-year change or an executive's card: head office, never the maker. */
	APPROVE_VIP_PROGRAMME("approve:vip-programme", roles(Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Book, check in, complete, cancel, reschedule appointments; serve the walk-in queue. */
	APPOINTMENT_WRITE("appointment:write", roles(Role.SERVICE_AGENT, ANY, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS,
			Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Set advisors, their hours and absences, and a unit's opening hours. */
	APPOINTMENT_SCHEDULE("appointment:schedule", roles(Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Register, assign, answer and convert inquiries. */
	INQUIRY_WRITE("inquiry:write", roles(Role.SERVICE_AGENT, ANY, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS,
			Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Open a case and take its steps. */
	CASE_STEP("case:step", roles(Role.SERVICE_AGENT, ANY, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS, Role.BRANCH_MANAGER,
			OWN_SUBTREE)),
	/** Prepare campaigns (they send only after compliance's approval). */
	CAMPAIGN_WRITE("campaign:write", roles(Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Organise customer events and their invitations and attendance. */
	EVENT_WRITE("event:write", roles(Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Record training courses, attendance and assessments. */
	TRAINING_WRITE("training:write", roles(Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Give customers to another account manager, alone or in bulk; set credit lines of managers. */
	CUSTOMER_REASSIGN("customer:reassign", roles(Role.BRANCH_MANAGER, OWN_SUBTREE)),
	/** Write, submit and retire FAQ entries; dismiss questions from the gap list. */
	FAQ_EDIT("faq:edit", roles(Role.SERVICE_AGENT, ANY, Role.BRANCH_MANAGER, ANY)),
	/** Read the oversight pages: account managers' books, complaint analysis, KPIs. */
	OVERSIGHT_READ("oversight:read", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.COMPLIANCE, ANY)),
	/** Read KPIs and export them: branch managers of their subtree, account managers their own figures, compliance all. */
	KPI_READ("kpi:read", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS, Role.COMPLIANCE, ANY)),
	/** Reveal a customer's PII with a reason (audited). */
	PII_REVEAL("pii:reveal", roles(Role.BRANCH_MANAGER, OWN_SUBTREE, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS,
			Role.COMPLIANCE, ANY)),
	/** Register a data-subject request (PIPL Arts. 44–47) taken from any channel. */
	PRIVACY_REQUEST_REGISTER("privacy:register", roles(Role.SERVICE_AGENT, ANY, Role.ACCOUNT_MANAGER, OWN_CUSTOMERS,
			Role.BRANCH_MANAGER, OWN_SUBTREE, Role.COMPLIANCE, ANY)),
	/** Assign and answer data-subject requests (a deletion the law does not allow yet restricts the customer). */
	PRIVACY_REQUEST_HANDLE("privacy:handle", roles(Role.COMPLIANCE, ANY)),
	/** Read and verify the audit trail. */
	AUDIT_READ("audit:read", roles(Role.COMPLIANCE, ANY)),
	/** Read the outbox: which messages went where and how (never a customer's link, which stays withheld). */
	OUTBOX_READ("outbox:read", roles(Role.SERVICE_AGENT, ANY, Role.COMPLIANCE, ANY)),
	/**
	 * Read the configuration (never change it): users with their lock state, the imports and their rejected rows, the
	 * tiering settings, the PII key rotation's progress. Compliance sees everything read-only.
	 */
	CONFIGURATION_READ("configuration:read", roles(Role.COMPLIANCE, ANY)),
	/** The intake endpoints: figures, transactions, imports. */
	INTAKE("intake:write", roles(Role.INTEGRATION, ANY)),
	/** Configuration: users, org units, calendars, settings, products, categories, questionnaire, synonyms, jobs. */
	ADMINISTER("admin", roles());

	private final String authority;

	private final Map<Role, Qualifier> grants;

	Permission(String authority, Map<Role, Qualifier> grants) {
		this.authority = authority;
		EnumMap<Role, Qualifier> all = new EnumMap<>(Role.class);
		all.putAll(grants);
		all.put(Role.ADMIN, ANY);
		this.grants = Collections.unmodifiableMap(all);
	}

	/** The Spring Security authority that carries this permission (for URL rules and method security). */
	public String authority() {
		return authority;
	}

	/** How far a role may do this; empty when it may not at all. */
	public Optional<Qualifier> grantFor(Role role) {
		return Optional.ofNullable(grants.get(role));
	}

	/** The roles granted this permission with their qualifiers. */
	public Map<Role, Qualifier> grants() {
		return grants;
	}

	private static Map<Role, Qualifier> roles(Object... roleQualifierPairs) {
		EnumMap<Role, Qualifier> map = new EnumMap<>(Role.class);
		for (int i = 0; i < roleQualifierPairs.length; i += 2) {
			map.put((Role) roleQualifierPairs[i], (Qualifier) roleQualifierPairs[i + 1]);
		}
		return map;
	}
}
