package org.rgo.layers;

/**
 * The per-customer kernel: SPEC §3–6, layer by layer, over a chunk. The analyze route calls the
 * same four layers as separate steps (so each shows its own time); this runs them where there is
 * no route, when customers.csv is written and on a cluster.
 */
public final class Kernel {

    private final RevenueLayer revenue;
    private final StructuralRiskLayer structural;
    private final RootCauseLayer rootCause;
    private final ExposureLayer exposure;

    public Kernel(RevenueLayer revenue, StructuralRiskLayer structural, RootCauseLayer rootCause,
                  ExposureLayer exposure) {
        this.revenue = revenue;
        this.structural = structural;
        this.rootCause = rootCause;
        this.exposure = exposure;
    }

    public Chunk evaluate(Chunk chunk) {
        return exposure.apply(rootCause.apply(structural.apply(revenue.apply(chunk))));
    }
}
