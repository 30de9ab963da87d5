-- 0001: the initial data model (ARCHITECTURE.md "Data model").
-- Times are UTC TIMESTAMPs; attack and report days are DATEs in the report time zone.

CREATE TABLE sources (
    name          VARCHAR PRIMARY KEY,
    kind          VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,
    last_ok       TIMESTAMP,
    last_run      TIMESTAMP,
    error_count   INTEGER NOT NULL DEFAULT 0,
    last_error    VARCHAR
);

CREATE SEQUENCE documents_id_seq START 1;
CREATE TABLE documents (
    id                BIGINT PRIMARY KEY DEFAULT nextval('documents_id_seq'),
    source            VARCHAR NOT NULL,
    external_id       VARCHAR NOT NULL,
    url               VARCHAR NOT NULL,
    title             VARCHAR NOT NULL,
    publisher         VARCHAR NOT NULL,
    authority         VARCHAR NOT NULL,
    published_at      TIMESTAMP,
    published_guessed BOOLEAN NOT NULL DEFAULT false,
    fetched_at        TIMESTAMP NOT NULL,
    lang              VARCHAR NOT NULL,
    text              VARCHAR NOT NULL,
    content_hash      VARCHAR NOT NULL,
    raw_gzip          BLOB,
    version           INTEGER NOT NULL DEFAULT 1,
    -- what the facts of this document were extracted from and with
    extracted_hash    VARCHAR,
    extractor_version VARCHAR,
    UNIQUE (source, external_id)
);

CREATE SEQUENCE attacks_id_seq START 1;
CREATE TABLE attacks (
    id                 BIGINT PRIMARY KEY DEFAULT nextval('attacks_id_seq'),
    doc_id             BIGINT NOT NULL,
    extractor_version  VARCHAR NOT NULL,
    attack_day         DATE,
    country            VARCHAR NOT NULL,
    oblast             VARCHAR,
    city               VARCHAR,
    districts          VARCHAR[] NOT NULL,
    weapons            VARCHAR[] NOT NULL,
    killed             BIGINT, killed_q            VARCHAR,
    injured            BIGINT, injured_q           VARCHAR,
    rescued            BIGINT, rescued_q           VARCHAR,
    missing            BIGINT, missing_q           VARCHAR,
    children_killed    BIGINT, children_killed_q   VARCHAR,
    drones_launched    BIGINT, drones_launched_q   VARCHAR,
    drones_downed      BIGINT, drones_downed_q     VARCHAR,
    missiles_launched  BIGINT, missiles_launched_q VARCHAR,
    missiles_downed    BIGINT, missiles_downed_q   VARCHAR,
    evidence           VARCHAR NOT NULL
);

CREATE TABLE damage (
    attack_id  BIGINT NOT NULL,
    doc_id     BIGINT NOT NULL,
    category   VARCHAR NOT NULL,
    object     VARCHAR NOT NULL,
    severity   VARCHAR
);

CREATE TABLE diplomatic_actions (
    doc_id            BIGINT NOT NULL,
    extractor_version VARCHAR NOT NULL,
    action_date       DATE,
    report_day        DATE NOT NULL,
    actor             VARCHAR NOT NULL,
    action            VARCHAR NOT NULL,
    target            VARCHAR,
    amount            VARCHAR,
    status            VARCHAR,
    evidence          VARCHAR NOT NULL
);

CREATE TABLE territorial_claims (
    doc_id            BIGINT NOT NULL,
    extractor_version VARCHAR NOT NULL,
    claim_date        DATE,
    report_day        DATE NOT NULL,
    claimant          VARCHAR NOT NULL,
    settlements       BIGINT,
    names             VARCHAR[] NOT NULL,
    region            VARCHAR,
    status            VARCHAR NOT NULL,
    evidence          VARCHAR NOT NULL
);
