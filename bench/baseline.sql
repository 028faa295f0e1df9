-- bench/baseline.sql — what a user without govreport would write: table 3
-- (收到和处理政府信息公开申请情况) of the 2021 form pulled out of the report text
-- with regular expressions, one row label and its seven applicant columns
-- at a time.  It knows the tab layout only, reads no other layout, checks
-- nothing and maps labels to no keys; it is the yardstick of what doing it
-- by hand costs, timed by bench/bench.sql in the same run.
--
-- Result: {"<row label>": [n1, …, n7], …} for the rows found, or NULL.

CREATE FUNCTION pg_temp.baseline_requests(body text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    sec   text;
    m     text[];
    vals  text[];
    res   jsonb := '{}';
BEGIN
    -- the section: from its heading to the next one
    sec := substring(body FROM '三、收到和处理政府信息公开申请情况(.*?)四、政府信息公开行政复议');
    IF sec IS NULL THEN
        RETURN NULL;
    END IF;
    -- a row: a label cell (some non-digit) and then seven number-or-empty cells
    FOR m IN
        SELECT regexp_matches(sec, E'\\t([^\\t\\n]*[^\\t\\n0-9 ][^\\t\\n]*)\\n((?:\\t[0-9]*\\n){7})', 'g')
    LOOP
        vals := ARRAY(SELECT nullif(ltrim(x, E'\t'), '')
                        FROM regexp_split_to_table(rtrim(m[2], E'\n'), E'\\n') AS x);
        res := res || jsonb_build_object(
            regexp_replace(m[1], '^[（(][一二三四五六七][）)]|^[0-9]+\.|^[一二三四]、', ''),
            (SELECT jsonb_agg(v::numeric) FROM unnest(vals) AS v));
    END LOOP;
    RETURN res;
END
$fn$;
