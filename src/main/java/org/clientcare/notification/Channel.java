package org.clientcare.notification;

/** How a message travels: e-mail, SMS (短信) or WeChat (微信). */
public enum Channel {
	EMAIL, SMS, WECHAT
}
