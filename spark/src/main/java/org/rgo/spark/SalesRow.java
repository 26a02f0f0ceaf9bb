package org.rgo.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the weekly sales export as the per-customer step sees it. A mutable JavaBean because
 * Spark's {@code Encoders.bean} needs one (a record gives an empty schema in Spark 4.2).
 */
public class SalesRow implements Serializable {

    private String customerId;
    private LocalDate weekStart;
    private BigDecimal spend;
    private String storeId;
    private boolean highValue;
    /** Place in the export, increasing down a file: of two rows for one week the later wins (SPEC §2). */
    private long rowOrder;

    public SalesRow() {}

    public SalesRow(String customerId, LocalDate weekStart, BigDecimal spend, String storeId, boolean highValue,
                    long rowOrder) {
        this.customerId = customerId;
        this.weekStart = weekStart;
        this.spend = spend;
        this.storeId = storeId;
        this.highValue = highValue;
        this.rowOrder = rowOrder;
    }

    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public LocalDate getWeekStart() { return weekStart; }
    public void setWeekStart(LocalDate weekStart) { this.weekStart = weekStart; }
    public BigDecimal getSpend() { return spend; }
    public void setSpend(BigDecimal spend) { this.spend = spend; }
    public String getStoreId() { return storeId; }
    public void setStoreId(String storeId) { this.storeId = storeId; }
    public boolean isHighValue() { return highValue; }
    public void setHighValue(boolean highValue) { this.highValue = highValue; }
    public long getRowOrder() { return rowOrder; }
    public void setRowOrder(long rowOrder) { this.rowOrder = rowOrder; }
}
