package io.fpsh.testkind;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Starts another JVM (fpsh as a process, or a helper main in a namespace). Maven group {@code jvm}. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("jvm")
public @interface ExtraJvm {}
