package org.clientcare.identity;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
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

	/** The permissions the role holds (the table's, read once: every signed-in request asks for them). */
	public Set<Permission> permissions() {
		return Held.PERMISSIONS.get(this);
	}

	/** Each role's permissions, read from the table when first asked for, once both enums are there. */
	private static final class Held {

		private static final Map<Role, Set<Permission>> PERMISSIONS = new EnumMap<>(Role.class);

		static {
			for (Role role : Role.values()) {
				PERMISSIONS.put(role,
						Arrays.stream(Permission.values()).filter(role::may).collect(Collectors.toUnmodifiableSet()));
			}
		}
	}
}
