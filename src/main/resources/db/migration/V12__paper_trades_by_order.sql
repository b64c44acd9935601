-- A paper venue keeps only its recent orders and trades in memory and asks the store for older
-- ones: an order's trades are found by its client order id (an order's status, a restart loading
-- the trades of the orders it keeps). Without this index each lookup read every trade of the venue.
-- Portable DDL (H2, PostgreSQL).

CREATE INDEX paper_own_trade_by_order ON paper_own_trade (venue, client_order_id);
