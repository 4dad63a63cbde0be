package org.sankofa.shared.web;

import java.util.List;

/**
 * Where the stylesheets, scripts and images every page loads are served: public, the same for everyone, and worth no
 * session, security or database work (the security chain of their own, the flash-map lookup that skips them).
 */
public final class StaticAssets {

    /** The paths, as request matcher patterns. */
    public static final String[] PATTERNS = { "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico" };

    private static final List<String> PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");

    private StaticAssets() {
    }

    /** Whether a path (without the context path) is a static asset's. */
    public static boolean contains(String path) {
        return PREFIXES.stream().anyMatch(path::startsWith);
    }
}
