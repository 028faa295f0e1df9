-- A table of report texts whose parsed document is kept beside each body.
CREATE EXTENSION govreport;
CREATE TABLE reports (
    id   serial PRIMARY KEY,
    file text,
    body text NOT NULL,
    doc  jsonb GENERATED ALWAYS AS (govreport.report_to_jsonb(body)) STORED
);
