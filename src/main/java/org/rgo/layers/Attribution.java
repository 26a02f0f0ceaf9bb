package org.rgo.layers;

import java.io.Serializable;

/**
 * Root cause attribution layer output (SPEC §5). {@code overlapWeeks} are the gap weeks that are
 * stockout store-weeks, each with its store; stockout_overlap_weeks is their number.
 */
public record Attribution(StockoutWeeks overlapWeeks, double percentGapDueToStockout, boolean stockoutImpactFlag,
                          boolean demandDropFlag, boolean mixedCauseFlag, RootCause rootCause) implements Serializable {

    public int stockoutOverlapWeeks() {
        return overlapWeeks.count();
    }
}
