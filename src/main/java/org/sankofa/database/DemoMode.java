package org.sankofa.database;

/**
 * Whether the demo world (synthetic data and demo users with a known password) is loaded.
 * On by default with the embedded database, off by default with an external one; {@code SANKOFA_DEMO}
 * forces it either way.
 *
 * @param enabled  whether demo mode is on
 * @param embedded whether the embedded database is in use
 */
public record DemoMode(boolean enabled, boolean embedded) {
}
