-- The base types disposition and applicant.
SET extra_float_digits = 0;

-- The operator classes validate (as contrib pg_trgm checks its own).
SELECT am.amname, opc.opcname, opc.opcdefault, amvalidate(opc.oid) AS valid
  FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
 WHERE opc.opcnamespace = 'public'::regnamespace
   AND opc.opcname IN ('disposition_ops', 'applicant_ops')
 ORDER BY 1, 2;

-- Representation: 2 bytes, by value, int2 alignment.
SELECT typname, typlen, typbyval, typalign, typstorage
  FROM pg_type WHERE oid IN ('disposition'::regtype, 'applicant'::regtype)
 ORDER BY typname;

-- Every object of the two types has a comment.
SELECT pg_describe_object(d.classid, d.objid, 0) AS uncommented
  FROM pg_depend d
 WHERE d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'govreport')
   AND d.deptype = 'e'
   AND pg_describe_object(d.classid, d.objid, 0) ~ '(disposition|applicant)'
   AND NOT EXISTS (SELECT 1 FROM pg_description ds
                    WHERE ds.classoid = d.classid AND ds.objoid = d.objid
                      AND ds.objsubid = 0);
SELECT count(*) AS commented_objects
  FROM pg_depend d
 WHERE d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'govreport')
   AND d.deptype = 'e'
   AND pg_describe_object(d.classid, d.objid, 0) ~ '(disposition|applicant)';

-- ------------------------------------------------------------ the values

-- dispositions(): the 26 rows under 三, in form order.
SELECT n, d.* FROM dispositions() WITH ORDINALITY AS d(disposition, parent, label, is_leaf, n);
SELECT n, a.* FROM applicants() WITH ORDINALITY AS a(applicant, parent, label, is_leaf, n);

-- label, parent, is_leaf agree with the lists.
SELECT count(*) AS rows,
       count(*) FILTER (WHERE label(disposition) = d.label
                          AND parent(disposition) IS NOT DISTINCT FROM d.parent
                          AND is_leaf(disposition) = d.is_leaf) AS agree
  FROM dispositions() d;
SELECT count(*) AS rows,
       count(*) FILTER (WHERE label(applicant) = a.label
                          AND parent(applicant) IS NOT DISTINCT FROM a.parent
                          AND is_leaf(applicant) = a.is_leaf) AS agree
  FROM applicants() a;
SELECT parent('withheld.state_secret'::disposition), parent('withheld'::disposition) IS NULL AS top,
       parent('total'::disposition) IS NULL AS total_top,
       is_leaf('other'::disposition) AS other_is_leaf, label('（六）其他处理'::disposition);
SELECT parent('research'::applicant), parent('natural_person'::applicant) IS NULL AS top,
       label('other_org'::applicant), is_leaf('legal_person'::applicant) AS group_is_leaf;

-- ------------------------------------------------------------ input

-- The traditional labels, written out here independently of src/core/form.c.
CREATE TEMP TABLE trad_disp (disposition disposition, label_t text);
INSERT INTO trad_disp VALUES
  ('granted', '予以公開'),
  ('partially_granted', '部分公開（區分處理的，只計這一情形，不計其他情形）'),
  ('withheld', '不予公開'),
  ('withheld.state_secret', '屬於國家秘密'),
  ('withheld.prohibited_by_law', '其他法律行政法規禁止公開'),
  ('withheld.endangers_security', '危及“三安全一穩定”'),
  ('withheld.third_party_rights', '保護第三方合法權益'),
  ('withheld.internal_affairs', '屬於三類內部事務信息'),
  ('withheld.process_information', '屬於四類過程性信息'),
  ('withheld.enforcement_files', '屬於行政執法案卷'),
  ('withheld.inquiry_matters', '屬於行政查詢事項'),
  ('unavailable', '無法提供'),
  ('unavailable.not_held', '本機關不掌握相關政府信息'),
  ('unavailable.requires_creation', '沒有現成信息需要另行製作'),
  ('unavailable.unclear_after_correction', '補正後申請內容仍不明確'),
  ('not_processed', '不予處理'),
  ('not_processed.petition_complaint', '信訪舉報投訴類申請'),
  ('not_processed.duplicate', '重複申請'),
  ('not_processed.publication', '要求提供公開出版物'),
  ('not_processed.excessive', '無正當理由大量反覆申請'),
  ('not_processed.confirmation', '要求行政機關確認或重新出具已獲取信息'),
  ('other', '其他處理'),
  ('other.no_correction', '申請人無正當理由逾期不補正、行政機關不再處理其政府信息公開申請'),
  ('other.unpaid_fee', '申請人逾期未按收費通知要求繳納費用、行政機關不再處理其政府信息公開申請'),
  ('other.other', '其他'),
  ('total', '總計');

-- Every spelling of every disposition: key, simplified and traditional
-- label, each label with its numbering in several styles (the number is
-- derived here from the form order: （一）…（七） for the top rows, 1. 2. …
-- under a group), each spelling with surrounding space of several kinds.
CREATE TEMP TABLE spell_disp AS
WITH v AS (
  SELECT d.disposition, d.label, t.label_t, d.parent IS NULL AS top,
         row_number() OVER (PARTITION BY d.parent ORDER BY d.disposition) AS num
    FROM dispositions() d JOIN trad_disp t USING (disposition)
), numbered AS (
  SELECT disposition, 'label' AS kind, label AS s FROM v
  UNION ALL SELECT disposition, 'traditional', label_t FROM v
  UNION ALL
  SELECT disposition, 'numbered ' || style.name || CASE WHEN tt.t THEN ' trad' ELSE '' END,
         replace(replace(replace(style.pattern,
                 'N', num::text),
                 'C', substr('一二三四五六七八九十', num::int, 1)),
                 'W', chr(65296 + num::int))
         || CASE WHEN tt.t THEN label_t ELSE label END
    FROM v, (VALUES (false), (true)) AS tt(t),
         (VALUES ('（C）', '（C）'), ('(C)', '(C)'), ('（N）', '（N）'), ('(N)', '(N)'),
                 ('N.', 'N.'), ('N、', 'N、'), ('W．', 'W．'), ('C、', 'C、'),
                 ('N. space', 'N. ')) AS style(name, pattern)
)
SELECT disposition, 'key' AS kind, disposition::text AS s FROM v
UNION ALL SELECT disposition, kind, s FROM numbered
UNION ALL
SELECT disposition, kind || ' + ' || sp.name, sp.l || s || sp.r
  FROM numbered,
       (VALUES ('ascii space', ' ', '  '), ('tab/newline', E'\t', E'\n'),
               ('ideographic space', '　', '　'), ('mixed space', ' 　', E'\u00a0 ')) AS sp(name, l, r);

-- How many spellings, and how many read back as their value.
SELECT count(*) AS spellings,
       count(*) FILTER (WHERE s::disposition = disposition) AS round_trip,
       count(DISTINCT disposition) AS values,
       count(DISTINCT kind) AS kinds
  FROM spell_disp;
SELECT kind, count(*) AS spellings, count(*) FILTER (WHERE s::disposition = disposition) AS ok
  FROM spell_disp WHERE kind NOT LIKE '%+%' GROUP BY kind ORDER BY kind;
-- A few of them, as written.
SELECT s, s::disposition AS value FROM spell_disp
 WHERE disposition IN ('withheld', 'withheld.endangers_security')
   AND kind IN ('key', 'numbered （C）', 'numbered (C) trad', 'numbered N、', 'numbered W．', 'label + ideographic space')
 ORDER BY disposition, kind;
-- The brief's examples, and the short form of partially_granted.
SELECT s, s::disposition AS value
  FROM (VALUES ('1.属于国家秘密'), ('屬於國家秘密'), ('（三）不予公开'), ('不予公开'),
               ('部分公开'), ('（二）部分公开'), ('部分公開'), ('3.其他'), ('（六）其他处理'),
               ('危及"三安全一稳定"'), ('部分公开(区分处理的,只计这一情形,不计其他情形)')) AS x(s);

-- Applicants: key, labels, space; 其他 is other_org.
CREATE TEMP TABLE spell_appl AS
WITH t(applicant, label_t) AS (VALUES
  ('natural_person'::applicant, '自然人'), ('legal_person', '法人或其他組織'),
  ('commercial', '商業企業'), ('research', '科研機構'), ('social_welfare', '社會公益組織'),
  ('legal_service', '法律服務機構'), ('other_org', '其他'), ('total', '總計')
), forms AS (
  SELECT applicant, 'key' AS kind, applicant::text AS s FROM applicants()
  UNION ALL SELECT applicant, 'label', label FROM applicants()
  UNION ALL SELECT applicant, 'traditional', label_t FROM t
)
SELECT applicant, kind, s FROM forms
UNION ALL
SELECT applicant, kind || ' + space', '　 ' || s || E'\t ' FROM forms;
SELECT count(*) AS spellings,
       count(*) FILTER (WHERE s::applicant = applicant) AS round_trip,
       count(DISTINCT applicant) AS values
  FROM spell_appl;
SELECT '其他'::applicant, '總計'::applicant, ' 法人或其他组织 '::applicant;

-- Output is the key; casts to and from text.
SELECT 'withheld.state_secret'::disposition::text AS to_text,
       '1.属于国家秘密'::text::disposition AS from_text,
       pg_typeof('商业企业'::text::applicant::text);
CREATE TEMP TABLE as_text (t text);
INSERT INTO as_text SELECT disposition FROM dispositions() WHERE disposition < 'withheld';
SELECT * FROM as_text;

-- Wrong input: 22P02, the message naming the type, a hint naming the forms.
\set VERBOSITY default
SELECT 'granted.'::disposition;
SELECT '（一）不予公开'::disposition;
SELECT '1.自然人'::applicant;
CREATE FUNCTION pg_temp.try_disp(s text) RETURNS TABLE (state text, message text, detail text, hint text)
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM s::disposition;
  state := 'accepted';
  RETURN NEXT;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT,
                          detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
  RETURN NEXT;
END $$;
CREATE FUNCTION pg_temp.try_appl(s text) RETURNS TABLE (state text, message text, detail text, hint text)
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM s::applicant;
  state := 'accepted';
  RETURN NEXT;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT,
                          detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
  RETURN NEXT;
END $$;
SELECT s, t.state, t.message, t.detail, t.hint IS NOT NULL AS has_hint
  FROM (VALUES (''), ('   '), ('　'), ('Granted'), ('GRANTED'), ('granted.'), ('withheld.'),
               ('state_secret'), ('withheld state_secret'), ('1.'), ('（三）'),
               ('（一）不予公开'), ('2.属于国家秘密'), ('（三）（三）不予公开'), ('3不予公开'),
               ('十一、不予公开'), ('不予公开。'), ('不予'), ('予以公开予以公开'),
               ('1.withheld.state_secret'), ('自然人'), ('other_org'), ('其他組織'),
               ('部分'), ('部分公开（区分处理的）')) AS x(s),
       LATERAL pg_temp.try_disp(s) t;
SELECT s, t.state, t.message, t.detail, t.hint IS NOT NULL AS has_hint
  FROM (VALUES (''), ('natural'), ('Natural_Person'), ('1.自然人'), ('（一）自然人'),
                           ('legal_person.commercial'), ('其他组织'), ('予以公开'),
                           ('granted'), ('法人')) AS x(s),
       LATERAL pg_temp.try_appl(s) t;

-- On PostgreSQL 16 and later the input functions raise softly (ereturn):
-- pg_input_error_info() reports the error without raising it.  Before 16
-- the same answers come from catching it, so the output is the same.
SELECT current_setting('server_version_num')::int >= 160000 AS soft_errors \gset
\if :soft_errors
CREATE FUNCTION pg_temp.input_error(s text, typ text) RETURNS TABLE (state text, message text)
LANGUAGE sql AS $$ SELECT sql_error_code, message FROM pg_input_error_info(s, typ) $$;
\else
CREATE FUNCTION pg_temp.input_error(s text, typ text) RETURNS TABLE (state text, message text)
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('SELECT %L::%s', s, typ);
  RETURN NEXT;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
  RETURN NEXT;
END $$;
\endif
SELECT s, typ, e.state, e.message
  FROM (VALUES ('（三）不予公开', 'disposition'), ('（一）不予公开', 'disposition'),
               ('其他', 'applicant'), ('其他组织', 'applicant')) AS x(s, typ),
       LATERAL pg_temp.input_error(s, typ) e;

-- ------------------------------------------------------------ containment

-- For every value: how many values it contains, and is contained in.
SELECT a.disposition,
       count(*) FILTER (WHERE a.disposition @> b.disposition) AS contains,
       count(*) FILTER (WHERE a.disposition <@ b.disposition) AS contained_in
  FROM dispositions() a, dispositions() b
 GROUP BY a.disposition ORDER BY a.disposition;
-- @> is exactly: equal, the parent, or total; <@ is its commutator.
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE (a.disposition @> b.disposition)
                        = (a.disposition = b.disposition OR coalesce(parent(b.disposition) = a.disposition, false)
                           OR a.disposition = 'total')) AS agree,
       count(*) FILTER (WHERE (a.disposition @> b.disposition) = (b.disposition <@ a.disposition)) AS commute
  FROM dispositions() a, dispositions() b;
SELECT a.applicant,
       count(*) FILTER (WHERE a.applicant @> b.applicant) AS contains,
       count(*) FILTER (WHERE a.applicant <@ b.applicant) AS contained_in,
       string_agg(b.applicant::text, ' ' ORDER BY b.applicant) FILTER (WHERE a.applicant @> b.applicant) AS members
  FROM applicants() a, applicants() b
 GROUP BY a.applicant ORDER BY a.applicant;
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE (a.applicant @> b.applicant)
                        = (a.applicant = b.applicant OR coalesce(parent(b.applicant) = a.applicant, false)
                           OR a.applicant = 'total')) AS agree,
       count(*) FILTER (WHERE (a.applicant @> b.applicant) = (b.applicant <@ a.applicant)) AS commute
  FROM applicants() a, applicants() b;
SELECT oprname, obj_description(oid, 'pg_operator')
  FROM pg_operator WHERE oprleft = 'disposition'::regtype ORDER BY oprname;

-- The 2019 form's single （六）其他处理 row is the value other itself.  Each
-- report has either that row (2019) or the three leaves (2021), never both,
-- so <@ 'other' sums the same thing in both revisions.
CREATE TEMP TABLE cells (report text, form int, disposition disposition, n int);
INSERT INTO cells VALUES
  ('a', 2019, 'granted', 10), ('a', 2019, 'withheld.state_secret', 1), ('a', 2019, '（六）其他处理', 5),
  ('a', 2019, 'total', 16),
  ('b', 2021, 'granted', 20), ('b', 2021, 'unavailable.not_held', 4),
  ('b', 2021, 'other.no_correction', 1), ('b', 2021, 'other.unpaid_fee', 2), ('b', 2021, '3.其他', 3),
  ('b', 2021, 'total', 30);
SELECT report, form, sum(n) AS other FROM cells WHERE disposition <@ 'other' GROUP BY report, form ORDER BY report;
-- By top-level group: a 2019 other row falls in its own group, like the 2021 leaves.
SELECT g.disposition AS grp, c.report, sum(c.n)
  FROM cells c JOIN dispositions() g ON g.parent IS NULL AND g.disposition @> c.disposition
 WHERE g.disposition < 'total' AND c.disposition < 'total'
 GROUP BY ROLLUP (c.report, g.disposition)
 ORDER BY c.report, g.disposition;

-- ------------------------------------------------------------ sorting, grouping, indexes

-- A table with value k (in form order) present k times, in scrambled order.
CREATE TABLE types_t AS
SELECT d.disposition AS d, a.applicant AS a, d.n AS dn, a.n AS an
  FROM dispositions() WITH ORDINALITY AS d(disposition, parent, label, is_leaf, n),
       applicants() WITH ORDINALITY AS a(applicant, parent, label, is_leaf, n),
       generate_series(1, 26) AS i
 WHERE i <= d.n AND i <= a.n
 ORDER BY md5(d.disposition::text || a.applicant::text || i);
VACUUM ANALYZE types_t;
SELECT count(*) FROM types_t;

-- ORDER BY is form order, not the order of the keys as text.
SELECT (SELECT array_agg(d ORDER BY d) FROM (SELECT DISTINCT d FROM types_t) s)
     = (SELECT array_agg(disposition ORDER BY n) FROM dispositions() WITH ORDINALITY AS x(disposition, p, l, i, n)) AS disp_form_order,
       (SELECT array_agg(d ORDER BY d) FROM (SELECT DISTINCT d FROM types_t) s)
     = (SELECT array_agg(disposition ORDER BY disposition::text) FROM dispositions()) AS disp_text_order,
       (SELECT array_agg(a ORDER BY a DESC) FROM (SELECT DISTINCT a FROM types_t) s)
     = (SELECT array_agg(applicant ORDER BY n DESC) FROM applicants() WITH ORDINALITY AS x(applicant, p, l, i, n)) AS appl_form_order_desc;
SELECT d, dn FROM types_t ORDER BY d, dn LIMIT 5;
SELECT count(*) AS sorted_pairs
  FROM (SELECT d, lead(d) OVER (ORDER BY d) AS nxt, dn, lead(dn) OVER (ORDER BY d) AS nxtn FROM types_t) s
 WHERE nxt IS NOT NULL AND d <= nxt AND (d < nxt OR dn = nxtn) AND (d = nxt OR dn < nxtn);

-- GROUP BY, by hashing and by sorting: value k counted min(k, …) times.
SET enable_hashagg = on;
EXPLAIN (COSTS OFF) SELECT d, count(*) FROM types_t GROUP BY d;
CREATE TEMP TABLE g_hash AS SELECT d, count(*) AS n FROM types_t GROUP BY d;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT d, count(*) FROM types_t GROUP BY d;
CREATE TEMP TABLE g_sort AS SELECT d, count(*) AS n FROM types_t GROUP BY d;
RESET enable_hashagg;
SELECT d, n, (SELECT count(*) FROM types_t t WHERE t.d = g.d) AS expected FROM g_sort g ORDER BY d;
SELECT count(*) AS rows, count(*) FILTER (WHERE h.n = s.n) AS same
  FROM g_hash h FULL JOIN g_sort s USING (d);
SELECT a, count(*) FROM types_t GROUP BY a ORDER BY a;
SELECT count(DISTINCT d) AS d, count(DISTINCT a) AS a, count(*) FROM (SELECT DISTINCT d, a FROM types_t) s;

-- A btree index, used for equality and for the range of a group (its leaves
-- follow it in form order).
CREATE INDEX types_t_d ON types_t (d);
CREATE INDEX types_t_a ON types_t (a);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
SET enable_indexonlyscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM types_t WHERE d = 'withheld.state_secret';
SELECT count(*) FROM types_t WHERE d = 'withheld.state_secret';
EXPLAIN (COSTS OFF) SELECT d, count(*) FROM types_t WHERE d BETWEEN 'withheld' AND 'withheld.inquiry_matters' GROUP BY d ORDER BY d;
SELECT d, count(*) FROM types_t WHERE d BETWEEN 'withheld' AND 'withheld.inquiry_matters' GROUP BY d ORDER BY d;
EXPLAIN (COSTS OFF) SELECT count(*) FROM types_t WHERE a > 'other_org';
SELECT count(*) FROM types_t WHERE a > 'other_org';
DROP INDEX types_t_d, types_t_a;

-- A hash index.
CREATE INDEX types_t_dh ON types_t USING hash (d);
CREATE INDEX types_t_ah ON types_t USING hash (a);
EXPLAIN (COSTS OFF) SELECT count(*) FROM types_t WHERE d = 'other';
SELECT count(*) FROM types_t WHERE d = 'other';
EXPLAIN (COSTS OFF) SELECT count(*) FROM types_t WHERE a = 'legal_person';
SELECT count(*) FROM types_t WHERE a = 'legal_person';
DROP INDEX types_t_dh, types_t_ah;
RESET enable_seqscan;
RESET enable_bitmapscan;
RESET enable_indexonlyscan;

-- Joins: a hash join and a merge join give the same counts per value.
CREATE TABLE types_u AS SELECT DISTINCT d, a FROM types_t;
ANALYZE types_u;
SET enable_nestloop = off;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT u.d, count(*) FROM types_t t JOIN types_u u ON t.d = u.d GROUP BY u.d;
CREATE TEMP TABLE j_hash AS SELECT u.d, u.a, count(*) AS n FROM types_t t JOIN types_u u ON t.d = u.d AND t.a = u.a GROUP BY u.d, u.a;
EXPLAIN (COSTS OFF) SELECT u.a, count(*) FROM types_t t JOIN types_u u ON t.a = u.a GROUP BY u.a;
SET enable_mergejoin = on;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT u.d, count(*) FROM types_t t JOIN types_u u ON t.d = u.d GROUP BY u.d;
CREATE TEMP TABLE j_merge AS SELECT u.d, u.a, count(*) AS n FROM types_t t JOIN types_u u ON t.d = u.d AND t.a = u.a GROUP BY u.d, u.a;
EXPLAIN (COSTS OFF) SELECT u.a, count(*) FROM types_t t JOIN types_u u ON t.a = u.a GROUP BY u.a;
RESET enable_nestloop;
RESET enable_mergejoin;
RESET enable_hashjoin;
-- (d, a) appears min(k(d), k(a)) times in types_t.
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE h.n = m.n) AS same,
       count(*) FILTER (WHERE h.n = (SELECT count(*) FROM types_t t WHERE t.d = h.d AND t.a = h.a)) AS correct,
       sum(h.n) AS total
  FROM j_hash h FULL JOIN j_merge m USING (d, a);

-- Hash functions: the extended hash with seed 0 agrees with the hash in its
-- low 32 bits (the hash opclass contract); a seed changes it.
SELECT count(*) AS values,
       count(*) FILTER (WHERE (disposition_hash_extended(disposition, 0) & 4294967295)
                              = (disposition_hash(disposition)::bigint & 4294967295)) AS seed0_agrees,
       count(*) FILTER (WHERE disposition_hash_extended(disposition, 1) <> disposition_hash_extended(disposition, 0)) AS seed_changes,
       count(DISTINCT disposition_hash(disposition)) AS distinct_hashes
  FROM dispositions();
SELECT count(*) AS values,
       count(*) FILTER (WHERE (applicant_hash_extended(applicant, 0) & 4294967295)
                              = (applicant_hash(applicant)::bigint & 4294967295)) AS seed0_agrees,
       count(DISTINCT applicant_hash(applicant)) AS distinct_hashes
  FROM applicants();

-- ------------------------------------------------------------ binary I/O

\copy (SELECT d, a, dn, an FROM types_t) TO 'results/10_types.bin' WITH (FORMAT binary)
CREATE TEMP TABLE types_b (d disposition, a applicant, dn bigint, an bigint);
\copy types_b FROM 'results/10_types.bin' WITH (FORMAT binary)
SELECT count(*) AS rows, (SELECT count(*) FROM types_t) AS expected
  FROM (SELECT * FROM types_b INTERSECT ALL SELECT * FROM types_t) s;
-- The binary form is the permanent code, a 2-byte integer: code 3 is
-- withheld.state_secret, code 6 other_org.
\copy (SELECT 3::int2, 6::int2) TO 'results/10_types_codes.bin' WITH (FORMAT binary)
CREATE TEMP TABLE codes (d disposition, a applicant);
\copy codes FROM 'results/10_types_codes.bin' WITH (FORMAT binary)
SELECT * FROM codes;
-- A code out of range is refused.
\copy (SELECT 26::int2, 0::int2) TO 'results/10_types_bad.bin' WITH (FORMAT binary)
\copy codes FROM 'results/10_types_bad.bin' WITH (FORMAT binary)
\copy (SELECT 0::int2, (-1)::int2) TO 'results/10_types_bad.bin' WITH (FORMAT binary)
\copy codes FROM 'results/10_types_bad.bin' WITH (FORMAT binary)
\copy (SELECT 0::int2, 8::int2) TO 'results/10_types_bad.bin' WITH (FORMAT binary)
\copy codes FROM 'results/10_types_bad.bin' WITH (FORMAT binary)
SELECT count(*) FROM codes;

DROP TABLE types_t, types_u;
