/**
 * Customers and KYC (客户信息管理, SPEC §2): registration with validated identity documents
 * ({@link org.clientcare.customer.RegistrationRules}, for the API and the bulk import alike), one customer per
 * document, lifecycle, financial profile, consent records, PII encrypted at rest and masked in every answer, and the
 * scoped search every other module relies on.
 * <p>
 * What other modules use, and nothing else:
 * <ul>
 * <li>A customer by id: {@link org.clientcare.customer.CustomerManagement#requireVisible} answers a light
 * {@link org.clientcare.customer.CustomerRef} (number, type, name, status, unit, manager, tier, relationship start,
 * ID expiry) within the caller's scope, or {@link org.clientcare.customer.CustomerNotFound} (404); nothing is
 * decrypted. Many at once: {@code visible(ids)} (scoped) or {@code refs(ids)} (for ids taken from rows already
 * scoped, and for the system's own work).</li>
 * <li>The data scope: {@link org.clientcare.customer.CustomerManagement#scope()} answers the typed
 * {@link org.clientcare.customer.CustomerScope} — identity's rule resolved into customers — which a module applies to
 * the published view {@code customer_ref} in its own SQL; no SQL text crosses a module.</li>
 * <li>In SQL, only the published read-only views {@code customer_ref} (id, customer_no, type, status, org_unit_id,
 * manager_id, tier — the tiering module's, from its {@code tier_ref} — relationship_since, restricted, fortune_global_500, china_top_500, bank_branch),
 * {@code customer_verification} (id, status, manager_id,
 * id_expiry, contact_verified_at) and {@code customer_retention} (id, customer_no, status, closed_at, anonymised_at),
 * see {@code db/migration/customer}; never the module's tables.</li>
 * <li>PII: masked in {@code get} and {@code search}; unmasked only through {@code reveal} (permission, reason, audit);
 * {@code contact(id)} decrypts the mobile number and e-mail address to send a customer a message it expects.</li>
 * <li>Commands for the modules that own the decision: {@code changeManager} (assignment), {@code restrict} and {@code CustomerAnonymiser} (privacy), {@code recordContactVerified} (revisit); the
 * SPIs {@code CustomerPageSection}, {@code CustomerDataSection} and {@code CustomerAnonymisation} other modules
 * implement beside their tables; events {@code CustomerRegistered}, {@code CustomerChanged}, {@code CustomerStatusChanged},
 * {@code CustomersImported}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer")
package org.clientcare.customer;
