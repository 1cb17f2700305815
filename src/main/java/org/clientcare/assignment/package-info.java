/**
 * Account managers (分田到户, SPEC §4): every active customer has exactly one account manager; branch managers clear
 * the unassigned queue, reassign customers with a reason and a source whose attribution shares are recorded with the
 * history, and move a manager's whole book through maker-checker. Managers are graded A–E by their credit (授信)
 * customers. The manager's desk keeps per customer a diary (经理日志), key persons, the annual plan (一户一策) and
 * business opportunities (商机) in a pipeline. The customer's {@code manager_id} belongs to the customer module and
 * is changed through {@code CustomerManagement.changeManager}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assignment")
package org.clientcare.assignment;
