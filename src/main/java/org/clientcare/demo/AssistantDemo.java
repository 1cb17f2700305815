package org.clientcare.demo;

import java.util.List;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.assistant.AssistantManagement;
import org.clientcare.assistant.FaqCategory;
import org.clientcare.assistant.FaqManagement;
import org.clientcare.assistant.WriteFaqEntry;
import org.clientcare.assistant.DemoKnowledgeBase;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's knowledge base (§13): the 95 entries of {@code assistant/demo-knowledge-base.tsv} written by
 * {@code wang.agent} and approved by {@code chen.compliance}, a few drafts (one whose answer promises returns) and
 * one entry waiting for compliance; unanswered questions on the gap list ({@link InquiryDemo} has the inquiries).
 *
 * <p>The 95 are published as one batch, in one transaction: each entry still gets its version, its approval request
 * and decision and its audit entries, as when approved one by one, but with one commit for all of them instead of
 * three each (the part of the demo's loading that took longest on a disk that syncs each commit); the assistant's
 * index is built once, when the first question needs it.
 */
@Component
class AssistantDemo {

	private final FaqManagement faq;

	private final ApprovalManagement approvals;

	private final AssistantManagement assistant;

	private final DemoStaff staff;

	private final TransactionTemplate inOneTransaction;

	AssistantDemo(FaqManagement faq, ApprovalManagement approvals, AssistantManagement assistant,
			DemoStaff staff, PlatformTransactionManager transactions) {
		this.faq = faq;
		this.approvals = approvals;
		this.assistant = assistant;
		this.staff = staff;
		this.inOneTransaction = new TransactionTemplate(transactions);
	}

	/** The 95 entries of the demo file, written, submitted and approved. */
	void knowledgeBase() {
		Actor editor = staff.actor("wang.agent");
		Actor compliance = staff.actor("chen.compliance");
		inOneTransaction.executeWithoutResult(status -> {
			for (WriteFaqEntry entry : DemoKnowledgeBase.entries()) {
				long[] approval = new long[1];
				CurrentActor.runAs(editor, () -> approval[0] = faq.submit(faq.create(entry).id()).id());
				CurrentActor.runAs(compliance, () -> approvals.approve(approval[0], null));
			}
		});
	}

	/** Drafts, an entry waiting for compliance and the questions on the gap list. */
	void load() {
		Actor editor = staff.actor("wang.agent");
		CurrentActor.runAs(editor, () -> {
			faq.create(new WriteFaqEntry("外币兑换在哪里办理？", "可到开办外币兑换业务的网点办理，需携带本人有效身份证件。", "zh-CN",
					List.of("外币", "兑换"), List.of("换美元去哪里"), FaqCategory.SERVICES));
			faq.create(new WriteFaqEntry("这款理财产品收益怎么样？", "本产品保本保收益，稳赚不赔。", "zh-CN", List.of("理财", "收益"),
					List.of(), FaqCategory.WEALTH));
			long box = faq.create(new WriteFaqEntry("保管箱怎么租用？", "请本人携带身份证到开办保管箱业务的网点申请，租金按箱型和租期收取。",
					"zh-CN", List.of("保管箱", "租用"), List.of("保管箱租金多少"), FaqCategory.SERVICES)).id();
			faq.submit(box);
		});
		for (String question : List.of("ETC可以在你们这办吗", "ETC可以在你们这办吗？", "公积金贷款利率多少", "我的手机13812345678收不到短信",
				"Can I pay my electricity bill here?")) {
			assistant.ask(question, null);
		}
	}
}
