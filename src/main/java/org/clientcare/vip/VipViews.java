package org.clientcare.vip;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.shared.CustomerId;
import org.clientcare.vip.internal.Programmes;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds what callers see of the programme from its rows, keeping only the customers in the caller's scope. */
@Component
class VipViews {

	private final Programmes programmes;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final MessageSource messages;

	VipViews(Programmes programmes, CustomerManagement customers, IdentityManagement identity, MessageSource messages) {
		this.programmes = programmes;
		this.customers = customers;
		this.identity = identity;
		this.messages = messages;
	}

	VipProgramme of(Programmes.YearRow row) {
		int year = row.year();
		List<Programmes.CandidateRow> rows = programmes.candidates(year);
		List<Programmes.ChangeRow> changes = programmes.changes(year);
		List<Programmes.CardRow> cards = programmes.cards(year);
		Set<CustomerId> ids = new java.util.HashSet<>();
		rows.forEach(r -> ids.add(new CustomerId(r.customerId())));
		changes.forEach(r -> ids.add(new CustomerId(r.customerId())));
		cards.forEach(r -> ids.add(new CustomerId(r.customerId())));
		Map<Long, CustomerRef> visible = customers.visible(ids).values().stream()
			.collect(Collectors.toMap(r -> r.id().value(), r -> r));
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, String> units = new HashMap<>();
		List<VipProgramme.Member> members = rows.stream()
			.filter(r -> r.status() == CandidateStatus.MEMBER && visible.containsKey(r.customerId()))
			.map(r -> new VipProgramme.Member(r.customerId(), visible.get(r.customerId()).customerNo(),
					visible.get(r.customerId()).name(), r.level(), levelName(r.level(), locale), r.since(), r.figures()))
			.toList();
		List<VipProgramme.Candidate> candidates = rows.stream().filter(r -> visible.containsKey(r.customerId()))
			.map(r -> new VipProgramme.Candidate(r.customerId(), visible.get(r.customerId()).customerNo(),
					visible.get(r.customerId()).name(), units.computeIfAbsent(r.orgUnitId(), id -> unitName(id, locale)),
					r.proposedLevel(), r.level(), levelName(r.level(), locale), r.rank(), r.status(), r.figures(),
					r.proposedBy(), r.proposedAt(), r.reason()))
			.toList();
		List<VipProgramme.Change> changeViews = changes.stream().filter(c -> visible.containsKey(c.customerId()))
			.map(c -> new VipProgramme.Change(c.id(), c.customerId(), visible.get(c.customerId()).customerNo(),
					c.fromLevel(), c.toLevel(), c.reason(), c.status(), c.approvalId(), c.requestedBy(), c.requestedAt()))
			.toList();
		List<VipProgramme.Card> cardViews = cards.stream().filter(c -> visible.containsKey(c.customerId()))
			.map(c -> card(c, visible.get(c.customerId()).customerNo())).toList();
		return new VipProgramme(year, row.status(), members, candidates, new VipProgramme.Approval(row.approvalId(),
				row.submittedBy(), row.submittedAt(), row.decidedBy(), row.decidedAt()), changeViews, cardViews);
	}

	CustomerVip customer(long customerId, int year) {
		boolean inForce = programmes.year(year).filter(y -> y.status() == ProgrammeStatus.APPROVED).isPresent();
		var candidate = programmes.candidate(year, customerId);
		var member = candidate.filter(c -> inForce && c.status() == CandidateStatus.MEMBER);
		VipLevel level = member.map(Programmes.CandidateRow::level).orElse(null);
		String customerNo = customers.refs(List.of(new CustomerId(customerId))).values().stream().findFirst()
			.map(CustomerRef::customerNo).orElse("");
		List<VipProgramme.Card> cards = programmes.cardsOf(customerId, year).stream().map(c -> card(c, customerNo))
			.toList();
		List<CustomerVip.Event> history = programmes.historyOf(customerId).stream()
			.map(h -> new CustomerVip.Event(h.year(), h.at(), h.event(), h.fromLevel(), h.toLevel(), h.by(),
					h.approvalId(), h.note()))
			.toList();
		return new CustomerVip(customerId, year, level, member.map(Programmes.CandidateRow::since).orElse(null),
				candidate.map(Programmes.CandidateRow::status).orElse(null), level == null ? List.of() : services(level), cards, history);
	}

	List<String> services(VipLevel level) {
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		return programmes.services(level).stream().map(n -> english ? n[1] : n[0]).toList();
	}

	private static VipProgramme.Card card(Programmes.CardRow c, String customerNo) {
		return new VipProgramme.Card(c.id(), c.customerId(), customerNo, c.holderName(), c.holderTitle(), c.status(),
				c.approvalId(), c.requestedBy(), c.requestedAt());
	}

	private String levelName(VipLevel level, Locale locale) {
		return messages.getMessage("vip.level." + level.name(), null, level.name(), locale);
	}

	private String unitName(long id, Locale locale) {
		return identity.orgUnit(id).map(u -> u.name(locale)).orElse("");
	}
}
