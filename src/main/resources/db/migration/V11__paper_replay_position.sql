-- Where a paper market's replay stands: the open time (epoch seconds) of the newest replayed
-- candle whose path moved the market, saved with the fills that path made (sim.Market's
-- lastCandleWalked). A restarted service goes on replaying after it, so the orders and position
-- kept from before never meet the replay's earlier prices again. NULL: no candle has moved it.
-- Portable DDL (H2, PostgreSQL).

ALTER TABLE paper_market ADD COLUMN last_candle_walked BIGINT;
