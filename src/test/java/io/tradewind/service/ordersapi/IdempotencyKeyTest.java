package io.tradewind.service.ordersapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void a_request_without_the_header_has_no_key() {
        assertNull(IdempotencyKey.of(List.of(), "alice"));
    }

    @Test
    void the_uid_is_the_users_and_the_keys_alone_and_every_connector_reads_it_back() {
        String uid = IdempotencyKey.of(List.of("3b241101-e2bb-4255-8caf-4136c566a962"), "alice").clientOrderId();

        assertEquals(uid, IdempotencyKey.of(List.of("3b241101-e2bb-4255-8caf-4136c566a962"), "alice").clientOrderId());
        assertNotEquals(uid, IdempotencyKey.of(List.of("3b241101-e2bb-4255-8caf-4136c566a962"), "bob").clientOrderId());
        assertNotEquals(uid, IdempotencyKey.of(List.of("3b241101-e2bb-4255-8caf-4136c566a963"), "alice").clientOrderId());
        assertEquals(true, uid.matches("k[A-Za-z0-9_-]{18}"), uid);
    }

    @Test
    void a_key_that_is_empty_too_long_or_not_printable_ascii_is_a_422_at_the_header_saying_what() {
        assertEquals("it is empty", problem(""));
        assertEquals("it has 256 characters", problem("x".repeat(256)));
        assertEquals("character 4 is a space", problem("abc def"));
        assertEquals("character 2 is not ASCII", problem("ré"));
        assertEquals("character 1 is U+0009", problem("\tkey"));
        IdempotencyKey.of(List.of("x".repeat(255)), "alice");
    }

    @Test
    void a_key_given_twice_is_a_422_since_either_could_place_a_second_order() {
        ErrorDetail detail = assertThrows(UnprocessableOrder.class, () -> IdempotencyKey.of(List.of("k1", "k2"), "alice"))
                .details().get(0);

        assertEquals("Idempotency-Key is given 2 times: send one", detail.msg());
    }

    private static String problem(String key) {
        ErrorDetail detail = assertThrows(UnprocessableOrder.class, () -> IdempotencyKey.of(List.of(key), "alice")).details().get(0);
        assertEquals(List.of("header", "Idempotency-Key"), detail.loc());
        assertEquals("value_error.idempotency_key", detail.type());
        return detail.msg().substring(detail.msg().lastIndexOf(": ") + 2);
    }
}
