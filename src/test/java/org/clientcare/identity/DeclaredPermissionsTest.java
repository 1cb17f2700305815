package org.clientcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.clientcare.shared.AdministratorsOnly;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint of the API declares the row of SPEC §1's table it does, and a role that row refuses whatever the
 * record (see {@link Requires}) is refused with 403 {@code not-permitted} before its body is read: a request it may
 * never make, sent with a body that would not pass validation, meets the refusal and not a list of fields.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclaredPermissionsTest {

	static final Set<RequestMethod> WRITES = EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
			RequestMethod.DELETE);

	static final String NOT_JSON = "{\"this is\": not a valid body";

	@Autowired
	Api api;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** One write endpoint of the API: its method, a path it answers and its handler. */
	record Endpoint(String method, String path, HandlerMethod handler) {

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	List<Endpoint> writeEndpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			for (String pattern : mapping.getKey().getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				// a mapping that names no method answers every method, writes included
				for (RequestMethod method : methods.isEmpty() ? WRITES : methods) {
					if (WRITES.contains(method)) {
						endpoints.add(new Endpoint(method.name(), pattern, mapping.getValue()));
					}
				}
			}
		}
		return endpoints;
	}

	static <A extends java.lang.annotation.Annotation> A declared(HandlerMethod handler, Class<A> type) {
		Method method = handler.getMethod();
		A onMethod = AnnotatedElementUtils.findMergedAnnotation(method, type);
		return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), type);
	}

	@Test
	void everyWriteEndpointOfTheApiDeclaresWhatItRequires() {
		List<Endpoint> endpoints = writeEndpoints();
		List<String> undeclared = endpoints.stream()
			.filter(e -> declared(e.handler(), Requires.class) == null && declared(e.handler(), OpenTo.class) == null
					&& declared(e.handler(), AdministratorsOnly.class) == null)
			.map(e -> e + " (" + e.handler().getShortLogMessage() + ")")
			.sorted()
			.toList();

		assertThat(endpoints).as("the API's write endpoints").hasSizeGreaterThan(100);
		assertThat(undeclared).as("write endpoints declaring neither @Requires, @OpenTo nor @AdministratorsOnly").isEmpty();
	}

	/** The roles the declaration refuses before the record is looked up. */
	static Set<Role> refusedUpFront(HandlerMethod handler) {
		Requires requires = declared(handler, Requires.class);
		List<Permission> permissions;
		Names names;
		if (requires != null) {
			permissions = Arrays.asList(requires.value());
			names = requires.names();
		}
		else if (declared(handler, AdministratorsOnly.class) != null) {
			permissions = List.of(Permission.ADMINISTER);
			names = Names.NO_SCOPED_RECORD;
		}
		else {
			return Set.of();
		}
		Set<Role> refused = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (Authorization.refusesWhateverTheRecord(new Subject("someone", role, 1L, 1L, Subject.Kind.STAFF), permissions,
					names)) {
				refused.add(role);
			}
		}
		return refused;
	}

	Stream<Endpoint> declaredEndpoints() {
		return writeEndpoints().stream().filter(e -> !refusedUpFront(e.handler()).isEmpty());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("declaredEndpoints")
	void aRoleWithoutTheGrantIsRefusedBeforeItsBodyIsRead(Endpoint endpoint) {
		String path = endpoint.path().replaceAll("\\{[^}]*}", "1");
		List<String> wrong = new ArrayList<>();
		for (Role role : refusedUpFront(endpoint.handler())) {
			String user = PermissionWalkTest.USERS.get(role);
			Api.Response response = api.as(user).send(endpoint.method(), path, NOT_JSON, Map.of());
			boolean refused = response.status() == 403 && response.contentType().startsWith("application/problem+json")
					&& "not-permitted".equals(response.body().path("code").asString(""));
			if (!refused) {
				wrong.add(role + " (" + user + "): " + response.status() + " " + response.text());
			}
		}
		assertThat(wrong).as(endpoint.toString()).isEmpty();
	}

	@Test
	void complianceSendingAnEmptyComplaintCaseOrCustomerIsRefusedRatherThanAskedForFields() {
		for (String path : List.of("/api/v1/complaints", "/api/v1/cases", "/api/v1/customers")) {
			Api.Response response = api.as("chen.compliance").post(path, Api.json());

			assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(403);
			assertThat(response.body().get("code").asString()).isEqualTo("not-permitted");
			assertThat(response.body().has("errors")).isFalse();
		}
	}

	@Test
	void anAccountManagerWithoutTheGrantStillFindsNoComplaintOutsideItsScope() {
		Api.Response response = api.as("zhang.rm").post("/api/v1/complaints/999999999/resolve",
				Api.json("resolution", "退还年费"));

		assertThat(response.status()).as(response.text()).isEqualTo(404);
	}
}
