package org.clientcare.customer;

/** 个人 (natural persons, 个体工商户), 企业法人, 事业单位/社会团体/金融机构. */
public enum CustomerType {
	INDIVIDUAL, CORPORATE, INSTITUTION
}
