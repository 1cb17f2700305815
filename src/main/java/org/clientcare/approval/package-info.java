/**
 * Approvals (审批, maker-checker, SPEC §10): typed requests — tier overrides, compensation, deadline extensions,
 * closures, bulk reassignments — made by one person and approved or rejected by a second, authorised one; nobody
 * decides their own request. Each type is handled by the module that asked, through {@link ApprovalHandler}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approval")
package org.clientcare.approval;
