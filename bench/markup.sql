-- bench/markup.sql — report_to_jsonb against md5 on the same bodies (and
-- parse_report, which reads the same but writes no document), per
-- kind: Word text (tab), the same reports as an HTML page, the page with 19
-- rows of section 3 left out.  Run by bench/markup.sh --server in a
-- throwaway cluster; psql variable dir: where core_bench.bin markup wrote them,
-- n: how many of each kind.
\set ON_ERROR_STOP on
\set QUIET on
\pset footer off
SET max_parallel_workers_per_gather = 0;
SET jit = off;
CREATE EXTENSION govreport;
SET search_path = govreport, public;
CREATE TEMP TABLE b AS
SELECT k AS kind, pg_read_file(:'dir' || '/' || k || '_' || i) AS body
FROM unnest(ARRAY['tab', 'html', 'missing']) AS k, generate_series(0, :n - 1) AS i;
-- the median of seven runs of q, after one warm-up run
CREATE FUNCTION pg_temp.timeit(q text) RETURNS float8
LANGUAGE plpgsql AS $fn$
DECLARE
    t0  timestamptz;
    ts  float8[] := '{}';
    r   bigint;
BEGIN
    EXECUTE q INTO r;
    FOR i IN 1..7 LOOP
        t0 := clock_timestamp();
        EXECUTE q INTO r;
        ts := ts || extract(epoch FROM clock_timestamp() - t0)::float8;
    END LOOP;
    RETURN (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(ts) AS x);
END
$fn$;
WITH k AS (
    SELECT kind, count(*) AS n, round(avg(octet_length(body))) AS bytes FROM b GROUP BY kind),
t AS (
    SELECT kind, n, bytes,
           pg_temp.timeit(format('SELECT count(md5(body)) FROM b WHERE kind = %L', kind)) AS m,
           pg_temp.timeit(format('SELECT count(report_to_jsonb(body)) FROM b WHERE kind = %L', kind)) AS j,
           pg_temp.timeit(format('SELECT count(*) FROM b, parse_report(body) WHERE kind = %L', kind)) AS p
    FROM k)
SELECT kind, bytes, round((m / n * 1e6)::numeric, 2) AS md5_us,
       round((j / n * 1e6)::numeric, 2) AS report_to_jsonb_us, round((j / m)::numeric, 2) AS ratio,
       round((p / n * 1e6)::numeric, 2) AS parse_report_us
FROM t ORDER BY kind DESC;
