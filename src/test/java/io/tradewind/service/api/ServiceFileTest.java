package io.tradewind.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceFileTest {

    @TempDir
    Path dataDir;

    @Test
    void a_written_file_of_a_live_process_holding_the_service_lock_names_the_running_service_until_deleted() throws Exception {
        ServiceFile ours = new ServiceFile("http://127.0.0.1:8080", ProcessHandle.current().pid());
        ours.write(dataDir);
        assertEquals(Optional.empty(), ServiceFile.running(dataDir), "no service lock: a process that reused the pid");

        try (FileChannel lock = FileChannel.open(dataDir.resolve(ServiceFile.SERVICE_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            assertEquals(Optional.empty(), ServiceFile.running(dataDir), "a free lock: the service that held it is gone");
            lock.lock();
            assertEquals(Optional.of(ours), ServiceFile.running(dataDir));
            ours.deleteIfOurs(dataDir);
            assertFalse(Files.exists(ServiceFile.in(dataDir)));
            assertEquals(Optional.empty(), ServiceFile.running(dataDir));
        }
    }

    /**
     * The serving process never probes its own lock: closing a second channel of the file would drop
     * every lock the process holds on it (POSIX), and a second service could then take the store.
     */
    @Test
    void the_serving_process_takes_itself_for_the_service_without_touching_its_lock() throws Exception {
        ServiceFile ours = new ServiceFile("http://127.0.0.1:8080", ProcessHandle.current().pid());
        ours.write(dataDir);
        Files.createFile(dataDir.resolve(ServiceFile.SERVICE_LOCK));
        ServiceFile.servingHere(true);
        try {
            assertEquals(Optional.of(ours), ServiceFile.running(dataDir));
        } finally {
            ServiceFile.servingHere(false);
        }
        assertEquals(Optional.empty(), ServiceFile.running(dataDir), "any other process probes, and finds the lock free");
    }

    @Test
    void a_file_whose_process_is_gone_or_that_is_half_written_is_stale() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        new ServiceFile("http://127.0.0.1:8080", gone.pid()).write(dataDir);
        assertEquals(Optional.empty(), ServiceFile.running(dataDir));

        Files.writeString(ServiceFile.in(dataDir), "{\"baseUrl\": \"http://127.0.0.1:80");
        assertEquals(Optional.empty(), ServiceFile.running(dataDir));
    }

    @Test
    void shutdown_leaves_a_newer_services_file_alone() {
        new ServiceFile("http://127.0.0.1:9090", ProcessHandle.current().pid()).write(dataDir);

        new ServiceFile("http://127.0.0.1:8080", ProcessHandle.current().pid() + 1).deleteIfOurs(dataDir);

        assertTrue(Files.exists(ServiceFile.in(dataDir)));
    }

    @Test
    void a_server_on_any_free_port_is_announced_with_the_port_it_got() {
        assertEquals(8080, ServiceFileWriter.listeningPort(8080, null));
        assertEquals(8080, ServiceFileWriter.listeningPort(8080, 41234));
        assertEquals(41234, ServiceFileWriter.listeningPort(-1, 41234), "port 0 reaches the options as Vert.x's -1");
        assertEquals(41234, ServiceFileWriter.listeningPort(0, 41234));
    }

    @Test
    void a_server_on_every_address_is_reached_on_loopback() {
        assertEquals("http://127.0.0.1:8080", ServiceFileWriter.baseUrl("0.0.0.0", 8080));
        assertEquals("http://[::1]:8080", ServiceFileWriter.baseUrl("::", 8080));
        assertEquals("http://localhost:8081", ServiceFileWriter.baseUrl("localhost", 8081));
        assertEquals("http://[fe80::1]:80", ServiceFileWriter.baseUrl("fe80::1", 80));
    }
}
