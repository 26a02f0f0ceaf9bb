package org.rgo.layers;

/** structural_tier of SPEC §4. */
public enum StructuralTier {
    NONE, MODERATE, HIGH, SEVERE;

    public String label() {
        return name().toLowerCase();
    }

    public boolean isHighOrSevere() {
        return this == HIGH || this == SEVERE;
    }
}
