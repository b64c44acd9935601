-- Where the service serving this store answers (persistence.DatabaseServiceLock), for a store on a
-- database server (PostgreSQL): services and commands on other data directories or machines share
-- it, so the data directory's service.json cannot tell them. One row, written by the service that
-- holds the store's advisory lock from the database session that holds it (session_pid, the
-- server's backend process): a row whose session no longer holds the lock is stale. An H2 store is
-- its data directory, which service.json describes: the table stays empty there.
-- Portable DDL (H2, PostgreSQL).

CREATE TABLE service_owner (
    id          SMALLINT      NOT NULL PRIMARY KEY,
    base_url    VARCHAR(1000) NOT NULL,
    pid         BIGINT        NOT NULL,
    host        VARCHAR(255)  NOT NULL,
    session_pid INTEGER       NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
