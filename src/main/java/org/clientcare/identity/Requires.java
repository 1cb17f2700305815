package org.clientcare.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which row of {@link Permission}'s table a write endpoint of the API does, on the controller method (or on its
 * class, for every method of it). Every POST, PUT, PATCH and DELETE handler under {@code /api} carries this declaration,
 * or {@link OpenTo} for the few writes the table does not list; a test fails on one that carries neither.
 * <p>
 * The declaration is checked before the request's body is read or validated: a role that holds none of the permissions
 * named, and that would see the record the request names whatever it is ({@link Names}), is refused with 403
 * {@code not-permitted} up front, so that a request it may never make meets the refusal and not the body's validation.
 * Every other caller goes on to the command, which asks {@link Authorization} again with the record's facts and answers
 * 404 for a record outside the caller's scope.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Requires {

	/** The permissions of which the caller's role must hold at least one. */
	Permission[] value();

	/** What the request names, in its path or its body, which decides who is refused before the record is looked up. */
	Names names() default Names.NO_SCOPED_RECORD;
}
