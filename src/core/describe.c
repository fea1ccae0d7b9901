/* describe.c: normed (z) and raw descriptors of index values; bands in describe.h. */
#include "describe.h"

#include <math.h>
#include <stdio.h>

void
opcode_describe_z(double z, char *buf, size_t size)
{
	double		a = fabs(z);
	const char *step;

	if (a < 0.5)
	{
		snprintf(buf, size, "average");
		return;
	}
	step = a < 1.0 ? "somewhat" : a < 1.5 ? "definitely" : a < 2.0 ? "very" : "extremely";
	snprintf(buf, size, "%s %s", step, z > 0 ? "high" : "low");
}

void
opcode_describe_raw(VicsIndex idx, double v, char *buf, size_t size)
{
	const char *pos = NULL,
			   *neg = NULL;

	switch (idx)
	{
		case VICS_P1:
			pos = "friendly", neg = "hostile";
			break;
		case VICS_P2:
			pos = "optimistic", neg = "pessimistic";
			break;
		case VICS_I1:
		case VICS_I2:
			pos = "cooperative", neg = "conflictual";
			break;
		default:
			break;
	}
	if (pos)
	{
		double		a = fabs(v);

		if (a == 0)
			snprintf(buf, size, "mixed");
		else
			snprintf(buf, size, "%s %s",
					 a < 0.25 ? "somewhat" : a < 0.6 ? "definitely" : "extremely", v > 0 ? pos : neg);
		return;
	}
	snprintf(buf, size, "%s",
			 v < 0.2 ? "very low" : v < 0.4 ? "low" : v < 0.6 ? "medium" : v < 0.8 ? "high" : "very high");
}
