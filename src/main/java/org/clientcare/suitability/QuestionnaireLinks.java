package org.clientcare.suitability;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerContact;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.links.CustomerLinks;
import org.clientcare.shared.pii.Masking;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.suitability.internal.QuestionnaireLinkRows;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links (一次性链接) with which a customer fills in the questionnaire on a public page: staff have one sent
 * to a customer they may assess, by SMS to the customer's mobile number (or by e-mail when there is none); the link
 * answers once, within its validity, and only the token's hash is kept. Staff learn where it went (masked) and until
 * when it works, never the link itself. A used, expired or unknown link answers {@link NotFound} — the three are not
 * told apart.
 */
@Service
public class QuestionnaireLinks {

	private final QuestionnaireLinkRows links;

	private final SuitabilityManagement suitability;

	private final CustomerManagement customers;

	private final AuditTrail audit;

	private final SuitabilitySettings settings;

	private final org.clientcare.platform.PublicAddress publicAddress;

	private final Clock clock;

	private final NotificationManagement notifications;

	QuestionnaireLinks(QuestionnaireLinkRows links, SuitabilityManagement suitability, CustomerManagement customers,
			AuditTrail audit, SuitabilitySettings settings, org.clientcare.platform.PublicAddress publicAddress,
			Clock clock, NotificationManagement notifications) {
		this.notifications = notifications;
		this.links = links;
		this.suitability = suitability;
		this.customers = customers;
		this.audit = audit;
		this.settings = settings;
		this.publicAddress = publicAddress;
		this.clock = clock;
	}

	/**
	 * Sends a link to a customer in scope (staff who may assess); answers where it went, masked, and its expiry.
	 *
	 * @throws Conflict when the customer has neither a mobile number nor an e-mail address
	 */
	@Transactional
	public Issued issue(CustomerId customer) {
		if (!suitability.mayWrite(customers.requireVisible(customer))) {
			throw new Forbidden("not-permitted", "Your role may not send questionnaires to this customer");
		}
		CustomerContact contact = customers.contact(customer);
		if (contact.phone() == null && contact.email() == null) {
			throw new Conflict("no-contact", "The customer has neither a mobile number nor an e-mail address");
		}
		String token = CustomerLinks.newToken();
		Instant now = clock.instant();
		Instant expiresAt = now.plus(settings.linkValidity());
		long id = links.insert(hash(token), customer.value(), now, CurrentActor.get().username(), expiresAt);
		boolean sms = contact.phone() != null;
		notifications.send(new OutgoingMessage("risk-questionnaire-link:" + id, sms ? Channel.SMS : Channel.EMAIL,
				sms ? contact.phone() : contact.email(), "risk-questionnaire", Locale.SIMPLIFIED_CHINESE, Map.of(),
				Purpose.SERVICE, customer)
			.withSecret("url", publicAddress.link("/public/risk-questionnaire/" + token)));
		String sentTo = sms ? Masking.phone(contact.phone()) : Masking.email(contact.email());
		audit.record("risk-questionnaire-link.issued", "customer", customer.value(), null,
				Map.of("linkId", id, "expiresAt", expiresAt.toString(), "sentTo", sentTo));
		return new Issued(sentTo, expiresAt);
	}

	/** Whether a link may still be used. */
	@Transactional(readOnly = true)
	public boolean usable(String token) {
		return open(token, false).isPresent();
	}

	/** Scores the customer's answers through the link and uses the link up; invalid answers leave it usable. */
	@Transactional
	public RiskAssessment answer(String token, Map<String, String> answers) {
		long[] link = open(token, true).orElseThrow(() -> new NotFound("Questionnaire link", "…"));
		RiskAssessment[] assessment = new RiskAssessment[1];
		CurrentActor.runAs(Actor.system("public-questionnaire").from(CurrentActor.get().origin()),
				() -> assessment[0] = suitability.assess(new CustomerId(link[1]), answers));
		links.use(link[0], clock.instant(), assessment[0].id());
		return assessment[0];
	}

	/** The link's id and customer, when it is unused and unexpired. */
	private Optional<long[]> open(String token, boolean lock) {
		if (!CustomerLinks.wellFormed(token)) {
			return Optional.empty();
		}
		return links.open(hash(token), clock.instant(), lock);
	}

	private static String hash(String token) {
		return CustomerLinks.hash(token);
	}

	/**
	 * A link sent: where it went (the customer's mobile number or e-mail address, masked), and when it stops working.
	 * Serializable, because the page shows it after a redirect as a flash attribute, which travels in the page session
	 * (kept in the database).
	 */
	public record Issued(String sentTo, Instant expiresAt) implements Serializable {
	}
}
