package org.clientcare.platform.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The controllers' handler mapping, which finds a request's handler cheaper. Spring MVC looks up a path without a
 * variable directly, but tries a path with one (a customer's {@code /api/v1/customers/42}, as every record's) against
 * each of the application's four hundred mappings in turn, checking the method, parameters, headers, content types
 * and at last the path patterns of each: a quarter of the server's time for a malformed request. This one first
 * compares the leading literal segments of a mapping's patterns ({@code api}, {@code v1}, {@code customers}) with the
 * request's path segments, decoded as the patterns see them, and passes over a mapping none of whose patterns can
 * match; the others are checked as before. A pattern matches only a path that has its literal segments in their
 * places, so the handler found and the answers when none is (404, 405, 415, 406) are the same.
 */
final class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

	/**
	 * Each mapping's patterns' leading literal segments, taken once the controllers' mappings are found (a mapping
	 * registered later has its own taken at each look-up); an empty array: a pattern that may match any path.
	 */
	private volatile Map<RequestMappingInfo, String[][]> prefixes = Map.of();

	/** The path segments of the request being looked up on this thread, while it is. */
	private final ThreadLocal<List<String>> segments = new ThreadLocal<>();

	@Override
	protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
		Map<RequestMappingInfo, String[][]> found = new IdentityHashMap<>();
		handlerMethods.keySet().forEach(info -> found.put(info, prefixes(info)));
		prefixes = found;
		super.handlerMethodsInitialized(handlerMethods);
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		if (!ServletRequestPathUtils.hasParsedRequestPath(request) || !getPatternParser().isCaseSensitive()) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		segments.set(segments(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()));
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			segments.remove();
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		List<String> path = segments.get();
		if (path != null) {
			String[][] literals = prefixes.get(info);
			if (!mayMatch(literals != null ? literals : prefixes(info), path)) {
				return null;
			}
		}
		return super.getMatchingMapping(info, request);
	}

	private static boolean mayMatch(String[][] prefixes, List<String> path) {
		for (String[] prefix : prefixes) {
			if (startsWith(path, prefix)) {
				return true;
			}
		}
		return prefixes.length == 0;
	}

	private static boolean startsWith(List<String> path, String[] prefix) {
		if (prefix.length > path.size()) {
			return false;
		}
		for (int i = prefix.length - 1; i >= 0; i--) { // the last differs first: api, v1, customers
			if (!prefix[i].equals(path.get(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The path's segments as a pattern's literals are compared with them (decoded, without matrix variables), as long
	 * as separators and segments alternate from a leading separator.
	 */
	static List<String> segments(PathContainer path) {
		List<String> segments = new ArrayList<>();
		List<PathContainer.Element> elements = path.elements();
		for (int i = 0; i + 1 < elements.size(); i += 2) {
			if (!(elements.get(i) instanceof PathContainer.Separator)
					|| !(elements.get(i + 1) instanceof PathContainer.PathSegment segment)) {
				break;
			}
			segments.add(segment.valueToMatch());
		}
		return segments;
	}

	/**
	 * Each pattern's leading literal segments, or no array at all when one pattern has none (or the mapping has no
	 * parsed patterns), which the mapping is always checked for.
	 */
	static String[][] prefixes(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty()) {
			return new String[0][];
		}
		List<String[]> prefixes = new ArrayList<>();
		for (PathPattern pattern : condition.getPatterns()) {
			String[] prefix = literalPrefix(pattern.getPatternString());
			if (prefix.length == 0) {
				return new String[0][];
			}
			prefixes.add(prefix);
		}
		return prefixes.toArray(String[][]::new);
	}

	/** The pattern's segments from its start up to the first that is not a plain literal. */
	static String[] literalPrefix(String pattern) {
		List<String> literals = new ArrayList<>();
		if (!pattern.startsWith("/")) {
			return new String[0];
		}
		for (String segment : pattern.substring(1).split("/", -1)) {
			if (segment.isEmpty() || segment.chars().anyMatch(c -> "{}*?;%\\".indexOf(c) >= 0)) {
				break;
			}
			literals.add(segment);
		}
		return literals.toArray(String[]::new);
	}
}
