package io.fpsh.testkind;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs OpenSSH's programs (sshd, ssh, sshpass, ssh-agent, ssh-keygen, or expect driving ssh). Maven group {@code sshd}. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("sshd")
public @interface Sshd {}
