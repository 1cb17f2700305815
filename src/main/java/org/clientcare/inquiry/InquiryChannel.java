package org.clientcare.inquiry;

/** Where an inquiry came in; {@code ASSISTANT} is the public assistant's hand-over to a person. */
public enum InquiryChannel {
	HOTLINE, EMAIL, WECHAT, ONLINE, BRANCH, LETTER, ASSISTANT
}
