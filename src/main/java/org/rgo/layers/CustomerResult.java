package org.rgo.layers;

import java.io.Serializable;
import java.util.Map;

/** Every layer's result for one at-risk customer: one row of customers.csv (SPEC §10). */
public record CustomerResult(String customerId, String storeId, Revenue revenue, StructuralRisk structural,
                             Attribution attribution, Exposure exposure, Map<String, String> segments) implements Serializable {}
