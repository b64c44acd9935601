-- V13's index on the orders' time of creation, dropped: it made an order's first commit a quarter
-- slower on the H2 file (`bench latency`, runs alternating with the build before it: p50 225-234 us
-- instead of 175-190 us, p99 485-497 us instead of 416-459 us), and only a list of every order with
-- no filter read it. The fills keep theirs (V13): the dashboard's first load reads the latest fills,
-- and a fill is not on an order's way to the venue. Portable DDL (H2, PostgreSQL).

DROP INDEX IF EXISTS exec_order_created;
