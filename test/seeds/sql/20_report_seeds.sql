-- parse_report in both forms agrees on the real reports, and each document
-- reads back to itself (sql/20_report.sql does the same on our fixtures).

-- A test hook from the module (not part of the extension's interface):
-- gr_doc_to_jsonb(gr_doc_from_jsonb(doc)), to check that documents read back.
CREATE FUNCTION pg_temp.doc_roundtrip(jsonb) RETURNS jsonb
    AS 'govreport', 'govreport_test_doc_roundtrip' LANGUAGE C STRICT;

-- ------------------------------------------------------------ the seeds

CREATE TEMP TABLE seed (name text, body text);
\set s `cat $GOVREPORT_SEEDS/000_*.txt`
INSERT INTO seed VALUES ('000', :'s');
\set s `cat $GOVREPORT_SEEDS/001_*.txt`
INSERT INTO seed VALUES ('001', :'s');
\set s `cat $GOVREPORT_SEEDS/002_*.txt`
INSERT INTO seed VALUES ('002', :'s');
\set s `cat $GOVREPORT_SEEDS/003_*.txt`
INSERT INTO seed VALUES ('003', :'s');
\set s `cat $GOVREPORT_SEEDS/004_*.txt`
INSERT INTO seed VALUES ('004', :'s');

\i sql/parts/parse_report_agrees.psql
