package org.clientcare.shared.problem;

/** One field at fault in a request: {@code {field, code, message}} in the problem body's {@code errors}. */
public record FieldProblem(String field, String code, String message) {
}
