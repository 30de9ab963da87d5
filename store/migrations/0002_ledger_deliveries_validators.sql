-- 0002: the run ledger (one row per job and day), e-mail deliveries, and the
-- HTTP validators of conditional GET.

CREATE TABLE ledger (
    job           VARCHAR NOT NULL,      -- scrape or report
    day           DATE NOT NULL,         -- the day the job ran for, in the report time zone
    status        VARCHAR NOT NULL,      -- running, done, failed, interrupted, skipped
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    attempts      INTEGER NOT NULL DEFAULT 1,
    pid           INTEGER,
    documents     INTEGER NOT NULL DEFAULT 0,
    facts         INTEGER NOT NULL DEFAULT 0,
    source_errors INTEGER NOT NULL DEFAULT 0,
    error         VARCHAR,
    report_path   VARCHAR,
    report_sha256 VARCHAR,
    PRIMARY KEY (job, day)
);

CREATE SEQUENCE deliveries_id_seq START 1;
CREATE TABLE deliveries (
    id             BIGINT PRIMARY KEY DEFAULT nextval('deliveries_id_seq'),
    day            DATE NOT NULL,
    recipients_key VARCHAR NOT NULL,     -- identifies the recipient list (to, cc, bcc)
    recipients     VARCHAR NOT NULL,     -- the list itself, for people reading the table
    message_id     VARCHAR NOT NULL,
    attempt        INTEGER NOT NULL,
    attempted_at   TIMESTAMP NOT NULL,
    duration_ms    BIGINT NOT NULL DEFAULT 0,
    status         VARCHAR NOT NULL,     -- sent, temporary_failure, permanent_failure, dry_run
    smtp_code      INTEGER,
    error          VARCHAR,
    size_bytes     BIGINT,
    report_path    VARCHAR NOT NULL,
    report_sha256  VARCHAR NOT NULL
);

CREATE TABLE http_validators (
    url           VARCHAR PRIMARY KEY,
    etag          VARCHAR,
    last_modified VARCHAR,
    updated_at    TIMESTAMP NOT NULL
);
