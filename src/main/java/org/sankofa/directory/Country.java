package org.sankofa.directory;

/** A country: its ISO 3166-1 alpha-2 code and its name in the language asked for. */
public record Country(String code, String name) {
}
