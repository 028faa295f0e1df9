-- report_render on the five real reports: read, render, read again — the
-- same tables (sql/40_sum_render.sql does the same on our fixtures).

-- the seeds: read, render, read again — the same tables
\set s0 `cat "$GOVREPORT_SEEDS/000_b2b527f857a00a50.txt"`
\set s1 `cat "$GOVREPORT_SEEDS/001_34c254d3798047bd.txt"`
\set s2 `cat "$GOVREPORT_SEEDS/002_8d175a9aad868b26.txt"`
\set s3 `cat "$GOVREPORT_SEEDS/003_0492ad4a00ef55ba.txt"`
\set s4 `cat "$GOVREPORT_SEEDS/004_787b25dbf2bc6f68.txt"`
SELECT n, d ->> 'status' AS status, d -> 'forms' AS forms,
       b -> 'active' = d -> 'active' AND b -> 'requests' = d -> 'requests'
         AND b -> 'appeals' = d -> 'appeals' AS same_tables,
       b ->> 'agency' = d ->> 'agency' AS same_agency,
       b -> 'published_on' = d -> 'published_on' AS same_date
  FROM (VALUES (0, :'s0'), (1, :'s1'), (2, :'s2'), (3, :'s3'), (4, :'s4')) v(n, body),
       LATERAL (SELECT report_to_jsonb(body) AS d) x,
       LATERAL (SELECT report_to_jsonb(report_render(d)) AS b) y
 ORDER BY n;

