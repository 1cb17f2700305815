package org.clientcare.support;

import java.time.LocalDate;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.customer.IdType;
import org.clientcare.customer.RegisterCustomer;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit.Kind;
import org.clientcare.identity.Role;
import org.clientcare.product.Product;
import org.clientcare.product.Product.ProductStatus;
import org.clientcare.product.Product.ProductType;
import org.clientcare.product.Product.RiskLevel;
import org.clientcare.product.ProductCatalogue;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.kyc.SyntheticIdentities;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * The institution every {@link IntegrationTest} starts from, made on an empty database before the first start's own
 * administrator: the demo's org units, its eight staff users (password {@code demo}) and its six products — but none
 * of its customers. Customer 1 is an individual of {@code zhang.rm} in {@code SH-PD}. Tests make the rest of their data
 * themselves ({@link TestCustomers}, {@link TestStaff}) and count only what they made.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInstitution {

	/** The staff users' password. */
	public static final String PASSWORD = "demo";

	@Bean
	@Order(5)
	ApplicationRunner testInstitution(IdentityManagement identity, ProductCatalogue products, CustomerManagement customers) {
		return (ApplicationArguments args) -> {
			if (identity.findUser("zhang.rm").isPresent()) {
				return;
			}
			CurrentActor.runAs(Actor.system("test-institution"), () -> {
				units(identity);
				users(identity);
				products(products);
				customers.register(firstCustomer());
			});
		};
	}

	/** An individual of zhang.rm with a resident ID no test uses. */
	private static RegisterCustomer firstCustomer() {
		var people = new SyntheticIdentities(20261203L);
		LocalDate birth = LocalDate.of(1975, 6, 15);
		return new RegisterCustomer(CustomerType.INDIVIDUAL, people.personName(true), IdType.RESIDENT_ID,
				people.residentId(birth, true, people.randomAreaCode()), null, birth, null, people.mobile(), null,
				people.address(), null, null, "SH-PD", "zhang.rm", LocalDate.of(2020, 1, 1), CustomerStatus.ACTIVE);
	}

	private static void units(IdentityManagement identity) {
		identity.createOrgUnit("HQ", "总行", "Head office", Kind.HEAD_OFFICE, null);
		identity.createOrgUnit("SH", "上海分行", "Shanghai branch", Kind.BRANCH, "HQ");
		identity.createOrgUnit("SH-PD", "浦东支行", "Pudong sub-branch", Kind.SUB_BRANCH, "SH");
		identity.createOrgUnit("SH-XH", "徐汇支行", "Xuhui sub-branch", Kind.SUB_BRANCH, "SH");
		identity.createOrgUnit("CSD", "客户服务部", "Customer service", Kind.DEPARTMENT, "HQ");
		identity.createOrgUnit("WMD", "财富管理部", "Wealth management", Kind.DEPARTMENT, "HQ");
		identity.createOrgUnit("CMP", "合规部", "Compliance", Kind.DEPARTMENT, "HQ");
	}

	private static void users(IdentityManagement identity) {
		user(identity, "admin", "系统管理员", Role.ADMIN, "HQ");
		user(identity, "zhao.manager", "赵明", Role.BRANCH_MANAGER, "SH");
		user(identity, "zhang.rm", "张伟", Role.ACCOUNT_MANAGER, "SH-PD");
		user(identity, "li.rm", "李娜", Role.ACCOUNT_MANAGER, "SH-XH");
		user(identity, "wang.agent", "王芳", Role.SERVICE_AGENT, "CSD");
		user(identity, "liu.handler", "刘洋", Role.COMPLAINT_HANDLER, "WMD");
		user(identity, "chen.compliance", "陈静", Role.COMPLIANCE, "CMP");
		identity.createUser("core.feed", "核心系统接口", Role.INTEGRATION, "HQ", null, PASSWORD);
	}

	private static void user(IdentityManagement identity, String username, String name, Role role, String unit) {
		identity.createUser(username, name, role, unit, username + "@clientcare.example", PASSWORD);
	}

	private static void products(ProductCatalogue products) {
		product(products, "P-R1", "安心存定期存款", "Secure term deposit", ProductType.DEPOSIT, RiskLevel.R1, 0);
		product(products, "P-R2", "稳享理财30天", "Steady wealth 30 days", ProductType.WEALTH, RiskLevel.R2, 0);
		product(products, "P-R3", "均衡配置混合基金", "Balanced mixed fund", ProductType.FUND, RiskLevel.R3, 0);
		product(products, "P-R4", "成长精选股票基金", "Growth equity fund", ProductType.FUND, RiskLevel.R4, 0);
		product(products, "P-R5", "私享权益私募理财", "Private equity wealth plan", ProductType.WEALTH, RiskLevel.R5, 24);
		product(products, "INS-01", "福寿年年终身寿险", "Lifelong life insurance", ProductType.INSURANCE, RiskLevel.R2, 0);
	}

	private static void product(ProductCatalogue products, String code, String nameZh, String nameEn, ProductType type,
			RiskLevel risk, int coolingOffHours) {
		products.save(new Product(code, nameZh, nameEn, type, risk, coolingOffHours, ProductStatus.ACTIVE, 0), null);
	}
}
