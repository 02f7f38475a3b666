package io.fpsh.testkind;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs a host tool as the reference to match (curl, nslookup, dig, openssl, bash, grep...). Maven group {@code realtool}. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("realtool")
public @interface RealTool {}
