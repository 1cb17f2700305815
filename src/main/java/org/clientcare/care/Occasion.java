package org.clientcare.care;

/**
 * What a greeting is for: a customer's birthday, or a festival of the care calendar (SPEC §8). The lunar festivals
 * (春节, 元宵, 端午, 中秋, 重阳) move with the lunar calendar; 元旦 and 国庆 are fixed.
 */
public enum Occasion {
	NEW_YEAR, SPRING_FESTIVAL, LANTERN, DRAGON_BOAT, MID_AUTUMN, DOUBLE_NINTH, NATIONAL_DAY, BIRTHDAY;

	/** Whether this occasion is a festival of the calendar (all but {@link #BIRTHDAY}). */
	public boolean isFestival() {
		return this != BIRTHDAY;
	}
}
