package io.tradewind.exchange;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Masks registered credentials in every log record before a handler writes it, whatever logged it
 * (our code, the REST client, a library's debug output). Enabled for the console and file
 * handlers in {@code application.properties}.
 */
@LoggingFilter(name = "secret-mask")
public final class SecretMaskingFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String formatted = ext.getFormattedMessage();
            String masked = SecretMask.mask(formatted);
            if (formatted != null && !masked.equals(formatted)) {
                ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        }
        return true;
    }
}
