/**
 * Notifications (通知, SPEC §8): SMS, e-mail and WeChat messages to customers and staff through a persistent outbox —
 * enqueued in the transaction of the business change, sent by a job with retries, never twice for one event, marketing
 * only with consent and outside quiet hours, and held for display when a channel has no gateway (demo mode).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.clientcare.notification;
