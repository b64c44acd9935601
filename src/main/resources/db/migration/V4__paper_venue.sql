-- Paper venue: the simulated exchange of paper trading, kept so that a restart resumes the same
-- paper account (sim.gateway.PaperVenueState; written by persistence.JdbcPaperVenueStore).
-- The exchange's current state (assets, markets, accounts and balances, open orders) is kept as
-- the exchange keeps it, in scaled integer units (BIGINT), and updated row by row as it changes;
-- the client-facing history (every client order, every own trade) is only ever appended or
-- updated, never rewritten. Decimals the client sent or the venue reported (order prices and
-- quantities, trade amounts, instrument grids and fees) are VARCHAR holding the exact decimal
-- text: the venue must hand back the very BigDecimal it was given, scale included, which a
-- fixed-scale NUMERIC column would not. Instants are TIMESTAMP WITH TIME ZONE (the exchange clock
-- counts milliseconds). Portable DDL (H2, PostgreSQL).

CREATE TABLE paper_venue (
    venue          VARCHAR(64) NOT NULL PRIMARY KEY,
    clock_millis   BIGINT      NOT NULL,
    order_sequence BIGINT      NOT NULL,
    trade_sequence BIGINT      NOT NULL,
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE paper_asset (
    venue          VARCHAR(64) NOT NULL REFERENCES paper_venue (venue),
    asset_id       INTEGER     NOT NULL,
    name           VARCHAR(32) NOT NULL,
    scale          INTEGER     NOT NULL,
    pinned         BOOLEAN     NOT NULL,
    deposited      BIGINT      NOT NULL,
    fees_collected BIGINT      NOT NULL,
    PRIMARY KEY (venue, asset_id)
);

CREATE TABLE paper_market (
    venue           VARCHAR(64)   NOT NULL REFERENCES paper_venue (venue),
    market_id       INTEGER       NOT NULL,
    symbol          VARCHAR(32)   NOT NULL,
    base_asset      VARCHAR(32)   NOT NULL,
    quote_asset     VARCHAR(32)   NOT NULL,
    tick_size       VARCHAR(64)   NOT NULL,
    step_size       VARCHAR(64)   NOT NULL,
    min_quantity    VARCHAR(64)   NOT NULL,
    min_notional    VARCHAR(64),
    max_quantity    VARCHAR(64),
    maker_fee       VARCHAR(64)   NOT NULL,
    taker_fee       VARCHAR(64)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    sessions        VARCHAR(2048) NOT NULL,
    price_band      VARCHAR(64),
    max_open_orders INTEGER       NOT NULL,
    last_price      BIGINT        NOT NULL,
    PRIMARY KEY (venue, market_id)
);

CREATE TABLE paper_account (
    venue            VARCHAR(64) NOT NULL REFERENCES paper_venue (venue),
    account_id       INTEGER     NOT NULL,
    name             VARCHAR(64) NOT NULL,
    funded_on_demand BOOLEAN     NOT NULL,
    PRIMARY KEY (venue, account_id)
);

CREATE TABLE paper_balance (
    venue      VARCHAR(64) NOT NULL REFERENCES paper_venue (venue),
    account_id INTEGER     NOT NULL,
    asset_id   INTEGER     NOT NULL,
    available  BIGINT      NOT NULL,
    held       BIGINT      NOT NULL,
    PRIMARY KEY (venue, account_id, asset_id)
);

-- Open orders of the exchange; priority orders them as the exchange restores them (per market,
-- bids then asks in book order, then waiting stops).
CREATE TABLE paper_open_order (
    venue           VARCHAR(64) NOT NULL REFERENCES paper_venue (venue),
    order_id        BIGINT      NOT NULL,
    priority        INTEGER     NOT NULL,
    client_order_id VARCHAR(64),
    account_id      INTEGER     NOT NULL,
    market_id       INTEGER     NOT NULL,
    side            VARCHAR(8)  NOT NULL,
    order_type      VARCHAR(16) NOT NULL,
    requested_type  VARCHAR(16) NOT NULL,
    time_in_force   VARCHAR(24) NOT NULL,
    price           BIGINT      NOT NULL,
    stop_price      BIGINT      NOT NULL,
    quantity        BIGINT      NOT NULL,
    filled          BIGINT      NOT NULL,
    quote_budget    BIGINT      NOT NULL,
    expire_at       BIGINT      NOT NULL,
    sequence_number BIGINT      NOT NULL,
    status          VARCHAR(16) NOT NULL,
    rejection_mask  BIGINT      NOT NULL,
    held            BIGINT      NOT NULL,
    hold_mode       VARCHAR(16) NOT NULL,
    resting         BOOLEAN     NOT NULL,
    PRIMARY KEY (venue, order_id)
);

-- Every order a client placed through the venue, which answers for its client order id forever.
CREATE TABLE paper_client_order (
    venue             VARCHAR(64)  NOT NULL REFERENCES paper_venue (venue),
    order_id          BIGINT       NOT NULL,
    client_order_id   VARCHAR(64)  NOT NULL,
    account           VARCHAR(64)  NOT NULL,
    symbol            VARCHAR(32)  NOT NULL,
    side              VARCHAR(8)   NOT NULL,
    order_type        VARCHAR(16)  NOT NULL,
    price             VARCHAR(64),
    quantity          VARCHAR(64),
    total_price       VARCHAR(64),
    stop_price        VARCHAR(64),
    time_in_force     VARCHAR(24)  NOT NULL,
    expire_at         TIMESTAMP WITH TIME ZONE,
    status            VARCHAR(16)  NOT NULL,
    filled            VARCHAR(64)  NOT NULL,
    rejection_reasons VARCHAR(512) NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (venue, order_id),
    CONSTRAINT paper_client_order_uid UNIQUE (venue, client_order_id)
);

-- Each account's own trades in the order they happened (position 0, 1, 2, ...).
CREATE TABLE paper_own_trade (
    venue           VARCHAR(64) NOT NULL REFERENCES paper_venue (venue),
    account         VARCHAR(64) NOT NULL,
    position        INTEGER     NOT NULL,
    trade_id        VARCHAR(64) NOT NULL,
    client_order_id VARCHAR(64) NOT NULL,
    symbol          VARCHAR(32) NOT NULL,
    side            VARCHAR(8)  NOT NULL,
    price           VARCHAR(64) NOT NULL,
    quantity        VARCHAR(64) NOT NULL,
    fee             VARCHAR(64) NOT NULL,
    fee_asset       VARCHAR(32) NOT NULL,
    traded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (venue, account, position)
);

-- News the venue has not pushed to its client yet: changed orders and own trades, in order.
CREATE TABLE paper_undelivered_order (
    venue    VARCHAR(64) NOT NULL REFERENCES paper_venue (venue),
    position INTEGER     NOT NULL,
    order_id BIGINT      NOT NULL,
    PRIMARY KEY (venue, position)
);

CREATE TABLE paper_undelivered_trade (
    venue          VARCHAR(64) NOT NULL REFERENCES paper_venue (venue),
    position       INTEGER     NOT NULL,
    account        VARCHAR(64) NOT NULL,
    trade_position INTEGER     NOT NULL,
    PRIMARY KEY (venue, position)
);
