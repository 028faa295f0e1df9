-- report_render on the five real reports: read, render, read again — the
-- same tables (sql/40_sum_render.sql does the same on our fixtures).

-- the seeds: read, render, read again — the same tables
\set s0 `cat "$GOVREPORT_SEEDS/000_b2b527f857a00a50.txt"`
\set s1 `cat "$GOVREPORT_SEEDS/001_34c254d3798047bd.txt"`
\set s2 `cat "$GOVREPORT_SEEDS/002_8d175a9aad868b26.txt"`
\set s3 `cat "$GOVREPORT_SEEDS/003_0492ad4a00ef55ba.txt"`
\set s4 `cat "$GOVREPORT_SEEDS/004_787b25dbf2bc6f68.txt"`
CREATE TEMP TABLE render_sample (n int, body text);
INSERT INTO render_sample VALUES (0, :'s0'), (1, :'s1'), (2, :'s2'), (3, :'s3'), (4, :'s4');
\i sql/parts/render_back.psql

