package io.tradewind.marketdata.csv;

/** One parsed row of a trades file, {@code time,price,amount}, reused from row to row. */
final class TradeRow {

    private final CsvFields fields = new CsvFields(3);
    long timeMillis;
    final ParsedDecimal price = new ParsedDecimal();
    final ParsedDecimal amount = new ParsedDecimal();

    /**
     * Parses and checks {@code line}.
     *
     * @throws IllegalArgumentException saying what is wrong with the row
     */
    void read(String line) {
        int count = fields.split(line);
        if (count != 3) {
            throw new IllegalArgumentException("expected 3 fields time,price,amount, found " + count
                    + CsvFields.separatorHint(line));
        }
        timeMillis = Timestamps.parseMillis(fields.text(0));
        fields.parseDecimal(1, price, "price");
        fields.parseDecimal(2, amount, "amount");
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("price " + price + " must be greater than zero");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount " + amount + " must not be negative");
        }
    }
}
