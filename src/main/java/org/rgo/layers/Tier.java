package org.rgo.layers;

/** Customer value tier (SPEC §3). */
public enum Tier {
    STANDARD, HIGH, STRATEGIC;

    public String label() {
        return name().toLowerCase();
    }
}
