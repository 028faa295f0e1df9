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

-- Baseline B, the realistic one: what such a user typically writes.  For
-- each row of table 3 of the 2021 form that carries numbers (25 rows: the
-- official labels of new_received ... carried_forward, the four group
-- headings (三) (四) (五) (六) carry none), one regular expression finds
-- the label and captures the seven applicant cells that follow it, one cell
-- a line, tabs and spaces around a cell tolerated, a blank cell read as null
-- (as parse_report does).  The search starts at the section's heading.
--
-- Result: {"<row_key>": {"<applicant_key>": n, ...}, ...} for the rows
-- found (row keys as parse_report's row_key), or NULL without the heading.

CREATE FUNCTION pg_temp.baseline_labels(body text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    cell  constant text := '[ \t]*\n[ \t]*(\d*)';
    cols  constant text[] := ARRAY['natural_person', 'commercial', 'research',
                                   'social_welfare', 'legal_service', 'other_org', 'total'];
    sec   text;
    r     record;
    m     text[];
    row_  jsonb;
    res   jsonb := '{}';
BEGIN
    IF strpos(body, '收到和处理政府信息公开申请情况') = 0 THEN
        RETURN NULL;
    END IF;
    sec := substr(body, strpos(body, '收到和处理政府信息公开申请情况'));
    FOR r IN SELECT * FROM (VALUES
        ('new_received', '一、本年新收政府信息公开申请数量'),
        ('carried_over', '二、上年结转政府信息公开申请数量'),
        ('granted', '（一）予以公开'),
        ('partially_granted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
        ('withheld.state_secret', '1.属于国家秘密'),
        ('withheld.prohibited_by_law', '2.其他法律行政法规禁止公开'),
        ('withheld.endangers_security', '3.危及“三安全一稳定”'),
        ('withheld.third_party_rights', '4.保护第三方合法权益'),
        ('withheld.internal_affairs', '5.属于三类内部事务信息'),
        ('withheld.process_information', '6.属于四类过程性信息'),
        ('withheld.enforcement_files', '7.属于行政执法案卷'),
        ('withheld.inquiry_matters', '8.属于行政查询事项'),
        ('unavailable.not_held', '1.本机关不掌握相关政府信息'),
        ('unavailable.requires_creation', '2.没有现成信息需要另行制作'),
        ('unavailable.unclear_after_correction', '3.补正后申请内容仍不明确'),
        ('not_processed.petition_complaint', '1.信访举报投诉类申请'),
        ('not_processed.duplicate', '2.重复申请'),
        ('not_processed.publication', '3.要求提供公开出版物'),
        ('not_processed.excessive', '4.无正当理由大量反复申请'),
        ('not_processed.confirmation', '5.要求行政机关确认或重新出具已获取信息'),
        ('other.no_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
        ('other.unpaid_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
        ('other.other', '3.其他'),
        ('total', '（七）总计'),
        ('carried_forward', '四、结转下年度继续办理')) AS v(key, label)
    LOOP
        m := regexp_match(sec, r.label || repeat(cell, 7) || '[ \t]*(?:\n|$)');
        CONTINUE WHEN m IS NULL;
        row_ := '{}';
        FOR i IN 1..7 LOOP
            row_ := row_ || jsonb_build_object(cols[i], nullif(m[i], '')::numeric);
        END LOOP;
        res := res || jsonb_build_object(r.key, row_);
    END LOOP;
    RETURN res;
END
$fn$;
