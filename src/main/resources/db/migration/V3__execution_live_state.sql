-- Positions per venue, strategy instance and instrument, written in the same commit as the fills
-- that move them, so that a restart reads one row per position instead of replaying every fill.
-- realised_day / realised_on_day: what the position realised on the day of its newest fill, all
-- that today's loss limits need. Cost and realised figures are kept to 18 decimals (rounded:
-- they feed risk limits, never move money). Portable DDL (H2, PostgreSQL).

CREATE TABLE exec_position (
    venue             VARCHAR(32)     NOT NULL,
    strategy_instance VARCHAR(64)     NOT NULL,
    symbol            VARCHAR(32)     NOT NULL,
    quantity          DECIMAL(38, 18) NOT NULL,
    cost              DECIMAL(38, 18) NOT NULL,
    realised_pnl      DECIMAL(38, 18) NOT NULL,
    realised_day      DATE,
    realised_on_day   DECIMAL(38, 18) NOT NULL,
    PRIMARY KEY (venue, strategy_instance, symbol)
);
