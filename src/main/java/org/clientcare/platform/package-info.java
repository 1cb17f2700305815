/**
 * Platform: what every module runs on — the database (an embedded PostgreSQL when none is configured), the clock,
 * PII keys, languages and the HTTP plumbing. It knows no business rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.clientcare.platform;
