package org.clientcare.inquiry.internal;

import java.util.List;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.inquiry.InquiryChannel;
import org.clientcare.inquiry.InquiryStatus;
import org.clientcare.inquiry.InquiryView;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.stereotype.Component;

/** Turns rows into views: the contact decrypted and masked, the assignee by username and name. */
@Component
public class InquiryViews {

	private final Inquiries inquiries;

	private final IdentityManagement identity;

	private final PiiCipher pii;

	InquiryViews(Inquiries inquiries, IdentityManagement identity, PiiCipher pii) {
		this.inquiries = inquiries;
		this.identity = identity;
		this.pii = pii;
	}

	public InquiryView summary(InquiryRow row) {
		return view(row, List.of());
	}

	public InquiryView full(InquiryRow row) {
		return view(row, inquiries.timeline(row.id()));
	}

	/** The contact as the asker gave it, for a complaint made of the inquiry or the data subject's own export. */
	public String contact(InquiryRow row) {
		return pii.decrypt(row.contactEnc());
	}

	private InquiryView view(InquiryRow row, List<InquiryView.TimelineEntry> timeline) {
		StaffUser assignee = row.assigneeId() == null ? null : identity.user(row.assigneeId()).orElse(null);
		return new InquiryView(row.id(), row.inquiryNo(), InquiryStatus.valueOf(row.status()), row.customerId(),
				row.askerName(), InquiryContacts.mask(contact(row)), InquiryChannel.valueOf(row.channel()), row.question(),
				row.receivedAt(), row.dueAt(), row.overdue(), assignee == null ? null : assignee.username(),
				assignee == null ? null : assignee.displayName(), row.answer(), row.answeredAt(), row.answeredBy(),
				row.complaintId(), row.registeredBy(), timeline);
	}
}
