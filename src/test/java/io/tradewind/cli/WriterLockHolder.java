package io.tradewind.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The other process of {@link StoreStoreLockTest}: takes the store's writer lock and holds it until its input ends. */
public final class WriterLockHolder {

    private WriterLockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (StoreLocation.StoreLock lock = new StoreLocation(args[0], "jdbc:h2:mem:unused")
                .lockForWriting(new PrintWriter(System.err, true))) {
            System.out.println("locked");
            System.out.flush();
            System.in.readAllBytes();
        }
    }
}
