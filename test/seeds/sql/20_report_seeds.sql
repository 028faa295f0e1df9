-- parse_report in both forms agrees on the real reports, and each document
-- reads back to itself (sql/20_report.sql does the same on our fixtures).

-- A test hook from the module (not part of the extension's interface):
-- gr_doc_to_jsonb(gr_doc_from_jsonb(doc)), to check that documents read back.
CREATE FUNCTION pg_temp.doc_roundtrip(jsonb) RETURNS jsonb
    AS 'govreport_test', 'govreport_test_doc_roundtrip' LANGUAGE C STRICT;

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

-- parse_report(body) and parse_report(report_to_jsonb(body)) return the same
-- rows in the same order, and the document reads back to itself.
SELECT s.name,
       (SELECT count(*) FROM parse_report(s.body)) AS cells_text,
       (SELECT count(*) FROM parse_report(report_to_jsonb(s.body))) AS cells_jsonb,
       (SELECT count(*)
          FROM parse_report(s.body) WITH ORDINALITY AS a
          FULL JOIN parse_report(report_to_jsonb(s.body)) WITH ORDINALITY AS b
            ON a.ordinality = b.ordinality
           AND (a.section, a.row_key, a.col_key, a.disposition::text, a.applicant::text, a.value)
               IS NOT DISTINCT FROM
               (b.section, b.row_key, b.col_key, b.disposition::text, b.applicant::text, b.value)
         WHERE a.ordinality IS NULL OR b.ordinality IS NULL) AS mismatched,
       pg_temp.doc_roundtrip(report_to_jsonb(s.body))
           = report_to_jsonb(s.body) AS reads_back
  FROM seed s ORDER BY s.name;

