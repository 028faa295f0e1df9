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
\i test/seeds/seeds.psql
INSERT INTO reports (id, body) VALUES
  (10, :'s0'), (11, :'s1'), (12, :'s2'), (13, :'s3'), (14, :'s4');
\i sql/parts/check_clean.psql
DROP TABLE reports;
