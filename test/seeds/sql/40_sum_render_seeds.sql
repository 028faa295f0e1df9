-- report_render on the five real reports: read, render, read again — the
-- same tables (sql/40_sum_render.sql does the same on our fixtures).

-- the seeds: read, render, read again — the same tables
\i test/seeds/seeds.psql
CREATE TEMP TABLE render_sample (n int, body text);
INSERT INTO render_sample VALUES (0, :'s0'), (1, :'s1'), (2, :'s2'), (3, :'s3'), (4, :'s4');
\i sql/parts/render_back.psql

