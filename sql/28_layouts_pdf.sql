--
-- 28_layouts_pdf: pdftotext -layout of a report whose label cells wrap in
-- several columns at once (test/data/layout_pdf_wrapped.txt, laid out by
-- hand): the group label beside a leaf's middle line (（六）其他处理 beside
-- 补正、行政机关不再处理其) or on a line of its own (（四）无法提供), the
-- numbers on the first, middle or last line of a wrapped leaf or on a line
-- of their own between its lines, 三、本年度办理结果 wrapped over two lines
-- beside the leaves, section 2 labels broken (行政规范 / 性文件 with the
-- numbers on the first line, 行政事业 / 性收费 with them on the second), and
-- a page break with a page number and a running header inside section 3.
-- Every one of the 200 cells is asserted; one is a placeholder (/).
--
SET search_path = govreport, public;

CREATE TEMP TABLE want_pdf (section text, row_key text, col_key text, value numeric);
INSERT INTO want_pdf VALUES
('active','rules','issued',2),
('active','rules','repealed',0),
('active','rules','in_force',15),
('active','normative_documents','issued',4),
('active','normative_documents','repealed',1),
('active','normative_documents','in_force',33),
('active','licensing','decisions',56),
('active','punishment','decisions',12),
('active','coercion','decisions',NULL),
('active','fees','amount',3.5),
('requests','new_received','natural_person',9),
('requests','new_received','commercial',6),
('requests','new_received','research',0),
('requests','new_received','social_welfare',1),
('requests','new_received','legal_service',2),
('requests','new_received','other_org',5),
('requests','new_received','total',23),
('requests','carried_over','natural_person',1),
('requests','carried_over','commercial',2),
('requests','carried_over','research',0),
('requests','carried_over','social_welfare',0),
('requests','carried_over','legal_service',0),
('requests','carried_over','other_org',1),
('requests','carried_over','total',4),
('requests','granted','natural_person',3),
('requests','granted','commercial',1),
('requests','granted','research',0),
('requests','granted','social_welfare',0),
('requests','granted','legal_service',1),
('requests','granted','other_org',2),
('requests','granted','total',7),
('requests','partially_granted','natural_person',1),
('requests','partially_granted','commercial',0),
('requests','partially_granted','research',0),
('requests','partially_granted','social_welfare',0),
('requests','partially_granted','legal_service',0),
('requests','partially_granted','other_org',1),
('requests','partially_granted','total',2),
('requests','withheld.state_secret','natural_person',0),
('requests','withheld.state_secret','commercial',1),
('requests','withheld.state_secret','research',0),
('requests','withheld.state_secret','social_welfare',0),
('requests','withheld.state_secret','legal_service',0),
('requests','withheld.state_secret','other_org',0),
('requests','withheld.state_secret','total',1),
('requests','withheld.prohibited_by_law','natural_person',1),
('requests','withheld.prohibited_by_law','commercial',0),
('requests','withheld.prohibited_by_law','research',0),
('requests','withheld.prohibited_by_law','social_welfare',0),
('requests','withheld.prohibited_by_law','legal_service',0),
('requests','withheld.prohibited_by_law','other_org',0),
('requests','withheld.prohibited_by_law','total',1),
('requests','withheld.endangers_security','natural_person',0),
('requests','withheld.endangers_security','commercial',0),
('requests','withheld.endangers_security','research',0),
('requests','withheld.endangers_security','social_welfare',1),
('requests','withheld.endangers_security','legal_service',0),
('requests','withheld.endangers_security','other_org',0),
('requests','withheld.endangers_security','total',1),
('requests','withheld.third_party_rights','natural_person',2),
('requests','withheld.third_party_rights','commercial',0),
('requests','withheld.third_party_rights','research',0),
('requests','withheld.third_party_rights','social_welfare',0),
('requests','withheld.third_party_rights','legal_service',0),
('requests','withheld.third_party_rights','other_org',1),
('requests','withheld.third_party_rights','total',3),
('requests','withheld.internal_affairs','natural_person',0),
('requests','withheld.internal_affairs','commercial',0),
('requests','withheld.internal_affairs','research',1),
('requests','withheld.internal_affairs','social_welfare',0),
('requests','withheld.internal_affairs','legal_service',0),
('requests','withheld.internal_affairs','other_org',0),
('requests','withheld.internal_affairs','total',1),
('requests','withheld.process_information','natural_person',1),
('requests','withheld.process_information','commercial',1),
('requests','withheld.process_information','research',0),
('requests','withheld.process_information','social_welfare',0),
('requests','withheld.process_information','legal_service',0),
('requests','withheld.process_information','other_org',0),
('requests','withheld.process_information','total',2),
('requests','withheld.enforcement_files','natural_person',0),
('requests','withheld.enforcement_files','commercial',0),
('requests','withheld.enforcement_files','research',0),
('requests','withheld.enforcement_files','social_welfare',0),
('requests','withheld.enforcement_files','legal_service',1),
('requests','withheld.enforcement_files','other_org',0),
('requests','withheld.enforcement_files','total',1),
('requests','withheld.inquiry_matters','natural_person',1),
('requests','withheld.inquiry_matters','commercial',0),
('requests','withheld.inquiry_matters','research',0),
('requests','withheld.inquiry_matters','social_welfare',0),
('requests','withheld.inquiry_matters','legal_service',0),
('requests','withheld.inquiry_matters','other_org',0),
('requests','withheld.inquiry_matters','total',1),
('requests','unavailable.not_held','natural_person',2),
('requests','unavailable.not_held','commercial',1),
('requests','unavailable.not_held','research',0),
('requests','unavailable.not_held','social_welfare',0),
('requests','unavailable.not_held','legal_service',0),
('requests','unavailable.not_held','other_org',0),
('requests','unavailable.not_held','total',3),
('requests','unavailable.requires_creation','natural_person',0),
('requests','unavailable.requires_creation','commercial',1),
('requests','unavailable.requires_creation','research',0),
('requests','unavailable.requires_creation','social_welfare',0),
('requests','unavailable.requires_creation','legal_service',0),
('requests','unavailable.requires_creation','other_org',1),
('requests','unavailable.requires_creation','total',2),
('requests','unavailable.unclear_after_correction','natural_person',1),
('requests','unavailable.unclear_after_correction','commercial',0),
('requests','unavailable.unclear_after_correction','research',0),
('requests','unavailable.unclear_after_correction','social_welfare',0),
('requests','unavailable.unclear_after_correction','legal_service',0),
('requests','unavailable.unclear_after_correction','other_org',0),
('requests','unavailable.unclear_after_correction','total',1),
('requests','not_processed.petition_complaint','natural_person',0),
('requests','not_processed.petition_complaint','commercial',0),
('requests','not_processed.petition_complaint','research',0),
('requests','not_processed.petition_complaint','social_welfare',0),
('requests','not_processed.petition_complaint','legal_service',0),
('requests','not_processed.petition_complaint','other_org',1),
('requests','not_processed.petition_complaint','total',1),
('requests','not_processed.duplicate','natural_person',1),
('requests','not_processed.duplicate','commercial',1),
('requests','not_processed.duplicate','research',0),
('requests','not_processed.duplicate','social_welfare',0),
('requests','not_processed.duplicate','legal_service',0),
('requests','not_processed.duplicate','other_org',0),
('requests','not_processed.duplicate','total',2),
('requests','not_processed.publication','natural_person',0),
('requests','not_processed.publication','commercial',0),
('requests','not_processed.publication','research',0),
('requests','not_processed.publication','social_welfare',0),
('requests','not_processed.publication','legal_service',0),
('requests','not_processed.publication','other_org',0),
('requests','not_processed.publication','total',0),
('requests','not_processed.excessive','natural_person',2),
('requests','not_processed.excessive','commercial',0),
('requests','not_processed.excessive','research',0),
('requests','not_processed.excessive','social_welfare',0),
('requests','not_processed.excessive','legal_service',0),
('requests','not_processed.excessive','other_org',0),
('requests','not_processed.excessive','total',2),
('requests','not_processed.confirmation','natural_person',0),
('requests','not_processed.confirmation','commercial',1),
('requests','not_processed.confirmation','research',0),
('requests','not_processed.confirmation','social_welfare',0),
('requests','not_processed.confirmation','legal_service',0),
('requests','not_processed.confirmation','other_org',0),
('requests','not_processed.confirmation','total',1),
('requests','other.no_correction','natural_person',0),
('requests','other.no_correction','commercial',0),
('requests','other.no_correction','research',0),
('requests','other.no_correction','social_welfare',0),
('requests','other.no_correction','legal_service',0),
('requests','other.no_correction','other_org',0),
('requests','other.no_correction','total',0),
('requests','other.unpaid_fee','natural_person',0),
('requests','other.unpaid_fee','commercial',1),
('requests','other.unpaid_fee','research',0),
('requests','other.unpaid_fee','social_welfare',0),
('requests','other.unpaid_fee','legal_service',0),
('requests','other.unpaid_fee','other_org',0),
('requests','other.unpaid_fee','total',1),
('requests','other.other','natural_person',1),
('requests','other.other','commercial',0),
('requests','other.other','research',0),
('requests','other.other','social_welfare',0),
('requests','other.other','legal_service',0),
('requests','other.other','other_org',0),
('requests','other.other','total',1),
('requests','total','natural_person',16),
('requests','total','commercial',8),
('requests','total','research',1),
('requests','total','social_welfare',1),
('requests','total','legal_service',2),
('requests','total','other_org',6),
('requests','total','total',34),
('requests','carried_forward','natural_person',0),
('requests','carried_forward','commercial',0),
('requests','carried_forward','research',0),
('requests','carried_forward','social_welfare',0),
('requests','carried_forward','legal_service',0),
('requests','carried_forward','other_org',0),
('requests','carried_forward','total',0),
('appeals','review','maintained',2),
('appeals','review','corrected',0),
('appeals','review','other',1),
('appeals','review','pending',0),
('appeals','review','total',3),
('appeals','litigation_direct','maintained',0),
('appeals','litigation_direct','corrected',1),
('appeals','litigation_direct','other',0),
('appeals','litigation_direct','pending',0),
('appeals','litigation_direct','total',1),
('appeals','litigation_after_review','maintained',0),
('appeals','litigation_after_review','corrected',0),
('appeals','litigation_after_review','other',0),
('appeals','litigation_after_review','pending',1),
('appeals','litigation_after_review','total',1);

\set t `cat test/data/layout_pdf_wrapped.txt`
CREATE TEMP TABLE body_pdf AS SELECT :'t'::text AS t;

-- every cell: mismatches only (a cell absent on either side counts too)
WITH got AS (
    SELECT p.section, p.row_key, p.col_key, p.value, true AS found
    FROM body_pdf b, parse_report(b.t) p),
exp AS (
    SELECT w.section, w.row_key, w.col_key, w.value, true AS expected FROM want_pdf w)
SELECT section, row_key, col_key, e.value AS want, g.value AS got
FROM got g FULL JOIN exp e USING (section, row_key, col_key)
WHERE g.value IS DISTINCT FROM e.value OR g.found IS NULL OR e.expected IS NULL
ORDER BY 1, 2, 3;

-- the counts: 200 cells, one null; per section
SELECT p.section, count(*) AS cells, count(*) FILTER (WHERE p.value IS NULL) AS nulls,
       sum(p.value) AS sum
FROM body_pdf b, parse_report(b.t) p
GROUP BY p.section ORDER BY p.section;

-- the rows the wrapping puts most at risk, as read (applicant columns in form order)
SELECT p.row_key,
       string_agg(coalesce(p.value::text, 'null'), ' ' ORDER BY array_position(
           ARRAY['natural_person', 'commercial', 'research', 'social_welfare',
                 'legal_service', 'other_org', 'total'], p.col_key)) AS cells
FROM body_pdf b, parse_report(b.t) p
WHERE p.section = 'requests' AND p.row_key IN
      ('partially_granted', 'withheld.prohibited_by_law', 'withheld.internal_affairs',
       'unavailable.not_held', 'not_processed.confirmation', 'other.no_correction',
       'other.unpaid_fee', 'other.other', 'total')
GROUP BY p.row_key ORDER BY p.row_key;

-- document level: title, forms, facts
SELECT j->>'status' AS status, j->>'agency' AS agency, j->>'year' AS year,
       j->>'published_on' AS published_on, j->'forms' AS forms, j->'facts' AS facts
FROM body_pdf b, LATERAL (SELECT report_to_jsonb(b.t) AS j) x;

-- the only cell that is not a clean number: the placeholder
SELECT d->>'path' AS path, d->>'raw' AS raw, d->>'problem' AS problem
FROM body_pdf b, jsonb_array_elements(report_to_jsonb(b.t)->'diagnostics') d
ORDER BY 1;
