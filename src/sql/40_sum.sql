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
