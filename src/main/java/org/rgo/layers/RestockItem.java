package org.rgo.layers;

/**
 * One row of the restock list: a SKU that was out of stock at a store in a gap week, at that
 * store, of at least one customer whose action restocks; {@code weeksOut} such distinct weeks,
 * {@code customersAffected} such customers and the sum of their REI.
 */
public record RestockItem(String storeId, String sku, int weeksOut, long customersAffected, double reiAffected) {}
