-- govreport 1.6: assembled from src/sql/*.sql by the Makefile.
--
-- The extension is relocatable, so names are unqualified: CREATE EXTENSION
-- runs this script with search_path set to pg_catalog, the target schema
-- and pg_temp (last), so a built-in name finds the built-in and every other
-- name the object this script made there.  Nothing here stores a name as
-- text (every function is C, every reference is resolved to its OID when the
-- object is made), which is what lets ALTER EXTENSION ... SET SCHEMA move
-- it.  No CREATE OR REPLACE: the script fails rather than take over an
-- object someone else made in the target schema.  Updates from earlier
-- versions are the govreport--X--Y.sql files.

\echo Use "CREATE EXTENSION govreport" to load this file. \quit
-- 10_types: the base types disposition and applicant.
--
-- Both are 2-byte values passed by value, holding the ordinal of the core
-- enums gr_disp / gr_appl (src/core/gr.h): the form order, groups before
-- their leaves, total last.  These codes are permanent (doc/types.md).
-- Text output is the key; input also takes the official labels.


-- ------------------------------------------------------------ disposition

CREATE TYPE disposition;

CREATE FUNCTION disposition_in(cstring) RETURNS disposition
    AS 'MODULE_PATHNAME', 'disposition_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_in(cstring) IS
    'input function of disposition: the key or the official label (simplified or traditional, with or without numbering)';

CREATE FUNCTION disposition_out(disposition) RETURNS cstring
    AS 'MODULE_PATHNAME', 'disposition_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_out(disposition) IS
    'output function of disposition: the key';

CREATE FUNCTION disposition_recv(internal) RETURNS disposition
    AS 'MODULE_PATHNAME', 'disposition_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_recv(internal) IS
    'binary input function of disposition: the permanent code as a 2-byte integer, range-checked';

CREATE FUNCTION disposition_send(disposition) RETURNS bytea
    AS 'MODULE_PATHNAME', 'disposition_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_send(disposition) IS
    'binary output function of disposition: the permanent code as a 2-byte integer';

CREATE TYPE disposition (
    INPUT = disposition_in,
    OUTPUT = disposition_out,
    RECEIVE = disposition_recv,
    SEND = disposition_send,
    INTERNALLENGTH = 2,
    PASSEDBYVALUE,
    ALIGNMENT = int2,
    STORAGE = plain
);
COMMENT ON TYPE disposition IS
    'a row under part three (the year''s handling results) of the requests table (groups included); sorts in form order; text form is the key, such as withheld.state_secret';

CREATE CAST (text AS disposition) WITH INOUT;
COMMENT ON CAST (text AS disposition) IS
    'explicit: reads the key or an official label, as the input function does';
CREATE CAST (disposition AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (disposition AS text) IS
    'the key, as the output function writes it';

-- comparison in form order (the code), and containment in the form's tree

CREATE FUNCTION disposition_eq(disposition, disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_eq(disposition, disposition) IS
    'implementation of = for disposition';

CREATE FUNCTION disposition_ne(disposition, disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_ne(disposition, disposition) IS
    'implementation of <> for disposition';

CREATE FUNCTION disposition_lt(disposition, disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_lt(disposition, disposition) IS
    'implementation of < for disposition';

CREATE FUNCTION disposition_le(disposition, disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_le(disposition, disposition) IS
    'implementation of <= for disposition';

CREATE FUNCTION disposition_gt(disposition, disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_gt(disposition, disposition) IS
    'implementation of > for disposition';

CREATE FUNCTION disposition_ge(disposition, disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_ge(disposition, disposition) IS
    'implementation of >= for disposition';

CREATE FUNCTION disposition_contains(disposition, disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_contains(disposition, disposition) IS
    'implementation of @> for disposition';

CREATE FUNCTION disposition_contained(disposition, disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_contained(disposition, disposition) IS
    'implementation of <@ for disposition';

CREATE OPERATOR = (
    LEFTARG = disposition, RIGHTARG = disposition, FUNCTION = disposition_eq,
    COMMUTATOR = OPERATOR(=), NEGATOR = OPERATOR(<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR = (disposition, disposition) IS
    'equal to';

CREATE OPERATOR <> (
    LEFTARG = disposition, RIGHTARG = disposition, FUNCTION = disposition_ne,
    COMMUTATOR = OPERATOR(<>), NEGATOR = OPERATOR(=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR <> (disposition, disposition) IS
    'not equal to';

CREATE OPERATOR < (
    LEFTARG = disposition, RIGHTARG = disposition, FUNCTION = disposition_lt,
    COMMUTATOR = OPERATOR(>), NEGATOR = OPERATOR(>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR < (disposition, disposition) IS
    'before, in form order';

CREATE OPERATOR <= (
    LEFTARG = disposition, RIGHTARG = disposition, FUNCTION = disposition_le,
    COMMUTATOR = OPERATOR(>=), NEGATOR = OPERATOR(>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR <= (disposition, disposition) IS
    'before or equal to, in form order';

CREATE OPERATOR > (
    LEFTARG = disposition, RIGHTARG = disposition, FUNCTION = disposition_gt,
    COMMUTATOR = OPERATOR(<), NEGATOR = OPERATOR(<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR > (disposition, disposition) IS
    'after, in form order';

CREATE OPERATOR >= (
    LEFTARG = disposition, RIGHTARG = disposition, FUNCTION = disposition_ge,
    COMMUTATOR = OPERATOR(<=), NEGATOR = OPERATOR(<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR >= (disposition, disposition) IS
    'after or equal to, in form order';

CREATE OPERATOR @> (
    LEFTARG = disposition, RIGHTARG = disposition, FUNCTION = disposition_contains,
    COMMUTATOR = OPERATOR(<@),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
COMMENT ON OPERATOR @> (disposition, disposition) IS
    'contains: the right value is the left one or a member of the left group, or the left is total';

CREATE OPERATOR <@ (
    LEFTARG = disposition, RIGHTARG = disposition, FUNCTION = disposition_contained,
    COMMUTATOR = OPERATOR(@>),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
COMMENT ON OPERATOR <@ (disposition, disposition) IS
    'is contained in: the left value is the right one or a member of the right group, or the right is total';

CREATE FUNCTION disposition_cmp(disposition, disposition) RETURNS integer
    AS 'MODULE_PATHNAME', 'disposition_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_cmp(disposition, disposition) IS
    'btree comparison of disposition: -1, 0 or 1 in form order';

CREATE FUNCTION disposition_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'disposition_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_sortsupport(internal) IS
    'btree sort support of disposition';

CREATE FUNCTION disposition_hash(disposition) RETURNS integer
    AS 'MODULE_PATHNAME', 'disposition_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_hash(disposition) IS
    'hash of disposition';

CREATE FUNCTION disposition_hash_extended(disposition, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'disposition_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION disposition_hash_extended(disposition, bigint) IS
    '64-bit seeded hash of disposition';

CREATE OPERATOR CLASS disposition_ops
    DEFAULT FOR TYPE disposition USING btree AS
        OPERATOR 1 < ,
        OPERATOR 2 <= ,
        OPERATOR 3 = ,
        OPERATOR 4 >= ,
        OPERATOR 5 > ,
        FUNCTION 1 disposition_cmp(disposition, disposition),
        FUNCTION 2 disposition_sortsupport(internal),
        FUNCTION 4 pg_catalog.btequalimage(oid);
COMMENT ON OPERATOR CLASS disposition_ops USING btree IS
    'default btree operator class of disposition: form order';
COMMENT ON OPERATOR FAMILY disposition_ops USING btree IS
    'btree operator family of disposition: form order';

CREATE OPERATOR CLASS disposition_ops
    DEFAULT FOR TYPE disposition USING hash AS
        OPERATOR 1 = ,
        FUNCTION 1 disposition_hash(disposition),
        FUNCTION 2 disposition_hash_extended(disposition, bigint);
COMMENT ON OPERATOR CLASS disposition_ops USING hash IS
    'default hash operator class of disposition';
COMMENT ON OPERATOR FAMILY disposition_ops USING hash IS
    'hash operator family of disposition';

-- the form's tree

CREATE FUNCTION label(disposition) RETURNS text
    AS 'MODULE_PATHNAME', 'disposition_label' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION label(disposition) IS
    'the official label of the disposition, in simplified characters, without numbering';

CREATE FUNCTION parent(disposition) RETURNS disposition
    AS 'MODULE_PATHNAME', 'disposition_parent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION parent(disposition) IS
    'the group the disposition belongs to; NULL at the top';

CREATE FUNCTION is_leaf(disposition) RETURNS boolean
    AS 'MODULE_PATHNAME', 'disposition_is_leaf' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION is_leaf(disposition) IS
    'whether the disposition is a leaf of the 2021 form (groups and total are not)';

CREATE FUNCTION dispositions(
    OUT disposition disposition, OUT parent disposition, OUT label text, OUT is_leaf boolean)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'disposition_list' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 26;
COMMENT ON FUNCTION dispositions() IS
    'every disposition in form order (26 rows), with its group, simplified label and is_leaf';


-- ------------------------------------------------------------ applicant

CREATE TYPE applicant;

CREATE FUNCTION applicant_in(cstring) RETURNS applicant
    AS 'MODULE_PATHNAME', 'applicant_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_in(cstring) IS
    'input function of applicant: the key or the official label (simplified or traditional, with or without numbering)';

CREATE FUNCTION applicant_out(applicant) RETURNS cstring
    AS 'MODULE_PATHNAME', 'applicant_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_out(applicant) IS
    'output function of applicant: the key';

CREATE FUNCTION applicant_recv(internal) RETURNS applicant
    AS 'MODULE_PATHNAME', 'applicant_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_recv(internal) IS
    'binary input function of applicant: the permanent code as a 2-byte integer, range-checked';

CREATE FUNCTION applicant_send(applicant) RETURNS bytea
    AS 'MODULE_PATHNAME', 'applicant_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_send(applicant) IS
    'binary output function of applicant: the permanent code as a 2-byte integer';

CREATE TYPE applicant (
    INPUT = applicant_in,
    OUTPUT = applicant_out,
    RECEIVE = applicant_recv,
    SEND = applicant_send,
    INTERNALLENGTH = 2,
    PASSEDBYVALUE,
    ALIGNMENT = int2,
    STORAGE = plain
);
COMMENT ON TYPE applicant IS
    'an applicant column of the requests table (or the group legal_person); sorts in form order; text form is the key, such as natural_person';

CREATE CAST (text AS applicant) WITH INOUT;
COMMENT ON CAST (text AS applicant) IS
    'explicit: reads the key or an official label, as the input function does';
CREATE CAST (applicant AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (applicant AS text) IS
    'the key, as the output function writes it';

-- comparison in form order (the code), and containment in the form's tree

CREATE FUNCTION applicant_eq(applicant, applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_eq(applicant, applicant) IS
    'implementation of = for applicant';

CREATE FUNCTION applicant_ne(applicant, applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_ne(applicant, applicant) IS
    'implementation of <> for applicant';

CREATE FUNCTION applicant_lt(applicant, applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_lt(applicant, applicant) IS
    'implementation of < for applicant';

CREATE FUNCTION applicant_le(applicant, applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_le(applicant, applicant) IS
    'implementation of <= for applicant';

CREATE FUNCTION applicant_gt(applicant, applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_gt(applicant, applicant) IS
    'implementation of > for applicant';

CREATE FUNCTION applicant_ge(applicant, applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_ge(applicant, applicant) IS
    'implementation of >= for applicant';

CREATE FUNCTION applicant_contains(applicant, applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_contains(applicant, applicant) IS
    'implementation of @> for applicant';

CREATE FUNCTION applicant_contained(applicant, applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_contained(applicant, applicant) IS
    'implementation of <@ for applicant';

CREATE OPERATOR = (
    LEFTARG = applicant, RIGHTARG = applicant, FUNCTION = applicant_eq,
    COMMUTATOR = OPERATOR(=), NEGATOR = OPERATOR(<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR = (applicant, applicant) IS
    'equal to';

CREATE OPERATOR <> (
    LEFTARG = applicant, RIGHTARG = applicant, FUNCTION = applicant_ne,
    COMMUTATOR = OPERATOR(<>), NEGATOR = OPERATOR(=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR <> (applicant, applicant) IS
    'not equal to';

CREATE OPERATOR < (
    LEFTARG = applicant, RIGHTARG = applicant, FUNCTION = applicant_lt,
    COMMUTATOR = OPERATOR(>), NEGATOR = OPERATOR(>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR < (applicant, applicant) IS
    'before, in form order';

CREATE OPERATOR <= (
    LEFTARG = applicant, RIGHTARG = applicant, FUNCTION = applicant_le,
    COMMUTATOR = OPERATOR(>=), NEGATOR = OPERATOR(>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR <= (applicant, applicant) IS
    'before or equal to, in form order';

CREATE OPERATOR > (
    LEFTARG = applicant, RIGHTARG = applicant, FUNCTION = applicant_gt,
    COMMUTATOR = OPERATOR(<), NEGATOR = OPERATOR(<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR > (applicant, applicant) IS
    'after, in form order';

CREATE OPERATOR >= (
    LEFTARG = applicant, RIGHTARG = applicant, FUNCTION = applicant_ge,
    COMMUTATOR = OPERATOR(<=), NEGATOR = OPERATOR(<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR >= (applicant, applicant) IS
    'after or equal to, in form order';

CREATE OPERATOR @> (
    LEFTARG = applicant, RIGHTARG = applicant, FUNCTION = applicant_contains,
    COMMUTATOR = OPERATOR(<@),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
COMMENT ON OPERATOR @> (applicant, applicant) IS
    'contains: the right value is the left one or a member of the left group, or the left is total';

CREATE OPERATOR <@ (
    LEFTARG = applicant, RIGHTARG = applicant, FUNCTION = applicant_contained,
    COMMUTATOR = OPERATOR(@>),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
COMMENT ON OPERATOR <@ (applicant, applicant) IS
    'is contained in: the left value is the right one or a member of the right group, or the right is total';

CREATE FUNCTION applicant_cmp(applicant, applicant) RETURNS integer
    AS 'MODULE_PATHNAME', 'applicant_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_cmp(applicant, applicant) IS
    'btree comparison of applicant: -1, 0 or 1 in form order';

CREATE FUNCTION applicant_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'applicant_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_sortsupport(internal) IS
    'btree sort support of applicant';

CREATE FUNCTION applicant_hash(applicant) RETURNS integer
    AS 'MODULE_PATHNAME', 'applicant_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_hash(applicant) IS
    'hash of applicant';

CREATE FUNCTION applicant_hash_extended(applicant, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'applicant_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION applicant_hash_extended(applicant, bigint) IS
    '64-bit seeded hash of applicant';

CREATE OPERATOR CLASS applicant_ops
    DEFAULT FOR TYPE applicant USING btree AS
        OPERATOR 1 < ,
        OPERATOR 2 <= ,
        OPERATOR 3 = ,
        OPERATOR 4 >= ,
        OPERATOR 5 > ,
        FUNCTION 1 applicant_cmp(applicant, applicant),
        FUNCTION 2 applicant_sortsupport(internal),
        FUNCTION 4 pg_catalog.btequalimage(oid);
COMMENT ON OPERATOR CLASS applicant_ops USING btree IS
    'default btree operator class of applicant: form order';
COMMENT ON OPERATOR FAMILY applicant_ops USING btree IS
    'btree operator family of applicant: form order';

CREATE OPERATOR CLASS applicant_ops
    DEFAULT FOR TYPE applicant USING hash AS
        OPERATOR 1 = ,
        FUNCTION 1 applicant_hash(applicant),
        FUNCTION 2 applicant_hash_extended(applicant, bigint);
COMMENT ON OPERATOR CLASS applicant_ops USING hash IS
    'default hash operator class of applicant';
COMMENT ON OPERATOR FAMILY applicant_ops USING hash IS
    'hash operator family of applicant';

-- the form's tree

CREATE FUNCTION label(applicant) RETURNS text
    AS 'MODULE_PATHNAME', 'applicant_label' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION label(applicant) IS
    'the official label of the applicant, in simplified characters, without numbering';

CREATE FUNCTION parent(applicant) RETURNS applicant
    AS 'MODULE_PATHNAME', 'applicant_parent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION parent(applicant) IS
    'the group the applicant belongs to; NULL at the top';

CREATE FUNCTION is_leaf(applicant) RETURNS boolean
    AS 'MODULE_PATHNAME', 'applicant_is_leaf' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION is_leaf(applicant) IS
    'whether the applicant is a leaf of the 2021 form (groups and total are not)';

CREATE FUNCTION applicants(
    OUT applicant applicant, OUT parent applicant, OUT label text, OUT is_leaf boolean)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'applicant_list' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 8;
COMMENT ON FUNCTION applicants() IS
    'every applicant in form order (8 rows), with its group, simplified label and is_leaf';
-- 20_report: reading a report: its jsonb document and its cells as rows.


CREATE TYPE report_cell AS (
    section text,
    row_key text,
    col_key text,
    disposition disposition,
    applicant applicant,
    value numeric
);
COMMENT ON TYPE report_cell IS
    'one cell of a report''s tables: section (active, requests, appeals), row and column keys of the form, the disposition (rows under part three only) and applicant (requests only) of the cell, and its value (NULL when blank or unreadable)';

CREATE FUNCTION report_to_jsonb(body text) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'report_to_jsonb'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;
COMMENT ON FUNCTION report_to_jsonb(text) IS
    'reads the text of a government information disclosure annual report into its document (schema 1): the reader version, status, agency, year, forms, the three tables, narrative, facts and diagnostics; never raises for what the text contains';

CREATE FUNCTION parse_report(body text) RETURNS SETOF report_cell
    AS 'MODULE_PATHNAME', 'parse_report_text'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 200;
COMMENT ON FUNCTION parse_report(text) IS
    'reads the text of a report and returns one row per table cell found, in form order';

CREATE FUNCTION parse_report(doc jsonb) RETURNS SETOF report_cell
    AS 'MODULE_PATHNAME', 'parse_report_jsonb'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 200;
COMMENT ON FUNCTION parse_report(jsonb) IS
    'returns one row per table cell of a stored document, in form order, as parse_report(text) does for the report''s text; a malformed document is an error naming the path of its first problem';
-- 30_check: the balance rules of the form, and the other findings.

CREATE TYPE finding AS (
    rule text,
    severity text,
    path text,
    expected numeric,
    actual numeric,
    message text
);
COMMENT ON TYPE finding IS
    'one problem of a report: the rule broken (requests.flow, requests.total, requests.applicants, appeals.total, nonnegative, missing_table, malformed, blank_cell, outdated_form, narrative_mismatch, suspect_cell, carryover, active.in_force_chain), its severity (error or warning), the cell, row (requests.granted) or column (requests.*.natural_person) concerned, the expected and actual values where the rule compares two, and a message in Chinese naming the row and column as the form prints them';

CREATE FUNCTION report_balance_ok(doc jsonb) RETURNS boolean
    AS 'MODULE_PATHNAME', 'report_balance_ok'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;
COMMENT ON FUNCTION report_balance_ok(jsonb) IS
    'true when the document has its section 3 and 4 tables, each with at least one figure, and every balance rule holds (requests.flow, requests.total, requests.applicants, appeals.total, nonnegative); false, never an error, for a malformed or incomplete document; made for CHECK constraints, and true exactly when report_check gives no error finding';

CREATE FUNCTION report_check(doc jsonb) RETURNS SETOF finding
    AS 'MODULE_PATHNAME', 'report_check'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 5;
COMMENT ON FUNCTION report_check(jsonb) IS
    'every finding of one document: broken balance rules per column or row with expected and actual values, negative counts, blank cells (counted as 0), missing tables, 2019 tables in a report on 2021 or later, narrative figures contradicting the tables, the one cell whose change would make every broken identity hold (suspect_cell), and one malformed finding per problem of a document that does not have the shape of schema 1; never raises for the document''s content';

CREATE FUNCTION report_carryover_ok(previous jsonb, current jsonb) RETURNS boolean
    AS 'MODULE_PATHNAME', 'report_carryover_ok'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 80;
COMMENT ON FUNCTION report_carryover_ok(jsonb, jsonb) IS
    'the carryover rule between two years of one agency: for each applicant column, this year''s carried_over equals last year''s carried_forward; false when either document is malformed or lacks its section 3 table; report_carryover_check lists the findings';

CREATE FUNCTION report_carryover_check(previous jsonb, current jsonb) RETURNS SETOF finding
    AS 'MODULE_PATHNAME', 'report_carryover_check'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 150 ROWS 2;
COMMENT ON FUNCTION report_carryover_check(jsonb, jsonb) IS
    'the findings between two years of one agency: carryover errors per applicant column, missing section 3 tables, malformed documents (paths prefixed previous. or current.), and warnings for years that do not follow each other, different agency names and, in the 2021 form, rules and normative documents whose in_force count does not follow from last year''s plus issued minus repealed (active.in_force_chain); report_carryover_ok is true exactly when there is no error finding';
-- 40_sum: analytics: the report_sum aggregate and report_render.

-- Support functions of report_sum.  COST is in units of cpu_operator_cost
-- (about 0.05 us): reading one stored document and adding it takes about
-- 40 us, building the result document about as long; merging two partial
-- sums or (de)serializing one touches each of the form's cells once.

CREATE FUNCTION report_sum_trans(internal, jsonb) RETURNS internal
    AS 'MODULE_PATHNAME', 'report_sum_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE COST 800;
COMMENT ON FUNCTION report_sum_trans(internal, jsonb) IS
    'transition function of report_sum: adds one document to the running sum';

CREATE FUNCTION report_sum_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'report_sum_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE COST 50;
COMMENT ON FUNCTION report_sum_combine(internal, internal) IS
    'combine function of report_sum: merges two partial sums (parallel aggregation)';

CREATE FUNCTION report_sum_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'report_sum_serialize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;
COMMENT ON FUNCTION report_sum_serialize(internal) IS
    'serialization function of report_sum: a partial sum as bytea, for parallel workers';

CREATE FUNCTION report_sum_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'report_sum_deserialize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;
COMMENT ON FUNCTION report_sum_deserialize(bytea, internal) IS
    'deserialization function of report_sum: a partial sum from its bytea form';

CREATE FUNCTION report_sum_final(internal) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'report_sum_final'
    LANGUAGE C IMMUTABLE PARALLEL SAFE COST 800;
COMMENT ON FUNCTION report_sum_final(internal) IS
    'final function of report_sum: the sum as a document';

CREATE AGGREGATE report_sum(jsonb) (
    SFUNC = report_sum_trans,
    STYPE = internal,
    SSPACE = 5500,
    FINALFUNC = report_sum_final,
    COMBINEFUNC = report_sum_combine,
    SERIALFUNC = report_sum_serialize,
    DESERIALFUNC = report_sum_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE report_sum(jsonb) IS
    'cell-wise sum of report documents: null cells are skipped, a cell is null only if null in every input; mixed form revisions give the 2019 requests table and the shared cells of the 2021 active table';

CREATE FUNCTION report_render(doc jsonb) RETURNS text
    AS 'MODULE_PATHNAME', 'report_render'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;
COMMENT ON FUNCTION report_render(jsonb) IS
    'the document as report text in the tab layout of real reports, with the form''s labels in the document''s script; report_to_jsonb of the text gives back the document''s tables';
-- 45_diff: the cells that differ between two documents.

CREATE TYPE cell_diff AS (
    path text,
    a numeric,
    b numeric,
    delta numeric
);
COMMENT ON TYPE cell_diff IS
    'one cell that differs between two documents: its path as in report_check (requests.granted.natural_person), its value in each (NULL where blank, unreadable or absent) and delta = b - a (NULL when either is NULL)';

CREATE FUNCTION report_diff(a jsonb, b jsonb) RETURNS SETOF cell_diff
    AS 'MODULE_PATHNAME', 'report_diff'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 20;
COMMENT ON FUNCTION report_diff(jsonb, jsonb) IS
    'the cells of tables 2 to 4 whose values differ between two documents (year over year, a department against its roll-up, two readings of one report), in form order; nothing for equal documents; a malformed document is an error naming the path of its first problem';
-- 46_positions: where each cell of parse_report(body text) was printed (from 1.1).
-- The same statement brings a 1.0 installation's report_cell up to date.

ALTER TYPE report_cell
    ADD ATTRIBUTE line integer,
    ADD ATTRIBUTE pos integer,
    ADD ATTRIBUTE len integer;
COMMENT ON COLUMN report_cell.line IS
    'the 1-based line of the body on which the cell was printed; NULL when not read from the body (the jsonb form of parse_report, HTML, a cell not found)';
COMMENT ON COLUMN report_cell.pos IS
    'the cell''s printed text starts at this character of the body, as substr counts';
COMMENT ON COLUMN report_cell.len IS
    'the length in characters of the cell''s printed text: substr(body, pos, len)';
-- 47_totals: a document's headline figures in one row, for dashboards.

CREATE TYPE doc_totals AS (
    agency text,
    year integer,
    balance_ok boolean,
    suspect_cells integer,
    new_received numeric,
    carried_over numeric,
    granted numeric,
    partially_granted numeric,
    withheld numeric,
    unavailable numeric,
    not_processed numeric,
    other numeric,
    total numeric,
    carried_forward numeric,
    new_natural_person numeric,
    new_commercial numeric,
    new_research numeric,
    new_social_welfare numeric,
    new_legal_service numeric,
    new_other_org numeric,
    withheld_state_secret numeric,
    withheld_prohibited_by_law numeric,
    withheld_endangers_security numeric,
    withheld_third_party_rights numeric,
    withheld_internal_affairs numeric,
    withheld_process_information numeric,
    withheld_enforcement_files numeric,
    withheld_inquiry_matters numeric,
    reviews numeric,
    reviews_corrected numeric,
    lawsuits numeric,
    lawsuits_corrected numeric
);
COMMENT ON TYPE doc_totals IS
    'the headline figures of one document (report_totals): agency, year, whether it balances, its suspect cells; the total column of each top-level row of the requests table, a disposition group summed over its rows; new requests by applicant; the reasons for withholding; appeals totals';

-- COST: about as much as report_balance_ok (reading the stored document
-- dominates); a document that does not balance is also checked in full.
CREATE FUNCTION report_totals(doc jsonb) RETURNS doc_totals
    AS 'MODULE_PATHNAME', 'report_totals'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 400;
COMMENT ON FUNCTION report_totals(jsonb) IS
    'the headline figures of a document in one row (doc_totals), for dashboards over many documents: sums skip null cells and are null only when no cell is a number; a malformed document is an error naming the path of its first problem';
-- 48_dashboards: two functions for dashboards over many documents (from 1.3).

-- COST: a slice of the stored value is read, not the whole document.
CREATE FUNCTION report_year(doc jsonb) RETURNS integer
    AS 'MODULE_PATHNAME', 'report_year'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5;
COMMENT ON FUNCTION report_year(jsonb) IS
    'the year a document reports on (its year member, an integer from 1 to 9999), or NULL when it has none or another value; reads only the start of the stored document, so grouping many documents by year does not decompress each one; never raises for the document''s content';

-- COST: as much as report_check, which it runs.
CREATE FUNCTION report_rule_counts(doc jsonb)
    RETURNS TABLE (rule text, severity text, findings integer)
    AS 'MODULE_PATHNAME', 'report_rule_counts'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 400 ROWS 2;
COMMENT ON FUNCTION report_rule_counts(jsonb) IS
    'the findings of report_check counted per rule and severity, one row each in the order of their first finding: for dashboards that count the documents failing each rule; never raises for the document''s content';
