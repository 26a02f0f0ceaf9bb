package org.rgo.delivery;

import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.rgo.config.Keys;
import org.rgo.layers.RootCause;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OwnerAddressesTest {

    @Test
    void eachOwnerKeyIsReadAsACommaListAndAMissingOneMeansNoMail() {
        OwnerAddresses owners = OwnerAddresses.from(new Keys(Map.of(
                "rgo.mail.owners.operations", " ops@example.com,  stock@example.com ",
                "rgo.mail.owners.operations-and-sales", "joint@example.com",
                "rgo.mail.owners.sales-marketing", "")::get));

        assertEquals(List.of("ops@example.com", "stock@example.com"),
                owners.of(RootCause.OPERATIONAL_STOCKOUT).stream().map(InternetAddress::getAddress).toList());
        assertEquals(1, owners.of(RootCause.MIXED_OPERATIONAL_STRUCTURAL).size());
        assertEquals(List.of(), owners.of(RootCause.DEMAND_SOFTNESS));
        assertEquals(List.of(RootCause.BEHAVIORAL_CHURN, RootCause.STRUCTURAL_DECLINE, RootCause.DEMAND_SOFTNESS),
                owners.recipients().unaddressed());
        assertEquals(2, owners.recipients().addresses(RootCause.OPERATIONAL_STOCKOUT));
    }

    @Test
    void aBadAddressStopsTheStartNamingItsKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OwnerAddresses.from(
                new Keys(Map.of("rgo.mail.owners.customer-success", "not an address@@")::get)));
        assertTrue(e.getMessage().contains("rgo.mail.owners.customer-success"), e.getMessage());
    }
}
