package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.ingest.Dataset;
import org.rgo.ingest.SalesTable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a customer's evaluation needs besides its own series: the rules, the week axis, the
 * store ids, the stockout calendar and the segment columns present in the data. Small and
 * serializable, so a cluster can ship it to every worker once.
 */
public record Model(Settings settings, LocalDate[] weeks, String[] storeIds, StockoutCalendar calendar,
                    List<String> segmentColumns) implements Serializable {

    public static Model of(Settings settings, Dataset data) {
        SalesTable sales = data.sales();
        LocalDate[] weeks = new LocalDate[sales.weekCount()];
        for (int w = 0; w < weeks.length; w++) {
            weeks[w] = sales.week(w);
        }
        String[] stores = new String[sales.storeCount()];
        for (int s = 0; s < stores.length; s++) {
            stores[s] = sales.storeId(s);
        }
        return new Model(settings, weeks, stores, StockoutCalendar.of(data.stock(), weeks, stores, settings.rootCause()),
                List.copyOf(data.segments().keySet()));
    }

    /** Index of the as-of week (SPEC §1) on the week axis. */
    public int asOfWeek() {
        return weeks.length - 1;
    }

    public LocalDate asOfDate() {
        return weeks[asOfWeek()];
    }

    /**
     * The first as-of week at which a series starting on the data's first week fills the current and
     * the whole baseline window (SPEC §2–3); empty when no week does. Earlier weeks' baselines are
     * shorter, so their totals are not comparable with later ones.
     */
    public Optional<LocalDate> firstFullBaselineWeek() {
        int week = settings.windows().current() + settings.windows().baseline() - 1;
        return week < weeks.length ? Optional.of(weeks[week]) : Optional.empty();
    }

    /** Cuts the trend measures (SPEC §8): this week and the prior one at least, then the timeline's. */
    public int trendCuts() {
        return Math.min(Math.max(settings.trend().timelineWeeks(), 2), weeks.length);
    }

    /** Cuts recurrence looks at (SPEC §6): this week and the previous as-of weeks it counts. */
    public int recurrenceCuts() {
        return Math.min(settings.exposure().recurrenceWeeks() + 1, weeks.length);
    }

    /** Every cut a customer is evaluated at in a run: cut k is the series as it was k weeks ago. */
    public int cuts() {
        return Math.max(trendCuts(), recurrenceCuts());
    }
}
