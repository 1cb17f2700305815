package org.clientcare.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a write endpoint of the API as configuration only administrators do: identity's permission {@code ADMINISTER},
 * checked before the request's body is read. For the modules identity itself builds on (platform's jobs), which cannot
 * name identity's permissions; every other module declares its writes with identity's {@code Requires}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface AdministratorsOnly {
}
