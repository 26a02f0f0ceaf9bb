package org.rgo.ledger;

/**
 * One of a run's top-N priorities as the ledger keeps it (issue 12), so that the next run can
 * follow up on it: rank (1 first), customer, root cause code, owner team, gap and REI as reported.
 */
public record RunPriority(int rank, String customerId, String rootCause, String owner, double gapAmount,
                          double exposureIndex) {}
