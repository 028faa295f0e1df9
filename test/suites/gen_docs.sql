-- gen_docs.sql — generated report documents for the analytics tests
-- (sql/40_sum*.sql, sql/45_dashboards.sql, test/suites/50-fdw.sh).
--
-- gen_doc(i, active_form, requests_form, year, agency) builds a balanced
-- jsonb document (every balance rule of form.md holds) whose counts are a
-- deterministic pseudo-random function of i, so tests need no random().

CREATE FUNCTION gen_pr(i int, k int) RETURNS int
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN ((i::bigint * 1103515245 + k::bigint * 12345 + (i::bigint * k) % 7919) % 2147483648 / 65536)::int;

CREATE FUNCTION gen_doc(i int, active_form text DEFAULT '2021', requests_form text DEFAULT '2021',
                        yr int DEFAULT 2023, agency text DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    appl text[] := ARRAY['natural_person', 'commercial', 'research', 'social_welfare',
                         'legal_service', 'other_org'];
    leaves text[] := ARRAY['granted', 'partially_granted',
        'withheld.state_secret', 'withheld.prohibited_by_law', 'withheld.endangers_security',
        'withheld.third_party_rights', 'withheld.internal_affairs',
        'withheld.process_information', 'withheld.enforcement_files', 'withheld.inquiry_matters',
        'unavailable.not_held', 'unavailable.requires_creation',
        'unavailable.unclear_after_correction',
        'not_processed.petition_complaint', 'not_processed.duplicate',
        'not_processed.publication', 'not_processed.excessive', 'not_processed.confirmation'];
    req jsonb := '{"withheld": {}, "unavailable": {}, "not_processed": {}}';
    act jsonb;
    app jsonb := '{}';
    tot int[] := ARRAY[0, 0, 0, 0, 0, 0];
    row jsonb;
    rowsum int;
    v int;
    fwd int;
    ovr int;
    k int := 0;
    leaf text;
    grp text;
BEGIN
    IF requests_form = '2021' THEN
        leaves := leaves || ARRAY['other.no_correction', 'other.unpaid_fee', 'other.other'];
        req := req || '{"other": {}}';
    ELSE
        leaves := leaves || ARRAY['other'];
    END IF;
    FOREACH leaf IN ARRAY leaves LOOP
        k := k + 1;
        row := '{}';
        rowsum := 0;
        FOR c IN 1..6 LOOP
            -- mostly zeros, as in real reports; the 不予公开 leaves rarer still
            v := (gen_pr(i, k * 10 + c) % 5) * (gen_pr(i, k * 10 + c + 500) % 3)
                 * CASE WHEN leaf LIKE 'withheld.%' THEN gen_pr(i, k) % 2 ELSE 1 END;
            row := row || jsonb_build_object(appl[c], v);
            rowsum := rowsum + v;
            tot[c] := tot[c] + v;
        END LOOP;
        row := row || jsonb_build_object('total', rowsum);
        req := jsonb_set(req, string_to_array(leaf, '.'), row, true);
    END LOOP;
    -- total, carried_forward, carried_over, new_received per column
    DECLARE
        r_total jsonb := '{}';
        r_fwd jsonb := '{}';
        r_over jsonb := '{}';
        r_new jsonb := '{}';
        s_total int := 0; s_fwd int := 0; s_over int := 0; s_new int := 0;
    BEGIN
        FOR c IN 1..6 LOOP
            fwd := gen_pr(i, 900 + c) % 3;
            ovr := gen_pr(i, 950 + c) % (tot[c] + fwd + 1);
            r_total := r_total || jsonb_build_object(appl[c], tot[c]);
            r_fwd := r_fwd || jsonb_build_object(appl[c], fwd);
            r_over := r_over || jsonb_build_object(appl[c], ovr);
            r_new := r_new || jsonb_build_object(appl[c], tot[c] + fwd - ovr);
            s_total := s_total + tot[c]; s_fwd := s_fwd + fwd;
            s_over := s_over + ovr; s_new := s_new + tot[c] + fwd - ovr;
        END LOOP;
        req := req || jsonb_build_object(
            'total', r_total || jsonb_build_object('total', s_total),
            'carried_forward', r_fwd || jsonb_build_object('total', s_fwd),
            'carried_over', r_over || jsonb_build_object('total', s_over),
            'new_received', r_new || jsonb_build_object('total', s_new));
    END;
    FOREACH grp IN ARRAY ARRAY['review', 'litigation_direct', 'litigation_after_review'] LOOP
        k := k + 1;
        app := app || jsonb_build_object(grp, jsonb_build_object(
            'maintained', gen_pr(i, k * 10 + 1) % 3,
            'corrected', gen_pr(i, k * 10 + 2) % 2,
            'other', gen_pr(i, k * 10 + 3) % 2,
            'pending', gen_pr(i, k * 10 + 4) % 2,
            'total', gen_pr(i, k * 10 + 1) % 3 + gen_pr(i, k * 10 + 2) % 2
                     + gen_pr(i, k * 10 + 3) % 2 + gen_pr(i, k * 10 + 4) % 2));
    END LOOP;
    IF active_form = '2021' THEN
        act := jsonb_build_object(
            'rules', jsonb_build_object('issued', gen_pr(i, 1) % 3, 'repealed', gen_pr(i, 2) % 2,
                                        'in_force', gen_pr(i, 3) % 40),
            'normative_documents', jsonb_build_object('issued', gen_pr(i, 4) % 9,
                                        'repealed', gen_pr(i, 5) % 4, 'in_force', gen_pr(i, 6) % 90),
            'licensing', jsonb_build_object('decisions', gen_pr(i, 7) % 500),
            'punishment', jsonb_build_object('decisions', gen_pr(i, 8) % 60),
            'coercion', jsonb_build_object('decisions', gen_pr(i, 9) % 10),
            'fees', jsonb_build_object('amount', (gen_pr(i, 10) % 100000) / 1000.0));
    ELSE
        act := jsonb_build_object(
            'rules', jsonb_build_object('produced', gen_pr(i, 1) % 3, 'published', gen_pr(i, 2) % 3,
                                        'total_published', gen_pr(i, 3) % 40),
            'normative_documents', jsonb_build_object('produced', gen_pr(i, 4) % 9,
                                        'published', gen_pr(i, 5) % 9, 'total_published', gen_pr(i, 6) % 90),
            'licensing', jsonb_build_object('previous', gen_pr(i, 11) % 50,
                                        'change', gen_pr(i, 12) % 7 - 3, 'decisions', gen_pr(i, 7) % 500),
            'other_services', jsonb_build_object('previous', gen_pr(i, 13) % 20,
                                        'change', gen_pr(i, 14) % 5 - 2, 'decisions', gen_pr(i, 15) % 50),
            'punishment', jsonb_build_object('previous', gen_pr(i, 16) % 20,
                                        'change', gen_pr(i, 17) % 5 - 2, 'decisions', gen_pr(i, 8) % 60),
            'coercion', jsonb_build_object('previous', gen_pr(i, 18) % 20,
                                        'change', gen_pr(i, 19) % 5 - 2, 'decisions', gen_pr(i, 9) % 10),
            'fees', jsonb_build_object('previous', gen_pr(i, 20) % 5, 'change', 0),
            'procurement', jsonb_build_object('projects', gen_pr(i, 21) % 8,
                                        'amount', gen_pr(i, 22) % 300000));
    END IF;
    RETURN jsonb_build_object(
        'schema', 1, 'status', 'ok', 'agency', agency, 'year', yr,
        'published_on', NULL, 'script', 'simplified',
        'forms', jsonb_build_object('active', active_form, 'requests', requests_form),
        'active', act, 'requests', req, 'appeals', app,
        'narrative', jsonb_build_object('overview', NULL, 'problems', NULL, 'other_matters', NULL),
        'facts', jsonb_build_object('proactive_items', NULL, 'requests_received', NULL,
                                    'fee_collected', NULL),
        'diagnostics', '[]'::jsonb);
END
$$;

-- The cell-wise sum of a set of documents, computed in SQL independently of
-- report_sum: one row per (section, path, column) with the sum of the
-- non-null values (null when every input is null).
CREATE FUNCTION gen_cells(doc jsonb) RETURNS TABLE (section text, path text, col text, value numeric)
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.sec, r.key, c.key, (c.value #>> '{}')::numeric
      FROM unnest(ARRAY['active', 'appeals']) s(sec),
           jsonb_each(doc -> s.sec) r,
           jsonb_each(CASE jsonb_typeof(r.value) WHEN 'object' THEN r.value ELSE '{}' END) c
    UNION ALL
    SELECT 'requests', CASE WHEN c.key IS NULL THEN r.key ELSE r.key || '.' || l.key END, coalesce(c.key, l.key),
           (coalesce(c.value, l.value) #>> '{}')::numeric
      FROM jsonb_each(doc -> 'requests') r
           CROSS JOIN jsonb_each(CASE jsonb_typeof(r.value) WHEN 'object' THEN r.value ELSE '{}' END) l
           LEFT JOIN jsonb_each(CASE jsonb_typeof(l.value) WHEN 'object' THEN l.value ELSE '{}' END) c
             ON true;
END;
