package org.clientcare.identity;

import java.util.EnumSet;
import java.util.Set;

/** A staff role (角色) of SPEC §1 with the permissions it carries. */
public enum Role {

	/** 系统管理员. */
	ADMIN(EnumSet.allOf(Permission.class)),
	/** 分/支行负责人. */
	BRANCH_MANAGER(EnumSet.of(Permission.CUSTOMER_WRITE, Permission.PII_REVEAL, Permission.APPROVE)),
	/** 客户经理. */
	ACCOUNT_MANAGER(EnumSet.of(Permission.CUSTOMER_WRITE, Permission.PII_REVEAL)),
	/** 客服人员: sees every customer, always masked. */
	SERVICE_AGENT(EnumSet.noneOf(Permission.class)),
	/** 责任部门处理人. */
	COMPLAINT_HANDLER(EnumSet.noneOf(Permission.class)),
	/** 合规 / 客户权益保护专岗: reads everything, reveals with a reason. */
	COMPLIANCE(EnumSet.of(Permission.PII_REVEAL, Permission.AUDIT_READ, Permission.APPROVE)),
	/** 核心系统接口: the intake endpoints only. */
	INTEGRATION(EnumSet.of(Permission.INTAKE));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	public boolean may(Permission permission) {
		return permissions.contains(permission);
	}

	public Set<Permission> permissions() {
		return Set.copyOf(permissions);
	}

	/** What a role may do beyond seeing its scope. */
	public enum Permission {

		CUSTOMER_WRITE("customer:write"), PII_REVEAL("pii:reveal"), AUDIT_READ("audit:read"), APPROVE("approval:decide"),
		INTAKE("intake:write"), ADMINISTER("admin");

		private final String authority;

		Permission(String authority) {
			this.authority = authority;
		}

		public String authority() {
			return authority;
		}
	}
}
