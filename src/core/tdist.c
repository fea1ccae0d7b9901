/*
 * tdist.c: Student's t distribution from the regularized incomplete beta function.
 *
 * P(|T| > t) = I_x(df/2, 1/2) with x = df / (df + t^2) (Abramowitz & Stegun 26.7.1).
 * I_x is evaluated by its continued fraction (DLMF 8.17.22) with the modified Lentz
 * method, on whichever side of the mean the fraction converges fast; the other side is the
 * complement.  x, 1 - x and their logarithms are passed separately from the caller, which
 * can form them without cancellation (1 - x = t^2 / (df + t^2)), so that both tails stay
 * accurate down to the smallest doubles instead of bottoming out at 1e-16.
 */
#include "tdist.h"

#include <float.h>
#include <math.h>

#define LN_SQRT_2PI 0.918938533204672741780329736406	/* log(sqrt(2 pi)) */
#define CF_MAX_ITER 1000000
#define CF_EPS (2 * DBL_EPSILON)
#define CF_TINY 1e-300

/*
 * lgamma(x) - Stirling's approximation ((x - 1/2) log x - x + log sqrt(2 pi)) for x >= 10,
 * from the asymptotic series with coefficients B_2k / (2k (2k - 1)); at x = 10 the first
 * omitted term is below 2e-18.
 */
static double
stirling_error(double x)
{
	static const double c[] = {
		1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188,
		-691.0 / 360360, 1.0 / 156, -3617.0 / 122400
	};
	double		x2 = 1.0 / (x * x),
				s = 0.0;

	for (int k = (int) (sizeof(c) / sizeof(c[0])) - 1; k >= 0; k--)
		s = s * x2 + c[k];
	return s / x;
}

/*
 * The lgamma terms of log B(a, b) = lgamma(a) + lgamma(b) - lgamma(a + b) are large and
 * nearly cancel when a or b is large (df = 1000 gives terms near 2600 for a result near
 * -3); expanding the large ones around Stirling's formula leaves only small terms.
 */
double
opcode_lbeta(double a, double b)
{
	double		p = fmin(a, b),
				q = fmax(a, b);

	if (isnan(a) || isnan(b) || !(p > 0))
		return NAN;
	if (isinf(q))
		return -INFINITY;
	if (p >= 10)
	{
		double		corr = stirling_error(p) + stirling_error(q) - stirling_error(p + q);

		return -0.5 * log(q) + LN_SQRT_2PI + corr + (p - 0.5) * log(p / (p + q)) +
			q * log1p(-p / (p + q));
	}
	if (q >= 10)
	{
		double		corr = stirling_error(q) - stirling_error(p + q);

		return lgamma(p) + corr + p - p * log(p + q) + (q - 0.5) * log1p(-p / (p + q));
	}
	return lgamma(p) + lgamma(q) - lgamma(p + q);
}

/*
 * 1 + d1/(1 + d2/(1 + ...)) of DLMF 8.17.22 for I_x(a, b), by modified Lentz:
 * d(2m+1) = -(a+m)(a+b+m) x / ((a+2m)(a+2m+1)),  d(2m) = m(b-m) x / ((a+2m-1)(a+2m)).
 * Returns NaN when it does not converge.
 */
static double
beta_fraction(double a, double b, double x)
{
	double		f = 1.0,
				c = 1.0,
				d = 0.0;

	for (int j = 1; j <= CF_MAX_ITER; j++)
	{
		double		m = (double) (j / 2),
					dj,
					delta;

		if (j % 2)
			dj = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
		else
			dj = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
		d = 1.0 + dj * d;
		if (fabs(d) < CF_TINY)
			d = CF_TINY;
		c = 1.0 + dj / c;
		if (fabs(c) < CF_TINY)
			c = CF_TINY;
		d = 1.0 / d;
		delta = c * d;
		f *= delta;
		if (fabs(delta - 1.0) < CF_EPS)
			return f;
	}
	return NAN;
}

/* x^a y^b / (a B(a, b)) / fraction: I_x(a, b) where the fraction converges fast. */
static double
beta_side(double a, double b, double x, double lx, double ly)
{
	double		cf = beta_fraction(a, b, x);

	return exp(a * lx + b * ly - opcode_lbeta(a, b)) / (a * cf);
}

static double
clamp01(double v)
{
	return v < 0 ? 0 : v > 1 ? 1 : v;
}

/* I_x(a, b) and 1 - I_x(a, b), given x, y = 1 - x and their logs, all formed by the caller. */
static bool
ibeta_xy(double a, double b, double x, double y, double lx, double ly,
		 double *lower, double *upper)
{
	double		v;

	/* x or y may underflow to 0 while its log is still finite and exact */
	if (x <= 0 && isinf(lx))
	{
		*lower = 0, *upper = 1;
		return true;
	}
	if (y <= 0 && isinf(ly))
	{
		*lower = 1, *upper = 0;
		return true;
	}
	/* The fraction converges fast below the mean; above it, use the symmetry
	 * I_x(a, b) = 1 - I_y(b, a).  The side the fraction computes is then always the smaller
	 * probability or a moderate one, so the complement loses nothing. */
	if (x < (a + 1) / (a + b + 2))
	{
		v = beta_side(a, b, x, lx, ly);
		if (isnan(v))
			return false;
		*lower = clamp01(v), *upper = clamp01(1.0 - v);
	}
	else
	{
		v = beta_side(b, a, y, ly, lx);
		if (isnan(v))
			return false;
		*upper = clamp01(v), *lower = clamp01(1.0 - v);
	}
	return true;
}

bool
opcode_ibeta(double a, double b, double x, double *lower, double *upper)
{
	if (isnan(a) || isnan(b) || isnan(x) || !(a > 0) || !(b > 0) || isinf(a) || isinf(b) ||
		x < 0 || x > 1)
		return false;
	return ibeta_xy(a, b, x, 1.0 - x, log(x), log1p(-x), lower, upper);
}

/*
 * For t >= 0: tail = P(T > t) and center = P(0 < T <= t) (tail + center = 1/2), each to
 * full relative accuracy.  t^2 may overflow or underflow, so x and y are formed from
 * r = t^2/df or q = df/t^2, whichever is at most 1, and their logs from log t directly.
 */
static bool
t_parts(double t, double df, double *tail, double *center)
{
	double		x,
				y,
				lx,
				ly,
				lo,
				up,
				lt = 2.0 * log(t) - log(df);	/* log(t^2 / df) */

	if (isinf(df))
	{
		*tail = 0.5 * erfc(t / M_SQRT2);
		*center = 0.5 * erf(t / M_SQRT2);
		return true;
	}
	if (t == 0)
	{
		*tail = 0.5, *center = 0;
		return true;
	}
	if (isinf(t))
	{
		*tail = 0, *center = 0.5;
		return true;
	}
	if (t * t <= df)
	{
		double		r = (t / sqrt(df)) * (t / sqrt(df));

		x = 1.0 / (1.0 + r);
		y = r / (1.0 + r);
		lx = -log1p(r);
		ly = lt - log1p(r);
	}
	else
	{
		double		q = (sqrt(df) / t) * (sqrt(df) / t);

		x = q / (1.0 + q);
		y = 1.0 / (1.0 + q);
		lx = -lt - log1p(q);
		ly = -log1p(q);
	}
	if (!ibeta_xy(df / 2, 0.5, x, y, lx, ly, &lo, &up))
		return false;
	*tail = 0.5 * lo;
	*center = 0.5 * up;
	return true;
}

double
opcode_t_cdf(double t, double df, bool upper)
{
	double		tail,
				center;

	if (isnan(t) || isnan(df) || !(df > 0))
		return NAN;
	if (!t_parts(fabs(t), df, &tail, &center))
		return NAN;
	if ((t > 0) == upper)
		return tail;
	return 0.5 + center;
}

double
opcode_t_logpdf(double t, double df)
{
	double		t2;

	if (isnan(t) || isnan(df) || !(df > 0))
		return NAN;
	if (isinf(t))
		return -INFINITY;
	if (isinf(df))
		return -0.5 * t * t - LN_SQRT_2PI;
	t = fabs(t);
	t2 = (t / sqrt(df)) * (t / sqrt(df));
	if (t2 <= 1.0)
		return -0.5 * log(df) - opcode_lbeta(df / 2, 0.5) - (df + 1) / 2 * log1p(t2);
	/* log(1 + t^2/df) = log(t^2/df) + log(1 + df/t^2), with t^2 never formed */
	return -0.5 * log(df) - opcode_lbeta(df / 2, 0.5) -
		(df + 1) / 2 * (2.0 * log(t) - log(df) + log1p((sqrt(df) / t) * (sqrt(df) / t)));
}

/*
 * A first guess at the t > 0 with P(T > t) = u: a normal quantile (rough but within a
 * few percent) stretched by the Cornish-Fisher term, or, far in the tail where the density
 * is a power law, the inverse of the tail's leading term K df^((df-1)/2) t^-df.  Newton
 * does the rest.
 */
static double
t_guess(double u, double df)
{
	double		w = -2.0 * log(u),
				z = fmax(sqrt(fmax(w - log(w) - 2 * LN_SQRT_2PI, 0.0)),
						 (0.5 - u) * 2.5066282746310002);
	double		t,
				lt_far;

	if (isinf(df))
		return fmax(z, 1e-300);
	t = z + (z * z * z + z) / (4 * df);
	lt_far = (-0.5 * log(df) - opcode_lbeta(df / 2, 0.5) + (df - 1) / 2 * log(df) - log(u)) / df;
	if (2 * lt_far > log(10 * df))
		t = exp(lt_far);
	return fmax(t, 1e-300);
}

/*
 * The t > 0 with P(T > t) = u, 0 < u < 1/2.  Newton's method on log t, solving
 * log F(t) = log target where F is the tail P(T > t) when u < 1/4 and the center
 * P(0 < T <= t) = 1/2 - u (exact in double) otherwise, so that the target keeps every digit
 * near both ends.  Steps multiply t by exp(step), so t keeps full relative precision even
 * near 1e300 (log t itself would only be good to 1e-13 there).  Each step stays inside the
 * bracket of the root known so far (geometric bisection otherwise), which makes it converge
 * from any start.
 */
static double
t_upper_quantile(double u, double df)
{
	bool		use_tail = u < 0.25;
	double		ltarget = log(use_tail ? u : 0.5 - u);
	double		t = fmin(fmax(t_guess(u, df), DBL_MIN), DBL_MAX);
	double		lo = 0,
				hi = INFINITY,
				tail,
				center;

	/* below df ~ 0.5 the quantile of a tiny u can lie beyond the largest double */
	if (use_tail && t_parts(DBL_MAX, df, &tail, &center) && tail > u)
		return INFINITY;

	for (int iter = 0; iter < 400; iter++)
	{
		double		f,
					h,
					step,
					next;

		if (!t_parts(t, df, &tail, &center))
			return NAN;
		f = use_tail ? tail : center;
		/* h increases with t in both cases: the tail falls, the center rises */
		h = use_tail ? ltarget - log(f) : log(f) - ltarget;
		if (h == 0)
			return t;
		if (h < 0)
			lo = t;
		else
			hi = t;
		/* dh/dlog t = t f(t) / F(t), formed in logs: t f(t) underflows far out */
		step = -h / exp(log(t) + opcode_t_logpdf(t, df) - log(f));
		next = t * exp(step);
		if (!(next > lo && next < hi))
		{
			if (lo == 0)
				next = hi / 4;
			else if (isinf(hi))
				next = lo * 4 < DBL_MAX ? lo * 4 : sqrt(lo) * sqrt(DBL_MAX);
			else
				next = hi / lo > 2 ? sqrt(lo) * sqrt(hi) : lo + (hi - lo) / 2;
			step = log(next / t);
		}
		if (fabs(step) <= 2 * DBL_EPSILON || (hi - lo) <= 2 * DBL_EPSILON * lo || next == t)
			return next;
		t = next;
	}
	return t;
}

double
opcode_t_quantile(double p, double df)
{
	double		u,
				t;

	if (isnan(p) || isnan(df) || !(df > 0) || p < 0 || p > 1)
		return NAN;
	if (p == 0)
		return -INFINITY;
	if (p == 1)
		return INFINITY;
	if (p == 0.5)
		return 0;
	u = p < 0.5 ? p : 1.0 - p;	/* exact: 1 - p for p >= 1/2 needs no rounding */
	t = t_upper_quantile(u, df);
	return p < 0.5 ? -t : t;
}
