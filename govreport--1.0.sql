-- govreport 1.0: assembled from src/sql/*.sql by the Makefile.

\echo Use "CREATE EXTENSION govreport" to load this file. \quit
-- 10_types: the base types govreport.disposition and govreport.applicant.
--
-- Both are 2-byte values passed by value, holding the ordinal of the core
-- enums gr_disp / gr_appl (src/core/gr.h): the form order, groups before
-- their leaves, total last.  These codes are permanent (doc/types.md).
-- Text output is the key; input also takes the official labels.


-- ------------------------------------------------------------ disposition

CREATE TYPE govreport.disposition;

CREATE FUNCTION govreport.disposition_in(cstring) RETURNS govreport.disposition
    AS 'MODULE_PATHNAME', 'disposition_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_in(cstring) IS
    'input function of disposition: the key or the official label (simplified or traditional, with or without numbering)';

CREATE FUNCTION govreport.disposition_out(govreport.disposition) RETURNS cstring
    AS 'MODULE_PATHNAME', 'disposition_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_out(govreport.disposition) IS
    'output function of disposition: the key';

CREATE FUNCTION govreport.disposition_recv(internal) RETURNS govreport.disposition
    AS 'MODULE_PATHNAME', 'disposition_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_recv(internal) IS
    'binary input function of disposition: the permanent code as a 2-byte integer, range-checked';

CREATE FUNCTION govreport.disposition_send(govreport.disposition) RETURNS bytea
    AS 'MODULE_PATHNAME', 'disposition_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_send(govreport.disposition) IS
    'binary output function of disposition: the permanent code as a 2-byte integer';

CREATE TYPE govreport.disposition (
    INPUT = govreport.disposition_in,
    OUTPUT = govreport.disposition_out,
    RECEIVE = govreport.disposition_recv,
    SEND = govreport.disposition_send,
    INTERNALLENGTH = 2,
    PASSEDBYVALUE,
    ALIGNMENT = int2,
    STORAGE = plain
);
COMMENT ON TYPE govreport.disposition IS
    'a row under part three (the year''s handling results) of the requests table (groups included); sorts in form order; text form is the key, such as withheld.state_secret';

CREATE CAST (text AS govreport.disposition) WITH INOUT;
COMMENT ON CAST (text AS govreport.disposition) IS
    'explicit: reads the key or an official label, as the input function does';
CREATE CAST (govreport.disposition AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (govreport.disposition AS text) IS
    'the key, as the output function writes it';

-- comparison in form order (the code), and containment in the form's tree

CREATE FUNCTION govreport.disposition_eq(govreport.disposition, govreport.disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_eq(govreport.disposition, govreport.disposition) IS
    'implementation of = for disposition';

CREATE FUNCTION govreport.disposition_ne(govreport.disposition, govreport.disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_ne(govreport.disposition, govreport.disposition) IS
    'implementation of <> for disposition';

CREATE FUNCTION govreport.disposition_lt(govreport.disposition, govreport.disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_lt(govreport.disposition, govreport.disposition) IS
    'implementation of < for disposition';

CREATE FUNCTION govreport.disposition_le(govreport.disposition, govreport.disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_le(govreport.disposition, govreport.disposition) IS
    'implementation of <= for disposition';

CREATE FUNCTION govreport.disposition_gt(govreport.disposition, govreport.disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_gt(govreport.disposition, govreport.disposition) IS
    'implementation of > for disposition';

CREATE FUNCTION govreport.disposition_ge(govreport.disposition, govreport.disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_ge(govreport.disposition, govreport.disposition) IS
    'implementation of >= for disposition';

CREATE FUNCTION govreport.disposition_contains(govreport.disposition, govreport.disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_contains(govreport.disposition, govreport.disposition) IS
    'implementation of @> for disposition';

CREATE FUNCTION govreport.disposition_contained(govreport.disposition, govreport.disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_contained(govreport.disposition, govreport.disposition) IS
    'implementation of <@ for disposition';

CREATE OPERATOR govreport.= (
    LEFTARG = govreport.disposition, RIGHTARG = govreport.disposition, FUNCTION = govreport.disposition_eq,
    COMMUTATOR = OPERATOR(govreport.=), NEGATOR = OPERATOR(govreport.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR govreport.= (govreport.disposition, govreport.disposition) IS
    'equal to';

CREATE OPERATOR govreport.<> (
    LEFTARG = govreport.disposition, RIGHTARG = govreport.disposition, FUNCTION = govreport.disposition_ne,
    COMMUTATOR = OPERATOR(govreport.<>), NEGATOR = OPERATOR(govreport.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR govreport.<> (govreport.disposition, govreport.disposition) IS
    'not equal to';

CREATE OPERATOR govreport.< (
    LEFTARG = govreport.disposition, RIGHTARG = govreport.disposition, FUNCTION = govreport.disposition_lt,
    COMMUTATOR = OPERATOR(govreport.>), NEGATOR = OPERATOR(govreport.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR govreport.< (govreport.disposition, govreport.disposition) IS
    'before, in form order';

CREATE OPERATOR govreport.<= (
    LEFTARG = govreport.disposition, RIGHTARG = govreport.disposition, FUNCTION = govreport.disposition_le,
    COMMUTATOR = OPERATOR(govreport.>=), NEGATOR = OPERATOR(govreport.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR govreport.<= (govreport.disposition, govreport.disposition) IS
    'before or equal to, in form order';

CREATE OPERATOR govreport.> (
    LEFTARG = govreport.disposition, RIGHTARG = govreport.disposition, FUNCTION = govreport.disposition_gt,
    COMMUTATOR = OPERATOR(govreport.<), NEGATOR = OPERATOR(govreport.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR govreport.> (govreport.disposition, govreport.disposition) IS
    'after, in form order';

CREATE OPERATOR govreport.>= (
    LEFTARG = govreport.disposition, RIGHTARG = govreport.disposition, FUNCTION = govreport.disposition_ge,
    COMMUTATOR = OPERATOR(govreport.<=), NEGATOR = OPERATOR(govreport.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR govreport.>= (govreport.disposition, govreport.disposition) IS
    'after or equal to, in form order';

CREATE OPERATOR govreport.@> (
    LEFTARG = govreport.disposition, RIGHTARG = govreport.disposition, FUNCTION = govreport.disposition_contains,
    COMMUTATOR = OPERATOR(govreport.<@),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
COMMENT ON OPERATOR govreport.@> (govreport.disposition, govreport.disposition) IS
    'contains: the right value is the left one or a member of the left group, or the left is total';

CREATE OPERATOR govreport.<@ (
    LEFTARG = govreport.disposition, RIGHTARG = govreport.disposition, FUNCTION = govreport.disposition_contained,
    COMMUTATOR = OPERATOR(govreport.@>),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
COMMENT ON OPERATOR govreport.<@ (govreport.disposition, govreport.disposition) IS
    'is contained in: the left value is the right one or a member of the right group, or the right is total';

CREATE FUNCTION govreport.disposition_cmp(govreport.disposition, govreport.disposition) RETURNS integer
    AS 'MODULE_PATHNAME', 'disposition_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_cmp(govreport.disposition, govreport.disposition) IS
    'btree comparison of disposition: -1, 0 or 1 in form order';

CREATE FUNCTION govreport.disposition_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'disposition_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_sortsupport(internal) IS
    'btree sort support of disposition';

CREATE FUNCTION govreport.disposition_hash(govreport.disposition) RETURNS integer
    AS 'MODULE_PATHNAME', 'disposition_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_hash(govreport.disposition) IS
    'hash of disposition';

CREATE FUNCTION govreport.disposition_hash_extended(govreport.disposition, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'disposition_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.disposition_hash_extended(govreport.disposition, bigint) IS
    '64-bit seeded hash of disposition';

CREATE OPERATOR CLASS govreport.disposition_ops
    DEFAULT FOR TYPE govreport.disposition USING btree AS
        OPERATOR 1 govreport.< ,
        OPERATOR 2 govreport.<= ,
        OPERATOR 3 govreport.= ,
        OPERATOR 4 govreport.>= ,
        OPERATOR 5 govreport.> ,
        FUNCTION 1 govreport.disposition_cmp(govreport.disposition, govreport.disposition),
        FUNCTION 2 govreport.disposition_sortsupport(internal),
        FUNCTION 4 pg_catalog.btequalimage(oid);
COMMENT ON OPERATOR CLASS govreport.disposition_ops USING btree IS
    'default btree operator class of disposition: form order';
COMMENT ON OPERATOR FAMILY govreport.disposition_ops USING btree IS
    'btree operator family of disposition: form order';

CREATE OPERATOR CLASS govreport.disposition_ops
    DEFAULT FOR TYPE govreport.disposition USING hash AS
        OPERATOR 1 govreport.= ,
        FUNCTION 1 govreport.disposition_hash(govreport.disposition),
        FUNCTION 2 govreport.disposition_hash_extended(govreport.disposition, bigint);
COMMENT ON OPERATOR CLASS govreport.disposition_ops USING hash IS
    'default hash operator class of disposition';
COMMENT ON OPERATOR FAMILY govreport.disposition_ops USING hash IS
    'hash operator family of disposition';

-- the form's tree

CREATE FUNCTION govreport.label(govreport.disposition) RETURNS text
    AS 'MODULE_PATHNAME', 'disposition_label' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.label(govreport.disposition) IS
    'the official label of the disposition, in simplified characters, without numbering';

CREATE FUNCTION govreport.parent(govreport.disposition) RETURNS govreport.disposition
    AS 'MODULE_PATHNAME', 'disposition_parent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.parent(govreport.disposition) IS
    'the group the disposition belongs to; NULL at the top';

CREATE FUNCTION govreport.is_leaf(govreport.disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_is_leaf' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.is_leaf(govreport.disposition) IS
    'whether the disposition is a leaf of the 2021 form (groups and total are not)';

CREATE FUNCTION govreport.dispositions(
    OUT disposition govreport.disposition, OUT parent govreport.disposition, OUT label text, OUT is_leaf boolean)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'disposition_list' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 26;
COMMENT ON FUNCTION govreport.dispositions() IS
    'every disposition in form order (26 rows), with its group, simplified label and is_leaf';


-- ------------------------------------------------------------ applicant

CREATE TYPE govreport.applicant;

CREATE FUNCTION govreport.applicant_in(cstring) RETURNS govreport.applicant
    AS 'MODULE_PATHNAME', 'applicant_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_in(cstring) IS
    'input function of applicant: the key or the official label (simplified or traditional, with or without numbering)';

CREATE FUNCTION govreport.applicant_out(govreport.applicant) RETURNS cstring
    AS 'MODULE_PATHNAME', 'applicant_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_out(govreport.applicant) IS
    'output function of applicant: the key';

CREATE FUNCTION govreport.applicant_recv(internal) RETURNS govreport.applicant
    AS 'MODULE_PATHNAME', 'applicant_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_recv(internal) IS
    'binary input function of applicant: the permanent code as a 2-byte integer, range-checked';

CREATE FUNCTION govreport.applicant_send(govreport.applicant) RETURNS bytea
    AS 'MODULE_PATHNAME', 'applicant_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_send(govreport.applicant) IS
    'binary output function of applicant: the permanent code as a 2-byte integer';

CREATE TYPE govreport.applicant (
    INPUT = govreport.applicant_in,
    OUTPUT = govreport.applicant_out,
    RECEIVE = govreport.applicant_recv,
    SEND = govreport.applicant_send,
    INTERNALLENGTH = 2,
    PASSEDBYVALUE,
    ALIGNMENT = int2,
    STORAGE = plain
);
COMMENT ON TYPE govreport.applicant IS
    'an applicant column of the requests table (or the group legal_person); sorts in form order; text form is the key, such as natural_person';

CREATE CAST (text AS govreport.applicant) WITH INOUT;
COMMENT ON CAST (text AS govreport.applicant) IS
    'explicit: reads the key or an official label, as the input function does';
CREATE CAST (govreport.applicant AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (govreport.applicant AS text) IS
    'the key, as the output function writes it';

-- comparison in form order (the code), and containment in the form's tree

CREATE FUNCTION govreport.applicant_eq(govreport.applicant, govreport.applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_eq(govreport.applicant, govreport.applicant) IS
    'implementation of = for applicant';

CREATE FUNCTION govreport.applicant_ne(govreport.applicant, govreport.applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_ne(govreport.applicant, govreport.applicant) IS
    'implementation of <> for applicant';

CREATE FUNCTION govreport.applicant_lt(govreport.applicant, govreport.applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_lt(govreport.applicant, govreport.applicant) IS
    'implementation of < for applicant';

CREATE FUNCTION govreport.applicant_le(govreport.applicant, govreport.applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_le(govreport.applicant, govreport.applicant) IS
    'implementation of <= for applicant';

CREATE FUNCTION govreport.applicant_gt(govreport.applicant, govreport.applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_gt(govreport.applicant, govreport.applicant) IS
    'implementation of > for applicant';

CREATE FUNCTION govreport.applicant_ge(govreport.applicant, govreport.applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_ge(govreport.applicant, govreport.applicant) IS
    'implementation of >= for applicant';

CREATE FUNCTION govreport.applicant_contains(govreport.applicant, govreport.applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_contains(govreport.applicant, govreport.applicant) IS
    'implementation of @> for applicant';

CREATE FUNCTION govreport.applicant_contained(govreport.applicant, govreport.applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_contained(govreport.applicant, govreport.applicant) IS
    'implementation of <@ for applicant';

CREATE OPERATOR govreport.= (
    LEFTARG = govreport.applicant, RIGHTARG = govreport.applicant, FUNCTION = govreport.applicant_eq,
    COMMUTATOR = OPERATOR(govreport.=), NEGATOR = OPERATOR(govreport.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR govreport.= (govreport.applicant, govreport.applicant) IS
    'equal to';

CREATE OPERATOR govreport.<> (
    LEFTARG = govreport.applicant, RIGHTARG = govreport.applicant, FUNCTION = govreport.applicant_ne,
    COMMUTATOR = OPERATOR(govreport.<>), NEGATOR = OPERATOR(govreport.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR govreport.<> (govreport.applicant, govreport.applicant) IS
    'not equal to';

CREATE OPERATOR govreport.< (
    LEFTARG = govreport.applicant, RIGHTARG = govreport.applicant, FUNCTION = govreport.applicant_lt,
    COMMUTATOR = OPERATOR(govreport.>), NEGATOR = OPERATOR(govreport.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR govreport.< (govreport.applicant, govreport.applicant) IS
    'before, in form order';

CREATE OPERATOR govreport.<= (
    LEFTARG = govreport.applicant, RIGHTARG = govreport.applicant, FUNCTION = govreport.applicant_le,
    COMMUTATOR = OPERATOR(govreport.>=), NEGATOR = OPERATOR(govreport.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR govreport.<= (govreport.applicant, govreport.applicant) IS
    'before or equal to, in form order';

CREATE OPERATOR govreport.> (
    LEFTARG = govreport.applicant, RIGHTARG = govreport.applicant, FUNCTION = govreport.applicant_gt,
    COMMUTATOR = OPERATOR(govreport.<), NEGATOR = OPERATOR(govreport.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR govreport.> (govreport.applicant, govreport.applicant) IS
    'after, in form order';

CREATE OPERATOR govreport.>= (
    LEFTARG = govreport.applicant, RIGHTARG = govreport.applicant, FUNCTION = govreport.applicant_ge,
    COMMUTATOR = OPERATOR(govreport.<=), NEGATOR = OPERATOR(govreport.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR govreport.>= (govreport.applicant, govreport.applicant) IS
    'after or equal to, in form order';

CREATE OPERATOR govreport.@> (
    LEFTARG = govreport.applicant, RIGHTARG = govreport.applicant, FUNCTION = govreport.applicant_contains,
    COMMUTATOR = OPERATOR(govreport.<@),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
COMMENT ON OPERATOR govreport.@> (govreport.applicant, govreport.applicant) IS
    'contains: the right value is the left one or a member of the left group, or the left is total';

CREATE OPERATOR govreport.<@ (
    LEFTARG = govreport.applicant, RIGHTARG = govreport.applicant, FUNCTION = govreport.applicant_contained,
    COMMUTATOR = OPERATOR(govreport.@>),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
COMMENT ON OPERATOR govreport.<@ (govreport.applicant, govreport.applicant) IS
    'is contained in: the left value is the right one or a member of the right group, or the right is total';

CREATE FUNCTION govreport.applicant_cmp(govreport.applicant, govreport.applicant) RETURNS integer
    AS 'MODULE_PATHNAME', 'applicant_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_cmp(govreport.applicant, govreport.applicant) IS
    'btree comparison of applicant: -1, 0 or 1 in form order';

CREATE FUNCTION govreport.applicant_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'applicant_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_sortsupport(internal) IS
    'btree sort support of applicant';

CREATE FUNCTION govreport.applicant_hash(govreport.applicant) RETURNS integer
    AS 'MODULE_PATHNAME', 'applicant_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_hash(govreport.applicant) IS
    'hash of applicant';

CREATE FUNCTION govreport.applicant_hash_extended(govreport.applicant, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'applicant_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.applicant_hash_extended(govreport.applicant, bigint) IS
    '64-bit seeded hash of applicant';

CREATE OPERATOR CLASS govreport.applicant_ops
    DEFAULT FOR TYPE govreport.applicant USING btree AS
        OPERATOR 1 govreport.< ,
        OPERATOR 2 govreport.<= ,
        OPERATOR 3 govreport.= ,
        OPERATOR 4 govreport.>= ,
        OPERATOR 5 govreport.> ,
        FUNCTION 1 govreport.applicant_cmp(govreport.applicant, govreport.applicant),
        FUNCTION 2 govreport.applicant_sortsupport(internal),
        FUNCTION 4 pg_catalog.btequalimage(oid);
COMMENT ON OPERATOR CLASS govreport.applicant_ops USING btree IS
    'default btree operator class of applicant: form order';
COMMENT ON OPERATOR FAMILY govreport.applicant_ops USING btree IS
    'btree operator family of applicant: form order';

CREATE OPERATOR CLASS govreport.applicant_ops
    DEFAULT FOR TYPE govreport.applicant USING hash AS
        OPERATOR 1 govreport.= ,
        FUNCTION 1 govreport.applicant_hash(govreport.applicant),
        FUNCTION 2 govreport.applicant_hash_extended(govreport.applicant, bigint);
COMMENT ON OPERATOR CLASS govreport.applicant_ops USING hash IS
    'default hash operator class of applicant';
COMMENT ON OPERATOR FAMILY govreport.applicant_ops USING hash IS
    'hash operator family of applicant';

-- the form's tree

CREATE FUNCTION govreport.label(govreport.applicant) RETURNS text
    AS 'MODULE_PATHNAME', 'applicant_label' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.label(govreport.applicant) IS
    'the official label of the applicant, in simplified characters, without numbering';

CREATE FUNCTION govreport.parent(govreport.applicant) RETURNS govreport.applicant
    AS 'MODULE_PATHNAME', 'applicant_parent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.parent(govreport.applicant) IS
    'the group the applicant belongs to; NULL at the top';

CREATE FUNCTION govreport.is_leaf(govreport.applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_is_leaf' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION govreport.is_leaf(govreport.applicant) IS
    'whether the applicant is a leaf of the 2021 form (groups and total are not)';

CREATE FUNCTION govreport.applicants(
    OUT applicant govreport.applicant, OUT parent govreport.applicant, OUT label text, OUT is_leaf boolean)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'applicant_list' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 8;
COMMENT ON FUNCTION govreport.applicants() IS
    'every applicant in form order (8 rows), with its group, simplified label and is_leaf';
-- 20_report: reading a report: its jsonb document and its cells as rows.


CREATE TYPE govreport.report_cell AS (
    section text,
    row_key text,
    col_key text,
    disposition govreport.disposition,
    applicant govreport.applicant,
    value numeric
);
COMMENT ON TYPE govreport.report_cell IS
    'one cell of a report''s tables: section (active, requests, appeals), row and column keys of the form, the disposition (rows under part three only) and applicant (requests only) of the cell, and its value (NULL when blank or unreadable)';

CREATE FUNCTION govreport.report_to_jsonb(body text) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'report_to_jsonb'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;
COMMENT ON FUNCTION govreport.report_to_jsonb(text) IS
    'reads the text of a government information disclosure annual report into its document (schema 1): status, agency, year, forms, the three tables, narrative, facts and diagnostics; never raises for what the text contains';

CREATE FUNCTION govreport.parse_report(body text) RETURNS SETOF govreport.report_cell
    AS 'MODULE_PATHNAME', 'parse_report_text'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 200;
COMMENT ON FUNCTION govreport.parse_report(text) IS
    'reads the text of a report and returns one row per table cell found, in form order';

CREATE FUNCTION govreport.parse_report(doc jsonb) RETURNS SETOF govreport.report_cell
    AS 'MODULE_PATHNAME', 'parse_report_jsonb'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 200;
COMMENT ON FUNCTION govreport.parse_report(jsonb) IS
    'returns one row per table cell of a stored document, in form order, as parse_report(text) does for the report''s text; a malformed document is an error naming the path of its first problem';
-- 30_check: the balance rules of the form, and the other findings.

CREATE TYPE govreport.finding AS (
    rule text,
    severity text,
    path text,
    expected numeric,
    actual numeric,
    message text
);
COMMENT ON TYPE govreport.finding IS
    'one problem of a report: the rule broken (requests.flow, requests.total, requests.applicants, appeals.total, nonnegative, missing_table, malformed, blank_cell, outdated_form, narrative_mismatch, carryover, active.in_force_chain), its severity (error or warning), the cell, row (requests.granted) or column (requests.*.natural_person) concerned, the expected and actual values where the rule compares two, and a message in Chinese naming the row and column as the form prints them';

CREATE FUNCTION govreport.report_balance_ok(doc jsonb) RETURNS boolean
    AS 'MODULE_PATHNAME', 'report_balance_ok'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;
COMMENT ON FUNCTION govreport.report_balance_ok(jsonb) IS
    'true when the document has its section 3 and 4 tables and every balance rule holds (requests.flow, requests.total, requests.applicants, appeals.total, nonnegative); false, never an error, for a malformed or incomplete document; made for CHECK constraints, and true exactly when report_check gives no error finding';

CREATE FUNCTION govreport.report_check(doc jsonb) RETURNS SETOF govreport.finding
    AS 'MODULE_PATHNAME', 'report_check'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 5;
COMMENT ON FUNCTION govreport.report_check(jsonb) IS
    'every finding of one document: broken balance rules per column or row with expected and actual values, negative counts, blank cells (counted as 0), missing tables, 2019 tables in a report on 2021 or later, narrative figures contradicting the tables, and one malformed finding per problem of a document that does not have the shape of schema 1; never raises for the document''s content';

CREATE FUNCTION govreport.report_carryover_ok(previous jsonb, current jsonb) RETURNS boolean
    AS 'MODULE_PATHNAME', 'report_carryover_ok'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 80;
COMMENT ON FUNCTION govreport.report_carryover_ok(jsonb, jsonb) IS
    'the carryover rule between two years of one agency: for each applicant column, this year''s carried_over equals last year''s carried_forward; false when either document is malformed or lacks its section 3 table; report_carryover_check lists the findings';

CREATE FUNCTION govreport.report_carryover_check(previous jsonb, current jsonb) RETURNS SETOF govreport.finding
    AS 'MODULE_PATHNAME', 'report_carryover_check'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 150 ROWS 2;
COMMENT ON FUNCTION govreport.report_carryover_check(jsonb, jsonb) IS
    'the findings between two years of one agency: carryover errors per applicant column, missing section 3 tables, malformed documents (paths prefixed previous. or current.), and warnings for years that do not follow each other, different agency names and, in the 2021 form, rules and normative documents whose in_force count does not follow from last year''s plus issued minus repealed (active.in_force_chain); report_carryover_ok is true exactly when there is no error finding';
-- 40_sum: analytics: the report_sum aggregate and report_render.

-- Support functions of report_sum.  COST is in units of cpu_operator_cost
-- (about 0.05 us): reading one stored document and adding it takes about
-- 40 us, building the result document about as long; merging two partial
-- sums or (de)serializing one touches each of the form's cells once.

CREATE FUNCTION govreport.report_sum_trans(internal, jsonb) RETURNS internal
    AS 'MODULE_PATHNAME', 'report_sum_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE COST 800;
COMMENT ON FUNCTION govreport.report_sum_trans(internal, jsonb) IS
    'transition function of govreport.report_sum: adds one document to the running sum';

CREATE FUNCTION govreport.report_sum_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'report_sum_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE COST 50;
COMMENT ON FUNCTION govreport.report_sum_combine(internal, internal) IS
    'combine function of govreport.report_sum: merges two partial sums (parallel aggregation)';

CREATE FUNCTION govreport.report_sum_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'report_sum_serialize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;
COMMENT ON FUNCTION govreport.report_sum_serialize(internal) IS
    'serialization function of govreport.report_sum: a partial sum as bytea, for parallel workers';

CREATE FUNCTION govreport.report_sum_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'report_sum_deserialize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;
COMMENT ON FUNCTION govreport.report_sum_deserialize(bytea, internal) IS
    'deserialization function of govreport.report_sum: a partial sum from its bytea form';

CREATE FUNCTION govreport.report_sum_final(internal) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'report_sum_final'
    LANGUAGE C IMMUTABLE PARALLEL SAFE COST 800;
COMMENT ON FUNCTION govreport.report_sum_final(internal) IS
    'final function of govreport.report_sum: the sum as a document';

CREATE AGGREGATE govreport.report_sum(jsonb) (
    SFUNC = govreport.report_sum_trans,
    STYPE = internal,
    SSPACE = 5500,
    FINALFUNC = govreport.report_sum_final,
    COMBINEFUNC = govreport.report_sum_combine,
    SERIALFUNC = govreport.report_sum_serialize,
    DESERIALFUNC = govreport.report_sum_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE govreport.report_sum(jsonb) IS
    'cell-wise sum of report documents: null cells are skipped, a cell is null only if null in every input; mixed form revisions give the 2019 requests table and the shared cells of the 2021 active table';

CREATE FUNCTION govreport.report_render(doc jsonb) RETURNS text
    AS 'MODULE_PATHNAME', 'report_render'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;
COMMENT ON FUNCTION govreport.report_render(jsonb) IS
    'the document as report text in the tab layout of real reports, with the form''s labels in the document''s script; report_to_jsonb of the text gives back the document''s tables';
