package org.rgo.layers;

import java.io.Serializable;

/** Root cause attribution layer output (SPEC §5). */
public record Attribution(int stockoutOverlapWeeks, double percentGapDueToStockout, boolean stockoutImpactFlag,
                          boolean demandDropFlag, boolean mixedCauseFlag, RootCause rootCause) implements Serializable {}
