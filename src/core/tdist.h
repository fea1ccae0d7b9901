/*
 * tdist.h: Student's t distribution (and the incomplete beta function behind it) in plain
 * C, for the tests between leaders (compare.h).
 *
 * Accuracy: probabilities to about 1e-13 relative in either tail (each tail is computed
 * directly, never as 1 minus the other), quantiles to about 1e-13 relative, for df up to
 * ~1e4, checked against R and mpmath in test/unit/test_tdist.c; beyond that the continued
 * fraction cancels near its switch-over point and the error grows like sqrt(df) (4e-12 at
 * 1e5, ~1e-11 at 5e5).  Invalid arguments
 * (df <= 0, NaN, p outside [0, 1]) give NaN.  df = +Infinity is the standard normal.
 */
#ifndef OPCODE_TDIST_H
#define OPCODE_TDIST_H

#include <stdbool.h>

/* log B(a, b) for a, b > 0, without the cancellation of lgamma differences at large a, b. */
double		opcode_lbeta(double a, double b);

/*
 * Regularized incomplete beta I_x(a, b) (lower) and 1 - I_x(a, b) (upper), each computed
 * so that it keeps its relative accuracy when small.  Returns false for invalid
 * arguments (a, b <= 0, x outside [0, 1]) or when the continued fraction fails to converge
 * (not seen for a, b below 1e12).
 */
bool		opcode_ibeta(double a, double b, double x, double *lower, double *upper);

/* P(T <= t) (upper = false) or P(T > t) (upper = true) for T ~ t(df). */
double		opcode_t_cdf(double t, double df, bool upper);

/* log of the density of t(df) at t. */
double		opcode_t_logpdf(double t, double df);

/* The t with P(T <= t) = p; -Infinity for p = 0, +Infinity for p = 1. */
double		opcode_t_quantile(double p, double df);

#endif
