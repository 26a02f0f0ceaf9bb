package org.rgo.ingest;

/** The three exports of one run, read and checked (SPEC §1). */
public record Exports(CustomerDirectory customers, SalesTable sales, StockTable stock) {}
