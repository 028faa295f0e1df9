/*
 * gr.h — the govreport core: plain C99 + libc, no PostgreSQL headers.
 *
 * The core reads the text of a 政府信息公开工作年度报告 into a gr_doc, checks a
 * gr_doc against the form's balance rules, sums and renders documents.  It
 * allocates only through a caller-supplied arena (gr_mem): palloc in the
 * server, malloc in the unit tests, fuzzers and benchmarks.  Nothing here
 * raises: problems in the text are recorded in the document.
 */
#ifndef GR_H
#define GR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------- memory */

/*
 * The arena.  alloc returns zeroed memory or NULL; the core never frees,
 * the caller frees everything at once (a memory context, or gr_mem_heap_free).
 */
typedef struct gr_mem
{
	void	   *(*alloc) (void *ctx, size_t n);
	void	   *ctx;
	/* optional: memory not zeroed, for buffers written before read */
	void	   *(*alloc_raw) (void *ctx, size_t n);

	/*
	 * optional: block p of size old (from alloc_raw) made n bytes long, its
	 * contents kept, p no longer used; NULL if it cannot.  Lets the one block
	 * that grows with the text (the token array) grow in place instead of
	 * leaving each outgrown copy behind in the arena.
	 */
	void	   *(*grow) (void *ctx, void *p, size_t old, size_t n);
} gr_mem;

void	   *gr_alloc(const gr_mem *m, size_t n);
/* Not necessarily zeroed (alloc_raw if the arena has one): for buffers. */
void	   *gr_alloc_raw(const gr_mem *m, size_t n);
/* Block p of old bytes (from gr_alloc_raw) made n >= old bytes long, its
 * contents kept: grown in place when the arena can, else copied. */
void	   *gr_grow(const gr_mem *m, void *p, size_t old, size_t n);

/* A malloc-backed arena for tests and tools; gr_heap_free releases it all. */
typedef struct gr_heap gr_heap;
gr_heap    *gr_heap_new(void);
gr_mem		gr_heap_mem(gr_heap *h);
void		gr_heap_free(gr_heap *h);

/* A growable byte buffer in an arena. */
typedef struct gr_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
	const gr_mem *mem;
} gr_buf;

void		gr_buf_init(gr_buf *b, const gr_mem *m, size_t cap);
void		gr_buf_put(gr_buf *b, const char *s, size_t n);
void		gr_buf_puts(gr_buf *b, const char *s);
void		gr_buf_putc(gr_buf *b, char c);
void		gr_buf_printf(gr_buf *b, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));
/* data is always NUL-terminated after any put */

/* Text of a decimal m / 10^scale ("-12.5", "16.856", "12") into b. */
void		gr_buf_decimal(gr_buf *b, int64_t m, int scale);

/* A span of text (not NUL-terminated). */
typedef struct gr_str
{
	const char *p;
	size_t		len;
} gr_str;

/* ---------------------------------------------------------------- numbers */

/*
 * A cell of a table.  A value is m / 10^scale (scale 0 for counts; the fee
 * and amount cells may carry decimals).  state says whether the cell was in
 * the text at all and whether it held a clean number.
 */
typedef enum gr_state
{
	GR_ABSENT = 0,				/* row not present in the document */
	GR_VALUE = 1,				/* a clean number */
	GR_BLANK = 2,				/* empty or a placeholder (/, -, —, 无, 空): null */
	GR_UNREADABLE = 3,			/* text that is not a number: null */
	GR_MISSING = 4				/* the row was found but the cell was not: null */
} gr_state;

typedef struct gr_cell
{
	int64_t		m;
	uint8_t		scale;
	uint8_t		state;
} gr_cell;

/*
 * The version of the reader, written into every document as "reader".  It is
 * the extension version (default_version in govreport.control) that
 * introduced the current reading of texts: whenever the document of some
 * text changes, the extension gets a new version and this changes with it
 * (test/digest.sh fails until both move together).
 */
#define GR_READER_VERSION "1.7"

/* A unit of money printed in a cell: 251000元, 9116.36万元. */
typedef enum gr_unit
{
	GR_UNIT_NONE = 0,
	GR_UNIT_YUAN,
	GR_UNIT_WAN_YUAN
} gr_unit;

/* Largest magnitude of a cell's mantissa; longer numbers are unreadable. */
#define GR_MAX_MANTISSA INT64_C(999999999999999)	/* 15 digits */
#define GR_MAX_SCALE 6

#define gr_cell_isnum(c) ((c).state == GR_VALUE)

/*
 * An exact sum of cells (decimal.c): ip + fp / 10^6, and the largest scale
 * that went in.  Start from GR_DEC_ZERO.  Used by the checks and the sums.
 */
typedef struct gr_dec
{
	int64_t		ip;
	int64_t		fp;
	int			scale;
} gr_dec;

#define GR_DEC_ZERO {0, 0, 0}

/* s += sign * c; false (nothing added) unless c is a clean number within limits. */
bool		gr_dec_add(gr_dec *s, const gr_cell *c, int sign);
/* fp brought into [0, 10^6): the representation is then unique. */
void		gr_dec_norm(gr_dec *s);
bool		gr_dec_eq(gr_dec a, gr_dec b);
/* The sum as a cell at the largest scale that went in (rounded if huge). */
gr_cell		gr_dec_cell(gr_dec s);
/* The sum exactly, trailing fractional zeros dropped; false beyond GR_MAX_MANTISSA. */
bool		gr_dec_exact(gr_dec s, gr_cell *out);

/* ---------------------------------------------------------------- the form */

typedef enum gr_form
{
	GR_FORM_NONE = 0,
	GR_FORM_2019 = 2019,
	GR_FORM_2021 = 2021
} gr_form;

typedef enum gr_section
{
	GR_SEC_ACTIVE = 0,
	GR_SEC_REQUESTS = 1,
	GR_SEC_APPEALS = 2
} gr_section;

extern const char *const gr_section_keys[3];

/* Section 2 (active) rows, the union of both revisions. */
typedef enum gr_arow
{
	GR_A_RULES = 0,
	GR_A_NORMATIVE,
	GR_A_LICENSING,
	GR_A_OTHER_SERVICES,		/* 2019 only */
	GR_A_PUNISHMENT,
	GR_A_COERCION,
	GR_A_FEES,
	GR_A_PROCUREMENT,			/* 2019 only */
	GR_A_NROWS
} gr_arow;

/* Section 2 columns, the union of both revisions. */
typedef enum gr_acol
{
	GR_AC_ISSUED = 0,			/* 2021 */
	GR_AC_REPEALED,
	GR_AC_IN_FORCE,
	GR_AC_DECISIONS,			/* both */
	GR_AC_AMOUNT,				/* 2021 fees (万元); 2019 procurement */
	GR_AC_PRODUCED,				/* 2019 */
	GR_AC_PUBLISHED,
	GR_AC_TOTAL_PUBLISHED,
	GR_AC_PREVIOUS,
	GR_AC_CHANGE,				/* may be negative */
	GR_AC_PROJECTS,
	GR_A_NCOLS
} gr_acol;

typedef struct gr_keylabel
{
	const char *key;
	const char *label;			/* simplified, official wording */
	const char *label_t;		/* traditional */
} gr_keylabel;

extern const gr_keylabel gr_arows[GR_A_NROWS];
extern const gr_keylabel gr_acols[GR_A_NCOLS];

/* A sub-table of section 2 (第二十条第（N）项) in one revision. */
typedef struct gr_active_sub
{
	const char *article;		/* "（一）" */
	int			ncols;
	gr_acol		cols[3];
	const char *col_labels[3];	/* as printed in this revision */
	int			nrows;
	gr_arow		rows[2];
	const char *row_labels[2];	/* as printed in this revision */
	const char *col_labels_t[3];	/* the same in traditional characters */
	const char *row_labels_t[2];
} gr_active_sub;

extern const gr_active_sub gr_active_2021[4];
extern const gr_active_sub gr_active_2019[5];

/* The sub-tables of a revision; *n receives their count. */
const gr_active_sub *gr_active_subs(gr_form f, int *n);

/* Does row r have column c in revision f? */
bool		gr_active_has(gr_form f, gr_arow r, gr_acol c);

/*
 * Dispositions: the rows under 三、本年度办理结果, groups included, in form
 * order.  These are the values of the SQL type govreport.disposition.
 */
typedef enum gr_disp
{
	GR_D_GRANTED = 0,
	GR_D_PARTIAL,
	GR_D_WITHHELD,
	GR_D_W_STATE_SECRET,
	GR_D_W_PROHIBITED,
	GR_D_W_SECURITY,
	GR_D_W_THIRD_PARTY,
	GR_D_W_INTERNAL,
	GR_D_W_PROCESS,
	GR_D_W_ENFORCEMENT,
	GR_D_W_INQUIRY,
	GR_D_UNAVAILABLE,
	GR_D_U_NOT_HELD,
	GR_D_U_CREATION,
	GR_D_U_UNCLEAR,
	GR_D_NOT_PROCESSED,
	GR_D_N_PETITION,
	GR_D_N_DUPLICATE,
	GR_D_N_PUBLICATION,
	GR_D_N_EXCESSIVE,
	GR_D_N_CONFIRMATION,
	GR_D_OTHER,					/* a group in 2021; the leaf itself in 2019 */
	GR_D_O_NO_CORRECTION,
	GR_D_O_UNPAID_FEE,
	GR_D_O_OTHER,
	GR_D_TOTAL,
	GR_D_COUNT					/* 26 */
} gr_disp;

typedef struct gr_label
{
	const char *key;			/* "withheld.state_secret" */
	const char *label;			/* simplified, no numbering: "属于国家秘密" */
	const char *label_t;		/* traditional: "屬於國家秘密" */
	const char *numbering;		/* as printed before the label: "1." or "（三）" */
	int			parent;			/* index of the group, -1 at the top */
	bool		is_leaf;		/* in the 2021 form */
} gr_label;

extern const gr_label gr_disps[GR_D_COUNT];

/* Applicants: the values of govreport.applicant, in form order. */
typedef enum gr_appl
{
	GR_P_NATURAL = 0,
	GR_P_LEGAL,					/* group of the next five */
	GR_P_COMMERCIAL,
	GR_P_RESEARCH,
	GR_P_WELFARE,
	GR_P_LEGAL_SERVICE,
	GR_P_OTHER_ORG,
	GR_P_TOTAL,
	GR_P_COUNT					/* 8 */
} gr_appl;

extern const gr_label gr_appls[GR_P_COUNT];

/* Does group a contain b?  Reflexive; total contains all. */
bool		gr_disp_contains(int a, int b);
bool		gr_appl_contains(int a, int b);

/*
 * Section 3 (requests) storage: rows are new_received, carried_over, the 26
 * dispositions (group slots hold no values, except GR_D_OTHER in the 2019
 * form and GR_D_TOTAL), carried_forward.  Columns are the seven printed
 * applicant columns.
 */
#define GR_R_NEW_RECEIVED 0
#define GR_R_CARRIED_OVER 1
#define GR_R_DISP(d) (2 + (d))
#define GR_R_CARRIED_FORWARD (2 + GR_D_COUNT)
#define GR_R_NROWS (3 + GR_D_COUNT)

typedef enum gr_rcol
{
	GR_RC_NATURAL = 0,
	GR_RC_COMMERCIAL,
	GR_RC_RESEARCH,
	GR_RC_WELFARE,
	GR_RC_LEGAL_SERVICE,
	GR_RC_OTHER_ORG,
	GR_RC_TOTAL,
	GR_RC_COUNT					/* 7 */
} gr_rcol;

/* applicant value of a printed column, and back (-1 for the group) */
extern const gr_appl gr_rcol_appl[GR_RC_COUNT];
int			gr_appl_rcol(gr_appl a);

/* Row key of a requests row: "new_received", "withheld.state_secret", … */
const char *gr_rrow_key(int row);
/* Simplified label of a requests row, with its numbering, as printed. */
const char *gr_rrow_label(int row);
/* Is this requests row a stored leaf in revision f?  (groups are not) */
bool		gr_rrow_is_leaf(gr_form f, int row);

/* Section 4 (appeals). */
typedef enum gr_agroup
{
	GR_AP_REVIEW = 0,
	GR_AP_LIT_DIRECT,
	GR_AP_LIT_AFTER,
	GR_AP_NGROUPS
} gr_agroup;

typedef enum gr_apcol
{
	GR_APC_MAINTAINED = 0,
	GR_APC_CORRECTED,
	GR_APC_OTHER,
	GR_APC_PENDING,
	GR_APC_TOTAL,
	GR_APC_NCOLS
} gr_apcol;

extern const gr_keylabel gr_apgroups[GR_AP_NGROUPS];
extern const gr_keylabel gr_apcols[GR_APC_NCOLS];

/* Narrative sections. */
typedef enum gr_narr
{
	GR_N_OVERVIEW = 0,
	GR_N_PROBLEMS,
	GR_N_OTHER_MATTERS,
	GR_N_COUNT
} gr_narr;

extern const char *const gr_narr_keys[GR_N_COUNT];

/* Facts read from the narrative. */
typedef enum gr_fact
{
	GR_F_PROACTIVE_ITEMS = 0,
	GR_F_REQUESTS_RECEIVED,
	GR_F_FEE_COLLECTED,			/* yuan */
	/* from 1.1; in a document only when the narrative states them */
	GR_F_CARRIED_OVER,			/* requests carried over from last year */
	GR_F_PROCESSED,				/* requests processed (办结) this year */
	GR_F_CARRIED_FORWARD,		/* requests carried forward to next year */
	GR_F_REVIEWS,				/* administrative reviews (行政复议) */
	GR_F_LAWSUITS,				/* administrative lawsuits (行政诉讼) */
	GR_F_ADMIN_FEES,			/* 行政事业性收费 collected, 万元 (as the table's fees amount) */
	GR_F_COUNT
} gr_fact;

/* Facts before this one are always in a document (null when not stated). */
#define GR_F_OPTIONAL GR_F_CARRIED_OVER

extern const char *const gr_fact_keys[GR_F_COUNT];

/* ------------------------------------------- labels.c: values from text */

/*
 * Reading a disposition or applicant from text (the SQL types' input): the
 * key, or the official label in simplified or traditional characters, with
 * or without the label's own numbering ("1.", "（三）", "(三)", "3、") and
 * surrounding space (ASCII, U+00A0, U+3000).  *out receives the value (the
 * gr_disp / gr_appl ordinal) for GR_LABEL_OK, and the label's value for
 * GR_LABEL_BAD_NUMBER (a label under another label's number); -1 otherwise.
 */
typedef enum gr_label_result
{
	GR_LABEL_OK = 0,
	GR_LABEL_UNKNOWN = 1,
	GR_LABEL_BAD_NUMBER = 2
} gr_label_result;

gr_label_result gr_disp_read(const char *text, size_t len, int *out);
gr_label_result gr_appl_read(const char *text, size_t len, int *out);

/* text without surrounding space */
gr_str		gr_label_trim(const char *text, size_t len);
/* s without a leading numbering (and the space after it); *num its value, 0 if none */
gr_str		gr_label_unnumber(gr_str s, int *num);
/* value of a numbering as in gr_label.numbering: "（三）" 3, "1." 1, "" 0 */
int			gr_label_number(const char *numbering);

/* Longest text, in code points, that fuzzy label matching compares. */
#define GR_FUZZY_MAX 48

/*
 * Edit distance between two code point strings when it is at most k, else
 * k + 1 (also for strings longer than GR_FUZZY_MAX); O((na + nb) * k).
 */
int			gr_edit_distance(const uint32_t *a, int na, const uint32_t *b, int nb, int k);

/* ------------------------------------------- end of labels.c */

/* ---------------------------------------------------------------- document */

typedef enum gr_status
{
	GR_NOT_A_REPORT = 0,
	GR_PARTIAL = 1,
	GR_OK = 2
} gr_status;

typedef enum gr_script
{
	GR_SIMPLIFIED = 0,
	GR_TRADITIONAL = 1
} gr_script;

/*
 * The first three say why a cell is null.  The others note what the reader
 * inferred: a row label read although printed with a wrong, extra or
 * missing character (path: the row); a section whose heading was not one
 * of the form's, taken by its number (path: narrative.<key>); a cell whose
 * amount was printed in another unit than its column's and converted.
 */
typedef enum gr_problem
{
	GR_PROB_BLANK = 0,
	GR_PROB_UNREADABLE,
	GR_PROB_MISSING,
	GR_PROB_FUZZY_LABEL,
	GR_PROB_UNKNOWN_HEADING,
	GR_PROB_UNIT_CONVERTED,
	GR_PROB_INFERRED,			/* a row placed by the form's order, not by its label */
	GR_PROB_COUNT
} gr_problem;

extern const char *const gr_problem_keys[GR_PROB_COUNT];

/* A diagnostic's section for the narrative; its row is a gr_narr. */
#define GR_SEC_NARRATIVE 3
/* A diagnostic's col for a whole row (or a narrative section). */
#define GR_DIAG_ROW 0xFF

/* A cell that was not a clean number, or something the reader inferred. */
typedef struct gr_diag
{
	uint8_t		section;		/* gr_section, or GR_SEC_NARRATIVE */
	uint8_t		row;			/* gr_arow, requests row, gr_agroup, gr_narr */
	uint8_t		col;			/* gr_acol, gr_rcol, gr_apcol, or GR_DIAG_ROW */
	uint8_t		problem;		/* gr_problem */
	gr_str		raw;			/* the cell's text as found ("" if missing) */
} gr_diag;

typedef struct gr_doc
{
	gr_status	status;
	gr_str		agency;			/* p == NULL: null */
	int			year;			/* 0: null */
	int			pub_y, pub_m, pub_d;	/* pub_y == 0: null */
	gr_script	script;
	gr_form		form_active;	/* GR_FORM_NONE: table not found */
	gr_form		form_requests;
	bool		has_appeals;
	gr_cell		active[GR_A_NROWS][GR_A_NCOLS];
	gr_cell		req[GR_R_NROWS][GR_RC_COUNT];
	gr_cell		appeals[GR_AP_NGROUPS][GR_APC_NCOLS];
	gr_str		narrative[GR_N_COUNT];	/* p == NULL: null */
	gr_cell		facts[GR_F_COUNT];	/* state GR_ABSENT: null */
	gr_diag    *diags;
	int			ndiags;
	int			diagcap;
} gr_doc;

/* Does the document have any cell of this requests row? */
bool		gr_rrow_present(const gr_doc *d, int row);

/*
 * Path of a cell as in diagnostics: "requests.withheld.state_secret.natural_person";
 * with col GR_DIAG_ROW the row's ("requests.withheld.state_secret"), and with
 * section GR_SEC_NARRATIVE a narrative section's ("narrative.problems").
 */
void		gr_cell_path(gr_buf *b, int section, int row, int col);
/* True when a diagnostic has a path and problem a document may carry. */
bool		gr_diag_valid(const gr_diag *g);

/* ------------------------------------------- cells.c: the document's shape */

/* Keys of gr_status and gr_script values as a document writes them. */
extern const char *const gr_status_keys[3];
extern const char *const gr_script_keys[2];
/* The key of a status ("not_a_report" for a value out of range). */
const char *gr_status_key(int status);
/* The status of a document from the tables it has: all three ok, some partial. */
gr_status	gr_status_rule(const gr_doc *d);

/*
 * The rows of one table of a document in form order, for its revision:
 *   gr_rows it;
 *   gr_rows_init(&it, GR_SEC_REQUESTS, d->form_requests);
 *   while (gr_rows_next(&it)) … it.row, it.key, it.cols[0 .. it.ncols - 1]
 * Section 2 gives the rows of its sub-tables with their columns, section 3
 * the rows stored in its revision (a group's leaf with group and group_key
 * set and key the part after the group's: "state_secret"), section 4 its
 * three groups.  A revision other than 2019 or 2021 has no rows (section 4
 * takes no revision).
 */
typedef struct gr_rows
{
	int			section;		/* gr_section */
	gr_form		form;
	/* the current row */
	int			row;			/* gr_arow, requests row, gr_agroup */
	const char *key;			/* its key in its object */
	const char *full_key;		/* its key in a path: "withheld.state_secret" */
	int			group;			/* requests: its group (a gr_disp), or -1 */
	const char *group_key;		/* that group's key, or NULL */
	int			ncols;
	int			cols[GR_RC_COUNT];	/* column enums, in form order */
	/* position */
	int			a,
				b;
} gr_rows;

void		gr_rows_init(gr_rows *it, int section, gr_form form);
bool		gr_rows_next(gr_rows *it);
/* Has d any cell of the current row?  (a row the text lacked is left out) */
bool		gr_rows_present(const gr_rows *it, const gr_doc *d);
/* The cell of a table (section, row, col as in gr_diag). */
const gr_cell *gr_doc_cell(const gr_doc *d, int section, int row, int col);
/* Was this table found?  (else it is null in the document) */
bool		gr_section_found(const gr_doc *d, int section);
/* The revision of a table (GR_FORM_NONE for section 4, which has one). */
gr_form		gr_section_form(const gr_doc *d, int section);
/* The key of a column of a section: "issued", "natural_person", "maintained". */
const char *gr_col_key(int section, int col);

/*
 * Key to enum, for text of len bytes (not NUL-terminated): -1 when s is not
 * one of the keys.  Rows of section 3 by their full key ("new_received",
 * "withheld", "withheld.state_secret").
 */
int			gr_key_find(const char *const *keys, int n, const char *s, size_t len);
int			gr_arow_of(const char *s, size_t len);
int			gr_acol_of(const char *s, size_t len);
int			gr_rrow_of(const char *s, size_t len);
int			gr_rcol_of(const char *s, size_t len);
int			gr_aprow_of(const char *s, size_t len);
int			gr_apcol_of(const char *s, size_t len);
int			gr_row_of(int section, const char *s, size_t len);
int			gr_col_of(int section, const char *s, size_t len);

/* Append a diagnostic (the doc's arena is m). */
void		gr_doc_diag(gr_doc *d, const gr_mem *m, int section, int row, int col,
						gr_problem p, const char *raw, size_t rawlen);

/* ---------------------------------------------------------------- reading */

/*
 * Read one report into out, which is cleared first (its contents before are
 * never read).  text need not be NUL-terminated and must be UTF-8 (the
 * glue converts).  Never fails: text that is not a report gives status
 * GR_NOT_A_REPORT.  Strings in the result point into text or into the arena.
 * When text is valid UTF-8 without NUL, so is every string of the result
 * (agency, narrative, raw): they are cut only between characters, and what
 * the reader writes itself (HTML character references) is a valid character
 * or U+FFFD.  The server relies on this (it puts them into jsonb unchecked);
 * test/fuzz checks it.  interrupt, if not NULL, is called now and then (for CHECK_FOR_INTERRUPTS).
 */
void		gr_parse(gr_doc *out, const char *text, size_t len, const gr_mem *m,
					 void (*interrupt) (void));

/*
 * Where a cell was printed: off bytes into the text given to
 * gr_parse_positions, len bytes long; off < 0 when the cell was not read
 * from that text (absent, missing, or read from a rewritten copy such as
 * HTML turned into cells).  For a number, the text there reads as its value.
 */
typedef struct gr_span
{
	int64_t		off;
	int64_t		len;
} gr_span;

typedef struct gr_positions
{
	gr_span		active[GR_A_NROWS][GR_A_NCOLS];
	gr_span		req[GR_R_NROWS][GR_RC_COUNT];
	gr_span		appeals[GR_AP_NGROUPS][GR_APC_NCOLS];
} gr_positions;

/* gr_parse, and where each cell was printed. */
void		gr_parse_positions(gr_doc *out, gr_positions *pos, const char *text,
							   size_t len, const gr_mem *m, void (*interrupt) (void));

/*
 * Read a decimal cell: full-width digits, thousands separators, a sign or
 * 增/减 word, units (件, 条, 元, 万元, 个, 项).  Returns the state.
 */
gr_state	gr_read_number(const char *s, size_t len, bool allow_decimal, gr_cell *out);

/* The unit of money a cell's text ends with (251000元, 1.5 万元); GR_UNIT_NONE if none. */
gr_unit		gr_money_unit(const char *s, size_t len);


/* ---------------------------------------------------------------- checks */
/* check.c: the balance rules of form.md and the other findings. */

typedef enum gr_rule
{
	GR_RULE_REQUESTS_FLOW = 0,	/* per column: new + carried_over = total + carried_forward */
	GR_RULE_REQUESTS_TOTAL,		/* per column: total = sum of the disposition leaves */
	GR_RULE_REQUESTS_APPLICANTS,	/* per row: total column = the six others */
	GR_RULE_APPEALS_TOTAL,		/* per group: total = the four results */
	GR_RULE_NONNEGATIVE,		/* error in sections 3 and 4, warning in 2 */
	GR_RULE_MISSING_TABLE,		/* error for sections 3 and 4, warning for 2 */
	GR_RULE_MALFORMED,			/* a problem of the stored document (error) */
	GR_RULE_BLANK_CELL,			/* warning: a cell counted as 0 */
	GR_RULE_OUTDATED_FORM,		/* warning: 2019 table in a report on 2021+ */
	GR_RULE_NARRATIVE_MISMATCH, /* warning: facts contradict the tables */
	GR_RULE_CARRYOVER,			/* two reports: carried_over = last carried_forward */
	GR_RULE_IN_FORCE_CHAIN,		/* two reports, warning: active.*.in_force chain */
	GR_RULE_SUSPECT_CELL,		/* warning: the one cell whose change balances all */
	GR_RULE_COUNT
} gr_rule;

/* "requests.flow", "blank_cell", "active.in_force_chain", … */
extern const char *const gr_rule_keys[GR_RULE_COUNT];

typedef enum gr_severity
{
	GR_SEV_ERROR = 0,
	GR_SEV_WARNING = 1
} gr_severity;

extern const char *const gr_severity_keys[2];

/*
 * One finding.  expected/actual are decimals like cells (state GR_VALUE) or
 * null (state GR_ABSENT).  path and message are NUL-terminated, in the arena.
 */
typedef struct gr_finding
{
	gr_rule		rule;
	gr_severity severity;
	const char *path;
	gr_cell		expected;
	gr_cell		actual;
	const char *message;
} gr_finding;

typedef struct gr_findings
{
	gr_finding *v;
	int			n;
	int			cap;
} gr_findings;

/*
 * Every finding of one document, appended to *out (zero it first).
 * malformed[0..nmalformed) are problems of the stored form ("path: what"),
 * each becomes a `malformed` error finding.  Never fails.
 */
void		gr_check(const gr_doc *d, const char *const *malformed, int nmalformed,
					 const gr_mem *m, gr_findings *out);

/*
 * Sections 3 and 4 present and no error finding of gr_check (malformed
 * problems aside: the caller knows them).  Walks the same rules as gr_check
 * but stops at the first error and builds no message; allocates nothing.
 */
bool		gr_balance_ok(const gr_doc *d);

/*
 * The carryover rule between two years of one agency (errors) and the
 * active.in_force_chain rule (warnings).  out may be NULL: then nothing is
 * built and the walk stops at the first error.  Returns true when there is
 * no error finding.
 */
bool		gr_carryover(const gr_doc *prev, const gr_doc *cur, const gr_mem *m,
						 gr_findings *out);

/*
 * The cells of tables 2 to 4 whose values differ between a and b, in form
 * order: fn is called once per cell with its position (section, row, col,
 * as for gr_cell_path) and each side's cell, NULL where that side has no
 * number (blank, unreadable, absent, or not in its revision of the form).
 * Values are compared exactly (1.50 equals 1.5); two nulls are equal.
 */
typedef void (*gr_diff_fn) (void *arg, int section, int row, int col,
							const gr_cell *a, const gr_cell *b);
void		gr_diff(const gr_doc *a, const gr_doc *b, gr_diff_fn fn, void *arg);

/* Only the `malformed` findings of problems[0..n) (see gr_check). */
void		gr_findings_malformed(const char *const *problems, int n,
								  const gr_mem *m, gr_findings *out);

/* ------------------------------------------------------------ end checks */


/* ------------------------------------------- sums and rendering (sum.c, render.c) */

/* Return codes of the summing functions. */
#define GR_SUM_OK 0
#define GR_SUM_OVERFLOW 1		/* a sum exceeds GR_MAX_MANTISSA */

/*
 * A running sum of documents.  doc holds cell-wise sums over the union of
 * both form revisions (a 2019 `other` row and the 2021 other.* leaves each
 * keep their own slots); the revisions seen are bit sets (1: 2019, 2: 2021),
 * so adding is commutative and associative and the revision policy is
 * applied only by gr_sum_result.  See doc/analytics.md.
 */
typedef struct gr_sum
{
	gr_doc		doc;
	int64_t		ndocs;
	uint8_t		forms_active;
	uint8_t		forms_requests;
	bool		year_mixed;		/* inputs disagree on the year */
} gr_sum;

void		gr_sum_init(gr_sum *s);
/* Add one document; GR_SUM_OVERFLOW leaves s partly updated. */
int			gr_sum_add(gr_sum *s, const gr_doc *x);
/* Add another running sum (the combine step of a parallel aggregate). */
int			gr_sum_merge(gr_sum *s, const gr_sum *t);
/*
 * The sum as a document, in one revision per table.  Diagnostics for cells
 * dropped because revisions were mixed go into m (no diagnostics if m is NULL).
 */
int			gr_sum_result(const gr_sum *s, gr_doc *out, const gr_mem *m);

/* acc += x, cell by cell, with the revision policy of gr_sum_result. */
int			gr_doc_add(gr_doc *acc, const gr_doc *x);

/*
 * The document as report text in the tab layout of the seeds (one cell per
 * line, each starting with a tab, rows separated by blank lines), with the
 * form's labels in the given script.  gr_parse reads back the same tables.
 */
void		gr_render(const gr_doc *d, gr_buf *out, gr_script script);

/*
 * A wording gr_render prints (a heading, a column or row label of either
 * revision), given in simplified characters, in the given script; other
 * strings are returned unchanged.  For renderers outside the core: the
 * core itself names wordings by gr_word and the tables of form.c.
 */
const char *gr_render_word(gr_script script, const char *s);

/* ------------------------------------------------ the form's wording (form.c) */

/*
 * The six section headings as the form prints them, numbering included
 * ("一、总体情况" … "六、其他需要报告的事项"), in form order; their keys are
 * those of the narratives and tables they head.
 */
#define GR_NHEADINGS 6
extern const gr_keylabel gr_headings[GR_NHEADINGS];

/*
 * How the reader knows a section heading, in folded text (gr_fold) after
 * its numbering: by the form's words and the variants reports print
 * (存在问题及改进情况, 存在的问题和下一步工作打算, 行政复议与行政诉讼情况,
 * 其他需要说明的事项).  A rule holds when the text contains every word of
 * all[] and, if any[] has words, one of them, and the text is as `when`
 * says; the first rule that holds names the heading.  The shorter a
 * wording, the more the text must look like a heading.
 */
typedef enum gr_heading_when
{
	GR_HW_ALWAYS = 0,
	GR_HW_SHORT,				/* the whole folded line at most 60 bytes */
	GR_HW_TERSE,				/* at most 75 bytes, no sentence punctuation */
	GR_HW_TERSE_OR_ANY,			/* terse, or one of any[] present */
	GR_HW_EXACT					/* the text is all[0] and nothing else */
} gr_heading_when;

typedef struct gr_heading_rule
{
	int			heading;		/* index into gr_headings */
	gr_heading_when when;
	const char *all[3];			/* NULL-terminated when shorter */
	const char *any[6];			/* NULL-terminated; none: no condition */
} gr_heading_rule;

#define GR_N_HEADING_RULES 13
extern const gr_heading_rule gr_heading_rules[GR_N_HEADING_RULES];

/*
 * Row labels as the reader knows them, in folded text: a distinctive word
 * and the row it names (a requests row, GR_R_RESULTS_HEADER for 本年度办理
 * 结果; an active row).  NULL-terminated, first match wins.
 */
typedef struct gr_row_word
{
	const char *word;
	int			id;
} gr_row_word;

#define GR_R_RESULTS_HEADER 100
extern const gr_row_word gr_req_words[];
extern const gr_row_word gr_active_row_words[];
/* Header words of section 2 in each revision, NULL-terminated. */
extern const char *const gr_active_2021_words[];
extern const char *const gr_active_2019_words[];

/* Requests rows outside the dispositions, and the results heading, as printed. */
typedef enum gr_rhead
{
	GR_RH_NEW_RECEIVED = 0,		/* 一、本年新收政府信息公开申请数量 */
	GR_RH_CARRIED_OVER,			/* 二、上年结转政府信息公开申请数量 */
	GR_RH_RESULTS,				/* 三、本年度办理结果 (heads the dispositions) */
	GR_RH_CARRIED_FORWARD,		/* 四、结转下年度继续办理 */
	GR_RH_COUNT
} gr_rhead;

extern const gr_keylabel gr_rheads[GR_RH_COUNT];

/* gr_rrow_label in the given script. */
const char *gr_rrow_label_in(gr_script script, int row);

/* The form's other printed wording. */
typedef enum gr_word
{
	GR_W_TITLE = 0,				/* 政府信息公开工作年度报告 */
	GR_W_YEAR_TITLE,			/* 年政府信息公开工作年度报告: after the year */
	GR_W_ARTICLE_OPEN,			/* 第二十条第 (（一）) 项 */
	GR_W_ARTICLE_CLOSE,
	GR_W_CONTENT,				/* 信息内容 */
	GR_W_FLOW_NOTE,				/* （本列数据的勾稽关系为：…） */
	GR_W_APPLICANTS,			/* 申请人情况 */
	GR_W_LITIGATION,			/* 行政诉讼, over its two groups */
	GR_W_COUNT
} gr_word;

extern const gr_keylabel gr_words[GR_W_COUNT];

/* A pair's label in the script. */
#define gr_label_in(script, k) \
	((script) == GR_TRADITIONAL ? (k)->label_t : (k)->label)

/*
 * The tables of form.c checked against each other: every pair present and
 * folding (gr_fold) to one text, keys unique, both scripts of each heading,
 * numbering in sequence.  NULL when they hold; else what is wrong.  Run by
 * the unit tests, and when the library loads in assert-enabled builds.
 */
const char *gr_form_selfcheck(void);

/* ---------------------------------------------------------------- output */

/* A cell's value as decimal text ("16.856", "-3"), or "null". */
void		gr_cell_format(gr_buf *b, const gr_cell *c);

/* The document as JSON text, the shape of api.md (for server-free tools). */
void		gr_doc_to_json(const gr_doc *d, gr_buf *b);

#endif							/* GR_H */
