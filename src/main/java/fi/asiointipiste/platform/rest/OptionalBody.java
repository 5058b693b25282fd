package fi.asiointipiste.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request body that may be left out (an action such as accepting a hand-off says nothing more): the parameter
 * is then null. Every other body is required ({@link JsonBodies}: 400 {@code api.body.required}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface OptionalBody {}
