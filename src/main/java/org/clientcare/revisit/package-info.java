/**
 * Revisits (回访 / 跟进, SPEC §5 and the re-verification of §2): planned after purchases of wealth, fund and insurance
 * products, after cooling-off periods, after closed complaints, on each tier's cadence and for re-verification; worked
 * by the customer's account manager (attempts, outcome, three failed attempts make it unreachable); answered by the
 * customer through a single-use electronic questionnaire. Planning follows {@code TransactionRecorded},
 * {@code ComplaintClosed}, {@code TierChanged} (and the nightly tiering job's {@code TiersChanged}) and
 * {@code CustomerChanged}, and a set-based nightly planner job.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Revisit")
package org.clientcare.revisit;
