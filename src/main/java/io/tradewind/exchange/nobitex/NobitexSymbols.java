package io.tradewind.exchange.nobitex;

import java.util.Locale;

/**
 * Nobitex's spellings of markets and currencies. Canonical symbols are {@code BTC-IRT}; on the
 * wire a market is {@code BTCIRT}, its currencies {@code btc} and {@code rls}, and some answers
 * name it {@code BTC-RLS} or {@code btc-rls}.
 *
 * <p>Money: Nobitex's IRT markets are priced in rial ({@code rls}), not toman, so every rls amount
 * (prices of IRT markets, rls balances, fees in rls) is reported in the asset {@code IRR}.
 */
final class NobitexSymbols {

    /** The rial: the currency code of IRT markets' quote side. */
    static final String RIAL_CURRENCY = "rls";
    /** What the rial is called in our balances, fees and instruments. */
    static final String RIAL_ASSET = "IRR";
    /** The quote part of the market name of rial markets. */
    static final String RIAL_MARKET = "IRT";

    private static final String[] QUOTES = {RIAL_MARKET, "USDT"};

    private NobitexSymbols() {
    }

    /**
     * A market in either spelling ({@code BTC-IRT}, {@code BTCIRT}, {@code btc-rls}, {@code BTC_IRT})
     * as a pair. An underscore inside the base is part of it: Nobitex's packaged coins are
     * {@code 100k_floki}, {@code 1b_babydoge}, {@code 1m_btt} (markets {@code 100K_FLOKIIRT},
     * {@code 100K_FLOKI-RLS}); read as a separator, it made {@code 100K} the base and
     * {@code FLOKIIRT} the quote, and an order went out for the currencies {@code 100k}/{@code flokiirt}.
     */
    static Pair pair(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("nobitex: the symbol is missing");
        }
        String upper = symbol.trim().toUpperCase(Locale.ROOT);
        int dash = upper.lastIndexOf('-');
        if (dash > 0 && dash < upper.length() - 1) {
            return new Pair(upper.substring(0, dash), marketQuote(upper.substring(dash + 1)));
        }
        int underscore = upper.lastIndexOf('_');
        if (underscore > 0) {
            // BTC_RLS, btc_irr: the rial's other spellings after an underscore, as after a dash
            String after = marketQuote(upper.substring(underscore + 1));
            if (after.equals(RIAL_MARKET) || after.equals("USDT")) {
                return new Pair(upper.substring(0, underscore), after);
            }
        }
        for (String quote : QUOTES) {
            if (upper.endsWith(quote) && upper.length() > quote.length()) {
                String base = upper.substring(0, upper.length() - quote.length());
                base = base.endsWith("_") ? base.substring(0, base.length() - 1) : base;
                if (!base.isEmpty()) {
                    return new Pair(base, quote);
                }
            }
        }
        throw new IllegalArgumentException("nobitex: '" + symbol + "' is not a Nobitex market such as BTC-IRT or BTCIRT");
    }

    /** The canonical symbol of a market given by its two currency codes ({@code btc}, {@code rls}). */
    static String fromCurrencies(String src, String dst) {
        return pair(src + "-" + dst).canonical();
    }

    /** Our asset name for a Nobitex currency code: {@code rls} is {@code IRR}, others in capitals. */
    static String asset(String currency) {
        String lower = currency.trim().toLowerCase(Locale.ROOT);
        return lower.equals(RIAL_CURRENCY) ? RIAL_ASSET : lower.toUpperCase(Locale.ROOT);
    }

    /** Whether a text is a currency code rather than a display name such as {@code Bitcoin}. */
    static boolean isCurrencyCode(String text) {
        return text != null && text.matches("[a-z0-9][a-z0-9_]{0,19}");
    }

    private static String marketQuote(String quote) {
        return quote.equals("RLS") || quote.equals(RIAL_ASSET) ? RIAL_MARKET : quote;
    }

    /** A market as base and quote in market naming ({@code BTC}, {@code IRT}). */
    record Pair(String base, String quote) {

        String canonical() {
            return base + "-" + quote;
        }

        /** {@code BTCIRT}: the path segment of the order book, trades and UDF calls. */
        String wire() {
            return base + quote;
        }

        String srcCurrency() {
            return base.toLowerCase(Locale.ROOT);
        }

        String dstCurrency() {
            return quote.equals(RIAL_MARKET) ? RIAL_CURRENCY : quote.toLowerCase(Locale.ROOT);
        }

        /** The asset prices and notionals of this market are in: {@code IRR} for IRT markets. */
        String quoteAsset() {
            return asset(dstCurrency());
        }

        String baseAsset() {
            return asset(srcCurrency());
        }
    }
}
