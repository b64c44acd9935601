-- Execution store: orders (the Orders API order structure plus venue, ids and strategy
-- instance), fills, holds, balances, trade cursors and the append-only order event journal.
-- Portable DDL (H2, PostgreSQL). Amounts are DECIMAL(38,18): 20 integer digits hold rial
-- balances, 18 decimals hold price x 8-decimal quantity x fee exactly; the adapter refuses
-- anything finer instead of rounding it.

CREATE TABLE exec_order (
    client_order_id   VARCHAR(64)     NOT NULL PRIMARY KEY,
    venue             VARCHAR(32)     NOT NULL,
    venue_order_id    VARCHAR(64),
    strategy_instance VARCHAR(64)     NOT NULL,
    user_id           VARCHAR(64),
    wallet_id         VARCHAR(64)     NOT NULL,
    symbol            VARCHAR(32)     NOT NULL,
    side              VARCHAR(8)      NOT NULL,
    order_type        VARCHAR(16)     NOT NULL,
    price             DECIMAL(38, 18),
    quantity          DECIMAL(38, 18) NOT NULL,
    filled            DECIMAL(38, 18) NOT NULL,
    time_in_force     VARCHAR(24)     NOT NULL,
    status            VARCHAR(16)     NOT NULL,
    stop_price        DECIMAL(38, 18),
    expire_at         TIMESTAMP WITH TIME ZONE,
    rejection_reasons VARCHAR(512),
    broker_id         VARCHAR(64),
    session_id        VARCHAR(64),
    hold_id           VARCHAR(64),
    cancel_requested  BOOLEAN         NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX exec_order_venue_status ON exec_order (venue, status);
CREATE INDEX exec_order_symbol ON exec_order (symbol);

CREATE TABLE exec_fill (
    venue             VARCHAR(32)     NOT NULL,
    trade_id          VARCHAR(64)     NOT NULL,
    client_order_id   VARCHAR(64)     NOT NULL,
    strategy_instance VARCHAR(64)     NOT NULL,
    wallet_id         VARCHAR(64)     NOT NULL,
    symbol            VARCHAR(32)     NOT NULL,
    side              VARCHAR(8)      NOT NULL,
    price             DECIMAL(38, 18) NOT NULL,
    quantity          DECIMAL(38, 18) NOT NULL,
    fee               DECIMAL(38, 18) NOT NULL,
    fee_asset         VARCHAR(16)     NOT NULL,
    executed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (venue, trade_id)
);
CREATE INDEX exec_fill_order ON exec_fill (client_order_id);

CREATE TABLE exec_hold (
    client_order_id VARCHAR(64)     NOT NULL PRIMARY KEY,
    venue           VARCHAR(32)     NOT NULL,
    wallet_id       VARCHAR(64)     NOT NULL,
    asset           VARCHAR(16)     NOT NULL,
    amount          DECIMAL(38, 18) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE exec_balance (
    venue      VARCHAR(32)     NOT NULL,
    wallet_id  VARCHAR(64)     NOT NULL,
    asset      VARCHAR(16)     NOT NULL,
    available  DECIMAL(38, 18) NOT NULL,
    held       DECIMAL(38, 18) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (venue, wallet_id, asset)
);

CREATE TABLE exec_trade_cursor (
    venue        VARCHAR(32)  NOT NULL,
    wallet_id    VARCHAR(64)  NOT NULL,
    cursor_value VARCHAR(256),
    PRIMARY KEY (venue, wallet_id)
);

CREATE SEQUENCE exec_order_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE exec_order_event (
    id              BIGINT       NOT NULL PRIMARY KEY,
    client_order_id VARCHAR(64)  NOT NULL,
    event_type      VARCHAR(32)  NOT NULL,
    from_status     VARCHAR(16),
    to_status       VARCHAR(16),
    detail          VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX exec_order_event_order ON exec_order_event (client_order_id, id);
