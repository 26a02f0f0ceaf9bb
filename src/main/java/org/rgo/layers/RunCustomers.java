package org.rgo.layers;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@link CustomerLookup} on a run's own sales table: the ids found by one pass over the table,
 * their series gathered ({@link SeriesLayer}) and evaluated by the kernel, as customers.csv's are.
 */
public final class RunCustomers implements CustomerLookup {

    private final Kernel kernel;
    private final AnalysisInput input;

    public RunCustomers(Kernel kernel, AnalysisInput input) {
        this.kernel = kernel;
        this.input = input;
    }

    @Override
    public Map<String, Current> find(Collection<String> customerIds) {
        Set<String> wanted = new HashSet<>(customerIds);
        int[] found = new int[wanted.size()];
        int count = 0;
        int customers = input.data().sales().customerCount();
        for (int c = 0; c < customers && count < found.length; c++) {
            if (wanted.contains(input.data().customerId(c))) {
                found[count++] = c;
            }
        }
        Chunk chunk = kernel.evaluate(SeriesLayer.gather(input.model(), input.data(), found, 0, count,
                input.model().recurrenceCuts()));
        Map<String, Current> current = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            boolean atRisk = chunk.atRisk(i, 0);
            current.put(chunk.customerId(i), new Current(chunk.customerId(i), atRisk,
                    chunk.revenue(i, 0).gapAmount(), atRisk ? chunk.exposure(i, 0).exposureIndex() : 0.0,
                    atRisk ? chunk.attribution(i, 0).rootCause() : null));
        }
        return current;
    }
}
