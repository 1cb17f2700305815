/**
 * Audit trail (审计日志): an append-only, hash-chained record of every change and every PII reveal or export —
 * who, when, from where, what before and after (masked) — whose integrity anyone with the right can verify.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.clientcare.audit;
