-- Text that is not a report: the document says status not_a_report, with
-- no table, no cell and no diagnostic, and nothing raises.

CREATE TEMP TABLE notreport (what text PRIMARY KEY, body text NOT NULL);

INSERT INTO notreport VALUES
    ('empty', ''),
    ('space', ' '),
    ('blank lines', E'\n\t\n  \n\u3000\n'),
    -- a news article, written for this test
    ('news', E'本报讯（记者 林晓）昨日上午，滨江新区第三届龙舟邀请赛在江心岛水域开赛，'
             '来自周边县市的二十四支队伍参加比赛，吸引市民两万余人到场观看。\n'
             '组委会介绍，今年新增青少年组别，共有12支中学队伍报名，比赛用船全部经过安全检测。'
             '东港街道代表队以2分31秒的成绩获得冠军。\n'
             '据悉，明年的赛事将于5月中旬举行，报名方式另行通知。\n'),
    -- the same kind of text in traditional characters
    ('news, traditional', E'本報訊 昨日上午，濱江新區舉辦第三屆龍舟邀請賽，共有24支隊伍參賽，'
             '現場觀眾逾兩萬人。主辦單位表示，明年將增設青少年組別。\n'),
    -- a title and the narrative headings, but none of the three tables
    ('headings only', E'某某局2023年政府信息公开工作年度报告\n一、总体情况\n详见附件。\n'
             '五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n');

-- Random valid UTF-8, built with chr() from a seeded random(): code points
-- from ASCII, digits and tabs, Latin, CJK, CJK punctuation, full-width forms
-- and the astral planes (surrogates excluded).  Fifty texts, the longest
-- about 7,500 characters.
SELECT setseed(0.20230101);
INSERT INTO notreport
SELECT 'random ' || lpad(t::text, 2, '0'),
       (SELECT coalesce(string_agg(chr(CASE (random() * 7)::int
                                  WHEN 0 THEN 32 + (random() * 94)::int
                                  WHEN 1 THEN (ARRAY[9, 10, 10, 32, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57])
                                              [1 + (random() * 13)::int]
                                  WHEN 2 THEN 128 + (random() * 1919)::int
                                  WHEN 3 THEN 19968 + (random() * 20900)::int
                                  WHEN 4 THEN 12288 + (random() * 63)::int
                                  WHEN 5 THEN 65281 + (random() * 93)::int
                                  ELSE 65536 + (random() * 1048575)::int END), ''), '')
          FROM generate_series(1, t * t * 3 + (random() * 50)::int) AS i)
  FROM generate_series(1, 50) AS t;

SELECT count(*) AS texts,
       count(*) FILTER (WHERE what LIKE 'random%') AS random_texts,
       max(length(body)) BETWEEN 7500 AND 7550 AS longest_about_7500
  FROM notreport;

-- Each text: not_a_report, no forms, no tables, no cells, no diagnostics.
SELECT what,
       d ->> 'status' AS status,
       d -> 'forms' AS forms,
       d -> 'active' IS NULL OR d -> 'active' = 'null' AS no_active,
       d -> 'requests' IS NULL OR d -> 'requests' = 'null' AS no_requests,
       d -> 'appeals' IS NULL OR d -> 'appeals' = 'null' AS no_appeals,
       jsonb_array_length(d -> 'diagnostics') AS diagnostics,
       (SELECT count(*) FROM parse_report(n.body)) AS cells
  FROM notreport n, LATERAL report_to_jsonb(n.body) AS d
 WHERE what NOT LIKE 'random%'
 ORDER BY what;

-- The random texts, counted by status (all fifty not_a_report) and the
-- cells read from them (none).
SELECT d ->> 'status' AS status, count(*) AS texts,
       sum((SELECT count(*) FROM parse_report(n.body))) AS cells,
       sum(jsonb_array_length(d -> 'diagnostics')) AS diagnostics
  FROM notreport n, LATERAL report_to_jsonb(n.body) AS d
 WHERE what LIKE 'random%'
 GROUP BY 1;

-- Such a document does not balance (its tables are missing), and the check
-- says so without raising.
SELECT what, report_balance_ok(report_to_jsonb(body)) AS balance_ok
  FROM notreport WHERE what IN ('empty', 'news') ORDER BY what;
