--
-- 35_words: wording of real reports that differs from the form's, on two
-- copies of test/data/report_sample.txt: words_variants.txt (a title that
-- starts with the year, a row label with three characters lost, the fee as
-- 12500元, short section headings, a section 六 heading in unknown words,
-- the appeals table in three small tables) and words_s2twp.txt (the sample
-- through opencc -c s2twp: 資訊, 規範性檔案, …).  Both read to the sample's
-- cells; what the reader inferred is in the diagnostics, and a stored
-- document with those diagnostics reads back.
--
SET search_path = govreport, public;

\set r `cat test/data/report_sample.txt`
\set v `cat test/data/words_variants.txt`
\set w `cat test/data/words_s2twp.txt`
CREATE TEMP TABLE words (name text, doc jsonb);
INSERT INTO words VALUES
    ('sample', report_to_jsonb(:'r')),
    ('variants', report_to_jsonb(:'v')),
    ('s2twp', report_to_jsonb(:'w'));

-- every cell as in the sample
SELECT w.name, count(*) AS cells,
       count(*) FILTER (WHERE c.value IS DISTINCT FROM s.value) AS differ
  FROM words w
  CROSS JOIN LATERAL parse_report(w.doc) c
  JOIN parse_report((SELECT doc FROM words WHERE name = 'sample')) s
    USING (section, row_key, col_key)
 GROUP BY w.name ORDER BY w.name;

-- metadata and narrative
SELECT name, doc ->> 'status' AS status, doc ->> 'agency' AS agency,
       doc ->> 'year' AS year, doc ->> 'script' AS script,
       doc -> 'forms' AS forms, doc -> 'active' -> 'fees' AS fees,
       left(doc -> 'narrative' ->> 'problems', 12) AS problems,
       doc -> 'narrative' ->> 'other_matters' AS other_matters
  FROM words ORDER BY name;

-- what was inferred, in form order
SELECT name, d ->> 'path' AS path, d ->> 'problem' AS problem, d ->> 'raw' AS raw
  FROM words, jsonb_array_elements(doc -> 'diagnostics')
 WITH ORDINALITY AS x(d, n)
 ORDER BY name, n;

-- the stored documents read back: same rows from the document as from the text
SELECT name,
       (SELECT count(*) FROM parse_report(doc)) AS rows_from_doc,
       (SELECT count(*) FROM (SELECT section, row_key, col_key, disposition, applicant, value
                                FROM parse_report(doc)
                              EXCEPT ALL SELECT section, row_key, col_key, disposition, applicant, value
                                FROM parse_report(
                                  CASE name WHEN 'sample' THEN :'r'
                                            WHEN 'variants' THEN :'v' ELSE :'w' END)) e) AS differ,
       report_balance_ok(doc) AS balance_ok
  FROM words ORDER BY name;

-- a row or narrative path goes only with what the reader inferred there
DO $$
DECLARE
    diag text;
    st text;
    detail text;
BEGIN
    FOREACH diag IN ARRAY ARRAY[
        '{"path": "requests.granted", "problem": "fuzzy_label", "raw": "予以公"}',
        '{"path": "active.normative_documents", "problem": "fuzzy_label", "raw": "规范文件"}',
        '{"path": "narrative.problems", "problem": "unknown_heading", "raw": "五、下一步"}',
        '{"path": "active.fees.amount", "problem": "unit_converted", "raw": "12500元"}',
        '{"path": "requests.granted", "problem": "unknown_heading", "raw": ""}',
        '{"path": "narrative.problems", "problem": "fuzzy_label", "raw": ""}',
        '{"path": "narrative.nothing", "problem": "unknown_heading", "raw": ""}',
        '{"path": "active.fees", "problem": "unit_converted", "raw": ""}',
        '{"path": "requests.granted", "problem": "blank", "raw": ""}']
    LOOP
        BEGIN
            PERFORM count(*) FROM parse_report(('{"diagnostics": [' || diag || ']}')::jsonb);
            RAISE NOTICE '% → accepted', diag;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, detail = PG_EXCEPTION_DETAIL;
            RAISE NOTICE '% → % %', diag, st, detail;
        END;
    END LOOP;
END
$$;

DROP TABLE words;
