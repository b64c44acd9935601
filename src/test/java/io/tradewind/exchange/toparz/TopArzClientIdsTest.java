package io.tradewind.exchange.toparz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The seed wants every client_id to be a "UUID v4 with max 36 characters". */
class TopArzClientIdsTest {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    @Test
    void theServicesAndTheCommandLinesIdsGoAsUuidsV4AndReadBackWithoutMemory() {
        // kq3X_9-bZ0aQ7rT2uVw: the shape of an Orders API create's uid with an Idempotency-Key
        for (String uid : new String[] {"s1k2j3h4g5-1f", "cli1k2j3h4g5-a1b2", "u", "smxb8lwch-1", "Z_-9aaaaaaaaaaaaaaa",
                "kq3X_9-bZ0aQ7rT2uVw"}) {
            String wire = new TopArzClientIds().toWire(uid);

            assertUuidV4(wire);
            assertEquals(uid, new TopArzClientIds().fromWire(wire), "a fresh connector (after a restart) reads " + wire);
        }
    }

    /** Seeded: any id of up to 19 characters of the alphabet reads back, and no two share a client_id. */
    @Test
    void randomShortIdsReadBackAndNeverCollide() {
        Random random = new Random(7);
        TopArzClientIds ids = new TopArzClientIds();
        Map<String, String> uidOfWire = new HashMap<>();
        for (int n = 0; n < 5_000; n++) {
            StringBuilder uid = new StringBuilder();
            int length = 1 + random.nextInt(TopArzClientIds.MAX_PACKED);
            for (int i = 0; i < length; i++) {
                uid.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String wire = ids.toWire(uid.toString());
            assertUuidV4(wire);
            assertEquals(uid.toString(), new TopArzClientIds().fromWire(wire));
            String before = uidOfWire.putIfAbsent(wire, uid.toString());
            assertTrue(before == null || before.equals(uid.toString()), before + " and " + uid + " share " + wire);
        }
    }

    @Test
    void aUuidV4GoesAsItIsAndLongerIdsAsTheUuidOfTheirHashRememberedByTheConnector() {
        TopArzClientIds ids = new TopArzClientIds();
        String seedId = "f6921326-cd2a-48e9-9fd1-1c6296deed46";
        String long_ = "orders-api:desk:2026-12-06T10:00:00Z#17";

        String hashed = ids.toWire(long_);

        assertEquals(seedId, ids.toWire(seedId));
        assertEquals(seedId, new TopArzClientIds().fromWire(seedId));
        assertUuidV4(hashed);
        assertEquals(hashed, new TopArzClientIds().toWire(long_), "the same id every time, also after a restart");
        assertEquals(long_, ids.fromWire(hashed));
        assertEquals(hashed, new TopArzClientIds().fromWire(hashed), "not known after a restart: the client_id stands");
    }

    /** Seeded: a random UUID v4 (an order placed by another program) is never read as one of our packed ids. */
    @Test
    void randomUuidsGoAsTheyAreAndReadBackAsThemselves() {
        Random random = new Random(11);
        TopArzClientIds ids = new TopArzClientIds();
        for (int n = 0; n < 20_000; n++) {
            String uuid = new UUID(random.nextLong() & ~0xF000L | 0x4000L,
                    random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | Long.MIN_VALUE).toString();
            String wire = ids.toWire(uuid);
            assertEquals(uuid, ids.fromWire(wire), "a UUID sent as " + wire + " reads back as itself");
            assertUuidV4(wire);
        }
        assertNotEquals(ids.toWire("a"), ids.toWire("b"));
    }

    private static void assertUuidV4(String wire) {
        assertTrue(wire.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), wire + " is no UUID v4");
    }
}
