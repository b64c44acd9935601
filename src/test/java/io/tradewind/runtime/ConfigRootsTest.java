package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigRootsTest {

    @Test
    void aMisspeltGroupIsRefusedWithItsName() {
        String message = refused("tradewind.paper.slippage", "tradewind.strategiez.demo.plugin");
        assertTrue(message.startsWith("tradewind.strategiez.demo.plugin: not a Tradewind setting (did you mean"
                + " tradewind.strategies.demo.plugin?)"), message);
        assertTrue(message.contains("tradewind.strategies.…"), message);
        assertTrue(message.contains("correct its name or remove it"), message);
    }

    @Test
    void aMisspeltSingleSettingIsRefused() {
        assertTrue(refused("tradewind.datadir").startsWith("tradewind.datadir: not a Tradewind setting (did you mean"
                + " tradewind.data-dir?)"));
        assertTrue(refused("tradewind.api.tokn").startsWith("tradewind.api.tokn: not a Tradewind setting (did you mean"
                + " tradewind.api.token?)"));
    }

    @Test
    void aGroupNameAloneIsNotASetting() {
        assertTrue(refused("tradewind.strategies").startsWith("tradewind.strategies: "));
    }

    @Test
    void everySettingTheServiceReadsPasses() {
        assertDoesNotThrow(() -> ConfigRoots.check(List.of("tradewind.strategies.demo.plugin", "tradewind.paper.slippage",
                "tradewind.execution.reconcile-interval", "tradewind.service.back-off", "tradewind.orders-api.users.a.role",
                "tradewind.venues.nobitex.account", "tradewind.notify.telegram.chat-id", "tradewind.db.url",
                "tradewind.data-dir", "tradewind.reports-dir", "tradewind.config-file", "tradewind.api.token",
                "tradewind.api.read-token", "quarkus.http.port", "TRADEWIND_API_TOKEN")));
    }

    private static String refused(String... names) {
        return assertThrows(ServiceConfigException.class, () -> ConfigRoots.check(List.of(names))).getMessage();
    }
}
