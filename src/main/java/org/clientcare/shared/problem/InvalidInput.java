package org.clientcare.shared.problem;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;

/** The request breaks a rule on one or more fields (400); nothing was written. */
public class InvalidInput extends ProblemException {

	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid " + String.join(", ", problems.stream().map(FieldProblem::field).toList()));
		this.problems = List.copyOf(problems);
	}

	public static InvalidInput of(String field, String code, String message) {
		return new InvalidInput(List.of(new FieldProblem(field, code, message)));
	}

	@Override
	public List<FieldProblem> fieldProblems() {
		return problems;
	}

	/** Collects field problems and throws them together. */
	public static final class Collector {

		private final List<FieldProblem> problems = new ArrayList<>();

		public Collector add(String field, String code, String message) {
			problems.add(new FieldProblem(field, code, message));
			return this;
		}

		public boolean has(String field) {
			// A loop, not a stream: the import's checks ask this several times a row, nearly always of an empty list.
			for (FieldProblem problem : problems) {
				if (problem.field().equals(field)) {
					return true;
				}
			}
			return false;
		}

		public void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
		}
	}
}
