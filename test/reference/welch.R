# Reference numbers for the Welch, Hedges' g and TOST tests of opcode (test/unit/test_compare.c,
# sql/compare_congruence.sql, doc/compare.md).  Run:  Rscript test/reference/welch.R
# Each pair is a list of per-document index values; the SQL tests build the same documents
# from vics_tally literals (OTHER APP x / OPP y gives P-1 = (x - y)/(x + y); SELF likewise I-1).
pairs <- list(
  W1 = list(index = "P-1 of A vs B",
            a = c(1/2, 1/5, 3/5, 1/3, 3/4), b = c(0, -1/3, -1/5, 1/2, -1/2, 0), margin = 0.14),
  W2 = list(index = "I-1 of A vs B",
            a = c(1, 1/2, 0, 1/3, 3/5), b = c(-1/2, 0, -1, -1/3, 1/5, -3/5), margin = 0.168),
  W3 = list(index = "P-1 of C vs D",
            a = c(1/5, 1/3, 1/4, 3/7, 1/7, 1/3, 1/4, 1/5),
            b = c(1/4, 1/5, 1/3, 1/7, 1/4, 2/5, 1/5, 1/3, 1/4), margin = 0.14),
  W4 = list(index = "I-1 of C vs D",
            a = c(1, 1/3, 3/5, 0, 1, 1/2, 1/3, 1), b = c(0, 1/2, -1/3, 1/5, 1/3, 0, 1/2, -1/5, 0),
            margin = 0.168),
  W5 = list(index = "P-1 of E vs F",
            a = c(1/2, 0, 1/3, -1/5, 3/5), b = c(1/5, -1/3, 0, 1/2, -1/5), margin = 0.14),
  W6 = list(index = "I-1 of E vs F",
            a = c(1/5, 1/2, 0, 1/3), b = c(1/4, 1/7, 3/7, 1/5, 0), margin = 0.168)
)
alpha <- 0.05
f <- function(x) sprintf("%.17g", x)
hedges_j <- function(m) exp(lgamma(m / 2) - lgamma((m - 1) / 2)) / sqrt(m / 2)
power_diff <- function(na, nb, sa, sb, d) {
  wa <- sa^2 / na; wb <- sb^2 / nb; se <- sqrt(wa + wb)
  df <- (wa + wb)^2 / (wa^2 / (na - 1) + wb^2 / (nb - 1)); crit <- qt(1 - alpha / 2, df)
  pt(abs(d) / se - crit, df) + pt(-abs(d) / se - crit, df)
}
power_equiv <- function(na, nb, sa, sb, d, m) {
  if (abs(d) >= m) return(0)
  wa <- sa^2 / na; wb <- sb^2 / nb; se <- sqrt(wa + wb)
  df <- (wa + wb)^2 / (wa^2 / (na - 1) + wb^2 / (nb - 1)); crit <- qt(1 - alpha, df)
  max(0, pt((m - abs(d)) / se - crit, df) + pt((m + abs(d)) / se - crit, df) - 1)
}
cat(R.version.string, "\n")
for (name in names(pairs)) {
  x <- pairs[[name]]; a <- x$a; b <- x$b; m <- x$margin
  na <- length(a); nb <- length(b); va <- var(a); vb <- var(b)
  d <- mean(a) - mean(b)
  se <- sqrt(va / na + vb / nb)
  t <- d / se
  df <- (va / na + vb / nb)^2 / ((va / na)^2 / (na - 1) + (vb / nb)^2 / (nb - 1))
  tt <- t.test(a, b)                      # Welch is R's default (var.equal = FALSE)
  sp <- sqrt(((na - 1) * va + (nb - 1) * vb) / (na + nb - 2))
  g <- hedges_j(na + nb - 2) * d / sp
  p_lower <- pt((d + m) / se, df, lower.tail = FALSE)
  p_upper <- pt((d - m) / se, df)
  verdict <- if (max(p_lower, p_upper) < alpha) "congruent" else if (tt$p.value < alpha) "divergent" else "inconclusive"
  more <- NA
  if (verdict == "inconclusive") {
    for (k in 1:100000) {
      pw <- max(power_diff(na + k, nb + k, sqrt(va), sqrt(vb), d), power_equiv(na + k, nb + k, sqrt(va), sqrt(vb), d, m))
      if (pw >= 0.8) { more <- k; break }
    }
  }
  cat(sprintf("\n%s (%s): n %d / %d\n", name, x$index, na, nb))
  cat("  mean_a", f(mean(a)), " mean_b", f(mean(b)), "\n")
  cat("  sd_a  ", f(sqrt(va)), " sd_b  ", f(sqrt(vb)), "\n")
  cat("  var_a/n_a", f(va / na), " var_b/n_b", f(vb / nb), "\n")
  cat("  diff", f(d), " se", f(se), "\n")
  cat("  t     ", f(t), " (t.test", f(tt$statistic), ")\n")
  cat("  df    ", f(df), " (t.test", f(tt$parameter), ")\n")
  cat("  p     ", f(tt$p.value), "\n")
  cat("  pooled sd", f(sp), " J", f(hedges_j(na + nb - 2)), " hedges_g", f(g), "\n")
  cat("  margin", m, " p_lower", f(p_lower), " p_upper", f(p_upper), " p_equivalence", f(max(p_lower, p_upper)), "\n")
  cat("  power_diff(n)", f(power_diff(na, nb, sqrt(va), sqrt(vb), d)),
      " power_equiv(n)", f(power_equiv(na, nb, sqrt(va), sqrt(vb), d, m)), "\n")
  cat("  verdict", verdict, " more_needed", more, "\n")
}
