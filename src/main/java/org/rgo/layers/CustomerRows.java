package org.rgo.layers;

import java.util.List;

/** Every at-risk customer's results in priority order, a block at a time: the rows of customers.csv. */
public interface CustomerRows {

    int blockCount();

    /** Block {@code b}; blocks can be asked for in parallel. */
    List<CustomerResult> block(int b);
}
