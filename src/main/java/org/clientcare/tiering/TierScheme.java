package org.clientcare.tiering;

/** How a tier was decided: the retail scheme (理财客户), the corporate scheme (公司客户), or an approved override. */
public enum TierScheme {
	RETAIL, CORPORATE, OVERRIDE
}
