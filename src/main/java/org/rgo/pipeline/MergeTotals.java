package org.rgo.pipeline;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.rgo.layers.Chunk;
import org.rgo.layers.Totals;

/**
 * The analyze route's splitter joins its chunks here: each chunk's totals merged into the run's.
 * Camel calls this one chunk at a time, in whatever order they finish; the merge gives the same
 * totals in any order.
 */
public final class MergeTotals implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange merged, Exchange chunk) {
        Totals totals = chunk.getMessage().getBody(Chunk.class).totals();
        if (merged == null) {
            chunk.getMessage().setBody(totals);
            return chunk;
        }
        merged.getMessage().getBody(Totals.class).merge(totals);
        return merged;
    }
}
