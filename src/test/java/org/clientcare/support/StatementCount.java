package org.clientcare.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements a request makes: a request carrying the header {@value #HEADER} has every statement its
 * thread prepares or creates on the application's {@code DataSource} counted under the header's value
 * ({@link #of(String)}), and so is every transaction it commits ({@link #commitsOf(String)}). Requests without the
 * header, and work on other threads, are not counted and not changed.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCount {

	public static final String HEADER = "X-Test-Count-Statements";

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final ThreadLocal<String> label = new ThreadLocal<>();

	private static final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private static final Map<String, AtomicInteger> commits = new ConcurrentHashMap<>();

	/** The statements made by the requests sent with {@code HEADER: label}. */
	public static int of(String label) {
		AtomicInteger count = counts.get(label);
		return count == null ? 0 : count.get();
	}

	/** The transactions committed by the requests sent with {@code HEADER: label}. */
	public static int commitsOf(String label) {
		AtomicInteger count = commits.get(label);
		return count == null ? 0 : count.get();
	}

	/**
	 * Requests the client (signed in as someone) sends from now on under a fresh label — {@code name} and a random
	 * suffix — so that a test counts their statements together and apart from every other test's.
	 */
	public static Requests counted(Api client, String name) {
		return new Requests(client, name + "-" + UUID.randomUUID());
	}

	/** Requests of one client counted under one label. */
	public record Requests(Api client, String label) {

		public Api.Response get(String path) {
			return client.send("GET", path, null, Map.of(HEADER, label));
		}

		/** The statements of the requests sent so far. */
		public int statements() {
			return of(label);
		}

		/** The transactions the requests sent so far committed. */
		public int commits() {
			return commitsOf(label);
		}
	}

	@Bean
	static BeanPostProcessor statementCountingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<Filter> statementCountLabel() {
		Filter filter = (ServletRequest request, ServletResponse response, FilterChain chain) -> {
			String value = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
			if (value == null) {
				chain.doFilter(request, response);
				return;
			}
			label.set(value);
			try {
				chain.doFilter(request, response);
			}
			finally {
				label.remove();
			}
		};
		var registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static Object counting(DataSource target) {
		return Proxy.newProxyInstance(StatementCount.class.getClassLoader(),
				new Class<?>[] { DataSource.class, AutoCloseable.class }, (proxy, method, args) -> {
					if (method.getName().equals("close") && method.getParameterCount() == 0) {
						if (target instanceof AutoCloseable closeable) {
							closeable.close();
						}
						return null;
					}
					Object result = invoke(target, method, args);
					return result instanceof Connection connection ? counting(connection) : result;
				});
	}

	private static Connection counting(Connection target) {
		return (Connection) Proxy.newProxyInstance(StatementCount.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					String current = label.get();
					if (current != null && STATEMENTS.contains(method.getName())) {
						counts.computeIfAbsent(current, k -> new AtomicInteger()).incrementAndGet();
					}
					if (current != null && method.getName().equals("commit")) {
						commits.computeIfAbsent(current, k -> new AtomicInteger()).incrementAndGet();
					}
					return invoke(target, method, args);
				});
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}
