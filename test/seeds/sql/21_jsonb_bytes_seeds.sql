-- sql/21_jsonb_bytes.sql on the five real reports: each document must be
-- the very value the server makes of its text form (same bytes, same text,
-- same paths and values, every key found by the server's own lookups).  The
-- documents: the five seeds, then those of sql/parts/jsonb_bytes.psql (the
-- hand-written base report, a report whose diagnostics array is longer than
-- JB_OFFSET_STRIDE (32) entries, text with character references that are
-- not characters, a sum, and a document read back from jsonb).

\i test/seeds/seeds.psql
CREATE TEMP TABLE body (name text PRIMARY KEY, body text);
INSERT INTO body VALUES
    ('seed 0', :'s0'), ('seed 1', :'s1'), ('seed 2', :'s2'),
    ('seed 3', :'s3'), ('seed 4', :'s4');
\set family seed
\set readback 'seed 3'
\i sql/parts/jsonb_bytes.psql
