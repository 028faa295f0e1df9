-- The five real reports (the directory $GOVREPORT_SEEDS), every cell asserted against a
-- transcription made by reading each report (not from the reader's output).
--
-- The tables are mostly zeros, so the transcription lists, per seed, the
-- non-zero cells and the blank cells; every other cell of the form's grid
-- (in the revision the report uses, table by table) is 0.  The queries
-- return only mismatches (expected: no rows), and the number of cells per
-- seed and section, so that a missing or an extra cell shows too.
--
-- The seeds are read from $GOVREPORT_SEEDS (test/pg-test.sh --seeds).

\i test/seeds/seeds.psql

CREATE TEMP TABLE seed (n int PRIMARY KEY, body text NOT NULL);
INSERT INTO seed VALUES (0, :'s0'), (1, :'s1'), (2, :'s2'), (3, :'s3'), (4, :'s4');
CREATE TEMP TABLE seed_doc AS
    SELECT n, report_to_jsonb(body) AS doc FROM seed;

-- ------------------------------------------------------------ the form's grid

-- Every cell of each table in each revision, written out from form.md.
CREATE TEMP TABLE grid (form text, section text, row_key text, col_key text);

-- Section 2, 2021 form.
INSERT INTO grid
SELECT '2021', 'active', r, c
  FROM (VALUES ('rules'), ('normative_documents')) AS rr(r),
       (VALUES ('issued'), ('repealed'), ('in_force')) AS cc(c)
UNION ALL
SELECT '2021', 'active', r, 'decisions'
  FROM (VALUES ('licensing'), ('punishment'), ('coercion')) AS rr(r)
UNION ALL
SELECT '2021', 'active', 'fees', 'amount';

-- Section 2, 2019 form.
INSERT INTO grid
SELECT '2019', 'active', r, c
  FROM (VALUES ('rules'), ('normative_documents')) AS rr(r),
       (VALUES ('produced'), ('published'), ('total_published')) AS cc(c)
UNION ALL
SELECT '2019', 'active', r, c
  FROM (VALUES ('licensing'), ('other_services'), ('punishment'), ('coercion')) AS rr(r),
       (VALUES ('previous'), ('change'), ('decisions')) AS cc(c)
UNION ALL
SELECT '2019', 'active', 'fees', c FROM (VALUES ('previous'), ('change')) AS cc(c)
UNION ALL
SELECT '2019', 'active', 'procurement', c FROM (VALUES ('projects'), ('amount')) AS cc(c);

-- Section 3: the rows of both revisions (the 2019 form has one row `other`,
-- the 2021 form its three leaves) by the seven applicant columns.
INSERT INTO grid
SELECT f, 'requests', r, c
  FROM (VALUES ('2019'), ('2021')) AS ff(f),
       (VALUES ('new_received'), ('carried_over'), ('granted'), ('partially_granted'),
               ('withheld.state_secret'), ('withheld.prohibited_by_law'),
               ('withheld.endangers_security'), ('withheld.third_party_rights'),
               ('withheld.internal_affairs'), ('withheld.process_information'),
               ('withheld.enforcement_files'), ('withheld.inquiry_matters'),
               ('unavailable.not_held'), ('unavailable.requires_creation'),
               ('unavailable.unclear_after_correction'),
               ('not_processed.petition_complaint'), ('not_processed.duplicate'),
               ('not_processed.publication'), ('not_processed.excessive'),
               ('not_processed.confirmation'),
               ('other'), ('other.no_correction'), ('other.unpaid_fee'), ('other.other'),
               ('total'), ('carried_forward')) AS rr(r),
       (VALUES ('natural_person'), ('commercial'), ('research'), ('social_welfare'),
               ('legal_service'), ('other_org'), ('total')) AS cc(c)
 WHERE (f = '2019' AND r NOT LIKE 'other.%') OR (f = '2021' AND r <> 'other');

-- Section 4: three groups of five columns (the same in both revisions).
INSERT INTO grid
SELECT NULL, 'appeals', r, c
  FROM (VALUES ('review'), ('litigation_direct'), ('litigation_after_review')) AS rr(r),
       (VALUES ('maintained'), ('corrected'), ('other'), ('pending'), ('total')) AS cc(c);

SELECT form, section, count(*) AS cells FROM grid GROUP BY 1, 2 ORDER BY 2, 1;

-- ------------------------------------------------------------ the transcription

-- Metadata of each report, as read in its title, closing lines and tables.
CREATE TEMP TABLE meta (n int, status text, agency text, year int, published_on text,
                        script text, form_active text, form_requests text);
INSERT INTO meta VALUES
    -- 昌乐县知识产权事业发展中心2023年…; closing 2024年1月12日; both tables in the
    -- 2019 form (本年新制作数量, 政府集中采购, （六）其他处理 with its own values).
    (0, 'ok', '昌乐县知识产权事业发展中心', 2023, '2024-01-12', 'simplified', '2019', '2019'),
    -- 广州开发区知识产权局2023年…; no date at the end.
    (1, 'ok', '广州开发区知识产权局', 2023, NULL, 'simplified', '2021', '2021'),
    -- 市知识产权事业发展中心2021年… (the title line after a blank first line); no date.
    (2, 'ok', '市知识产权事业发展中心', 2021, NULL, 'simplified', '2021', '2021'),
    -- 重慶市知識產權局2021年…, traditional characters throughout; no date.
    (3, 'ok', '重慶市知識產權局', 2021, NULL, 'traditional', '2021', '2021'),
    -- 昌乐县人民政府办公室 / 2023年政府信息公开工作年度报告 (title on two lines);
    -- closing 2024年1月20日.
    (4, 'ok', '昌乐县人民政府办公室', 2023, '2024-01-20', 'simplified', '2021', '2021');

-- The cells that are not 0.
CREATE TEMP TABLE nonzero (n int, section text, row_key text, col_key text, value numeric);
INSERT INTO nonzero VALUES
    -- seed 000: every cell of the three tables is 0.
    -- seed 001
    (1, 'active', 'normative_documents', 'issued', 1),
    (1, 'active', 'normative_documents', 'repealed', 2),
    (1, 'active', 'normative_documents', 'in_force', 2),
    (1, 'active', 'punishment', 'decisions', 4),
    (1, 'active', 'coercion', 'decisions', 2),
    (1, 'requests', 'new_received', 'natural_person', 3),
    (1, 'requests', 'new_received', 'total', 3),
    (1, 'requests', 'granted', 'natural_person', 1),
    (1, 'requests', 'granted', 'total', 1),
    (1, 'requests', 'unavailable.not_held', 'natural_person', 1),
    (1, 'requests', 'unavailable.not_held', 'total', 1),
    (1, 'requests', 'other.other', 'natural_person', 1),
    (1, 'requests', 'other.other', 'total', 1),
    (1, 'requests', 'total', 'natural_person', 3),
    (1, 'requests', 'total', 'total', 3),
    -- seed 002: every cell is 0 (the 科研机构 cells carry a no-break space).
    -- seed 003
    (3, 'active', 'normative_documents', 'issued', 4),
    (3, 'active', 'normative_documents', 'in_force', 7),
    (3, 'active', 'fees', 'amount', 16.856),
    (3, 'requests', 'new_received', 'commercial', 1),
    (3, 'requests', 'new_received', 'total', 1),
    (3, 'requests', 'granted', 'commercial', 1),
    (3, 'requests', 'granted', 'total', 1),
    (3, 'requests', 'total', 'commercial', 1),
    (3, 'requests', 'total', 'total', 1),
    -- seed 004
    (4, 'active', 'normative_documents', 'issued', 2),
    (4, 'active', 'normative_documents', 'repealed', 4),
    (4, 'active', 'normative_documents', 'in_force', 18),
    (4, 'requests', 'new_received', 'natural_person', 14),
    (4, 'requests', 'new_received', 'total', 14),
    (4, 'requests', 'granted', 'natural_person', 6),
    (4, 'requests', 'granted', 'total', 6),
    (4, 'requests', 'unavailable.not_held', 'natural_person', 8),
    (4, 'requests', 'unavailable.not_held', 'total', 8),
    (4, 'requests', 'total', 'natural_person', 14),
    (4, 'requests', 'total', 'total', 14);

-- The blank cells: seed 001, 3.补正后申请内容仍不明确, 自然人 is a lone tab.
CREATE TEMP TABLE blank (n int, section text, row_key text, col_key text);
INSERT INTO blank VALUES
    (1, 'requests', 'unavailable.unclear_after_correction', 'natural_person');

-- Facts stated in the narrative (null: not stated).
--   000: 全年共公开政府信息15条; 未收到依申请公开案件; 未收取任何…信息处理费
--   001: 主动公开政府信息154条; 不存在收取信息处理费情况.  "办理公开申请3件"
--        states the requests handled, not received: null.
--   002: 共主动公开政府信息131条; no count of requests received;
--        没有向政府信息公开申请人收取任何费用
--   003: 主動公開政府信息537條; 共收到政府信息公開申請1件; 未收取信息處理費
--   004: 发布政府信息192条; 全年共受理申请14件; 未收取任何…信息处理费
CREATE TEMP TABLE fact (n int, proactive_items numeric, requests_received numeric,
                        fee_collected numeric);
INSERT INTO fact VALUES
    (0, 15, 0, 0),
    (1, 154, NULL, 0),
    (2, 131, NULL, 0),
    (3, 537, 1, 0),
    (4, 192, 14, 0);

-- Every transcribed cell lies on the form's grid (a typo here would
-- otherwise be silently ignored): no rows.
SELECT 'nonzero' AS list, x.* FROM nonzero x JOIN meta m USING (n)
 WHERE NOT EXISTS (SELECT FROM grid g
                    WHERE g.section = x.section AND g.row_key = x.row_key
                      AND g.col_key = x.col_key
                      AND g.form IS NOT DISTINCT FROM CASE x.section
                            WHEN 'active' THEN m.form_active
                            WHEN 'requests' THEN m.form_requests END)
UNION ALL
SELECT 'blank', x.*, NULL FROM blank x JOIN meta m USING (n)
 WHERE NOT EXISTS (SELECT FROM grid g
                    WHERE g.section = x.section AND g.row_key = x.row_key
                      AND g.col_key = x.col_key
                      AND g.form IS NOT DISTINCT FROM CASE x.section
                            WHEN 'active' THEN m.form_active
                            WHEN 'requests' THEN m.form_requests END);

-- ------------------------------------------------------------ the cells

CREATE TEMP TABLE expected_cell AS
SELECT m.n, g.section, g.row_key, g.col_key,
       CASE WHEN b.n IS NOT NULL THEN NULL ELSE coalesce(z.value, 0) END AS value
  FROM meta m
  JOIN grid g ON g.form IS NOT DISTINCT FROM CASE g.section
                     WHEN 'active' THEN m.form_active
                     WHEN 'requests' THEN m.form_requests END
  LEFT JOIN nonzero z ON (z.n, z.section, z.row_key, z.col_key) = (m.n, g.section, g.row_key, g.col_key)
  LEFT JOIN blank b ON (b.n, b.section, b.row_key, b.col_key) = (m.n, g.section, g.row_key, g.col_key);

CREATE TEMP TABLE actual_cell AS
SELECT s.n, c.*
  FROM seed s, LATERAL parse_report(s.body) WITH ORDINALITY AS c;

-- Cells per seed and section: read, and expected from the grid.
SELECT n, section,
       (SELECT count(*) FROM actual_cell a WHERE a.n = e.n AND a.section = e.section) AS read,
       count(*) AS expected
  FROM expected_cell e GROUP BY n, section ORDER BY n, section;

-- Every cell against the transcription: missing, extra, duplicated or a
-- different value.  No rows.
SELECT coalesce(e.n, a.n) AS n, coalesce(e.section, a.section) AS section,
       coalesce(e.row_key, a.row_key) AS row_key, coalesce(e.col_key, a.col_key) AS col_key,
       e.value AS expected, a.value AS read,
       CASE WHEN a.n IS NULL THEN 'missing' WHEN e.n IS NULL THEN 'extra' ELSE 'value' END AS problem
  FROM expected_cell e
  FULL JOIN actual_cell a
    ON (a.n, a.section, a.row_key, a.col_key) = (e.n, e.section, e.row_key, e.col_key)
 WHERE e.n IS NULL OR a.n IS NULL OR e.value IS DISTINCT FROM a.value
UNION ALL
SELECT n, section, row_key, col_key, NULL, NULL, 'duplicate'
  FROM actual_cell GROUP BY 1, 2, 3, 4 HAVING count(*) > 1
 ORDER BY 1, 2, 3, 4;

-- The typed columns agree with the keys: disposition under 三 only,
-- applicant in section 3 only.  No rows.
SELECT n, section, row_key, col_key, disposition, applicant
  FROM actual_cell
 WHERE disposition::text IS DISTINCT FROM
           CASE WHEN section = 'requests'
                 AND row_key NOT IN ('new_received', 'carried_over', 'carried_forward')
                THEN row_key END
    OR applicant::text IS DISTINCT FROM CASE WHEN section = 'requests' THEN col_key END;

-- Rows come in form order: sections active, requests, appeals; under 三 the
-- dispositions in the order of the type (form order).  No rows.
SELECT n, ordinality, section, row_key, col_key
  FROM (SELECT a.*, lag(section) OVER w AS prev_section,
               lag(disposition) OVER w AS prev_disposition
          FROM actual_cell a WINDOW w AS (PARTITION BY n ORDER BY ordinality)) x
 WHERE array_position(ARRAY['active', 'requests', 'appeals'], prev_section)
       > array_position(ARRAY['active', 'requests', 'appeals'], section)
    OR prev_disposition > disposition;

-- ------------------------------------------------------------ the document

-- Metadata: the transcription, and whether the document agrees (true).
SELECT m.n, m.agency, m.year, m.published_on, m.script, m.form_active, m.form_requests,
       (d.doc ->> 'status', d.doc ->> 'agency', (d.doc ->> 'year')::int,
        d.doc ->> 'published_on', d.doc ->> 'script',
        d.doc -> 'forms' ->> 'active', d.doc -> 'forms' ->> 'requests')
       IS NOT DISTINCT FROM
       (m.status, m.agency, m.year, m.published_on, m.script, m.form_active, m.form_requests)
       AS same
  FROM meta m JOIN seed_doc d USING (n) ORDER BY n;

-- Diagnostics: exactly the blank cells (seed 001's lone tab, raw text "").
SELECT d.n, d.doc -> 'diagnostics' AS diagnostics,
       d.doc -> 'diagnostics' = coalesce(
           (SELECT jsonb_agg(jsonb_build_object(
                       'path', b.section || '.' || b.row_key || '.' || b.col_key,
                       'raw', '', 'problem', 'blank'))
              FROM blank b WHERE b.n = d.n), '[]') AS same
  FROM seed_doc d ORDER BY d.n;

-- Facts from the narrative against the transcription: no rows.
SELECT f.n, f.proactive_items, f.requests_received, f.fee_collected, d.doc -> 'facts' AS read
  FROM fact f JOIN seed_doc d USING (n)
 WHERE ((d.doc -> 'facts' ->> 'proactive_items')::numeric,
        (d.doc -> 'facts' ->> 'requests_received')::numeric,
        (d.doc -> 'facts' ->> 'fee_collected')::numeric)
       IS DISTINCT FROM (f.proactive_items, f.requests_received, f.fee_collected);

-- The narrative sections were found (一, 五, 六).
SELECT n,
       length(doc -> 'narrative' ->> 'overview') > 0 AS overview,
       length(doc -> 'narrative' ->> 'problems') > 0 AS problems,
       length(doc -> 'narrative' ->> 'other_matters') > 0 AS other_matters
  FROM seed_doc ORDER BY n;

-- ------------------------------------------------------------ balance

-- All five balance; report_check finds no error.  Its warnings: the 2019
-- tables of a 2023 report (seed 000) and the blank cell (seed 001).
SELECT n, report_balance_ok(doc) AS balance_ok,
       (SELECT count(*) FROM report_check(doc) WHERE severity = 'error') AS errors
  FROM seed_doc ORDER BY n;

SELECT n, f.rule, f.severity, f.path
  FROM seed_doc, LATERAL report_check(doc) AS f
 ORDER BY n, f.rule, f.path;
