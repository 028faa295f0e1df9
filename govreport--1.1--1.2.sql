-- govreport 1.1 -> 1.2.  Run by ALTER EXTENSION govreport UPDATE, with
-- search_path set to pg_catalog, the extension's schema and pg_temp, so the
-- names below are unqualified, as in the install script.
--
-- What 1.2 adds: the catalog objects below (src/sql/47_totals.sql).
-- test/suites/15-upgrade.sh checks that an updated install equals a fresh
-- 1.2 install object for object.

\echo Use "ALTER EXTENSION govreport UPDATE TO '1.2'" to load this file. \quit


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
