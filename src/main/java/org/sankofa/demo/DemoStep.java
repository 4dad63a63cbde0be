package org.sankofa.demo;

/**
 * Loads one {@link DemoPart} of the demo world: implemented by the module that owns the part's data, and run by the
 * demo module in the order of {@link DemoPart}, only in demo mode, on every start — so a step skips itself when its
 * data is already there (loaded on a previous start).
 */
public interface DemoStep {

    /** Which part this step loads. */
    DemoPart part();

    /** Loads the part, unless it is already there. */
    void load();
}
