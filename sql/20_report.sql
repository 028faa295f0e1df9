-- report_to_jsonb and both forms of parse_report: the document's shape, the
-- rows in form order, agreement of the text and jsonb forms on our fixtures,
-- text that is not a report, and malformed documents.

-- A test hook from the module (not part of the extension's interface):
-- gr_doc_to_jsonb(gr_doc_from_jsonb(doc)), to check that documents read back.
CREATE FUNCTION pg_temp.doc_roundtrip(jsonb) RETURNS jsonb
    AS 'govreport_test', 'govreport_test_doc_roundtrip' LANGUAGE C STRICT;

-- ------------------------------------------------------------ documents

-- A hand-written 2021-form document: rows in form order; disposition only
-- under 三, applicant only in requests; null cells give NULL values.
SELECT section, row_key, col_key, disposition, applicant, value FROM parse_report('{
  "schema": 1, "status": "ok", "agency": "示例局", "year": 2023,
  "forms": {"active": "2021", "requests": "2021"},
  "active": {"fees": {"amount": 16.856},
             "rules": {"issued": 1, "repealed": 0, "in_force": 12},
             "punishment": {"decisions": 3}},
  "requests": {"total": {"natural_person": 2, "commercial": 1, "research": 0,
                         "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 3},
               "withheld": {"state_secret": {"natural_person": 1, "commercial": null, "research": 0,
                         "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 1}},
               "other": {"other": {"natural_person": 1, "commercial": 1, "research": 0,
                         "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 2}},
               "new_received": {"natural_person": 2, "commercial": 1, "research": 0,
                         "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 3}},
  "appeals": {"review": {"maintained": 1, "corrected": 0, "other": 0, "pending": null, "total": 1}},
  "diagnostics": [{"path": "appeals.review.pending", "raw": "/", "problem": "blank"},
                  {"path": "requests.withheld.state_secret.commercial", "raw": "", "problem": "missing"}]
}'::jsonb);

-- The 2019 form, inferred when "forms" is absent: "other" holds applicant
-- columns, the active table has 2019 columns (a change may be negative).
SELECT section, row_key, col_key, disposition, applicant, value FROM parse_report('{
  "active": {"licensing": {"previous": 10, "change": -2, "decisions": 8}},
  "requests": {"other": {"natural_person": 4, "commercial": 0, "research": 0,
                         "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 4}}
}'::jsonb);

-- Reading a document back gives the same document: tables, forms, status,
-- metadata, narrative, facts and diagnostics (the kind of each null cell).
SELECT pg_temp.doc_roundtrip(d) = d AS same, pg_temp.doc_roundtrip(d) -> 'requests' AS requests
  FROM (VALUES ('{"schema": 1, "reader": "1.7", "status": "partial", "agency": "示例局", "year": 2022,
                  "published_on": "2023-01-31", "script": "traditional",
                  "forms": {"active": null, "requests": "2019"},
                  "active": null, "appeals": null,
                  "requests": {"other": {"natural_person": 4, "commercial": null, "research": 0,
                               "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 4}},
                  "narrative": {"overview": "概述", "problems": null, "other_matters": "无"},
                  "facts": {"proactive_items": 86, "requests_received": null, "fee_collected": 0.5},
                  "diagnostics": [{"path": "requests.other.commercial", "raw": "？", "problem": "unreadable"}]}'::jsonb))
       AS t(d);

-- Malformed documents: 22023, the detail names the path of the first problem.
DO $$
DECLARE
    doc text;
    st text;
    detail text;
BEGIN
    FOREACH doc IN ARRAY ARRAY[
        '[1, 2]',
        '"a string"',
        '{"status": "done"}',
        '{"schema": 2}',
        '{"year": "2023"}',
        '{"published_on": "2023-02-30"}',
        '{"forms": {"active": "2020"}}',
        '{"active": [1, 2]}',
        '{"active": {"rules": {"issued": "3"}}}',
        '{"active": {"rulez": {"issued": 3}}}',
        '{"active": {"rules": {"issued": 1e20}}}',
        '{"active": {"fees": {"amount": 0.1234567}}}',
        '{"active": {"rules": {"issued": 1234567890123456}}}',
        '{"forms": {"active": "2021"}, "active": {"rules": {"produced": 1}}}',
        '{"requests": {"withheld": {"natural_person": 1}}}',
        '{"requests": {"granted": {"natural_person": true}}}',
        '{"requests": {"granted": {"everyone": 1}}}',
        '{"appeals": {"review": {"maintained": {}}}}',
        '{"narrative": {"overview": 7}}',
        '{"diagnostics": {"path": "x"}}',
        '{"diagnostics": [{"path": "active.rules", "problem": "blank"}]}',
        '{"diagnostics": [{"path": "active.rules.issued", "problem": "odd"}]}',
        '{"active": {"rules": {"issued": ' || repeat('[', 1000) || repeat(']', 1000) || '}}}',
        '{"active": {"rules": {"issued": "x"}}, "appeals": 1, "year": 0}'
    ]
    LOOP
        BEGIN
            PERFORM count(*) FROM parse_report(doc::jsonb);
            RAISE NOTICE '% → accepted', left(doc, 60);
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, detail = PG_EXCEPTION_DETAIL;
            RAISE NOTICE '% → % %', left(doc, 60), st, detail;
        END;
    END LOOP;
END
$$;

-- Values that are fine: decimals kept exactly in an amount cell, a count
-- written with a zero fraction is that count, a signed change, 15 digits.
SELECT col_key, value FROM parse_report('{"forms": {"active": "2019"}, "active": {
    "procurement": {"projects": 999999999999999, "amount": 1.500},
    "fees": {"previous": 1.0000000, "change": -3}}}'::jsonb);
-- A count is a whole number: a fraction in a count cell is malformed.
SELECT col_key, value FROM parse_report('{"forms": {"requests": "2021"}, "requests": {
    "granted": {"natural_person": 0.5}}}'::jsonb);

-- ------------------------------------------------------------ a report

\set r `cat test/data/report_sample.txt`

-- The document (the narrative apart, its lines are long).
SELECT jsonb_pretty(report_to_jsonb(:'r') - 'narrative');
SELECT key, value FROM jsonb_each_text(report_to_jsonb(:'r') -> 'narrative');

SELECT section, row_key, col_key, disposition, applicant, value FROM parse_report(:'r');

-- ------------------------------------------------------------ not a report

SELECT d ->> 'status' AS status, d -> 'forms' AS forms, d -> 'active' AS active,
       jsonb_array_length(d -> 'diagnostics') AS diagnostics,
       (SELECT count(*) FROM parse_report(t.body)) AS cells
  FROM (VALUES (''),
               ('今日，本市迎来入夏以来最强降雨过程，气象部门发布暴雨黄色预警，提醒市民减少外出，注意防范城市内涝和山洪等次生灾害。'),
               ((SELECT string_agg(chr((32 + ((i * 7919)::bigint + i::bigint * i * 104729) % 40000)::int), '')
                   FROM generate_series(1, 5000) i)))
       AS t(body),
       LATERAL report_to_jsonb(t.body) AS d;

-- ------------------------------------------------------------ own fixtures

-- The ground the real reports cover (test/seeds runs the same on them when
-- they are present): Word text with tab-indented cells, one cell per line in
-- traditional characters, the 2019 form, and a report with a blank cell.
CREATE TEMP TABLE seed (name text, body text);
\set s `cat test/data/layout_tab.txt`
INSERT INTO seed VALUES ('tab', :'s');
\set s `cat test/data/layout_lines_trad.txt`
INSERT INTO seed VALUES ('lines_traditional', :'s');
\set s `cat test/data/check_2020_form2019.txt`
INSERT INTO seed VALUES ('form_2019', :'s');
\set s `cat test/data/report_sample.txt`
INSERT INTO seed VALUES ('blank_cell', :'s');

\i sql/parts/parse_report_agrees.psql

-- The same for the sample report.
SELECT (SELECT count(*)
          FROM parse_report(:'r') WITH ORDINALITY AS a
          FULL JOIN parse_report(report_to_jsonb(:'r')) WITH ORDINALITY AS b
            ON a.ordinality = b.ordinality
           AND (a.section, a.row_key, a.col_key, a.disposition::text, a.applicant::text, a.value)
               IS NOT DISTINCT FROM
               (b.section, b.row_key, b.col_key, b.disposition::text, b.applicant::text, b.value)
         WHERE a.ordinality IS NULL OR b.ordinality IS NULL) AS mismatched,
       pg_temp.doc_roundtrip(report_to_jsonb(:'r'))
           = report_to_jsonb(:'r') AS reads_back;
