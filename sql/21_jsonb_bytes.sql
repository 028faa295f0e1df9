-- The documents are written in jsonb's on-disk format by govreport itself
-- (jsonb_write.c, jw_doc), not by the server's JsonbValueToJsonb.  Each
-- document here must be the very value the server makes of its text form:
-- equal (=, which walks both binaries), of the same size in bytes, printing
-- the same text, with the same paths and values; and every key must be found
-- by the server's own lookups (->, ?, @>), which use the JEntry offsets.
--
-- The documents: our fixtures (tab-indented cells, one cell per line in
-- traditional characters, the 2019 form, a blank cell; test/seeds does the
-- same on the real reports), the hand-written base report, a report whose
-- diagnostics array is longer than JB_OFFSET_STRIDE (32) entries, text with
-- character references that are not characters, a sum, and a document read
-- back from jsonb.

\set f0 `cat test/data/layout_tab.txt`
\set f1 `cat test/data/layout_lines_trad.txt`
\set f2 `cat test/data/check_2020_form2019.txt`
\set f3 `cat test/data/report_sample.txt`
CREATE TEMP TABLE body (name text PRIMARY KEY, body text);
INSERT INTO body VALUES
    ('fixture tab', :'f0'), ('fixture lines traditional', :'f1'),
    ('fixture form 2019', :'f2'), ('fixture blank cell', :'f3');
\set family fixture
\set readback 'fixture lines traditional'
\i sql/parts/jsonb_bytes.psql


-- The hand-written writer against the server's: JsonbValueToJsonb writes the
-- same tree (the diagnostics as JsonbValues too), and the bytes must be
-- equal, on every body and on each body cut short every 17 characters
-- (tables and rows partly there, diagnostics from none to hundreds).
CREATE FUNCTION pg_temp.writer_same(text) RETURNS boolean
    AS 'govreport_test', 'govreport_test_writer_same' LANGUAGE C STRICT;
SELECT count(*) AS documents,
       count(*) FILTER (WHERE NOT pg_temp.writer_same(t)) AS written_differently,
       max(jsonb_array_length(report_to_jsonb(t)->'diagnostics')) > 32 AS many_diagnostics
  FROM (SELECT left(body, n) AS t
          FROM body, generate_series(0, length(body), 17) AS n
        UNION ALL
        SELECT body FROM body) x;
