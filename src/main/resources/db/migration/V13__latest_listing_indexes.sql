-- The newest orders and fills, as the dashboard, `orders list` and the API's lists read them with no
-- filter (the latest N, newest first): without an index on their time H2 read and sorted every order
-- or fill ever stored for each such list (2-5 s for the dashboard's first load at 100,000 fills,
-- 16-38 s for a list at 1.2 million orders). Each index is one more B-tree entry per order and per
-- fill, written once: an order's time of creation never changes after its first commit.
-- Descending, as they are read: H2 reads an index in its own order only. Portable DDL (H2, PostgreSQL).

CREATE INDEX exec_order_created ON exec_order (created_at DESC, client_order_id DESC);
CREATE INDEX exec_fill_executed ON exec_fill (executed_at DESC, trade_id DESC);
