package org.clientcare.identity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A staff role (角色) of SPEC §1. What it may write is {@link Permission}'s table; how far it sees, {@link DataScope}. */
public enum Role {

	/** 系统管理员. */
	ADMIN,
	/** 分/支行负责人. */
	BRANCH_MANAGER,
	/** 客户经理. */
	ACCOUNT_MANAGER,
	/** 客服人员: sees every customer, always masked. */
	SERVICE_AGENT,
	/** 责任部门处理人. */
	COMPLAINT_HANDLER,
	/** 合规 / 客户权益保护专岗: reads everything, reveals with a reason. */
	COMPLIANCE,
	/** 核心系统接口: the intake endpoints only. */
	INTEGRATION;

	/** Whether the role holds the permission at all (with whatever qualifier). */
	public boolean may(Permission permission) {
		return permission.grantFor(this).isPresent();
	}

	/** The permissions the role holds. */
	public Set<Permission> permissions() {
		return Arrays.stream(Permission.values()).filter(this::may).collect(Collectors.toUnmodifiableSet());
	}
}
