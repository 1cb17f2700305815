package org.clientcare.vip;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A level of the corporate VIP programme (对公VIP客户等级), highest first: 尊崇, 钻石, 白金, 金. */
public enum VipLevel {

	/** 尊崇. */
	SUPREME,
	/** 钻石. */
	DIAMOND,
	/** 白金. */
	PLATINUM,
	/** 金. */
	GOLD;

	/** The level's name in the reader's language ({@code vip.level.<LEVEL>}). */
	public MessageSourceResolvable label() {
		return new DefaultMessageSourceResolvable("vip.level." + name());
	}

	/** The level named by {@code code}, or null when it names none. */
	public static VipLevel parse(String code) {
		if (code == null) {
			return null;
		}
		for (VipLevel level : values()) {
			if (level.name().equals(code)) {
				return level;
			}
		}
		return null;
	}
}
