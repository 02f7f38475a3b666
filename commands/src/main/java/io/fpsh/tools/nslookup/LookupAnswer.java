package io.fpsh.tools.nslookup;

/** One answer record as data: owner name (no trailing dot), type mnemonic and rdata text ("127.0.0.10"). */
public record LookupAnswer(String name, String type, String data) {}
