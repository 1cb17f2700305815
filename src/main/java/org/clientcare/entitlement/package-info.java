/**
 * Entitlements (客户权益, SPEC §3): the catalogue of services each tier of each customer type is owed — priority
 * service and booking, a dedicated advisor, fee waivers, airport lounge visits and health checks, event invitations,
 * greeting gifts — with yearly quotas; grants that follow every tier change the tiering module publishes; the balance
 * of each quota; and the uses staff record, a use beyond the quota waiting for a checker's approval
 * ({@code entitlement.overuse}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Entitlement")
package org.clientcare.entitlement;
