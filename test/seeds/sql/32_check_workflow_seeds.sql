-- The five real reports in a table with report_balance_ok in a CHECK
-- constraint: no error finding, and balanced (sql/32_check_workflow.sql does
-- the same on our fixtures).

CREATE TABLE reports (
    id int PRIMARY KEY,
    body text NOT NULL,
    doc jsonb GENERATED ALWAYS AS (report_to_jsonb(body)) STORED,
    CONSTRAINT reports_balanced CHECK (report_balance_ok(doc))
);
-- The five seeds: no error finding, and balanced.
\set s0 `cat "$GOVREPORT_SEEDS/000_b2b527f857a00a50.txt"`
\set s1 `cat "$GOVREPORT_SEEDS/001_34c254d3798047bd.txt"`
\set s2 `cat "$GOVREPORT_SEEDS/002_8d175a9aad868b26.txt"`
\set s3 `cat "$GOVREPORT_SEEDS/003_0492ad4a00ef55ba.txt"`
\set s4 `cat "$GOVREPORT_SEEDS/004_787b25dbf2bc6f68.txt"`
INSERT INTO reports (id, body) VALUES
  (10, :'s0'), (11, :'s1'), (12, :'s2'), (13, :'s3'), (14, :'s4');
\i sql/parts/check_clean.psql
DROP TABLE reports;
