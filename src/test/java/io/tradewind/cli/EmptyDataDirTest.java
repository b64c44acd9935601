package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** -Dtradewind.data-dir= (empty) ran the command on ./data without a word: orders list showed an empty table. */
class EmptyDataDirTest {

    @Test
    void a_data_directory_given_empty_is_refused_naming_where_it_was_given() {
        assertEquals("-Dtradewind.data-dir= is empty: give the data directory, or leave the -D option out for ./data",
                TradewindMain.emptyDataDir("", null));
        assertEquals("TRADEWIND_DATA_DIR= is empty: give the data directory, or leave TRADEWIND_DATA_DIR out for ./data",
                TradewindMain.emptyDataDir(null, " "));
    }

    @Test
    void a_data_directory_given_or_left_out_is_no_problem() {
        assertNull(TradewindMain.emptyDataDir(null, null));
        assertNull(TradewindMain.emptyDataDir("/var/lib/tradewind/data", null));
        assertNull(TradewindMain.emptyDataDir(null, "/var/lib/tradewind/data"));
        assertNull(TradewindMain.emptyDataDir("./elsewhere", ""), "the -D option wins over the environment");
    }
}
