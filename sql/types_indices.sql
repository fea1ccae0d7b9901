-- The indices of VICS.md 1.3 on hand-entered tallies, every expected value computed by hand.
-- Arrays are in the order REW, PRO, APP, OPP, THR, PUN (weights +3 +2 +1 -1 -2 -3).
\i sql/include/err.sql

-- The check vector of VICS.md 1.3 (B. Johnson, 9 May 2016), to 4 decimals:
-- P-1 .4545, P-2 .3333, P-3 .2264, P-4a .2143, P-5 .9515, I-1 1, I-2 .5556, I-3 .4667,
-- I-4a 0, I-4b .6667.  By hand: O = 11, O+ = 8, O- = 3: P-1 = 5/11; P-2 = (9+5-3)/11/3 = 1/3;
-- P-3 = 1 - 1.2*(1 - (9+25+9)/121) = 137/605; P-4a = 3/14, P-4b = 11/14;
-- P-5 = 1 - (137/605)(3/14); S = 3: I-1 = 3/3; I-2 = (3+2)/3/3 = 5/9; I-3 = 1 - 1.2*(1-5/9)
-- = 7/15; I-4a = 1 - 1 = 0; I-4b = 1 - |2/3 - 1/3| = 2/3; I-5 REW 1/3, APP 2/3.
SELECT index, round(vics_index(t, index)::numeric, 4) AS value
  FROM (SELECT vics_tally(ARRAY[1,0,2,0,0,0], ARRAY[3,0,5,3,0,0]) t) s,
       unnest(ARRAY['P-1','P-2','P-3','P-4a','P-4b','P-5','I-1','I-2','I-3','I-4a','I-4b',
                    'I-5 REW','I-5 PRO','I-5 APP','I-5 OPP','I-5 THR','I-5 PUN']) index;

-- Named accessors give the same numbers, and index names are case-insensitive.
WITH j(t) AS (SELECT vics_tally(ARRAY[1,0,2,0,0,0], ARRAY[3,0,5,3,0,0]))
SELECT round(vics_p1(t)::numeric, 4) p1, round(vics_p2(t)::numeric, 4) p2, round(vics_p3(t)::numeric, 4) p3,
       round(vics_p4a(t)::numeric, 4) p4a, round(vics_p4b(t)::numeric, 4) p4b, round(vics_p5(t)::numeric, 4) p5,
       round(vics_i1(t)::numeric, 4) i1, round(vics_i2(t)::numeric, 4) i2, round(vics_i3(t)::numeric, 4) i3,
       round(vics_i4a(t)::numeric, 4) i4a, round(vics_i4b(t)::numeric, 4) i4b,
       round(vics_i5(t, 'app')::numeric, 4) i5_app,
       vics_index(t, 'p-4A') = vics_index(t, 'P-4a') AS case_insensitive,
       vics_index(t, 'i-5 rew') = vics_i5(t, 'REW') AS i5_name
  FROM j;

-- Zero denominators give NULL, never 0.
-- Empty tally: every index NULL.  SELF only (APP 4): P-1, P-2, P-3 and P-5 NULL, P-4a 1,
-- P-4b 0.  OTHER only (APP 4): every I index NULL; P-4a 0, so P-5 = 1 - P-3 * 0 = 1.
SELECT index,
       vics_index(vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0]), index) AS empty,
       vics_index(vics_tally(ARRAY[0,0,4,0,0,0], ARRAY[0,0,0,0,0,0]), index) AS self_only,
       vics_index(vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,4,0,0,0]), index) AS other_only
  FROM unnest(ARRAY['P-1','P-2','P-3','P-4a','P-4b','P-5','I-1','I-2','I-3','I-4a','I-4b',
                    'I-5 REW','I-5 PRO','I-5 APP','I-5 OPP','I-5 THR','I-5 PUN']) index;

-- Twelve more tallies against values computed by hand (to 4 decimals).  Expected arrays
-- are in the order P-1 P-2 P-3 P-4a P-4b P-5 I-1 I-2 I-3 I-4a I-4b, I-5 REW PRO APP OPP THR PUN.
-- 1-minus-IQV below is written as (6*sum x^2 - T^2) / (5*T^2), the same as 1 - 1.2*(1 - sum p^2).
CREATE TEMP TABLE hand (name text, t vics_tally, want numeric[]);
INSERT INTO hand VALUES
-- h1: SELF PUN 5, OTHER none.  One category only: IQV 0, I-3 = 1.  I-1 = (0-5)/5 = -1;
--     I-2 = (-15/5)/3 = -1; I-4a = 1 - 1 = 0; I-4b: words 0, deeds 5: 1 - |0 - 1| = 0;
--     P-4a = 5/5 = 1, P-4b = 0; P-1..P-3, P-5 NULL (O = 0); I-5 PUN 1.
('h1 one category', vics_tally(ARRAY[0,0,0,0,0,5], ARRAY[0,0,0,0,0,0]),
 ARRAY[NULL,NULL,NULL,1,0,NULL, -1,-1,1,0,0, 0,0,0,0,0,1]),
-- h2: SELF 2 in each category, OTHER 1 in each.  All six equal: IQV = 1.2*(1 - 6/36) = 1,
--     P-3 = I-3 = 0.  P-1 = (3-3)/6 = 0; P-2 = (3+2+1-1-2-3)/6/3 = 0; P-4a = 12/18 = .6667,
--     P-4b = .3333; P-5 = 1 - 0 * .6667 = 1; I-1 = 0; I-2 = 0; I-4a = 1;
--     I-4b: words 8, deeds 4: 1 - |8/12 - 4/12| = .6667; I-5 each 2/12 = .1667.
('h2 all six equal', vics_tally(ARRAY[2,2,2,2,2,2], ARRAY[1,1,1,1,1,1]),
 ARRAY[0,0,0,.6667,.3333,1, 0,0,0,1,.6667, .1667,.1667,.1667,.1667,.1667,.1667]),
-- h3: OTHER OPP 4 only.  P-1 = (0-4)/4 = -1; P-2 = (-4/4)/3 = -.3333; P-3 = 1 (one
--     category); P-4a = 0/4 = 0, P-4b = 1; P-5 = 1 - 1*0 = 1; every I index NULL (S = 0).
('h3 other opposes', vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,4,0,0]),
 ARRAY[-1,-.3333,1,0,1,1, NULL,NULL,NULL,NULL,NULL, NULL,NULL,NULL,NULL,NULL,NULL]),
-- h4: SELF PRO 3, APP 1; OTHER APP 2, THR 2.  O = 4: P-1 = (2-2)/4 = 0;
--     P-2 = (2*1 + 2*(-2))/4/3 = -.5/3 = -.1667; P-3 = (6*8 - 16)/(5*16) = 32/80 = .4;
--     P-4a = 4/8 = .5, P-4b = .5; P-5 = 1 - .4*.5 = .8.  S = 4: I-1 = 4/4 = 1;
--     I-2 = (3*2 + 1*1)/4/3 = 7/12 = .5833; I-3 = (6*10 - 16)/80 = 44/80 = .55; I-4a = 0;
--     I-4b: words 4, deeds 0: 1 - |1 - 0| = 0; I-5 PRO .75, APP .25.
('h4 promises', vics_tally(ARRAY[0,3,1,0,0,0], ARRAY[0,0,2,0,2,0]),
 ARRAY[0,-.1667,.4,.5,.5,.8, 1,.5833,.55,0,0, 0,.75,.25,0,0,0]),
-- h5: SELF REW 1, OPP 1, PUN 2; OTHER REW 2, PUN 2.  O = 4: P-1 = (2-2)/4 = 0;
--     P-2 = (6-6)/4/3 = 0; P-3 = (6*8-16)/80 = .4; P-4a = 4/8 = .5, P-4b = .5; P-5 = .8.
--     S = 4: I-1 = (1-3)/4 = -.5; I-2 = (3-1-6)/4/3 = -1/3 = -.3333;
--     I-3 = (6*(1+1+4) - 16)/80 = 20/80 = .25; I-4a = 1 - .5 = .5;
--     I-4b: words 1, deeds 3: 1 - |.25 - .75| = .5; I-5 REW .25, OPP .25, PUN .5.
('h5 mixed deeds', vics_tally(ARRAY[1,0,0,1,0,2], ARRAY[2,0,0,0,0,2]),
 ARRAY[0,0,.4,.5,.5,.8, -.5,-.3333,.25,.5,.5, .25,0,0,.25,0,.5]),
-- h6: SELF APP 5 only.  I-1 = 1; I-2 = (5/5)/3 = .3333; I-3 = 1; I-4a = 0;
--     I-4b: words 5, deeds 0: 0; P-4a = 1, P-4b = 0; P-1..P-3, P-5 NULL; I-5 APP 1.
('h6 appeals only', vics_tally(ARRAY[0,0,5,0,0,0], ARRAY[0,0,0,0,0,0]),
 ARRAY[NULL,NULL,NULL,1,0,NULL, 1,.3333,1,0,0, 0,0,1,0,0,0]),
-- h7: SELF THR 3; OTHER PUN 3.  P-1 = -1; P-2 = (-9/3)/3 = -1; P-3 = 1; P-4a = .5,
--     P-4b = .5; P-5 = 1 - 1*.5 = .5; I-1 = -1; I-2 = (-6/3)/3 = -.6667; I-3 = 1;
--     I-4a = 0; I-4b: words 3, deeds 0: 0; I-5 THR 1.
('h7 threats', vics_tally(ARRAY[0,0,0,0,3,0], ARRAY[0,0,0,0,0,3]),
 ARRAY[-1,-1,1,.5,.5,.5, -1,-.6667,1,0,0, 0,0,0,0,1,0]),
-- h8: SELF REW 1, PRO 1, APP 1, OPP 1; OTHER PRO 1, APP 1.  O = 2: P-1 = 2/2 = 1;
--     P-2 = (2+1)/2/3 = .5; P-3 = (6*2-4)/20 = .4; P-4a = 4/6 = .6667, P-4b = .3333;
--     P-5 = 1 - .4*2/3 = .7333.  S = 4: I-1 = (3-1)/4 = .5; I-2 = (3+2+1-1)/4/3 = 5/12
--     = .4167; I-3 = (6*4-16)/80 = .1; I-4a = .5; I-4b: words 3, deeds 1: 1 - |.75-.25|
--     = .5; I-5 REW, PRO, APP, OPP .25 each.
('h8 spread', vics_tally(ARRAY[1,1,1,1,0,0], ARRAY[0,1,1,0,0,0]),
 ARRAY[1,.5,.4,.6667,.3333,.7333, .5,.4167,.1,.5,.5, .25,.25,.25,.25,0,0]),
-- h9: SELF REW 10; OTHER PUN 10.  P-1 = -1; P-2 = -1; P-3 = 1; P-4a = .5; P-4b = .5;
--     P-5 = .5; I-1 = 1; I-2 = (30/10)/3 = 1; I-3 = 1; I-4a = 0; I-4b: deeds only: 0;
--     I-5 REW 1.
('h9 extremes', vics_tally(ARRAY[10,0,0,0,0,0], ARRAY[0,0,0,0,0,10]),
 ARRAY[-1,-1,1,.5,.5,.5, 1,1,1,0,0, 1,0,0,0,0,0]),
-- h10: SELF APP 1, OPP 2; OTHER REW 1, PRO 2, APP 3.  O = 6: P-1 = 6/6 = 1;
--     P-2 = (3+4+3)/6/3 = 10/18 = .5556; P-3 = (6*14 - 36)/180 = 48/180 = .2667;
--     P-4a = 3/9 = .3333, P-4b = .6667; P-5 = 1 - (4/15)(1/3) = 1 - 4/45 = .9111.
--     S = 3: I-1 = (1-2)/3 = -.3333; I-2 = (1-2)/3/3 = -.1111; I-3 = (6*5-9)/45 = 21/45
--     = .4667; I-4a = 1 - 1/3 = .6667; I-4b: words 3, deeds 0: 0; I-5 APP .3333, OPP .6667.
('h10 words', vics_tally(ARRAY[0,0,1,2,0,0], ARRAY[1,2,3,0,0,0]),
 ARRAY[1,.5556,.2667,.3333,.6667,.9111, -.3333,-.1111,.4667,.6667,0, 0,0,.3333,.6667,0,0]),
-- h11: SELF REW and PUN 2147483647 each (the largest int), OTHER none.  I-1 = 0; I-2 = 0;
--     I-3 = (6*2x^2 - 4x^2)/(5*4x^2) = 8/20 = .4; I-4a = 1; I-4b: deeds only: 0;
--     I-5 REW .5, PUN .5; P-4a = 1, P-4b = 0; the P indices on OTHER NULL.
('h11 large counts', vics_tally(ARRAY[2147483647,0,0,0,0,2147483647], ARRAY[0,0,0,0,0,0]),
 ARRAY[NULL,NULL,NULL,1,0,NULL, 0,0,.4,1,0, .5,0,0,0,0,.5]),
-- h12: SELF OPP 1, THR 1; OTHER REW 1, OPP 1, THR 1, PUN 1.  O = 4: P-1 = (1-3)/4 = -.5;
--     P-2 = (3-1-2-3)/4/3 = -.25; P-3 = (6*4-16)/80 = .1; P-4a = 2/6 = .3333, P-4b = .6667;
--     P-5 = 1 - .1/3 = .9667.  S = 2: I-1 = -2/2 = -1; I-2 = (-1-2)/2/3 = -.5;
--     I-3 = (6*2-4)/20 = .4; I-4a = 0; I-4b: words 2, deeds 0: 0; I-5 OPP .5, THR .5.
('h12 hostile words', vics_tally(ARRAY[0,0,0,1,1,0], ARRAY[1,0,0,1,1,1]),
 ARRAY[-.5,-.25,.1,.3333,.6667,.9667, -1,-.5,.4,0,0, 0,0,0,.5,.5,0]);

-- Every value, three ways (tally, pooled value of the one-document profile, its mean):
-- only mismatches are listed; the count shows how many values were compared.
SELECT h.name, v.index, w.want, round(vics_index(h.t, v.index)::numeric, 4) AS tally,
       round(v.pooled::numeric, 4) AS pooled, round(v.mean::numeric, 4) AS mean
  FROM hand h
  CROSS JOIN LATERAL vics_index_values(h.t::vics_profile) v
  JOIN LATERAL unnest(h.want) WITH ORDINALITY AS w(want, ord) ON w.ord = v.ord
 WHERE round(vics_index(h.t, v.index)::numeric, 4) IS DISTINCT FROM w.want
    OR round(v.pooled::numeric, 4) IS DISTINCT FROM w.want
    OR round(v.mean::numeric, 4) IS DISTINCT FROM w.want;
SELECT count(*) AS values_compared, count(w.want) AS defined, count(*) - count(w.want) AS undefined
  FROM hand h CROSS JOIN LATERAL unnest(h.want) w(want);

-- Index ranges hold for all twelve: -1..1 for P-1, P-2, I-1, I-2, else 0..1.
SELECT count(*) AS out_of_range
  FROM hand h CROSS JOIN LATERAL vics_index_values(h.t::vics_profile) v
 WHERE v.pooled < CASE WHEN v.index IN ('P-1','P-2','I-1','I-2') THEN -1 ELSE 0 END OR v.pooled > 1;

-- The names, in the order of vics_index_values; each is accepted by vics_index.
SELECT n.ord, n.index, v.index = n.index AS same_order,
       vics_index(vics_tally(ARRAY[1,0,2,0,0,0], ARRAY[3,0,5,3,0,0]), n.index) = v.pooled AS accepted
  FROM vics_index_names() n
  JOIN vics_index_values(vics_tally(ARRAY[1,0,2,0,0,0], ARRAY[3,0,5,3,0,0])::vics_profile) v USING (ord);

-- Unknown index names: 22023 with the list of names.
SELECT pg_temp.err($$SELECT vics_index(vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0]), 'P-6')$$);
SELECT pg_temp.err($$SELECT vics_i5(vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0]), 'HUG')$$);
SELECT pg_temp.err($$SELECT vics_index(vics_tally(ARRAY[0,0,0,0,0,0], ARRAY[0,0,0,0,0,0]), 'P-1 ')$$);

-- Descriptors: normed (z in half-SD steps) when z is given, else raw-score words.
SELECT z, vics_descriptor('P-1', NULL, z) AS normed
  FROM unnest(ARRAY[0, 0.49, -0.49, 0.5, -0.5, 0.99, 1, -1.49, 1.5, -1.99, 2, -2, 3.7]::float8[]) z;
SELECT index, v, vics_descriptor(index, v, NULL) AS raw
  FROM (VALUES ('P-1', 0), ('P-1', 0.1), ('P-1', -0.25), ('P-1', 0.6), ('P-2', -0.7), ('I-1', 0.24),
               ('I-2', -0.59), ('P-3', 0.19), ('P-4a', 0.2), ('I-3', 0.4), ('I-5 APP', 0.6),
               ('P-5', 1)) x(index, v);
SELECT vics_descriptor('P-1', NULL, NULL) IS NULL AS both_null,
       vics_descriptor(NULL, 0.5, 1) IS NULL AS no_index,
       pg_temp.err($$SELECT vics_descriptor('X-1', 0.5, NULL)$$) AS bad_index;
