package org.clientcare.revisit;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.clientcare.customer.CustomerContact;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.revisit.internal.Questionnaires;
import org.clientcare.revisit.internal.RevisitRow;
import org.clientcare.revisit.internal.RevisitScope;
import org.clientcare.revisit.internal.RevisitViews;
import org.clientcare.revisit.internal.Revisits;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.links.CustomerLinks;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The electronic questionnaire (电子回访问卷, §5): a single-use link that expires, sent to the customer by SMS (or
 * e-mail when it has no mobile number) through the notification outbox; the customer answers on a public page without
 * signing in, and the answers become the revisit's outcome with method {@code ONLINE}. Only the SHA-256 of the token
 * is stored.
 */
@Service
public class RevisitQuestionnaire {

	/** Where a link stands when the customer opens it. */
	public enum LinkState {
		OPEN, ANSWERED, EXPIRED, UNKNOWN
	}

	/** What an answer did: recorded the outcome now, or nothing because the link stands in {@code state}. */
	public record Answer(boolean recorded, LinkState state) {
	}

	/** What the public page shows: the state, and for an open link the revisit's reason. */
	public record Opened(LinkState state, RevisitReason reason) {
	}

	private final RevisitManagement management;

	private final Revisits revisits;

	private final RevisitViews views;

	private final Questionnaires questionnaires;

	private final NotificationManagement notifications;

	private final CustomerManagement customers;

	private final RevisitSettings settings;

	private final org.clientcare.platform.PublicAddress publicAddress;

	private final Clock clock;

	RevisitQuestionnaire(RevisitManagement management, Revisits revisits, RevisitViews views, Questionnaires questionnaires,
			NotificationManagement notifications, CustomerManagement customers, RevisitSettings settings, org.clientcare.platform.PublicAddress publicAddress, Clock clock) {
		this.management = management;
		this.revisits = revisits;
		this.views = views;
		this.questionnaires = questionnaires;
		this.notifications = notifications;
		this.customers = customers;
		this.settings = settings;
		this.publicAddress = publicAddress;
		this.clock = clock;
	}

	/**
	 * Sends a new link for an open revisit in scope ({@code NotFound} outside it, {@link Conflict} when it is closed or
	 * the customer has neither mobile number nor e-mail address); answers when the link expires.
	 */
	@Transactional
	public Instant send(long revisitId) {
		RevisitView revisit = management.get(revisitId);
		management.requireWorker(revisit);
		if (revisit.status() != RevisitStatus.OPEN) {
			throw new Conflict("revisit-closed", "Revisit " + revisitId + " is " + revisit.status());
		}
		CustomerContact contact = customers.contact(new CustomerId(revisit.customerId()));
		String phone = contact.phone();
		String email = contact.email();
		if (phone == null && email == null) {
			throw new Conflict("no-contact", "The customer has neither a mobile number nor an e-mail address");
		}
		String token = CustomerLinks.newToken();
		Instant now = clock.instant();
		Instant expires = now.plus(settings.questionnaireValidFor());
		questionnaires.insert(hash(token), revisitId, now, expires);
		int sent = questionnaires.sentFor(revisitId);
		notifications.send(new OutgoingMessage("revisit:" + revisitId + ":questionnaire:" + sent,
				phone != null ? Channel.SMS : Channel.EMAIL, phone != null ? phone : email, "revisit-questionnaire",
				Locale.SIMPLIFIED_CHINESE, Map.of(), Purpose.SERVICE, new CustomerId(revisit.customerId()))
			.withSecret("url", publicAddress.link("/public/revisits/" + token)));
		return expires;
	}

	/** Where the link of a token stands. */
	@Transactional(readOnly = true)
	public Opened open(String token) {
		var link = token == null || token.length() > 64 ? null : questionnaires.find(hash(token), false).orElse(null);
		if (link == null) {
			return new Opened(LinkState.UNKNOWN, null);
		}
		RevisitRow revisit = revisits.find(link.revisitId(), RevisitScope.Filter.all()).orElseThrow();
		return new Opened(state(link, revisit.status()), revisit.reason());
	}

	/**
	 * Records the customer's answers once: satisfaction 1–5 is required (field {@code satisfaction}), texts up to 2,000
	 * characters. A used, expired or unknown link records nothing and answers its state.
	 */
	@Transactional
	public Answer answer(String token, Integer satisfaction, String productUsage, String problems, String suggestions) {
		var link = token == null || token.length() > 64 ? null : questionnaires.find(hash(token), true).orElse(null);
		if (link == null) {
			return new Answer(false, LinkState.UNKNOWN);
		}
		RevisitView revisit = views.of(revisits.lock(link.revisitId(), RevisitScope.Filter.all())).orElseThrow();
		LinkState state = state(link, revisit.status());
		if (state != LinkState.OPEN) {
			return new Answer(false, state);
		}
		if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
			throw InvalidInput.of("satisfaction", "range", "Choose from 1 to 5");
		}
		var outcome = new RevisitOutcome(ContactMethod.ONLINE, true, satisfaction, productUsage, problems, suggestions, null);
		RevisitManagement.check(outcome);
		questionnaires.markUsed(link.tokenHash(), clock.instant());
		management.record(revisit, outcome, "customer:questionnaire");
		return new Answer(true, LinkState.ANSWERED);
	}

	private LinkState state(Questionnaires.Link link, RevisitStatus status) {
		if (link.usedAt() != null || status != RevisitStatus.OPEN) {
			return LinkState.ANSWERED;
		}
		return clock.instant().isAfter(link.expiresAt()) ? LinkState.EXPIRED : LinkState.OPEN;
	}

	private static String hash(String token) {
		return CustomerLinks.hash(token);
	}
}
