-- The documents are written in jsonb's on-disk format by govreport itself
-- (jsonb_write.c, tree_to_jsonb), not by the server's JsonbValueToJsonb.  Each
-- document here must be the very value the server makes of its text form:
-- equal (=, which walks both binaries), of the same size in bytes, printing
-- the same text, with the same paths and values; and every key must be found
-- by the server's own lookups (->, ?, @>), which use the JEntry offsets.
--
-- sql/21_jsonb_bytes.sql on the five real reports.  The documents: the five
-- seeds, the hand-written base report, a report whose
-- diagnostics array is longer than JB_OFFSET_STRIDE (32) entries, text with
-- character references that are not characters, a sum, and a document read
-- back from jsonb.

\set s0 `cat "$GOVREPORT_SEEDS/000_b2b527f857a00a50.txt"`
\set s1 `cat "$GOVREPORT_SEEDS/001_34c254d3798047bd.txt"`
\set s2 `cat "$GOVREPORT_SEEDS/002_8d175a9aad868b26.txt"`
\set s3 `cat "$GOVREPORT_SEEDS/003_0492ad4a00ef55ba.txt"`
\set s4 `cat "$GOVREPORT_SEEDS/004_787b25dbf2bc6f68.txt"`
\set base `cat test/data/hostile_base.txt`

CREATE FUNCTION pg_temp.roundtrip(jsonb) RETURNS jsonb
    AS 'govreport_test', 'govreport_test_doc_roundtrip' LANGUAGE C STRICT;

-- the documents are made in each query (a view), not stored: a stored
-- value is compressed, and its size would not be the size of what was written
CREATE TEMP TABLE body (name text PRIMARY KEY, body text);
INSERT INTO body VALUES
    ('seed 0', :'s0'), ('seed 1', :'s1'), ('seed 2', :'s2'),
    ('seed 3', :'s3'), ('seed 4', :'s4'), ('base', :'base'),
    ('every 0 unreadable', regexp_replace(:'base', '\| 0 \|', '| x |', 'g')),
    ('character references',
     '<html><body><p>某某局2023年政府信息公开工作年度报告</p><p>一、总体情况</p>'
     '<p>零&#0;，代理&#xD800;，越界&#x110000;，十进制代理&#55296;，笑脸&#x1F600;，&amp;&nbsp;完。</p>'
     '</body></html>'),
    ('empty', '');
CREATE TEMP VIEW doc AS
    SELECT name, report_to_jsonb(body) AS d FROM body
    UNION ALL
    SELECT 'sum of the seeds', report_sum(report_to_jsonb(body))
      FROM body WHERE name LIKE 'seed%'
    UNION ALL
    SELECT 'seed 3 read back', pg_temp.roundtrip(report_to_jsonb(body))
      FROM body WHERE name = 'seed 3';

-- what each document holds (so that the cases are what they say)
SELECT name, d->>'status' AS status, jsonb_array_length(d->'diagnostics') AS diagnostics,
       (SELECT count(*) FROM jsonb_object_keys(CASE jsonb_typeof(d->'requests')
                                           WHEN 'object' THEN d->'requests' ELSE '{}' END)) AS request_rows,
       octet_length(d::text) > 1000 AS long
  FROM doc ORDER BY name;

-- the server's own value of the same text: no document differs in any way
SELECT name,
       d = d::text::jsonb AS equal,
       pg_column_size(d) = pg_column_size(d::text::jsonb) AS same_size,
       d::text = d::text::jsonb::text AS same_text,
       d @> d::text::jsonb AND d::text::jsonb @> d AS contain_each_other
  FROM doc
 WHERE NOT (d = d::text::jsonb AND pg_column_size(d) = pg_column_size(d::text::jsonb)
            AND d::text = d::text::jsonb::text
            AND d @> d::text::jsonb AND d::text::jsonb @> d)
 ORDER BY name;

-- every path and value, compared with the server's value
SELECT name, count(*) AS paths_that_differ
  FROM doc, LATERAL (
        SELECT p::text, v FROM jsonb_path_query(d, 'strict $.**') WITH ORDINALITY AS q(v, p)
        EXCEPT
        SELECT p::text, v FROM jsonb_path_query(d::text::jsonb, 'strict $.**') WITH ORDINALITY AS q(v, p)) x
 GROUP BY name ORDER BY name;

-- every key of every object is found by ->, ? and @>
WITH RECURSIVE o(name, path, obj) AS (
    SELECT name, '{}'::text[], d FROM doc
    UNION ALL
    SELECT o.name, o.path || e.key, e.value
      FROM o, jsonb_each(o.obj) e
     WHERE jsonb_typeof(o.obj) = 'object')
SELECT count(*) AS keys_checked,
       count(*) FILTER (WHERE NOT (d #> path IS NOT NULL
                                   AND (d #> path[:array_length(path, 1) - 1]) ? path[array_length(path, 1)]
                                   AND d @> jsonb_build_object(path[1], d -> path[1]))) AS keys_not_found
  FROM o JOIN doc USING (name)
 WHERE array_length(path, 1) >= 1;

-- the strings with character references that are no characters are U+FFFD
SELECT d->'narrative'->>'overview' AS overview
  FROM doc WHERE name = 'character references';
