/**
 * Shared value types and cross-cutting pieces every module may use: the acting user ({@link org.clientcare.shared.Actor}),
 * PII protection, problem types and identity-document rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.clientcare.shared;
