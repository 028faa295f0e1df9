-- 30_check: the balance rules of form.md on documents written by hand, in
-- both revisions of the form: each rule broken in one cell and in several.
-- The documents: column c (natural_person .. other_org = 0..5) has new 5+c,
-- carried over 1, granted 2, partially 1, not_held 1, duplicate 1, other
-- (2021: other.other; 2019: the row other) c, total 5+c, carried forward 1.

CREATE TEMP TABLE base (form text PRIMARY KEY, doc jsonb NOT NULL);
INSERT INTO base VALUES
('2021', '{"schema": 1, "status": "ok", "agency": "东川区档案馆", "year": 2023, "published_on": null, "script": "simplified", "forms": {"active": "2021", "requests": "2021"}, "active": {"rules": {"issued": 2, "repealed": 1, "in_force": 10}, "normative_documents": {"issued": 3, "repealed": 0, "in_force": 20}, "licensing": {"decisions": 12}, "punishment": {"decisions": 4}, "coercion": {"decisions": 0}, "fees": {"amount": 0}}, "requests": {"new_received": {"natural_person": 5, "commercial": 6, "research": 7, "social_welfare": 8, "legal_service": 9, "other_org": 10, "total": 45}, "carried_over": {"natural_person": 1, "commercial": 1, "research": 1, "social_welfare": 1, "legal_service": 1, "other_org": 1, "total": 6}, "granted": {"natural_person": 2, "commercial": 2, "research": 2, "social_welfare": 2, "legal_service": 2, "other_org": 2, "total": 12}, "partially_granted": {"natural_person": 1, "commercial": 1, "research": 1, "social_welfare": 1, "legal_service": 1, "other_org": 1, "total": 6}, "withheld": {"state_secret": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "prohibited_by_law": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "endangers_security": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "third_party_rights": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "internal_affairs": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "process_information": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "enforcement_files": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "inquiry_matters": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}}, "unavailable": {"not_held": {"natural_person": 1, "commercial": 1, "research": 1, "social_welfare": 1, "legal_service": 1, "other_org": 1, "total": 6}, "requires_creation": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "unclear_after_correction": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}}, "not_processed": {"petition_complaint": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "duplicate": {"natural_person": 1, "commercial": 1, "research": 1, "social_welfare": 1, "legal_service": 1, "other_org": 1, "total": 6}, "publication": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "excessive": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "confirmation": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}}, "other": {"no_correction": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "unpaid_fee": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "other": {"natural_person": 0, "commercial": 1, "research": 2, "social_welfare": 3, "legal_service": 4, "other_org": 5, "total": 15}}, "total": {"natural_person": 5, "commercial": 6, "research": 7, "social_welfare": 8, "legal_service": 9, "other_org": 10, "total": 45}, "carried_forward": {"natural_person": 1, "commercial": 1, "research": 1, "social_welfare": 1, "legal_service": 1, "other_org": 1, "total": 6}}, "appeals": {"review": {"maintained": 1, "corrected": 0, "other": 1, "pending": 1, "total": 3}, "litigation_direct": {"maintained": 0, "corrected": 1, "other": 0, "pending": 0, "total": 1}, "litigation_after_review": {"maintained": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0}}, "narrative": {"overview": null, "problems": null, "other_matters": null}, "facts": {"proactive_items": null, "requests_received": null, "fee_collected": null}, "diagnostics": []}'),
('2019', '{"schema": 1, "status": "ok", "agency": "东川区档案馆", "year": 2020, "published_on": null, "script": "simplified", "forms": {"active": "2019", "requests": "2019"}, "active": {"rules": {"produced": 0, "published": 0, "total_published": 0}, "normative_documents": {"produced": 2, "published": 2, "total_published": 9}, "licensing": {"previous": 5, "change": -1, "decisions": 30}, "other_services": {"previous": 0, "change": 0, "decisions": 0}, "punishment": {"previous": 3, "change": 0, "decisions": 7}, "coercion": {"previous": 1, "change": 0, "decisions": 0}, "fees": {"previous": 0, "change": 0}, "procurement": {"projects": 2, "amount": 36.5}}, "requests": {"new_received": {"natural_person": 5, "commercial": 6, "research": 7, "social_welfare": 8, "legal_service": 9, "other_org": 10, "total": 45}, "carried_over": {"natural_person": 1, "commercial": 1, "research": 1, "social_welfare": 1, "legal_service": 1, "other_org": 1, "total": 6}, "granted": {"natural_person": 2, "commercial": 2, "research": 2, "social_welfare": 2, "legal_service": 2, "other_org": 2, "total": 12}, "partially_granted": {"natural_person": 1, "commercial": 1, "research": 1, "social_welfare": 1, "legal_service": 1, "other_org": 1, "total": 6}, "withheld": {"state_secret": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "prohibited_by_law": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "endangers_security": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "third_party_rights": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "internal_affairs": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "process_information": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "enforcement_files": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "inquiry_matters": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}}, "unavailable": {"not_held": {"natural_person": 1, "commercial": 1, "research": 1, "social_welfare": 1, "legal_service": 1, "other_org": 1, "total": 6}, "requires_creation": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "unclear_after_correction": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}}, "not_processed": {"petition_complaint": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "duplicate": {"natural_person": 1, "commercial": 1, "research": 1, "social_welfare": 1, "legal_service": 1, "other_org": 1, "total": 6}, "publication": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "excessive": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}, "confirmation": {"natural_person": 0, "commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0, "total": 0}}, "other": {"natural_person": 0, "commercial": 1, "research": 2, "social_welfare": 3, "legal_service": 4, "other_org": 5, "total": 15}, "total": {"natural_person": 5, "commercial": 6, "research": 7, "social_welfare": 8, "legal_service": 9, "other_org": 10, "total": 45}, "carried_forward": {"natural_person": 1, "commercial": 1, "research": 1, "social_welfare": 1, "legal_service": 1, "other_org": 1, "total": 6}}, "appeals": {"review": {"maintained": 1, "corrected": 0, "other": 1, "pending": 1, "total": 3}, "litigation_direct": {"maintained": 0, "corrected": 1, "other": 0, "pending": 0, "total": 1}, "litigation_after_review": {"maintained": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0}}, "narrative": {"overview": null, "problems": null, "other_matters": null}, "facts": {"proactive_items": null, "requests_received": null, "fee_collected": null}, "diagnostics": []}');

-- Set dotted paths to JSON values: put(doc, 'requests.granted.total', '13', …)
CREATE FUNCTION pg_temp.put(doc jsonb, VARIADIC kv text[]) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    FOR i IN 1 .. coalesce(array_length(kv, 1), 0) BY 2 LOOP
        doc := jsonb_set(doc, string_to_array(kv[i], '.'), kv[i + 1]::jsonb, true);
    END LOOP;
    RETURN doc;
END $$;

-- Balanced documents: no finding at all.
SELECT form, report_balance_ok(doc) AS ok,
       (SELECT count(*) FROM report_check(doc)) AS findings
  FROM base ORDER BY form;

CREATE TEMP TABLE cases (name text, form text, doc jsonb, PRIMARY KEY (name, form));
INSERT INTO cases
SELECT c.name, base.form, c.d FROM base, LATERAL (VALUES
  -- requests.flow
  ('flow_one', pg_temp.put(doc, 'requests.carried_forward.natural_person', '2',
                                'requests.carried_forward.total', '7')),
  ('flow_several', pg_temp.put(doc, 'requests.carried_forward.natural_person', '2',
                                    'requests.carried_forward.total', '7',
                                    'requests.new_received.research', '6',
                                    'requests.new_received.other_org', '9',
                                    'requests.new_received.total', '43')),
  -- requests.total
  ('total_one', pg_temp.put(doc, 'requests.granted.natural_person', '3',
                                 'requests.granted.total', '13')),
  -- requests.applicants
  ('applicants_one', pg_temp.put(doc, 'requests.granted.total', '13')),
  ('applicants_several', pg_temp.put(doc, 'requests.carried_over.total', '7',
                                          'requests.carried_forward.total', '7')),
  -- appeals.total
  ('appeals_one', pg_temp.put(doc, 'appeals.review.corrected', '1')),
  ('appeals_several', pg_temp.put(doc, 'appeals.review.corrected', '1',
                                       'appeals.litigation_after_review.total', '2')),
  -- nonnegative: balanced, but negative
  ('nonneg_one', pg_temp.put(doc, 'requests.granted.natural_person', '-1',
                                  'requests.partially_granted.natural_person', '4',
                                  'requests.granted.total', '9',
                                  'requests.partially_granted.total', '9')),
  ('nonneg_several', pg_temp.put(doc, 'requests.granted.natural_person', '-1',
                                      'requests.partially_granted.natural_person', '4',
                                      'requests.granted.total', '9',
                                      'requests.partially_granted.total', '9',
                                      'appeals.review.other', '-1',
                                      'appeals.review.pending', '3')),
  -- blank_cell: a warning; counted as 0
  ('blank_one', pg_temp.put(doc, 'requests.withheld.state_secret.natural_person', 'null')),
  ('blank_several', pg_temp.put(doc, 'requests.withheld.state_secret.natural_person', 'null',
                                     'appeals.litigation_after_review.pending', 'null',
                                     'requests.granted.commercial', 'null')),
  -- missing_table
  ('missing_requests', doc - 'requests'),
  ('missing_appeals', doc - 'appeals'),
  ('missing_active', doc - 'active'),
  ('missing_all', doc - 'active' - 'requests' - 'appeals'),
  -- narrative_mismatch: new (45) or new + carried over (51) are both fine
  ('narrative_new', pg_temp.put(doc, 'facts.requests_received', '45')),
  ('narrative_new_and_carried', pg_temp.put(doc, 'facts.requests_received', '51')),
  ('narrative_14', pg_temp.put(doc, 'facts.requests_received', '14')),
  -- a count is a whole number: fractions in count cells are malformed
  -- (exact decimals belong to the amount cells of section 2 only)
  ('decimals', pg_temp.put(doc, 'appeals.review.maintained', '1.5',
                                'appeals.review.other', '0.25',
                                'appeals.review.total', '2.75')),
  ('decimals_off', pg_temp.put(doc, 'appeals.review.maintained', '1.5',
                                    'appeals.review.other', '0.25',
                                    'appeals.review.total', '2.7501'))
) AS c(name, d);

-- The cells that differ between the revisions.
INSERT INTO cases
SELECT 'total_several', '2021', pg_temp.put(doc,
         'requests.withheld.state_secret.commercial', '1',
         'requests.withheld.state_secret.total', '1',
         'requests.other.unpaid_fee.research', '2',
         'requests.other.unpaid_fee.total', '2')
  FROM base WHERE form = '2021'
UNION ALL
SELECT 'total_several', '2019', pg_temp.put(doc,
         'requests.withheld.state_secret.commercial', '1',
         'requests.withheld.state_secret.total', '1',
         'requests.other.research', '4',
         'requests.other.total', '17')
  FROM base WHERE form = '2019'
UNION ALL
-- nonnegative in section 2: a warning, and 本年增/减 may be negative
SELECT 'nonneg_active', '2021', pg_temp.put(doc, 'active.rules.issued', '-1')
  FROM base WHERE form = '2021'
UNION ALL
SELECT 'nonneg_active', '2019', pg_temp.put(doc, 'active.licensing.change', '-5',
                                                 'active.rules.produced', '-1')
  FROM base WHERE form = '2019'
UNION ALL
-- outdated_form: 2019 tables in a report on 2021 or later
SELECT 'outdated', '2019', pg_temp.put(doc, 'year', '2023') FROM base WHERE form = '2019'
UNION ALL
SELECT 'outdated', '2021', pg_temp.put(doc, 'year', '2019') FROM base WHERE form = '2021';

-- Whether each document balances.
SELECT name, form, report_balance_ok(doc) AS ok
  FROM cases ORDER BY name, form DESC;

-- Every finding, in the order report_check gives them.
\pset format unaligned
\pset fieldsep ' | '
SELECT c.name, c.form, f.rule, f.severity, f.path, f.expected, f.actual, f.message
  FROM cases c, LATERAL report_check(c.doc) WITH ORDINALITY AS f
 ORDER BY c.name, c.form DESC, f.ordinality;
\pset format aligned
\pset fieldsep '|'

-- report_balance_ok is true exactly when report_check has no error finding.
SELECT name, form FROM cases
 WHERE report_balance_ok(doc) <>
       NOT EXISTS (SELECT FROM report_check(doc) WHERE severity = 'error');

-- The same on random damage of both documents: one or two passes, each
-- setting one cell of sections 3 and 4 to a value from -1 to 3 or to null
-- (setseed: repeatable).
SELECT setseed(0.5);
CREATE TEMP TABLE damaged AS
SELECT i, form, doc FROM base, generate_series(1, 300) AS i;
CREATE FUNCTION pg_temp.damage(doc jsonb) RETURNS jsonb LANGUAGE sql VOLATILE AS $$
  SELECT pg_temp.put(doc,
           (ARRAY['requests.granted.natural_person',
                  'requests.new_received.total',
                  'requests.carried_forward.commercial',
                  'requests.total.other_org',
                  'requests.withheld.state_secret.research',
                  'requests.not_processed.duplicate.total',
                  'requests.unavailable.not_held.legal_service',
                  'appeals.review.total',
                  'appeals.litigation_direct.corrected',
                  'appeals.litigation_after_review.pending'])[1 + floor(random() * 10)::int],
           (ARRAY['-1', '0', '1', '2', '3', 'null'])[1 + floor(random() * 6)::int])
$$;
UPDATE damaged SET doc = pg_temp.damage(doc) WHERE i % 7 <> 0;
UPDATE damaged SET doc = pg_temp.damage(doc) WHERE i % 2 = 0;
SELECT count(*) AS documents,
       count(*) FILTER (WHERE report_balance_ok(doc)) AS balanced,
       count(*) FILTER (WHERE report_balance_ok(doc) <>
                        NOT EXISTS (SELECT FROM report_check(doc)
                                     WHERE severity = 'error')) AS disagreements
  FROM damaged;

-- NULL in, nothing out (STRICT).
SELECT report_balance_ok(NULL) IS NULL AS is_null,
       (SELECT count(*) FROM report_check(NULL)) AS findings;

-- The finding type.
SELECT attname, format_type(atttypid, atttypmod)
  FROM pg_attribute
 WHERE attrelid = 'finding'::regclass AND attnum > 0
 ORDER BY attnum;
