--
-- 27_layouts: one hand-made report (test/data/layout_*) in each layout an
-- extractor produces — the seeds' tab layout, one cell per line, pipe
-- table, HTML page, pdftotext -layout, w3m box drawing, html2text ASCII —
-- read to the same 200 cells.  Each copy holds a word where a number
-- belongs (requests.granted.research = 若干), a placeholder, a blank cell
-- and a row with its last cell missing (requests.other.other.total): each
-- gives a diagnostic with its path and raw text, and no column shifts.
-- One cell a line (lines) cannot say which of the short row's cells was
-- left out, so there the whole row is missing (parse.c lines_short).
-- Output: per layout the mismatching cells (only those six of lines) and counts.
--
SET search_path = govreport, public;

CREATE TEMP TABLE want (section text, row_key text, col_key text, value numeric);
INSERT INTO want VALUES
('active','rules','issued',1),
('active','rules','repealed',0),
('active','rules','in_force',12),
('active','normative_documents','issued',3),
('active','normative_documents','repealed',1),
('active','normative_documents','in_force',40),
('active','licensing','decisions',1025),
('active','punishment','decisions',7),
('active','coercion','decisions',NULL),
('active','fees','amount',1.25),
('requests','new_received','natural_person',0),
('requests','new_received','commercial',1),
('requests','new_received','research',2),
('requests','new_received','social_welfare',3),
('requests','new_received','legal_service',0),
('requests','new_received','other_org',1),
('requests','new_received','total',7),
('requests','carried_over','natural_person',3),
('requests','carried_over','commercial',0),
('requests','carried_over','research',1),
('requests','carried_over','social_welfare',2),
('requests','carried_over','legal_service',3),
('requests','carried_over','other_org',0),
('requests','carried_over','total',9),
('requests','granted','natural_person',2),
('requests','granted','commercial',3),
('requests','granted','research',NULL),
('requests','granted','social_welfare',1),
('requests','granted','legal_service',2),
('requests','granted','other_org',3),
('requests','granted','total',11),
('requests','partially_granted','natural_person',1),
('requests','partially_granted','commercial',2),
('requests','partially_granted','research',3),
('requests','partially_granted','social_welfare',0),
('requests','partially_granted','legal_service',1),
('requests','partially_granted','other_org',2),
('requests','partially_granted','total',9),
('requests','withheld.state_secret','natural_person',0),
('requests','withheld.state_secret','commercial',1),
('requests','withheld.state_secret','research',2),
('requests','withheld.state_secret','social_welfare',3),
('requests','withheld.state_secret','legal_service',0),
('requests','withheld.state_secret','other_org',NULL),
('requests','withheld.state_secret','total',7),
('requests','withheld.prohibited_by_law','natural_person',3),
('requests','withheld.prohibited_by_law','commercial',0),
('requests','withheld.prohibited_by_law','research',1),
('requests','withheld.prohibited_by_law','social_welfare',2),
('requests','withheld.prohibited_by_law','legal_service',3),
('requests','withheld.prohibited_by_law','other_org',0),
('requests','withheld.prohibited_by_law','total',9),
('requests','withheld.endangers_security','natural_person',2),
('requests','withheld.endangers_security','commercial',3),
('requests','withheld.endangers_security','research',0),
('requests','withheld.endangers_security','social_welfare',1),
('requests','withheld.endangers_security','legal_service',2),
('requests','withheld.endangers_security','other_org',3),
('requests','withheld.endangers_security','total',11),
('requests','withheld.third_party_rights','natural_person',1),
('requests','withheld.third_party_rights','commercial',2),
('requests','withheld.third_party_rights','research',3),
('requests','withheld.third_party_rights','social_welfare',0),
('requests','withheld.third_party_rights','legal_service',1),
('requests','withheld.third_party_rights','other_org',2),
('requests','withheld.third_party_rights','total',9),
('requests','withheld.internal_affairs','natural_person',0),
('requests','withheld.internal_affairs','commercial',1),
('requests','withheld.internal_affairs','research',2),
('requests','withheld.internal_affairs','social_welfare',3),
('requests','withheld.internal_affairs','legal_service',0),
('requests','withheld.internal_affairs','other_org',1),
('requests','withheld.internal_affairs','total',7),
('requests','withheld.process_information','natural_person',3),
('requests','withheld.process_information','commercial',0),
('requests','withheld.process_information','research',1),
('requests','withheld.process_information','social_welfare',2),
('requests','withheld.process_information','legal_service',3),
('requests','withheld.process_information','other_org',0),
('requests','withheld.process_information','total',9),
('requests','withheld.enforcement_files','natural_person',2),
('requests','withheld.enforcement_files','commercial',3),
('requests','withheld.enforcement_files','research',0),
('requests','withheld.enforcement_files','social_welfare',1),
('requests','withheld.enforcement_files','legal_service',2),
('requests','withheld.enforcement_files','other_org',3),
('requests','withheld.enforcement_files','total',11),
('requests','withheld.inquiry_matters','natural_person',1),
('requests','withheld.inquiry_matters','commercial',2),
('requests','withheld.inquiry_matters','research',3),
('requests','withheld.inquiry_matters','social_welfare',0),
('requests','withheld.inquiry_matters','legal_service',1),
('requests','withheld.inquiry_matters','other_org',2),
('requests','withheld.inquiry_matters','total',9),
('requests','unavailable.not_held','natural_person',0),
('requests','unavailable.not_held','commercial',1),
('requests','unavailable.not_held','research',2),
('requests','unavailable.not_held','social_welfare',3),
('requests','unavailable.not_held','legal_service',0),
('requests','unavailable.not_held','other_org',1),
('requests','unavailable.not_held','total',7),
('requests','unavailable.requires_creation','natural_person',3),
('requests','unavailable.requires_creation','commercial',0),
('requests','unavailable.requires_creation','research',1),
('requests','unavailable.requires_creation','social_welfare',2),
('requests','unavailable.requires_creation','legal_service',3),
('requests','unavailable.requires_creation','other_org',0),
('requests','unavailable.requires_creation','total',9),
('requests','unavailable.unclear_after_correction','natural_person',2),
('requests','unavailable.unclear_after_correction','commercial',3),
('requests','unavailable.unclear_after_correction','research',0),
('requests','unavailable.unclear_after_correction','social_welfare',1),
('requests','unavailable.unclear_after_correction','legal_service',2),
('requests','unavailable.unclear_after_correction','other_org',3),
('requests','unavailable.unclear_after_correction','total',11),
('requests','not_processed.petition_complaint','natural_person',1),
('requests','not_processed.petition_complaint','commercial',2),
('requests','not_processed.petition_complaint','research',3),
('requests','not_processed.petition_complaint','social_welfare',0),
('requests','not_processed.petition_complaint','legal_service',1),
('requests','not_processed.petition_complaint','other_org',2),
('requests','not_processed.petition_complaint','total',9),
('requests','not_processed.duplicate','natural_person',0),
('requests','not_processed.duplicate','commercial',1),
('requests','not_processed.duplicate','research',2),
('requests','not_processed.duplicate','social_welfare',3),
('requests','not_processed.duplicate','legal_service',0),
('requests','not_processed.duplicate','other_org',1),
('requests','not_processed.duplicate','total',7),
('requests','not_processed.publication','natural_person',3),
('requests','not_processed.publication','commercial',0),
('requests','not_processed.publication','research',1),
('requests','not_processed.publication','social_welfare',2),
('requests','not_processed.publication','legal_service',3),
('requests','not_processed.publication','other_org',0),
('requests','not_processed.publication','total',9),
('requests','not_processed.excessive','natural_person',2),
('requests','not_processed.excessive','commercial',3),
('requests','not_processed.excessive','research',0),
('requests','not_processed.excessive','social_welfare',1),
('requests','not_processed.excessive','legal_service',2),
('requests','not_processed.excessive','other_org',3),
('requests','not_processed.excessive','total',11),
('requests','not_processed.confirmation','natural_person',1),
('requests','not_processed.confirmation','commercial',2),
('requests','not_processed.confirmation','research',3),
('requests','not_processed.confirmation','social_welfare',0),
('requests','not_processed.confirmation','legal_service',1),
('requests','not_processed.confirmation','other_org',2),
('requests','not_processed.confirmation','total',9),
('requests','other.no_correction','natural_person',0),
('requests','other.no_correction','commercial',1),
('requests','other.no_correction','research',2),
('requests','other.no_correction','social_welfare',3),
('requests','other.no_correction','legal_service',0),
('requests','other.no_correction','other_org',1),
('requests','other.no_correction','total',7),
('requests','other.unpaid_fee','natural_person',3),
('requests','other.unpaid_fee','commercial',0),
('requests','other.unpaid_fee','research',1),
('requests','other.unpaid_fee','social_welfare',2),
('requests','other.unpaid_fee','legal_service',3),
('requests','other.unpaid_fee','other_org',0),
('requests','other.unpaid_fee','total',9),
('requests','other.other','natural_person',2),
('requests','other.other','commercial',3),
('requests','other.other','research',0),
('requests','other.other','social_welfare',1),
('requests','other.other','legal_service',2),
('requests','other.other','other_org',3),
('requests','other.other','total',NULL),
('requests','total','natural_person',1),
('requests','total','commercial',2),
('requests','total','research',3),
('requests','total','social_welfare',0),
('requests','total','legal_service',1),
('requests','total','other_org',2),
('requests','total','total',9),
('requests','carried_forward','natural_person',0),
('requests','carried_forward','commercial',1),
('requests','carried_forward','research',2),
('requests','carried_forward','social_welfare',3),
('requests','carried_forward','legal_service',0),
('requests','carried_forward','other_org',1),
('requests','carried_forward','total',7),
('appeals','review','maintained',1),
('appeals','review','corrected',0),
('appeals','review','other',0),
('appeals','review','pending',1),
('appeals','review','total',2),
('appeals','litigation_direct','maintained',0),
('appeals','litigation_direct','corrected',0),
('appeals','litigation_direct','other',1),
('appeals','litigation_direct','pending',0),
('appeals','litigation_direct','total',1),
('appeals','litigation_after_review','maintained',0),
('appeals','litigation_after_review','corrected',0),
('appeals','litigation_after_review','other',0),
('appeals','litigation_after_review','pending',0),
('appeals','litigation_after_review','total',0);

CREATE TEMP TABLE body (layout text PRIMARY KEY, t text);
\set t `cat test/data/layout_tab.txt`
INSERT INTO body VALUES ('tab', :'t');
\set t `cat test/data/layout_lines.txt`
INSERT INTO body VALUES ('lines', :'t');
\set t `cat test/data/layout_pipe.txt`
INSERT INTO body VALUES ('pipe', :'t');
\set t `cat test/data/layout_html.html`
INSERT INTO body VALUES ('html', :'t');
\set t `cat test/data/layout_pdf.txt`
INSERT INTO body VALUES ('pdf', :'t');
\set t `cat test/data/layout_box.txt`
INSERT INTO body VALUES ('box', :'t');
\set t `cat test/data/layout_ascii.txt`
INSERT INTO body VALUES ('ascii', :'t');

-- every cell: mismatches only (a cell absent on either side counts too)
WITH got AS (
    SELECT b.layout, p.section, p.row_key, p.col_key, p.value, true AS found
    FROM body b, parse_report(b.t) p),
exp AS (
    SELECT b.layout, w.section, w.row_key, w.col_key, w.value, true AS expected
    FROM body b, want w)
SELECT layout, section, row_key, col_key, e.value AS want, g.value AS got
FROM got g FULL JOIN exp e USING (layout, section, row_key, col_key)
WHERE g.value IS DISTINCT FROM e.value OR g.found IS NULL OR e.expected IS NULL
ORDER BY 1, 2, 3, 4;

-- the counts: 200 cells each, 4 of them null
SELECT b.layout, count(*) AS cells, count(*) FILTER (WHERE p.value IS NULL) AS nulls
FROM body b, parse_report(b.t) p
GROUP BY b.layout ORDER BY b.layout;

-- document level: the same title, forms and facts whatever the layout
SELECT b.layout, j->>'status' AS status, j->>'agency' AS agency, j->>'year' AS year,
       j->>'published_on' AS published_on, j->'forms' AS forms, j->'facts' AS facts
FROM body b, LATERAL (SELECT report_to_jsonb(b.t) AS j) x
ORDER BY b.layout;

-- cells that are not clean numbers: path, raw text and problem, per layout
SELECT b.layout, d->>'path' AS path, d->>'raw' AS raw, d->>'problem' AS problem
FROM body b, jsonb_array_elements(report_to_jsonb(b.t)->'diagnostics') d
ORDER BY 1, 2;
