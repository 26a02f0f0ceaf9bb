package org.rgo.layers;

import java.util.List;

/**
 * What fixing stockouts is worth (issue 12). REI itself does not depend on the stockout calendar;
 * root cause attribution does (SPEC §5). So the REI that "would go away" if a store's stockout
 * weeks had not happened is the REI that leaves the operational causes (operational_stockout and
 * mixed_operational_structural) when the model is evaluated again with that store's stockout
 * store-weeks removed from the calendar, every other rule unchanged: exposure_by_root_cause of
 * those causes with the full calendar minus the same without the store's stockouts.
 *
 * <p>{@code operationalRei} is the REI in those causes with the full calendar, {@code totalRei} the
 * run's; {@code stores} holds every store of the sales file, largest figure first (ties by store id).
 */
public record StoreWhatIf(double operationalRei, double totalRei, List<StoreFix> stores) {

    /**
     * One store: the REI that leaves the operational causes without its stockouts, how many customers
     * it is, and that REI as a percentage of {@code operationalRei} and of the total (null when 0).
     */
    public record StoreFix(String storeId, double reiRemoved, long customers, Double percentOfOperationalRei,
                           Double percentOfTotalRei) {}
}
