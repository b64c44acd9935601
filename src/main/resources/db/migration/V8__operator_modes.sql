-- What an operator left each strategy instance in (service.OperatorModeStore; written by
-- persistence.JdbcOperatorModeStore): paused (by pause or flatten) or reduce-only, with the reason
-- and since when. A restarted service puts each instance back as it was left, so a crash under
-- systemd's Restart= does not undo an operator's pause; resume deletes the row.
-- Portable DDL (H2, PostgreSQL).

CREATE TABLE operator_mode (
    instance_id VARCHAR(200)  NOT NULL PRIMARY KEY,
    mode        VARCHAR(16)   NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    since       TIMESTAMP WITH TIME ZONE NOT NULL
);
