/*
 * words.c: the coder's built-in English word classes.
 *
 * Two tables: plain word forms with their classes, and verb lemmas whose regular
 * inflections inherit the class (plus their irregular forms, listed with the forms).
 * The lists are short on purpose: they name the grammatical words the clause rules key on,
 * never the verbs that are coded (those live in the lexicon tables).
 */
#include "words.h"
#include "lexicon.h"

#include <string.h>

#define W(s, c) {s, c, 0}
#define V(s, c, k) {s, c, k}

#define B OP_FORM_BASE
#define S OP_FORM_S
#define D OP_FORM_ED
#define G OP_FORM_ING

static const OpBuiltinWord forms[] = {
	/* determiners, quantifiers */
	W("the", OP_W_DET), W("a", OP_W_DET), W("an", OP_W_DET),
	W("this", OP_W_DET), W("that", OP_W_DET | OP_W_REL), W("these", OP_W_DET), W("those", OP_W_DET),
	W("every", OP_W_DET), W("each", OP_W_DET | OP_W_QUANT), W("any", OP_W_DET | OP_W_QUANT),
	W("some", OP_W_DET | OP_W_QUANT), W("all", OP_W_DET | OP_W_QUANT), W("both", OP_W_DET | OP_W_QUANT),
	W("no", OP_W_DET | OP_W_NO), W("another", OP_W_DET), W("such", OP_W_DET), W("either", OP_W_DET),
	W("neither", OP_W_DET), W("many", OP_W_DET | OP_W_QUANT), W("much", OP_W_DET | OP_W_QUANT),
	W("several", OP_W_DET | OP_W_QUANT), W("few", OP_W_DET | OP_W_QUANT), W("more", OP_W_DET | OP_W_ADV),
	W("most", OP_W_DET | OP_W_QUANT | OP_W_ADV), W("other", OP_W_DET), W("certain", OP_W_DET),
	W("various", OP_W_DET), W("own", OP_W_ADJ), W("same", OP_W_ADJ), W("whose", OP_W_REL | OP_W_POSS),
	W("nothing", OP_W_NO), W("none", OP_W_QUANT | OP_W_NO), W("less", OP_W_DET | OP_W_ADV),
	W("dozens", OP_W_QUANT), W("hundreds", OP_W_QUANT), W("thousands", OP_W_QUANT),
	W("millions", OP_W_QUANT), W("majority", OP_W_QUANT), W("number", OP_W_QUANT),
	W("part", OP_W_QUANT), W("half", OP_W_QUANT), W("one", OP_W_QUANT | OP_W_NUMWORD),
	W("two", OP_W_NUMWORD), W("three", OP_W_NUMWORD), W("four", OP_W_NUMWORD), W("five", OP_W_NUMWORD),
	W("first", OP_W_NUMWORD | OP_W_ADV), W("second", OP_W_NUMWORD), W("third", OP_W_NUMWORD),
	W("last", OP_W_ADJ), W("next", OP_W_ADJ),

	/* pronouns */
	W("i", OP_W_SUBJ | OP_W_SELF), W("we", OP_W_SUBJ | OP_W_SELF), W("they", OP_W_SUBJ),
	W("he", OP_W_SUBJ), W("she", OP_W_SUBJ), W("you", OP_W_SUBJ | OP_W_OBJ),
	W("it", OP_W_SUBJ | OP_W_OBJ | OP_W_DUMMY), W("there", OP_W_DUMMY),
	W("me", OP_W_OBJ | OP_W_SELF), W("us", OP_W_OBJ | OP_W_SELF), W("them", OP_W_OBJ), W("him", OP_W_OBJ),
	W("her", OP_W_OBJ | OP_W_POSS), W("our", OP_W_POSS | OP_W_SELF), W("my", OP_W_POSS | OP_W_SELF),
	W("their", OP_W_POSS), W("its", OP_W_POSS), W("his", OP_W_POSS), W("your", OP_W_POSS),
	W("ours", OP_W_SELF), W("myself", OP_W_SELF), W("ourselves", OP_W_SELF), W("themselves", 0),
	W("itself", 0), W("himself", 0), W("herself", 0), W("others", OP_W_ACTOR), W("everyone", OP_W_ACTOR),
	W("everybody", OP_W_ACTOR), W("nobody", OP_W_DUMMY), W("noone", OP_W_DUMMY), W("someone", OP_W_ACTOR), W("anyone", OP_W_ACTOR),
	W("who", OP_W_REL), W("whom", OP_W_REL), W("which", OP_W_REL),

	/* auxiliaries and modals */
	/* auxiliaries carry their own inflection: "the community has to work" agrees like "works" */
	V("am", OP_W_BE, B), V("is", OP_W_BE, S), V("are", OP_W_BE, B), V("was", OP_W_BE, D), V("were", OP_W_BE, D),
	V("be", OP_W_BE, B), V("been", OP_W_BE, D), V("being", OP_W_BE, G), V("'re", OP_W_BE, B), V("'m", OP_W_BE, B),
	V("have", OP_W_HAVE, B), V("has", OP_W_HAVE, S), V("had", OP_W_HAVE, D), V("having", OP_W_HAVE, G),
	V("'ve", OP_W_HAVE, B), V("do", OP_W_DO, B), V("does", OP_W_DO, S), V("did", OP_W_DO, D),
	W("will", OP_W_MINT), W("shall", OP_W_MINT), W("'ll", OP_W_MINT), W("wo", OP_W_MINT),
	W("should", OP_W_MOBL), W("must", OP_W_MOBL), W("can", OP_W_MOBL), W("could", OP_W_MOBL),
	W("may", OP_W_MOBL), W("might", OP_W_MOBL), W("would", OP_W_MOBL), W("ought", OP_W_MOBL),
	W("'d", OP_W_MOBL), W("ca", OP_W_MOBL), W("cannot", OP_W_MOBL | OP_W_NEG),
	W("not", OP_W_NEG), W("never", OP_W_NEG), W("n't", OP_W_NEG),
	W("going", OP_W_GOING),

	/* prepositions and particles */
	W("to", OP_W_TO | OP_W_PART), W("of", OP_W_PREP | OP_W_OF), W("by", OP_W_PREP | OP_W_PART | OP_W_BY),
	W("in", OP_W_PREP | OP_W_PART), W("on", OP_W_PREP | OP_W_PART), W("upon", OP_W_PREP | OP_W_PART),
	W("at", OP_W_PREP | OP_W_PART), W("for", OP_W_PREP | OP_W_PART), W("with", OP_W_PREP | OP_W_PART),
	W("from", OP_W_PREP | OP_W_PART), W("into", OP_W_PREP | OP_W_PART), W("onto", OP_W_PREP | OP_W_PART),
	W("against", OP_W_PREP | OP_W_PART), W("about", OP_W_PREP | OP_W_PART), W("through", OP_W_PREP | OP_W_PART),
	W("over", OP_W_PREP | OP_W_PART), W("under", OP_W_PREP), W("between", OP_W_PREP), W("among", OP_W_PREP),
	W("amongst", OP_W_PREP), W("within", OP_W_PREP), W("without", OP_W_PREP), W("towards", OP_W_PREP | OP_W_PART),
	W("toward", OP_W_PREP | OP_W_PART), W("across", OP_W_PREP | OP_W_PART), W("around", OP_W_PREP | OP_W_PART),
	W("behind", OP_W_PREP | OP_W_PART), W("beyond", OP_W_PREP), W("despite", OP_W_PREP), W("during", OP_W_PREP),
	W("via", OP_W_PREP), W("per", OP_W_PREP), W("like", OP_W_PREP), W("unlike", OP_W_PREP),
	W("regarding", OP_W_PREP), W("concerning", OP_W_PREP), W("including", OP_W_PREP),
	W("out", OP_W_PART), W("off", OP_W_PART | OP_W_PREP), W("up", OP_W_PART), W("down", OP_W_PART),
	W("back", OP_W_PART), W("away", OP_W_PART), W("aside", OP_W_PART), W("forward", OP_W_PART | OP_W_LOOKFWD),
	W("together", OP_W_PART | OP_W_ADV), W("apart", OP_W_PART),
	W("before", OP_W_PREP | OP_W_SUB), W("after", OP_W_PREP | OP_W_SUB), W("since", OP_W_PREP | OP_W_SUB),
	W("until", OP_W_PREP | OP_W_SUB), W("as", OP_W_PREP | OP_W_SUB),

	/* conjunctions and subordinators */
	W("and", OP_W_CONJ), W("or", OP_W_CONJ), W("but", OP_W_CONJ), W("nor", OP_W_CONJ), W("yet", OP_W_CONJ | OP_W_FAIL),
	W("because", OP_W_SUB), W("although", OP_W_SUB), W("though", OP_W_SUB), W("while", OP_W_SUB),
	W("whereas", OP_W_SUB), W("when", OP_W_SUB), W("where", OP_W_SUB), W("whether", OP_W_SUB | OP_W_WH),
	W("once", OP_W_SUB | OP_W_ADV), W("so", OP_W_SUB | OP_W_PURPOSE), W("than", OP_W_SUB), W("how", OP_W_SUB | OP_W_WH),
	W("why", OP_W_SUB | OP_W_WH), W("what", OP_W_SUB | OP_W_WH), W("whatever", OP_W_SUB), W("whenever", OP_W_SUB),
	W("if", OP_W_SUB | OP_W_IF), W("unless", OP_W_SUB | OP_W_IF), W("order", OP_W_PURPOSE),
	W("let", OP_W_LET | OP_W_LETV), W("lets", OP_W_LETV),

	/* adverbs that occur inside verb groups */
	W("also", OP_W_ADV), W("further", OP_W_ADV), W("now", OP_W_ADV), W("still", OP_W_ADV),
	W("already", OP_W_ADV), W("always", OP_W_ADV), W("again", OP_W_ADV), W("only", OP_W_ADV),
	W("even", OP_W_ADV), W("then", OP_W_ADV), W("thus", OP_W_ADV), W("therefore", OP_W_ADV),
	W("indeed", OP_W_ADV), W("hereby", OP_W_ADV), W("just", OP_W_ADV), W("too", OP_W_ADV),
	W("well", OP_W_ADV), W("very", OP_W_ADV), W("often", OP_W_ADV), W("soon", OP_W_ADV),
	W("today", OP_W_ADV), W("ever", OP_W_ADV), W("longer", OP_W_ADV), W("rather", OP_W_ADV),
	W("however", OP_W_ADV), W("also", OP_W_ADV), W("again", OP_W_ADV), W("jointly", OP_W_ADV),
	W("herein", OP_W_ADV), W("once", OP_W_ADV), W("here", OP_W_ADV), W("all", OP_W_DET | OP_W_QUANT),

	/* adjectives that often modify coded nouns (support, aid, attacks) */
	W("full", OP_W_ADJ), W("firm", OP_W_ADJ), W("strong", OP_W_ADJ), W("new", OP_W_ADJ),
	W("great", OP_W_ADJ), W("broad", OP_W_ADJ), W("continued", OP_W_ADJ), W("unwavering", OP_W_ADJ),
	W("renewed", OP_W_ADJ), W("mutual", OP_W_ADJ), W("foreign", OP_W_ADJ), W("further", OP_W_ADJ),
	W("genuine", OP_W_ADJ), W("good", OP_W_ADJ), W("best", OP_W_ADJ), W("deep", OP_W_ADJ),
	W("deepest", OP_W_ADJ), W("warm", OP_W_ADJ), W("warmest", OP_W_ADJ), W("sincere", OP_W_ADJ),
	W("heartfelt", OP_W_ADJ), W("humanitarian", OP_W_ADJ), W("military", OP_W_ADJ), W("armed", OP_W_ADJ),
	W("terrorist", OP_W_ADJ), W("nuclear", OP_W_ADJ), W("free", OP_W_ADJ), W("fair", OP_W_ADJ),
	W("open", OP_W_ADJ), W("united", OP_W_ADJ), W("joint", OP_W_ADJ), W("total", OP_W_ADJ),
	W("real", OP_W_ADJ), W("true", OP_W_ADJ), W("large", OP_W_ADJ),

	/* actor nouns (VICS.md 2.10: states, governments, organizations, groups, leaders, people) */
	W("government", OP_W_ACTOR), W("governments", OP_W_ACTOR), W("country", OP_W_ACTOR),
	W("countries", OP_W_ACTOR), W("state", OP_W_ACTOR), W("states", OP_W_ACTOR), W("nation", OP_W_ACTOR),
	W("nations", OP_W_ACTOR), W("people", OP_W_ACTOR), W("peoples", OP_W_ACTOR), W("leader", OP_W_ACTOR),
	W("leaders", OP_W_ACTOR), W("leadership", OP_W_ACTOR), W("president", OP_W_ACTOR),
	W("presidents", OP_W_ACTOR), W("minister", OP_W_ACTOR), W("ministers", OP_W_ACTOR),
	W("council", OP_W_ACTOR), W("assembly", OP_W_ACTOR), W("organization", OP_W_ACTOR),
	W("organizations", OP_W_ACTOR), W("organisation", OP_W_ACTOR), W("organisations", OP_W_ACTOR),
	W("union", OP_W_ACTOR), W("community", OP_W_ACTOR), W("communities", OP_W_ACTOR),
	W("delegation", OP_W_ACTOR), W("delegations", OP_W_ACTOR), W("party", OP_W_ACTOR),
	W("parties", OP_W_ACTOR), W("member", OP_W_ACTOR), W("members", OP_W_ACTOR), W("forces", OP_W_ACTOR | OP_W_NOUNVERB),
	W("army", OP_W_ACTOR), W("armies", OP_W_ACTOR), W("troops", OP_W_ACTOR), W("military", OP_W_ACTOR | OP_W_ADJ),
	W("regime", OP_W_ACTOR), W("regimes", OP_W_ACTOR), W("administration", OP_W_ACTOR),
	W("authorities", OP_W_ACTOR), W("authority", OP_W_ACTOR), W("ally", OP_W_ACTOR | OP_W_OTHERREL), W("allies", OP_W_ACTOR | OP_W_OTHERREL),
	W("partner", OP_W_ACTOR | OP_W_OTHERREL), W("partners", OP_W_ACTOR | OP_W_OTHERREL),
	W("neighbour", OP_W_ACTOR | OP_W_OTHERREL), W("neighbours", OP_W_ACTOR | OP_W_OTHERREL),
	W("neighbor", OP_W_ACTOR | OP_W_OTHERREL), W("neighbors", OP_W_ACTOR | OP_W_OTHERREL),
	W("powers", OP_W_ACTOR), W("group", OP_W_ACTOR), W("groups", OP_W_ACTOR),
	W("movement", OP_W_ACTOR), W("movements", OP_W_ACTOR), W("rebels", OP_W_ACTOR),
	W("terrorists", OP_W_ACTOR), W("militia", OP_W_ACTOR), W("militias", OP_W_ACTOR),
	W("criminals", OP_W_ACTOR), W("traffickers", OP_W_ACTOR), W("smugglers", OP_W_ACTOR),
	W("extremists", OP_W_ACTOR), W("militants", OP_W_ACTOR), W("insurgents", OP_W_ACTOR),
	W("pirates", OP_W_ACTOR), W("heads", OP_W_ACTOR),
	W("side", OP_W_ACTOR), W("sides", OP_W_ACTOR), W("institutions", OP_W_ACTOR), W("institution", OP_W_ACTOR),
	W("agencies", OP_W_ACTOR), W("agency", OP_W_ACTOR), W("donors", OP_W_ACTOR), W("donor", OP_W_ACTOR),
	W("citizens", OP_W_ACTOR), W("men", OP_W_ACTOR), W("women", OP_W_ACTOR), W("children", OP_W_ACTOR),
	W("officials", OP_W_ACTOR), W("official", OP_W_ACTOR), W("diplomats", OP_W_ACTOR),
	W("representatives", OP_W_ACTOR), W("representative", OP_W_ACTOR), W("coalition", OP_W_ACTOR),
	W("alliance", OP_W_ACTOR), W("court", OP_W_ACTOR), W("committee", OP_W_ACTOR),
	W("commission", OP_W_ACTOR), W("parliament", OP_W_ACTOR), W("congress", OP_W_ACTOR),
	W("kingdom", OP_W_ACTOR), W("republic", OP_W_ACTOR), W("federation", OP_W_ACTOR),
	W("secretariat", OP_W_ACTOR), W("mission", OP_W_ACTOR), W("envoy", OP_W_ACTOR),
	W("mediators", OP_W_ACTOR), W("friends", OP_W_ACTOR | OP_W_OTHERREL), W("brothers", OP_W_ACTOR | OP_W_OTHERREL),
	W("professionals", OP_W_ACTOR), W("experts", OP_W_ACTOR), W("secretary-general", OP_W_ACTOR),
	W("chairman", OP_W_ACTOR), W("king", OP_W_ACTOR), W("prime", 0), W("rulers", OP_W_ACTOR),
	W("soldiers", OP_W_ACTOR), W("criminals", OP_W_ACTOR), W("traffickers", OP_W_ACTOR),
	W("extremists", OP_W_ACTOR), W("insurgents", OP_W_ACTOR), W("militants", OP_W_ACTOR),
	W("separatists", OP_W_ACTOR), W("gangs", OP_W_ACTOR), W("warlords", OP_W_ACTOR),
	W("mercenaries", OP_W_ACTOR), W("smugglers", OP_W_ACTOR), W("pirates", OP_W_ACTOR), W("police", OP_W_ACTOR), W("settlers", OP_W_ACTOR),
	W("occupiers", OP_W_ACTOR), W("occupation", OP_W_ACTOR), W("occupying", OP_W_ADJ), W("invaders", OP_W_ACTOR), W("aggressor", OP_W_ACTOR),
	W("enemy", OP_W_ACTOR | OP_W_OTHERREL), W("enemies", OP_W_ACTOR | OP_W_OTHERREL), W("region", 0), W("world", OP_W_ACTOR),
	W("international", OP_W_ADJ), W("economies", OP_W_ACTOR), W("economy", 0),
	W("nato", OP_W_ACTOR), W("un", OP_W_ACTOR), W("eu", OP_W_ACTOR), W("humanity", OP_W_ACTOR),
	W("humankind", OP_W_ACTOR), W("mankind", OP_W_ACTOR), W("individuals", OP_W_ACTOR),
	W("youth", OP_W_ACTOR), W("workers", OP_W_ACTOR), W("companies", OP_W_ACTOR), W("society", OP_W_ACTOR),
	W("civil", OP_W_ADJ), W("population", OP_W_ACTOR), W("populations", OP_W_ACTOR),
	W("refugees", OP_W_ACTOR), W("peacekeepers", OP_W_ACTOR), W("operators", OP_W_ACTOR),
	W("africans", OP_W_ACTOR | OP_W_DEMONYM), W("arabs", OP_W_ACTOR | OP_W_DEMONYM),
	W("muslims", OP_W_ACTOR | OP_W_DEMONYM), W("europeans", OP_W_ACTOR | OP_W_DEMONYM),

	/* capitalised names of things that are not actors */
	W("charter", OP_W_ABSTRACT), W("declaration", OP_W_ABSTRACT), W("treaty", OP_W_ABSTRACT),
	W("agreement", OP_W_ABSTRACT), W("agreements", OP_W_ABSTRACT), W("protocol", OP_W_ABSTRACT),
	W("convention", OP_W_ABSTRACT), W("goals", OP_W_ABSTRACT), W("goal", OP_W_ABSTRACT),
	W("agenda", OP_W_ABSTRACT), W("programme", OP_W_ABSTRACT), W("program", OP_W_ABSTRACT),
	W("plan", OP_W_ABSTRACT | OP_W_INTN), W("initiative", OP_W_ABSTRACT | OP_W_INTN),
	W("resolution", OP_W_ABSTRACT), W("resolutions", OP_W_ABSTRACT), W("summit", OP_W_ABSTRACT),
	W("conference", OP_W_ABSTRACT), W("meeting", OP_W_ABSTRACT), W("meetings", OP_W_ABSTRACT), W("framework", OP_W_ABSTRACT), W("session", OP_W_ABSTRACT),
	W("year", OP_W_ABSTRACT), W("decade", OP_W_ABSTRACT), W("day", OP_W_ABSTRACT), W("law", OP_W_ABSTRACT),
	W("act", OP_W_ABSTRACT), W("accord", OP_W_ABSTRACT), W("accords", OP_W_ABSTRACT),
	W("strategy", OP_W_ABSTRACT), W("process", OP_W_ABSTRACT), W("compact", OP_W_ABSTRACT),
	W("vision", OP_W_ABSTRACT), W("report", OP_W_ABSTRACT), W("mechanism", OP_W_ABSTRACT),
	W("platform", OP_W_ABSTRACT), W("order", OP_W_ABSTRACT | OP_W_PURPOSE), W("system", OP_W_ABSTRACT),
	W("hall", OP_W_ABSTRACT), W("fund", 0), W("covid-19", OP_W_ABSTRACT), W("hurricane", OP_W_ABSTRACT),
	W("mr", OP_W_ACTOR), W("mrs", OP_W_ACTOR), W("ms", OP_W_ACTOR), W("dr", OP_W_ACTOR),
	W("sir", OP_W_ACTOR), W("madam", OP_W_ACTOR), W("excellency", OP_W_ACTOR),
	W("excellencies", OP_W_ACTOR), W("god", OP_W_ABSTRACT), W("development", OP_W_ABSTRACT | OP_W_COMMON),

	/* frequent non-actor nouns (capitalised at the start of a sentence) */
	W("terrorism", OP_W_COMMON), W("violence", OP_W_COMMON), W("growth", OP_W_COMMON),
	W("trade", OP_W_COMMON), W("peace", OP_W_COMMON), W("war", OP_W_COMMON), W("poverty", OP_W_COMMON),
	W("hunger", OP_W_COMMON), W("climate", OP_W_COMMON), W("security", OP_W_COMMON),
	W("change", OP_W_COMMON), W("progress", OP_W_COMMON), W("history", OP_W_COMMON),
	W("time", OP_W_COMMON), W("life", OP_W_COMMON), W("justice", OP_W_COMMON), W("freedom", OP_W_COMMON),
	W("aid", OP_W_COMMON), W("help", OP_W_COMMON), W("support", OP_W_COMMON), W("food", OP_W_COMMON),
	W("energy", OP_W_COMMON), W("water", OP_W_COMMON), W("health", OP_W_COMMON), W("education", OP_W_COMMON),
	W("democracy", OP_W_COMMON), W("technology", OP_W_COMMON), W("science", OP_W_COMMON),
	W("corruption", OP_W_COMMON), W("crime", OP_W_COMMON), W("conflict", OP_W_COMMON),
	W("conflicts", OP_W_COMMON), W("crisis", OP_W_COMMON | OP_W_ILL), W("crises", OP_W_COMMON | OP_W_ILL), W("reform", OP_W_COMMON),
	W("reforms", OP_W_COMMON), W("efforts", OP_W_COMMON | OP_W_LIGHTN), W("effort", OP_W_COMMON | OP_W_LIGHTN),
	W("steps", OP_W_COMMON | OP_W_LIGHTN), W("step", OP_W_COMMON | OP_W_LIGHTN),
	W("measures", OP_W_COMMON | OP_W_LIGHTN), W("action", OP_W_COMMON | OP_W_LIGHTN),
	W("actions", OP_W_COMMON | OP_W_LIGHTN), W("moves", OP_W_COMMON | OP_W_LIGHTN),
	W("opportunity", OP_W_COMMON | OP_W_LIGHTN), W("occasion", OP_W_COMMON | OP_W_LIGHTN),
	W("desire", OP_W_INTN),
	W("decision", OP_W_COMMON | OP_W_INTN), W("decisions", OP_W_COMMON | OP_W_INTN),
	W("determination", OP_W_COMMON | OP_W_INTN), W("readiness", OP_W_COMMON | OP_W_INTN),
	W("willingness", OP_W_COMMON | OP_W_INTN), W("intention", OP_W_COMMON | OP_W_INTN),
	W("intentions", OP_W_COMMON | OP_W_INTN), W("resolve", OP_W_INTN), W("plans", OP_W_COMMON | OP_W_INTN),
	W("initiatives", OP_W_COMMON), W("commitment", OP_W_COMMON), W("commitments", OP_W_COMMON),
	W("situation", OP_W_COMMON), W("sanctions", OP_W_COMMON | OP_W_NOUNVERB),
	W("attacks", OP_W_NOUNVERB), W("threats", OP_W_COMMON), W("pressure", OP_W_NOUNVERB),
	W("targets", OP_W_COMMON | OP_W_NOUNVERB), W("convicts", OP_W_NOUNVERB),

	/* objects that make a conflict verb a metaphor: "attack the problems", "fight the pandemic" */
	W("problem", OP_W_ILL), W("problems", OP_W_ILL), W("pandemic", OP_W_ILL | OP_W_COMMON),
	W("pandemics", OP_W_ILL), W("epidemic", OP_W_ILL), W("epidemics", OP_W_ILL), W("disease", OP_W_ILL),
	W("diseases", OP_W_ILL), W("virus", OP_W_ILL), W("malaria", OP_W_ILL), W("hiv", OP_W_ILL),
	W("aids", OP_W_ILL), W("ebola", OP_W_ILL), W("poverty", OP_W_ILL), W("hunger", OP_W_ILL),
	W("illiteracy", OP_W_ILL), W("unemployment", OP_W_ILL), W("inequality", OP_W_ILL),
	W("inequalities", OP_W_ILL), W("desertification", OP_W_ILL), W("drought", OP_W_ILL),
	W("challenge", OP_W_ILL), W("challenges", OP_W_ILL), W("difficulties", OP_W_ILL),
	W("underdevelopment", OP_W_ILL), W("famine", OP_W_ILL), W("ignorance", OP_W_ILL),
	W("change", OP_W_ILL), W("warming", OP_W_ILL), W("covid-19", OP_W_ILL), W("cancer", OP_W_ILL),
	W("tuberculosis", OP_W_ILL), W("pollution", OP_W_ILL),
	/* the ill named by its effects: "battle the effects of climate change" */
	W("effects", OP_W_ILL), W("impact", OP_W_ILL), W("impacts", OP_W_ILL),
	W("consequences", OP_W_ILL), W("ravages", OP_W_ILL), W("scourge", OP_W_ILL),
	W("need", OP_W_NEEDV), W("needs", OP_W_NEEDV), W("needed", OP_W_NEEDV), W("needing", OP_W_NEEDV),
	W("'s", OP_W_GEN),
	W("mindful", OP_W_ADJ), W("aware", OP_W_ADJ), W("sure", OP_W_ADJ),

	/* adjectives before an infinitive */
	W("ready", OP_W_INTADJ), W("prepared", OP_W_INTADJ), W("determined", OP_W_INTADJ),
	W("resolved", OP_W_INTADJ), W("willing", OP_W_INTADJ), W("eager", OP_W_INTADJ), W("poised", OP_W_INTADJ),
	W("keen", OP_W_INTADJ), W("resolute", OP_W_INTADJ), W("unwilling", OP_W_INTADJ | OP_W_NEG),
	W("proud", OP_W_GLADADJ), W("pleased", OP_W_GLADADJ), W("happy", OP_W_GLADADJ),
	W("honoured", OP_W_GLADADJ), W("honored", OP_W_GLADADJ), W("delighted", OP_W_GLADADJ),
	W("glad", OP_W_GLADADJ), W("privileged", OP_W_GLADADJ),
	W("able", OP_W_ABLEADJ), W("unable", OP_W_ABLEADJ | OP_W_NEG), W("free", OP_W_ABLEADJ | OP_W_ADJ),
	W("committed", OP_W_PREDPART), W("involved", OP_W_PREDPART), W("engaged", OP_W_PREDPART),
	W("opposed", OP_W_PREDPART), W("devoted", OP_W_PREDPART), W("dedicated", OP_W_PREDPART),
	W("failed", OP_W_FAIL), W("fails", OP_W_FAIL), W("fail", OP_W_FAIL), W("failing", OP_W_FAIL),
};

/* Verb lemmas: every regular inflection gets the class (irregular forms are listed above or below). */
static const OpBuiltinWord verbs[] = {
	/* saying, thinking, feeling (rule 8): not coded, the clause they introduce is */
	W("say", OP_W_SAY), W("note", OP_W_SAY), W("believe", OP_W_SAY),
	W("think", OP_W_SAY), W("know", OP_W_SAY), W("recall", OP_W_SAY), W("see", OP_W_SAY),
	W("feel", OP_W_SAY), W("recognize", OP_W_SAY), W("recognise", OP_W_SAY), W("consider", OP_W_SAY),
	W("emphasize", OP_W_SAY), W("emphasise", OP_W_SAY), W("stress", OP_W_SAY), W("reiterate", OP_W_SAY),
	W("reaffirm", OP_W_SAY), W("underline", OP_W_SAY), W("acknowledge", OP_W_SAY), W("observe", OP_W_SAY),
	W("announce", OP_W_SAY | OP_W_REPORT), W("declare", OP_W_SAY | OP_W_REPORT), W("explain", OP_W_SAY),
	W("insist", OP_W_SAY), W("understand", OP_W_SAY), W("realize", OP_W_SAY), W("realise", OP_W_SAY),
	W("remember", OP_W_SAY), W("hear", OP_W_SAY), W("tell", OP_W_SAY), W("mention", OP_W_SAY),
	W("indicate", OP_W_SAY | OP_W_REPORT), W("confirm", OP_W_SAY), W("affirm", OP_W_SAY),
	W("argue", OP_W_SAY), W("claim", OP_W_SAY), W("suggest", OP_W_SAY),
	W("find", OP_W_SAY), W("learn", OP_W_SAY), W("fear", OP_W_SAY),
	W("regret", OP_W_SAY), W("trust", OP_W_SAY), W("doubt", OP_W_SAY), W("agree", 0),

	/* modal-like verbs before an infinitive */
	W("need", OP_W_NEEDV),
	W("intend", OP_W_INTV), W("plan", OP_W_INTV), W("aim", OP_W_INTV), W("seek", OP_W_INTV),
	W("strive", OP_W_INTV), W("try", OP_W_INTV), W("attempt", OP_W_INTV), W("endeavour", OP_W_INTV),
	W("endeavor", OP_W_INTV), W("decide", OP_W_INTV | OP_W_REPORT), W("resolve", OP_W_INTV), W("expect", OP_W_INTV),
	W("mean", OP_W_INTV), W("choose", OP_W_INTV), W("prepare", OP_W_INTV), W("hope", OP_W_INTV | OP_W_WISH),
	W("want", OP_W_WISH), W("wish", OP_W_WISH), W("like", OP_W_WISH), W("love", OP_W_WISH),
	W("prefer", OP_W_WISH), W("desire", OP_W_WISH),
	W("continue", OP_W_ASPECT), W("begin", OP_W_ASPECT), W("start", OP_W_ASPECT), W("keep", OP_W_ASPECT),
	W("stop", OP_W_ASPECT), W("cease", OP_W_ASPECT), W("resume", 0),
	W("pledge", OP_W_COMMIT), W("vow", OP_W_COMMIT), W("commit", OP_W_COMMIT), W("promise", OP_W_COMMIT),
	W("undertake", OP_W_COMMIT), W("swear", OP_W_COMMIT), W("threaten", OP_W_COMMIT), W("guarantee", OP_W_COMMIT),
	W("urge", OP_W_APPEAL), W("ask", OP_W_APPEAL), W("request", OP_W_APPEAL), W("appeal", OP_W_APPEAL),
	W("demand", OP_W_APPEAL), W("invite", OP_W_APPEAL), W("encourage", OP_W_APPEAL), W("implore", OP_W_APPEAL),
	W("exhort", OP_W_APPEAL), W("call", OP_W_APPEAL), W("recommend", OP_W_APPEAL), W("propose", OP_W_APPEAL),
	W("press", OP_W_APPEAL), W("beg", OP_W_APPEAL), W("challenge", OP_W_APPEAL),
	W("allow", OP_W_LETV), W("permit", OP_W_LETV), W("enable", OP_W_LETV),
	W("take", OP_W_LIGHTV), W("avail", OP_W_LIGHTV), W("make", OP_W_LIGHTV), W("seize", OP_W_LIGHTV), W("use", OP_W_LIGHTV),
	W("exert", OP_W_LIGHTV), W("redouble", OP_W_LIGHTV),
	W("spare", OP_W_LIGHTV), W("intensify", OP_W_LIGHTV), W("mobilize", OP_W_LIGHTV),
	W("mobilise", OP_W_LIGHTV), W("pursue", OP_W_LIGHTV), W("put", OP_W_LIGHTV),
	W("get", OP_W_BELIKE), W("become", OP_W_BELIKE), W("remain", OP_W_BELIKE), W("stay", OP_W_BELIKE),
	W("seem", OP_W_BELIKE), W("appear", OP_W_BELIKE),
	W("look", OP_W_VERB), W("go", OP_W_VERB), W("come", OP_W_VERB), W("give", OP_W_VERB),
	W("improve", OP_W_VERB), W("achieve", OP_W_VERB), W("ensure", OP_W_VERB), W("pursue", OP_W_VERB),
	W("address", OP_W_VERB), W("create", OP_W_VERB), W("play", OP_W_VERB),
	W("face", OP_W_VERB), W("focus", OP_W_VERB), W("adopt", OP_W_VERB), W("implement", OP_W_VERB),
	W("put", OP_W_VERB), W("bring", OP_W_VERB), W("set", OP_W_VERB), W("show", OP_W_VERB),
	W("raise", OP_W_VERB), W("lead", OP_W_VERB), W("hold", OP_W_VERB), W("pay", OP_W_VERB),
	W("fail", OP_W_FAIL),
};

/* Irregular forms of the verbs above. */
static const OpBuiltinWord irregular[] = {
	V("said", OP_W_SAY, D), V("thought", OP_W_SAY, D), V("knew", OP_W_SAY, D), V("known", OP_W_SAY, D),
	V("saw", OP_W_SAY, D), V("seen", OP_W_SAY, D), V("felt", OP_W_SAY, D), V("understood", OP_W_SAY, D),
	V("heard", OP_W_SAY, D), V("told", OP_W_SAY, D), V("found", OP_W_SAY, D),
	V("sought", OP_W_INTV, D), V("meant", OP_W_INTV, D), V("chose", OP_W_INTV, D), V("chosen", OP_W_INTV, D),
	V("kept", OP_W_ASPECT, D), V("began", OP_W_ASPECT, D), V("begun", OP_W_ASPECT, D),
	V("swore", OP_W_COMMIT, D), V("sworn", OP_W_COMMIT, D), V("undertook", OP_W_COMMIT, D),
	V("undertaken", OP_W_COMMIT, D), V("took", OP_W_LIGHTV, D), V("taken", OP_W_LIGHTV, D),
	V("made", OP_W_LIGHTV, D), V("got", OP_W_BELIKE, D), V("gotten", OP_W_BELIKE, D),
	V("became", OP_W_BELIKE, D), V("went", OP_W_VERB, D), V("gone", OP_W_VERB, D), V("came", OP_W_VERB, D),
	V("gave", OP_W_VERB, D), V("given", OP_W_VERB, D), V("brought", OP_W_VERB, D), V("shown", OP_W_VERB, D),
	V("led", OP_W_VERB, D), V("held", OP_W_VERB, D), V("paid", OP_W_VERB, D),
	V("let", OP_W_LETV | OP_W_LET, B | D),
};

void
op_words_each(OpBuiltinFn fn, void *arg)
{
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
		fn(arg, forms[i].word, forms[i].wclass, forms[i].vkinds);
	for (size_t i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++)
	{
		OpInflection inf[OP_MAX_INFLECTIONS];
		int			n = op_inflect(verbs[i].word, inf);

		for (int k = 0; k < n; k++)
			fn(arg, inf[k].form, verbs[i].wclass | OP_W_VERB, inf[k].kind);
	}
	for (size_t i = 0; i < sizeof(irregular) / sizeof(irregular[0]); i++)
		fn(arg, irregular[i].word, irregular[i].wclass | OP_W_VERB, irregular[i].vkinds);
}
