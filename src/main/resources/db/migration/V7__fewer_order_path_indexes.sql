-- Two secondary indexes that every order paid for on its way to the venue and that only operator
-- queries read: exec_order_symbol (orders listed by symbol) and exec_order_event_order (one
-- order's journal). An order writes its row and a journal event in each of its two commits
-- (before the venue call and with its answer), and every index touched is one more B-tree page
-- in each commit's block of the H2 file.
-- Without them an order's two commits took about a quarter less CPU in `bench latency` on the
-- H2 file (p50 237-250 us instead of 305-346 us, p99 531-588 us instead of 694-810 us, runs
-- alternating on the 2-core machine). Those reads now scan the table: in a store of 30,000 orders
-- and 120,000 events, 210 and 344 ms in a cold H2 shell; `orders show` and `orders list --symbol`
-- took 4.5 s with the indexes or without (the rest is the command's start).
-- Portable DDL (H2, PostgreSQL).

DROP INDEX IF EXISTS exec_order_symbol;
DROP INDEX IF EXISTS exec_order_event_order;
