-- Why a strategy placed an order (context.because("stop-loss")): 1 to 32 characters of a plain
-- alphabet (kernel.OrderReasons), null for an order given no reason. Portable DDL (H2, PostgreSQL).

ALTER TABLE exec_order ADD COLUMN reason VARCHAR(32);
