package org.rgo.spark;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the placeholder per-customer step writes for one customer: enough to prove that the rows of
 * one customer arrive together and in week order. The kernel's results replace it.
 */
public class CustomerWeeks implements Serializable {

    private String customerId;
    private long rows;
    private int weeks;
    private LocalDate firstWeek;
    private LocalDate lastWeek;
    /** Exact sum of the weeks' spend (the later row of a duplicated week), as plain decimal text. */
    private String spend;
    private boolean weeksInOrder;

    public CustomerWeeks() {}

    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public long getRows() { return rows; }
    public void setRows(long rows) { this.rows = rows; }
    public int getWeeks() { return weeks; }
    public void setWeeks(int weeks) { this.weeks = weeks; }
    public LocalDate getFirstWeek() { return firstWeek; }
    public void setFirstWeek(LocalDate firstWeek) { this.firstWeek = firstWeek; }
    public LocalDate getLastWeek() { return lastWeek; }
    public void setLastWeek(LocalDate lastWeek) { this.lastWeek = lastWeek; }
    public String getSpend() { return spend; }
    public void setSpend(String spend) { this.spend = spend; }
    public boolean isWeeksInOrder() { return weeksInOrder; }
    public void setWeeksInOrder(boolean weeksInOrder) { this.weeksInOrder = weeksInOrder; }
}
