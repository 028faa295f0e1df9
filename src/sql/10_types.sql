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
