/**
 * Customers and KYC (客户信息管理, SPEC §2): registration with validated identity documents, one customer per
 * document, lifecycle, financial profile, consent records, PII encrypted at rest and masked in every answer, and the
 * scoped search every other module relies on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer")
package org.clientcare.customer;
