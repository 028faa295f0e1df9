--
-- 29_real_pages: two report pages written the way real sites write them
-- (test/data/real_page_*.html; own agencies and figures, the form's labels).
--
-- real_page_2019: a 2019-form page typed in a site editor: every cell a
-- fixed-width nowrap <td> holding a <p>, blank cells <p>&nbsp;</p>; in
-- section 2 the header row and the figures' rows span columns differently
-- (本年增/减 over two columns in the header, the figure before it over
-- two), the procurement amount printed with its unit (186500元); in section
-- 3 row 予以公开 leaves its total blank (the page's own omission: read as
-- blank, reported, never filled in by the reader); the appeals' headers
-- span two rows, its blank cells are &nbsp; without a paragraph.
--
-- real_page_bare: a 2021-form article page: <table> with no border and no
-- style sheet, the header cells 自然人 / 总计 and the appeals' column heads
-- written without their row span, the row under them holding empty <td>s
-- instead; a short section 5 heading (五、存在问题及改进情况).
--
SET search_path = govreport, public;

CREATE TEMP TABLE real_page (fixture text, t text);
\set t `cat test/data/real_page_2019.html`
INSERT INTO real_page VALUES ('2019', :'t');
\set t `cat test/data/real_page_bare.html`
INSERT INTO real_page VALUES ('bare', :'t');

CREATE TEMP TABLE real_doc AS
SELECT fixture, report_to_jsonb(t) AS d FROM real_page;

-- what each page is
SELECT fixture, d->>'status' AS status, d->>'agency' AS agency, d->>'year' AS year,
       d->>'published_on' AS published_on, d->'forms' AS forms,
       (SELECT string_agg(k, ',' ORDER BY k) FROM jsonb_object_keys(d->'narrative') k) AS narrative
FROM real_doc ORDER BY fixture;

-- section 2 whole: the spans do not move a figure, the unit is read off
SELECT fixture, row_key, col_key, value
FROM real_doc, parse_report(d)
WHERE section = 'active' ORDER BY fixture, row_key, col_key;

-- section 3: figures, blanks and nulls per row (blank cells are null)
SELECT fixture, row_key, count(*) AS cells, count(value) AS figures, sum(value) AS sum
FROM real_doc, parse_report(d)
WHERE section = 'requests' GROUP BY fixture, row_key ORDER BY fixture, row_key;

-- the row whose total the page left blank: its other cells in place
SELECT row_key, col_key, value
FROM real_doc, parse_report(d)
WHERE fixture = '2019' AND section = 'requests' AND row_key IN ('granted', 'total')
ORDER BY row_key, col_key;

-- the appeals
SELECT fixture, row_key, col_key, value
FROM real_doc, parse_report(d)
WHERE section = 'appeals' ORDER BY fixture, row_key, col_key;

-- diagnostics: every one a blank cell, none missing or unreadable
SELECT fixture, x->>'problem' AS problem, count(*)
FROM real_doc, jsonb_array_elements(d->'diagnostics') x
GROUP BY 1, 2 ORDER BY 1, 2;

-- the findings other than blank cells: the blank total breaks two identities,
-- and the one cell that mends them is named
SELECT fixture, rule, severity, path, expected, actual
FROM real_doc, report_check(d)
WHERE rule <> 'blank_cell' ORDER BY fixture, rule, path;
