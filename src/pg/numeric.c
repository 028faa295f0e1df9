/*
 * numeric.c — the core's cells (m / 10^scale) to and from numeric.
 *
 * gr_pg_numeric writes a cell's value exactly; gr_pg_numeric_to_cell reads
 * a stored numeric back within the core's limits, taking a short path for
 * small integers straight from numeric's on-disk form.  gr_pg_numcache
 * shares one Numeric per small count within a call: the documents and
 * parse_report's rows are mostly such counts.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "glue.h"

/* m / 10^scale as a Numeric, exactly (dscale = scale). */
Numeric
gr_pg_numeric(int64 m, int scale)
{
#if PG_VERSION_NUM >= 150000
	if (scale > 0)
		return int64_div_fast_to_numeric(m, scale);
#else
	if (scale > 0)
	{
		char		buf[48];
		char		digits[24];
		int			n,
					neg = m < 0;
		uint64		u = neg ? (uint64) (-(m + 1)) + 1 : (uint64) m;

		n = snprintf(digits, sizeof(digits), "%0*llu", scale + 1,
					 (unsigned long long) u);
		snprintf(buf, sizeof(buf), "%s%.*s.%s", neg ? "-" : "",
				 n - scale, digits, digits + n - scale);
		return DatumGetNumeric(DirectFunctionCall3(numeric_in,
												   CStringGetDatum(buf),
												   ObjectIdGetDatum(InvalidOid),
												   Int32GetDatum(-1)));
	}
#endif
#if PG_VERSION_NUM >= 140000
	return int64_to_numeric(m);
#else
	return DatumGetNumeric(DirectFunctionCall1(int8_numeric, Int64GetDatum(m)));
#endif
}

/*
 * An integer Numeric below 10^15 read straight from its stored form, or
 * false to let numeric_to_cell take the general path.  Reading cells is what
 * report_balance_ok and report_check spend their time on, and the general
 * path (numeric_scale, numeric_int4_opt_error) allocates a digit buffer per
 * call.  The layout read here is numeric's on-disk format, fixed since
 * PostgreSQL 9.1 (pg_upgrade keeps it): a uint16 header, then base-10000
 * digits (int16), most significant first, trailing zero digits stripped.
 * Only the "short" header is handled (what numeric itself writes for every
 * value with dscale < 64 and weight in -64..63): 10 s ddddddd w wwwwww
 * (sign, display scale, weight sign and weight).  Decimals, large values,
 * the long header and NaN/infinity (header 11…) take the general path.
 */
static inline bool
numeric_small_int(Numeric n, int64 *out)
{
	const char *p = VARDATA_ANY(n);
	int			len = (int) VARSIZE_ANY_EXHDR(n);
	uint16		h;
	int			weight,
				nd;
	int64		m = 0;

	if (len < (int) sizeof(uint16))
		return false;
	memcpy(&h, p, sizeof(h));
	if ((h & 0xC000) != 0x8000 ||	/* not the short header */
		(h & 0x1F80) != 0)		/* display scale > 0 */
		return false;
	nd = (len - (int) sizeof(uint16)) / (int) sizeof(int16);
	weight = (h & 0x0040) ? (int) (h | ~0x003F) : (int) (h & 0x003F);
	if (nd == 0)
	{
		*out = 0;
		return true;
	}
	/* an integer below 10^16: at most 4 digits, none after the point */
	if (weight < 0 || weight > 3 || nd > weight + 1)
		return false;
	for (int i = 0; i <= weight; i++)
	{
		int16		dg = 0;

		if (i < nd)
			memcpy(&dg, p + sizeof(uint16) + i * sizeof(int16), sizeof(dg));
		if (dg < 0 || dg > 9999)
			return false;
		m = m * 10000 + dg;
	}
	if (m >= INT64CONST(1000000000000000))
		return false;			/* the general path says "too large" */
	*out = (h & 0x2000) ? -m : m;
	return true;
}

/*
 * A Numeric as m / 10^scale within the core's limits.  Returns false (and
 * says why) for NaN/infinity, more than GR_MAX_SCALE significant decimals or
 * a mantissa beyond GR_MAX_MANTISSA.  Never raises.
 */
bool
gr_pg_numeric_to_cell(Numeric n, gr_cell *out, const char **why)
{
	char	   *s;
	const char *p,
			   *ip,
			   *fp = NULL;
	int			ilen = 0,
				flen = 0,
				lastnz = 0,
				scale,
				sig = 0;
	int64		m = 0;
	bool		neg = false;

	if (numeric_small_int(n, &m))
	{
		out->m = m;
		out->scale = 0;
		out->state = GR_VALUE;
		return true;
	}
	if (numeric_is_nan(n) || numeric_is_inf(n))
	{
		*why = "not a finite number";
		return false;
	}
	if (DatumGetInt32(DirectFunctionCall1(numeric_scale, NumericGetDatum(n))) == 0)
	{
		bool		err = false;
		int32		v = numeric_int4_opt_error(n, &err);

		/* a count: the common case, no text round trip */
		if (!err)
		{
			out->m = v;
			out->scale = 0;
			out->state = GR_VALUE;
			return true;
		}
	}

	/* decimals or a large integer: read the digits of its text form */
	s = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
	p = s;
	if (*p == '-')
	{
		neg = true;
		p++;
	}
	ip = p;
	while (*p >= '0' && *p <= '9')
		p++;
	ilen = p - ip;
	if (*p == '.')
	{
		fp = ++p;
		while (*p >= '0' && *p <= '9')
		{
			if (*p != '0')
				lastnz = p - fp + 1;
			p++;
		}
		flen = p - fp;
	}
	if (*p != '\0' || ilen + flen == 0)
	{
		*why = "not a plain decimal number";
		return false;
	}
	/* keep the number's own decimals (1.50 stays 1.50) unless too many */
	scale = flen <= GR_MAX_SCALE ? flen : lastnz;
	if (scale > GR_MAX_SCALE)
	{
		*why = "more decimals than a cell holds";
		return false;
	}
	for (int i = 0; i < ilen + scale; i++)
	{
		char		c = i < ilen ? ip[i] : fp[i - ilen];

		if (m != 0 || c != '0')
			sig++;
		if (sig > 15)
		{
			*why = "number too large";
			return false;
		}
		m = m * 10 + (c - '0');
	}
	pfree(s);
	out->m = neg ? -m : m;
	out->scale = (uint8) scale;
	out->state = GR_VALUE;
	return true;
}

Numeric
gr_pg_numeric_cached(gr_pg_numcache *c, int64 m, int scale)
{
	if (scale == 0 && m >= 0 && m < GR_PG_SMALL_NUMERICS)
	{
		if (c->small[m] == NULL)
			c->small[m] = gr_pg_numeric(m, 0);
		return c->small[m];
	}
	return gr_pg_numeric(m, scale);
}
