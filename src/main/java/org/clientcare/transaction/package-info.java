/**
 * Transactions (交易) reported by the core banking system (§12): recorded once per external id, never refused — they
 * already happened — and published as {@link org.clientcare.transaction.TransactionRecorded} for the modules that
 * follow purchases (revisits, suitability checks, cooling-off).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transaction")
package org.clientcare.transaction;
