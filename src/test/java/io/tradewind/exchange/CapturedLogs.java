package io.tradewind.exchange;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jboss.logmanager.ExtLogRecord;

/** What the process logged while an action ran, for the connectors' tests of what reaches a log line. */
public final class CapturedLogs {

    private CapturedLogs() {
    }

    /** An action of a test. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** The messages logged (formatted, and the messages of their causes) while the action ran. */
    public static List<String> during(Action action) throws Exception {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage()
                        : new SimpleFormatter().formatMessage(record));
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    logged.add(String.valueOf(t.getMessage()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            action.run();
        } finally {
            root.removeHandler(capture);
        }
        return logged;
    }
}
