package org.clientcare.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.ConsentPurpose;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.notification.Channel;
import org.clientcare.notification.CustomerMessaged;
import org.clientcare.notification.DeliveryFailure;
import org.clientcare.notification.MarketingPause;
import org.clientcare.notification.NotificationSettings;
import org.clientcare.notification.NotificationStatus;
import org.clientcare.notification.Purpose;
import org.clientcare.notification.internal.ChannelGateway.Delivery;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.jobs.Job;
import org.clientcare.shared.pii.PiiCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job {@code notification-dispatch}: claims due messages in small batches ({@code for update skip locked}, so
 * several instances share the work), sends each through its channel's gateway and records the outcome; each batch
 * commits on its own. A message that was committed but not sent when a node stopped is simply still due. A message
 * that was sent but whose outcome was not committed (the node died in between) is sent again with the same idempotency
 * key, and the gateway, which remembers the keys it took, does not deliver it twice.
 */
@Component
public class OutboxDispatcher implements Job {

	public static final String NAME = "notification-dispatch";

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private static final int MAX_ERROR = 1000;

	private final Outbox outbox;

	private final MessageTemplates templates;

	private final Gateways gateways;

	private final CustomerManagement customers;

	private final PiiCipher pii;

	private final AuditTrail audit;

	private final Clock clock;

	private final NotificationSettings settings;

	private final RetrySchedule retries;

	private final TransactionTemplate batch;

	private final List<MarketingPause> pauses;

	private final ApplicationEventPublisher events;

	OutboxDispatcher(Outbox outbox, MessageTemplates templates, Gateways gateways, CustomerManagement customers,
			PiiCipher pii, AuditTrail audit, Clock clock, NotificationSettings settings,
			PlatformTransactionManager transactions, List<MarketingPause> pauses, ApplicationEventPublisher events) {
		this.events = events;
		this.pauses = List.copyOf(pauses);
		this.outbox = outbox;
		this.templates = templates;
		this.gateways = gateways;
		this.customers = customers;
		this.pii = pii;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
		this.retries = new RetrySchedule(settings.retryBackoff(), settings.maxAttempts());
		this.batch = new TransactionTemplate(transactions);
		this.batch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Map<String, Object> run() {
		Map<String, Object> counts = new LinkedHashMap<>();
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome.key, 0);
		}
		// Only channels with a gateway here: another instance, or a demo node, leaves the rest alone.
		Set<Channel> channels = gateways.configuredChannels();
		if (channels.isEmpty()) {
			return counts;
		}
		for (int i = 0; i < settings.maxBatchesPerRun(); i++) {
			Integer claimed = batch.execute(status -> dispatchBatch(channels, counts));
			if (claimed == null || claimed < settings.batchSize()) {
				break;
			}
		}
		return counts;
	}

	private int dispatchBatch(Set<Channel> channels, Map<String, Object> counts) {
		List<Outbox.Row> rows = outbox.claimDue(clock.instant(), channels, settings.batchSize());
		List<Runnable> auditAfterwards = new ArrayList<>();
		// The batch's marketing consents are read at once, not row by row.
		Set<CustomerId> marketing = rows.stream()
			.filter(row -> row.purpose() == Purpose.MARKETING && row.customerId() != null)
			.map(row -> new CustomerId(row.customerId())).collect(Collectors.toSet());
		Set<CustomerId> consenting = marketing.isEmpty() ? Set.of()
				: customers.consenting(marketing, ConsentPurpose.MARKETING);
		for (Outbox.Row row : rows) {
			Outcome outcome = dispatch(row, consenting, auditAfterwards);
			counts.merge(outcome.key, 1, (a, b) -> (Integer) a + (Integer) b);
		}
		// Appended last: the audit chain's lock is then held only for this batch's commit, not while sending.
		auditAfterwards.forEach(Runnable::run);
		return rows.size();
	}

	private Outcome dispatch(Outbox.Row row, Set<CustomerId> consenting, List<Runnable> auditAfterwards) {
		Instant now = clock.instant();
		if (row.purpose() == Purpose.MARKETING) {
			if (row.customerId() == null || !consenting.contains(new CustomerId(row.customerId()))) {
				String reason = "No marketing consent from the customer";
				outbox.update(row.id(), NotificationStatus.SUPPRESSED, row.attempts(), now, reason,
						DeliveryFailure.NO_CONSENT, null);
				return Outcome.SUPPRESSED;
			}
			QuietHours quiet = new QuietHours(settings.quietHoursStart(), settings.quietHoursEnd(), clock.getZone());
			Optional<Instant> paused = MarketingPause.latest(pauses, new CustomerId(row.customerId()), now);
			if (paused.isPresent()) {
				outbox.update(row.id(), row.status(), row.attempts(), quiet.earliestSend(paused.get()), row.lastError(),
						row.lastErrorCode(), null);
				return Outcome.DEFERRED;
			}
			if (quiet.isQuiet(now)) {
				outbox.update(row.id(), row.status(), row.attempts(), quiet.earliestSend(now), row.lastError(),
						row.lastErrorCode(), null);
				return Outcome.DEFERRED;
			}
		}
		String to = pii.decrypt(row.recipientEnc());
		int attempt = row.attempts() + 1;
		Delivery delivery;
		Map<String, String> secrets = Map.of();
		try {
			Map<String, String> values = new java.util.HashMap<>(row.params());
			secrets = Outbox.openSecrets(row.secretsEnc(), pii);
			values.putAll(secrets);
			var text = templates.render(row.template(), Locale.forLanguageTag(row.locale()), values);
			delivery = gateways.of(row.channel())
				.deliver(new ChannelGateway.Envelope(to, text.subject(), text.text(), row.template(), row.eventKey(),
						ChannelGateway.idempotencyKey(row.id(), row.createdAt()), row.attachments()));
		}
		catch (IllegalArgumentException e) {
			delivery = Delivery.refused(e.getMessage());
		}
		catch (RuntimeException e) {
			log.warn("Delivering notification {} failed unexpectedly", row.id(), e);
			delivery = Delivery.retry(e.getClass().getSimpleName());
		}
		if (delivery.sent()) {
			Instant sentAt = clock.instant();
			outbox.update(row.id(), NotificationStatus.SENT, attempt, now, row.lastError(), row.lastErrorCode(), sentAt);
			if (row.customerId() != null) {
				events.publishEvent(new CustomerMessaged(new CustomerId(row.customerId()), row.eventKey(), row.channel(),
						row.template(), NotificationStatus.SENT,
						templates.subjectForStaff(row.template(), Locale.SIMPLIFIED_CHINESE, row.params(), secrets.keySet()),
						templates.subjectForStaff(row.template(), Locale.ENGLISH, row.params(), secrets.keySet()), sentAt));
			}
			return Outcome.SENT;
		}
		String error = truncate(Recipients.scrub(delivery.error(), row.channel(), to));
		DeliveryFailure failure = delivery.failure();
		Optional<Duration> retry = delivery.permanent() ? Optional.empty() : retries.delayAfter(attempt);
		if (retry.isPresent()) {
			outbox.update(row.id(), NotificationStatus.FAILED, attempt, now.plus(retry.get()), error, failure,
					null);
			return Outcome.RETRYING;
		}
		outbox.update(row.id(), NotificationStatus.DEAD, attempt, now, error, failure, null);
		log.warn("Notification {} ({} {}) is dead after {} attempt(s): {}", row.id(), row.channel(), row.template(),
				attempt, error);
		auditAfterwards.add(() -> audit.record("notification.dead", "notification", row.id(), null,
				Map.of("eventKey", row.eventKey(), "channel", row.channel().name(),
						"recipient", Recipients.mask(row.channel(), to), "template", row.template(),
						"attempts", attempt, "failure", failure.name(), "error", error == null ? "" : error)));
		return Outcome.DEAD;
	}

	private static String truncate(String error) {
		return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
	}

	private enum Outcome {

		SENT("sent"), RETRYING("retrying"), DEAD("dead"), SUPPRESSED("suppressed"), DEFERRED("deferred");

		private final String key;

		Outcome(String key) {
			this.key = key;
		}
	}
}
