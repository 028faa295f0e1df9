-- Hostile text: every body below gives a document (report_to_jsonb never
-- raises for what a text contains), with the status and values asserted.
-- Linear time in the size of the text is shown by bench/, not timed here.

\set base `cat test/data/hostile_base.txt`

CREATE TEMP TABLE hostile (name text PRIMARY KEY, body text NOT NULL);

-- the reference: a small hand-written 2021-form report (pipe tables)
INSERT INTO hostile VALUES ('base', :'base');

-- nothing, one byte, space of every kind
INSERT INTO hostile VALUES
    ('empty', ''),
    ('one byte', 'x'),
    ('one digit', '7'),
    ('whitespace', E' \t\n\r\n\u3000\u00a0\t\t \n'),
    ('bom only', E'\ufeff');

-- 50 MB of digits in one token, and a million lines holding only a tab
INSERT INTO hostile VALUES
    ('50 MB digits', repeat('7', 50000000)),
    ('1M tab lines', repeat(E'\t\n', 1000000));

-- the report, then 100,000 more rows labelled 规章 inside its section 2
INSERT INTO hostile
    SELECT '100k row labels',
           replace(:'base', E'| 规章 | 0 | 0 | 0 |\n',
                   repeat(E'| 规章 | 0 | 0 | 0 |\n', 100001));

-- a 40-digit number in a cell: unreadable, never a wrapped value
INSERT INTO hostile
    SELECT '40 digits',
           replace(:'base', '| 行政许可 | 17 |',
                   '| 行政许可 | 1234567890123456789012345678901234567890 |');

-- a negative count in section 3
INSERT INTO hostile
    SELECT 'negative',
           replace(:'base', '| 一、本年新收政府信息公开申请数量 | 3 |',
                   '| 一、本年新收政府信息公开申请数量 | -3 |');

-- HTML: the report as <td> cells inside 10,000 nested tags; then with every
-- </td> left out and tags left open at the end (an unclosed last cell would
-- hold all the text after it, as in a browser: </tr> is kept)
CREATE TEMP TABLE html AS
    SELECT regexp_replace(regexp_replace(regexp_replace(:'base',
               '^\| (.*) \|$', '<tr><td>\1</td></tr>', 'gn'),
               ' \| ', '</td><td>', 'g'),
               E'\n(?!<tr>)', E'<br>\n', 'g') AS body;
INSERT INTO hostile
    SELECT '10k nested tags',
           '<html><body>' || repeat('<div><span>', 10000) || '<table>' || body || '</table>'
           || repeat('</span></div>', 10000) || '</body></html>'
      FROM html;
INSERT INTO hostile
    SELECT 'unterminated tags',
           '<html><body><table>' || replace(body, '</td>', '')
           || '<td colspan="2' || repeat('<td', 10000) || '<!-- '
      FROM html;

-- simplified and traditional characters mixed in one report
INSERT INTO hostile
    SELECT 'mixed scripts',
           replace(replace(replace(:'base', '行政规范性文件', '行政規範性文件'),
                           '（三）不予公开', '（三）不予公開'),
                   '二、上年结转政府信息公开申请数量', '二、上年結轉政府信息公開申請數量');

-- the report pasted twice in one body
INSERT INTO hostile SELECT 'pasted twice', :'base' || E'\n' || :'base';

CREATE TEMP TABLE hostile_doc AS
    SELECT name, octet_length(body) AS bytes, report_to_jsonb(body) AS doc
      FROM hostile;

-- every body gave a document; its status, forms and a few values
SELECT name, bytes, doc ->> 'status' AS status, doc ->> 'script' AS script,
       doc -> 'forms' ->> 'requests' AS req_form,
       doc ->> 'year' AS year,
       doc -> 'active' -> 'licensing' ->> 'decisions' AS licensing,
       doc -> 'active' -> 'normative_documents' ->> 'in_force' AS normative_in_force,
       doc -> 'requests' -> 'new_received' ->> 'natural_person' AS new_natural,
       doc -> 'requests' -> 'carried_over' ->> 'total' AS carried_over,
       doc -> 'requests' -> 'total' ->> 'total' AS total,
       jsonb_array_length(doc -> 'diagnostics') AS ndiag
  FROM hostile_doc ORDER BY name;

-- the 40-digit cell: null with an unreadable diagnostic holding the digits
SELECT d FROM hostile_doc, jsonb_array_elements(doc -> 'diagnostics') AS d
 WHERE name = '40 digits';

-- the negative count is read as -3 and reported by the checks
SELECT report_balance_ok(doc) AS balance_ok FROM hostile_doc WHERE name = 'negative';
SELECT rule, severity, path, actual FROM report_check(
    (SELECT doc FROM hostile_doc WHERE name = 'negative')) WHERE severity = 'error' ORDER BY 1, 3;

-- the reference, the mixed and the doubled text agree on every table cell
SELECT h.name, count(*) AS cells,
       count(*) FILTER (WHERE c.value IS DISTINCT FROM b.value) AS differ
  FROM hostile_doc h
  CROSS JOIN LATERAL parse_report(h.doc) c
  JOIN parse_report((SELECT doc FROM hostile_doc WHERE name = 'base')) b
    USING (section, row_key, col_key)
 WHERE h.name IN ('base', 'mixed scripts', 'pasted twice', '100k row labels',
                  '10k nested tags', 'unterminated tags')
 GROUP BY h.name ORDER BY h.name;

-- the other functions take the hostile documents too
SELECT name, report_balance_ok(doc) AS balance_ok,
       (SELECT count(*) FROM report_check(doc)) > 0 AS has_findings,
       length(report_render(doc)) > 0 AS renders
  FROM hostile_doc ORDER BY name;
SELECT report_sum(doc) -> 'requests' -> 'total' ->> 'total' AS summed_total
  FROM hostile_doc WHERE name IN ('base', 'mixed scripts', 'pasted twice');

DROP TABLE hostile, hostile_doc, html;
