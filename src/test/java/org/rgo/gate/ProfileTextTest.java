package org.rgo.gate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProfileTextTest {

    @Test
    void theKeptProfileReadsBackAsWritten() {
        DataProfile profile = new DataProfile(LocalDate.of(2025, 11, 22),
                List.of(new DataProfile.Week(LocalDate.of(2025, 11, 15), 200, 1_466_631),
                        new DataProfile.Week(LocalDate.of(2025, 11, 22), 198, 1_380_510)),
                0, List.of(new DataProfile.StoreWeeks("101", List.of(1L, 2L))), List.of(), 3,
                Map.of("retail_customers", new DataProfile.FileFacts("odd name, with spaces\nand a line.csv", 200,
                        List.of("customer_id", "", "ünïcode col", "a,b", "last"), null),
                        "retail_weekly_sales", new DataProfile.FileFacts("s.csv", 398, List.of(), "ab".repeat(32))),
                "0123456789abcdef");

        DataProfile back = ProfileText.read(ProfileText.write(profile.kept()));

        assertEquals(profile.kept(), back);
        assertEquals(List.of(), back.salesStores());
    }

    @Test
    void otherTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProfileText.read("something else\nweek 1 2 3"));
        assertThrows(IllegalArgumentException.class, () -> ProfileText.read("rgo-data-profile 1\nmystery line"));
    }
}
