--- The default English quote rules: who said what, and how the sentence
-- says it. The quote stage (`glean.quotes`) runs these patterns over the
-- whole text in one sweep of the C matcher and decides, per match, where
-- the quote's content lies. Users change them here (or hand their own table
-- to `glean.quotes.compile`) without recompiling; the reporting verbs and
-- phrases themselves are in the word lists (`reporting_verbs.tsv`, label
-- `reporting_verb`; add rows to `data/en/curated/reporting_verbs.tsv`).
--
-- A rule: `{id = "quote.en.…", pattern = <pattern>, content = "after" |
-- "before" | "auto", speaker = "capture" | "subject"}`. Captures: `speaker`
-- (the mention), `cue` (the verb or phrase), `addressee` (optional).
-- `content`: "after" (the content follows the match to the end of its
-- clause), "before" (it precedes the match: the quotation just closed, or
-- the sentence up to the match), "auto" (after, unless nothing but the end
-- of the sentence, a time or a place follows the match). `speaker =
-- "subject"`: the rule has no speaker capture; the speaker is the subject
-- of the sentence (`…, adding that …`). `finite = true`: the cue may not be
-- a gerund (", telling the Economist" is no "…, said the Economist").
-- `noun = true`: the cue is a noun ("her claim that …"), so a possessive
-- or an article may stand before it.
-- Optional captures tell variants of one rule apart (one pattern is
-- cheaper than three): `apposition` ("Ann Lee, the mayor, said": finite),
-- `that` (any verb before "that": the cue must look like a past tense);
-- `opens = true`: the cue opens its clause ("According to X, …"), so
-- a comma before it makes the match no quote (", according to X, and …"
-- is the content on both sides: another rule's).
-- `passive = true`: the content is the sentence's subject, before the
-- match ("The plan was reported by the Post").
-- `ids` names their rule ids. `paragraph = true`: the content runs to the
-- end of the paragraph (over several sentences). `long_subject = true`: the speaker is the
-- whole subject of the sentence.
-- `relative = true`: the speaker is a relative pronoun ("…, who said …";
-- after a comma the content ends at the next one). `np = true`: the
-- content is a noun phrase ("her remarks about the fees"). `source =
-- true`: no quote when the content names a speaker of its own ("In a
-- statement, the company said …"). `as_clause = true`: "as X put it"
-- names the clause before it, or what follows it after a comma.
-- `contracted = true`: "'s" may stand between the speaker and the cue
-- ("He's claiming …"). `quoted_as = true`: the speaker is the one an
-- outlet quoted, "as" between it and the cue ("quoted Ann Lee as saying").
--
-- The word lists below (auxiliaries, source nouns, clause stops, …) are
-- plain Lua tables: add to them here. Rules run in list order; for one cue,
-- the first rule that makes a quote wins.
-- @module glean.rules.en.quotes

local P = require "glean.pattern"

-- (LuaJIT: the functions of this file run in the interpreter; a trace
-- would stop at each of their many calls into the C core, and stitching
-- the pieces together makes them several times slower, not faster)
local jit = rawget(_G, "jit")
if jit then jit.off(true, true) end

local M = {}

-- a reporting verb or phrase ("said", "according to", "pointed out")
local cue = P.dict "reporting_verb"
-- the dictionary labels a longer name around them takes away: a reporting
-- verb inside a name is a word of it, no cue ("the Department of Planning
-- and Environment said", "Edward Said")
M.NOT_INSIDE_NAMES = { "reporting_verb" }

-- words between a subject and its verb: "has said", "also told", "had
-- previously argued", "did not say"
M.AUX = { "has", "have", "had", "will", "would", "could", "can", "may",
  "might", "should", "must", "also", "later", "earlier", "previously",
  "then", "again", "once", "repeatedly", "often", "did", "does", "do", "is",
  "are", "was", "were", "been", "reportedly", "publicly", "privately",
  "recently", "still", "even", "already", "just", "further", "openly",
  "first", "separately", "explicitly", "clearly", "specifically", "flatly",
  "bluntly", "simply", "quickly", "frequently", "always", "has", "not",
  "n't", "never", "now", "himself", "herself", "themselves", "there", "here",
  "initially", "subsequently", "ultimately", "correctly", "falsely",
  "wrongly", "privately", "angrily", "calmly", "insistently", "emphatically",
  "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", "yesterday", "today", "last", "week", "night", "morning",
  "evening", "afternoon", "similarly", "likewise", "generally", "usually",
  "typically", "largely", "mostly", "widely", "consistently", "long",
  "steadfastly", "firmly", "strongly", "sharply", "harshly", "loudly",
  "quietly", "repeatedly", "recently", "previously", "formally",
  "officially", "personally", "directly", "indirectly", "partly",
  "reluctantly", "readily", "openly", "cynically", "bitterly", "proudly",
  "boldly", "falsely", "barely", "hardly", "frankly", "candidly",
  "sarcastically", "jokingly", "powerfully", "forcefully", "vigorously",
  "strenuously", "vehemently", "adamantly", "publicly", "privately",
  "reportedly", "allegedly", "apparently", "seemingly", "initially",
  "eventually", "finally", "immediately", "promptly", "swiftly", "briefly",
  "casually", "specifically", "explicitly", "implicitly", "effectively",
  "essentially", "basically", "actually", "really", "certainly", "surely",
  "probably", "possibly", "perhaps", "only", "ever", "subsequently",
  "continually", "constantly", "routinely", "regularly", "increasingly",
  "emotionally", "passionately", "vocally", "staunchly", "fiercely",
  "pointedly", "cautiously", "carefully", "gleefully", "famously",
  "incorrectly", "mistakenly", "rightly", "baselessly", "'re",
  "'ve", "'d", "'ll", "'m",
  -- (verbs that raise the speaker into a cue: "appeared to suggest",
  -- "went on to discuss"; "to" only after one of RAISING)
  "all", "both", "each", "together", "this", "past", "month", "year",
  "weekend", "in",
  "to", "appeared", "appears", "seemed", "seems", "went", "tried", "tries",
  "continued", "continues", "began", "begins", "going" }
M.RAISING = { "appeared", "appears", "seemed", "seems", "on", "tried", "tries",
  "continued", "continues", "began", "begins", "going", "want", "wants",
  "wanted", "plan", "plans", "planned", "intend", "intends", "intended",
  "hope", "hopes", "hoped", "expect", "expects", "expected", "need", "needs",
  "needed", "has", "have", "had", "used", "able", "is", "was", "are", "were",
  "refused", "declined", "likely", "unlikely", "set", "scheduled", "due" }
-- (and a day: "Ann Lee on Wednesday urged …", the build checks it)
local aux = (P.words(M.AUX) + P.kind "number" + P.word "on" * P.entity { "DATE", "TIME" }) ^ -4

-- nouns that name a source when they head a subject: "the report said",
-- "a spokeswoman told", "officials say", "polls show" (titles and role
-- nouns come from the title list)
M.SOURCE_NOUNS = { "media", "broadcaster", "outlets", "watchdog", "regulator",
  "report", "reports", "study", "studies", "survey",
  "surveys", "poll", "polls", "analysis", "analyses", "statement",
  "statements", "data", "figures", "research", "review", "investigation",
  "audit", "document", "documents", "memo", "letter", "filing", "lawsuit",
  "complaint", "ruling", "court", "judge", "judges", "officials", "official",
  "sources", "source", "experts", "expert", "critics", "critic",
  "supporters", "opponents", "observers", "witnesses", "witness",
  "residents", "voters", "lawmakers", "legislators", "senators",
  "campaign", "government", "ministry", "spokesman", "spokeswoman",
  "spokesperson", "aides", "aide", "advisers", "adviser", "advisors",
  "people", "person", "man", "woman", "men", "women", "authorities",
  "police", "prosecutors", "scientists", "researchers", "economists",
  "analysts", "agency", "company", "firm", "group", "organization",
  "organisation", "party", "team", "paper", "newspaper", "website",
  "article", "story", "book", "video", "post", "tweet", "ad", "advert",
  "website", "estimates", "estimate", "models", "forecast", "records",
  "numbers", "results", "evidence", "leaders", "leader", "members",
  "member", "representatives", "diplomats", "diplomat", "democrats",
  "republicans", "conservatives", "liberals", "activists", "protesters",
  "commentators", "pundits", "candidates", "candidate", "nominee",
  "administration", "White House", "Kremlin", "percent", "majority",
  "minority", "half", "third", "quarter", "respondents", "americans",
  "citizens", "families", "parents", "workers", "employees", "students",
  "economists", "historians", "lawyers", "attorneys", "attorney",
  "counsel", "doctors", "consultants", "strategists", "strategist",
  "allies", "friends", "colleagues", "statement", "release", "tweet",
  "tweets", "ads", "commercial", "spot", "editorial", "op-ed", "column",
  "columnist", "host", "anchor", "moderator", "panel", "committee",
  "commission", "council", "board", "department", "office", "bureau",
  "network", "station", "outlet", "magazine", "site", "blog", "delegates", "delegate",
  "negotiators", "negotiator", "traders", "trader", "investors", "bankers", "executives",
  "insiders", "teachers", "nurses", "unions", "farmers",
  "villagers", "survivors", "relatives", "neighbours", "neighbors", "organisers",
  "organizers", "rescuers", "medics", "soldiers", "troops", "militants", "rebels" }

local pronoun = P.words { "he", "she", "they", "we", "i", "it" }
-- words that open a relative clause as its subject ("the agency, which
-- said …", "cities that support …"): a speaker that stands for the noun
-- before it
M.RELATIVES = { "who", "which", "that" }
-- "many of whom say …", "some of which show …"
M.QUANTIFIERS = { "many", "some", "most", "all", "both", "each", "several",
  "few", "none", "one", "two", "three", "half", "majority", "dozens",
  "hundreds", "thousands", "millions" }
-- a name the lists do not know: "Mr. McKinley", "Kerr Putney" (capitalized
-- words after an honorific, or two or three of them)
M.HONORIFICS = { "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.",
  "mr", "mrs", "ms", "dr", "prof.", "rev.", "lt.", "col.", "sgt.", "adm.",
  "capt.", "pres.", "sir", "lord", "lady", "dame" }
local bare_name = P.all(P.cap_word, P.isnt "upper")
local unknown_name = P.words(M.HONORIFICS) * bare_name * bare_name ^ -2 +
                     P.dict { "given_name", "surname" } * bare_name ^ -2
local det = P.words { "the", "a", "an", "his", "her", "their", "its", "our",
  "my", "your", "this", "that", "these", "those", "some", "many", "several",
  "other", "another", "one", "two", "three", "four", "five", "most", "both",
  "few", "more", "two", "top", "senior" }
-- a modifier inside a noun phrase: "senior", "White House", "Pentagon"
-- (not a word that starts a clause or joins two)
M.NOT_MODIFIERS = { ",", ".", ";", ":", "!", "?", "(", ")", "\"", "'", "-",
  "--", "and", "or", "but", "while", "although", "though", "when", "as",
  "if", "because", "since", "who", "which", "that", "what", "how",
  "whether", "after", "before", "where", "said", "says", "say", "told",
  "the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "is",
  "was", "are", "were", "has", "have", "had", "not", "to", "of", "in", "on",
  "at", "for", "with", "by", "from", "about", "than", "so", "also", "will",
  "could", "can", "may", "might", "must", "should", "shall" }
-- (nor a possessive inside the phrase: not "the government cut its growth
-- forecast")
local modifier_stops = { "its", "their", "our", "my", "your" }
for _, w in ipairs(M.NOT_MODIFIERS) do modifier_stops[#modifier_stops + 1] = w end
local modifier = P.no(P.words(modifier_stops))
local head = P.dict "title" + P.words(M.SOURCE_NOUNS)
-- (and, alone after "with" and a gerund, plural nouns of people the
-- source nouns lack: "with inspectors saying …")
M.WITH_SAYING_NOUNS = { "inspectors", "officers", "campaigners", "investigators", "ministers",
  "fans", "players", "locals", "forecasters", "staff" }
-- "the minister", "a senior White House official", "Trump's campaign",
-- "Italy's defense minister"
-- (no hyphenated modifiers: "the Paris-based watchdog" would cost the
-- quote stage a tenth more, in threads of the pattern program)
-- ("the 30-year-old": an age, the one hyphenated head the patterns read)
local age = P.kind "number" * P.kind "hyphen" * P.words { "year", "years" } * P.kind "hyphen" *
            P.word "old"
local noun_phrase = (det + P.entity { "PERSON", "ORG", "GPE", "NORP" } * P.word "'s") *
                    modifier ^ -3 * (head + P.all(P.kind "word", P.is "lower")) + head +
                    det * age
-- letters after a name that give a seat or an honour ("Ann Lee MP", "Tom
-- Ray QC"): the speaker is the person (in capitals only: "mp" is no post)
M.POSTNOMINALS = { "mp", "mps", "mep", "msp", "ms", "mla", "td", "qc", "kc", "sc", "obe",
  "mbe", "cbe", "kbe", "dbe", "ao", "oam", "phd" }
local postnominal = P.all(P.words(M.POSTNOMINALS), P.is "upper")
-- (the letters of a seat, after which a place is the member's: "the Dublin
-- Bay North TD said")
M.SEAT_LETTERS = { "td", "mp", "msp", "mla", "mep", "mhk" }
-- where a body sits, after its name: "in Khyber Pakhtunkhwa province"
-- (see quote.en.seat_cue)
local seat = P.words { "in", "at" } * P.entity { "GPE", "LOC" } *
             P.words { "province", "state", "region", "district", "county" } ^ -1
-- who may speak: a named person or body, a place or people ("Russia",
-- "Russians"), a pronoun, a noun phrase headed by a role or source noun
local speaker = P.capture("speaker",
  P.entity { "PERSON", "ORG" } + noun_phrase + P.entity { "GPE", "NORP" } + pronoun +
  unknown_name) * postnominal ^ -2
-- after its cue a speaker ends the clause, so the fuller reading comes
-- first: "said Mr. Lee" (not the title alone), "said European Council
-- President Ann Lee"
local speaker_after = P.capture("speaker",
  -- ("said Met Office deputy chief meteorologist Ann Lee": a role no list
  -- knows, in lower case, after the body; first, as the
  -- reading below would end at the body)
  (P.entity { "ORG", "GPE", "NORP" } * P.word "'s" ^ -1) ^ -2 *
  P.all(P.kind "word", P.is "lower") ^ 1 * P.all(P.kind "word", P.is "lower") ^ -3 *
  P.entity { "PERSON" } +
  -- ("…, says CBN governor": a body's role with no name, as headlines
  -- write it, to the line's end)
  P.entity { "ORG", "GPE", "NORP" } * P.word "'s" ^ -1 *
  P.all(P.in_dict { "title" }, P.is "lower") * P.dict "title" ^ -1 * P.sent_end +
  (P.entity { "ORG", "GPE", "NORP" } * P.word "'s" ^ -1 + P.dict "title") ^ -3 *
  (P.entity { "PERSON", "ORG" } + unknown_name) +
  -- ("said race director Ann Lee": a title's own lower-case words)
  P.all(P.kind "word", P.is "lower") * P.all(P.kind "word", P.is "lower") ^ -1 *
  P.dict "title" * P.entity { "PERSON" } +
  -- ("said Ashbury analyst Ann Lee": a body no list knows before the title)
  P.cap_word * P.cap_word ^ -1 * P.dict "title" * P.entity { "PERSON" } +
  P.entity { "PERSON", "ORG" } + noun_phrase + P.entity { "GPE", "NORP" } + pronoun +
  unknown_name)
-- "Flynn, a top surrogate, said", "Ann Lee, 59, of Ashton, Md., said",
-- "Rep. Ann Lee (D-N.Y.), who chairs the panel, said": a speaker with an
-- apposition (up to three parts) or a parenthesis
-- (no "said" inside one: "… and your own pay, she said, referring to …"
-- is no apposition to "your own pay", and its match would hide "she said";
-- nor "wrote": "Tennessee, she wrote, had offered …")
-- (no clause joined by a conjunction: "…, and the meeting deteriorated
-- from there, said one source")
local APPOSITION_STOPS = { ",", ".", "\"", ";", ":", "said", "says", "told", "wrote", "writes",
  "added", "adds" }
-- (nor a part that opens with a cue: "The report, published by Acme,
-- found that …, citing …" is no subject of "citing")
local apposition_first = { "and", "but", "or", "so", "found", "finds", "showed", "shows",
  "warned", "warns", "argued", "argues", "claimed", "claims", "concluded", "suggested",
  "suggests", "reported", "insisted", "announced", "noted", "stressed", "estimated" }
for _, w in ipairs(APPOSITION_STOPS) do apposition_first[#apposition_first + 1] = w end
local apposition_part = P.word "," * P.no(P.words(apposition_first)) *
                        P.rep(P.no(P.words(APPOSITION_STOPS)), 0, 23)
local parenthesis = P.word "(" * P.rep(P.no(P.words { ")", "(" }), 1, 8) * P.word ")"
-- ("Ann Lee -- a harbour master, and a former aide -- said")
-- (dashes, not the hyphen inside a name: "The judges — Ann Lee-Wood, …")
local dash_aside = P.kind "dash" * P.no(P.words { "which", "that", "who" }) *
                   P.rep(P.no(P.words { "-", "--", ".", ";", ":", "\"" }) + P.kind "hyphen",
                         0, 30) *
                   P.kind "dash"
local apposition = parenthesis * (P.rep(apposition_part, 1, 3) * P.word ",") ^ -1 +
                   P.rep(apposition_part, 1, 3) * P.word "," + dash_aside

-- the agent of a passive: a speaker, or the words of a noun phrase up to a
-- preposition or a clause ("was echoed by a number of tax experts", "is
-- supported by far fewer voters")
M.NOT_AGENT = { ",", ".", ";", ":", "!", "?", "(", ")", "\"", "'", "-", "--",
  "in", "on", "at", "for", "after", "before", "during", "since", "when",
  "while", "as", "because", "that", "who", "which", "whom", "whose", "to",
  "from", "with", "over", "than", "but", "or", "is", "was", "are", "were",
  "has", "have", "had", "will", "would", "could", "can", "should", "said",
  "says", "say", "told", "until", "amid", "despite", "last", "this", "into",
  "about", "by", "if", "though", "although", "unless", "where" }
local agent = P.capture("speaker", P.rep(P.no(P.words(M.NOT_AGENT)), 1, 8) + speaker_after)

-- whom it was said to: "told the Economist", "telling reporters"
M.ADDRESSEE_NOUNS = { "reporters", "journalists", "lawmakers", "supporters", "cabinet",
  "ministers", "legislators", "shareholders", "investors", "analysts", "tribunal",
  "convention", "parliament", "congress", "viewers", "listeners", "readers", "audience",
  "crowd", "students", "voters", "members", "colleagues", "donors",
  "interviewer", "press", "media", "committee", "senators", "delegates",
  "officials", "diplomats", "troops", "soldiers", "allies", "leaders",
  "host", "hosts", "anchor", "audience", "audiences", "interviewers",
  "panel", "jury", "court", "judge", "police", "investigators", "attendees",
  "guests", "listeners", "fans", "followers", "residents", "workers",
  "employees", "staff", "agents", "doctors", "lawyers", "people", "everyone",
  "newspaper", "paper", "magazine", "programme", "program", "show", "station",
  "channel", "website", "broadcaster", "network", "inquiry", "hearing",
  "conference", "meeting", "summit", "assembly", "council", "house", "chamber",
  "commons", "lords", "senate", "mps", "peers", "rally", "gathering", "reporter",
  "journalist", "newspapers", "programmes", "briefing", "inquest", "podcast", "forum",
  "seminar", "tabloid", "hall", "room", "congregation", "mourners", "protesters",
  "demonstrators", "activists", "campaigners", "volunteers", "faithful", "agency", "board",
  "parents", "teachers", "families", "pupils", "commissioners", "councillors", "councilors",
  "regulators", "creditors", "negotiators", "jurors", "vigil", "gardaí", "gardai", "detectives",
  "correspondent", "correspondents", "defendant", "defendants", "witness", "witnesses",
  "event", "events", "ceremony", "gala", "dinner", "luncheon", "breakfast", "webinar",
  "symposium", "workshop", "lecture", "graduates", "alumni" }
-- an outlet's programme after its name: "BBC Radio 4's Today programme"
-- (not "NBC's Lester Holt": a person)
local programme = P.words { "'s", "\226\128\153s" } *
                  P.all(P.kind "word", P.is "cap") * P.all(P.kind "word", P.is "cap") ^ -3 *
                  P.words { "programme", "program", "show", "website", "podcast" } ^ -1
-- what an outlet is, after its name: "told the Daily Mail newspaper"
local outlet_noun = P.all(P.isnt "cap", P.word "news") ^ -1 *
                    P.all(P.isnt "cap", P.words { "newspaper", "paper", "magazine",
  "tabloid", "daily", "weekly", "website", "channel", "station", "broadcaster",
  "network", "programme", "program", "show", "agency" })
-- nouns of outlets: "told Dutch newspaper De Telegraaf", "the paper said"
M.OUTLET_NOUNS = { "broadcaster", "network", "newspaper", "paper", "magazine",
  "website", "channel", "publisher", "television", "tv", "radio", "station", "show",
  "programme", "program" }
-- (and after a name, a country's government: "tell NZ government …"; one
-- set of words, one test)
M.ADDRESSEE_NOUNS_NAMED = { "government", "administration", "authorities" }
for _, w in ipairs(M.ADDRESSEE_NOUNS) do
  M.ADDRESSEE_NOUNS_NAMED[#M.ADDRESSEE_NOUNS_NAMED + 1] = w
end
local addressee = P.capture("addressee",
  -- ("urged Western allies", "told Labour MPs", "told Dutch newspaper De
  -- Telegraaf": first, the longer reading)
  det ^ -1 * P.entity { "NORP", "ORG", "GPE" } * P.words { "public", "state", "national" } ^ -1 *
  (P.words(M.OUTLET_NOUNS) * P.all(P.kind "word", P.is "cap") ^ -4 +
   P.words(M.ADDRESSEE_NOUNS_NAMED)) +
  P.word "the" ^ -1 * P.entity { "PERSON", "ORG", "GPE" } * (programme + outlet_noun) ^ -1 +

  -- ("told OffBeat magazine": a name no list knows, and its medium)
  P.word "the" ^ -1 * P.cap_word * P.cap_word ^ -2 * outlet_noun +
  P.words { "him", "her", "them", "us", "me", "you" } +
  -- ("told the radio station RPP", a name no list knows)
  det * P.all(P.kind "word", P.isnt "cap") ^ -2 * P.words(M.OUTLET_NOUNS) *
  P.all(P.cap_word, P.no(P.in_entity { "GPE", "NORP", "PERSON" })) * P.cap_word ^ -3 +
  -- ("told the three-judge panel": a hyphenated modifier too; "told
  -- thousands of flag-waving supporters": a crowd's number)
  ((det + P.words { "thousands", "hundreds", "dozens", "millions", "crowds" } * P.word "of") ^ -1 *
   (P.all(P.kind "word", P.isnt "cap") * (P.kind "hyphen" * P.kind "word") ^ -1) ^ -2 *
   (P.words(M.ADDRESSEE_NOUNS) +
    -- ("told state television", not "told Radio 4's Today programme")
    P.all(P.words { "television", "radio", "tv" }, P.is "lower"))))
-- verbs that take their listener as object
M.TELL = { "told", "tell", "tells", "telling", "assured", "assure", "assures",
  "assuring", "informed", "inform", "informs", "informing", "warned", "warn",
  "warns", "warning", "reminded", "remind", "reminds", "reminding",
  "advised", "advise", "advises", "advising", "urged", "urge", "urges",
  "urging", "promised", "promise", "promises", "promising", "asked", "ask",
  "asks", "asking" }
-- a source after "according to": the words up to a comma, a relative
-- pronoun or the end ("a person familiar with his thinking who spoke on
-- condition of anonymity" is the person)
local source_words = P.rep(P.no(P.words { ",", ".", ";", ":", "!", "?", "(", ")", "\"", "'",
                                          "who", "whom", "whose", "which" }), 1, 14)
-- the whole subject of a sentence, when no shorter speaker fits: "The
-- latest opinion poll released Friday shows …"
M.NOT_SUBJECT = { ",", ".", ";", ":", "!", "?", "(", ")", "\"", "'", "-",
  "--", "that", "which", "who", "is", "was", "are", "were", "said", "says",
  "say", "told", "if", "when", "while", "because", "but", "he", "she",
  "they", "it", "we", "i", "you", "has", "have", "had", "will", "would" }
local subject_words = P.no(P.words(M.NOT_SUBJECT))
-- a short phrase that opens the sentence before its subject: "In
-- September,", "After the vote,", "Of those asked,"
M.OPENING_WORDS = { "in", "on", "at", "after", "before", "during", "since",
  "last", "earlier", "later", "of", "among", "for", "within", "across",
  "until", "by", "from", "over", "this", "yesterday", "today" }
local opening = P.words(M.OPENING_WORDS) * P.rep(subject_words, 0, 3) * P.word ","
-- the verbs a long subject may have (not "published", "reported": a long
-- subject before them is often a sentence of its own)
M.LONG_SUBJECT_VERBS = { "say", "says", "said", "show", "shows", "showed",
  "found", "finds", "suggest", "suggests", "suggested", "indicate",
  "indicates", "indicated", "estimate", "estimates", "estimated",
  "conclude", "concludes", "concluded", "predict", "predicts", "predicted",
  "argue", "argues", "argued", "believe", "believes", "claim", "claims",
  "claimed", "warn", "warns", "warned", "told", "tell", "tells", "think",
  "thinks", "agree", "agreed", "agrees", "want", "wants", "wanted" }
local tell = P.capture("cue", P.all(P.in_dict "reporting_verb", P.words(M.TELL)))
local any_cue = P.capture("cue", cue)
local said = tell * addressee + any_cue

-- words before "that" that are no verb of saying or thinking ("so that",
-- "such that", "is that", "now that")
M.NOT_THAT_VERBS = { ",", ".", ";", ":", "!", "?", "(", ")", "\"", "'", "-",
  "--", "so", "such", "is", "was", "are", "were", "be", "been", "being",
  "now", "given", "except", "in", "of", "for", "on", "at", "by", "with",
  "about", "to", "from", "and", "or", "but", "than", "like", "all", "not",
  "only", "just", "also", "even", "much", "more", "less", "that", "this",
  "it", "he", "she", "they", "we", "i", "you", "has", "have", "had", "do",
  "does", "did", "will", "would", "can", "could", "may", "might", "must",
  "should", "because", "since", "after", "before", "when", "while", "if",
  "though", "although", "until", "unless", "whether", "the", "a", "an",
  "ensure", "ensured", "ensures", "ensuring", "means", "meant", "mean",
  -- (a time between a verb and "that": "noted Friday that")
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", "yesterday", "today", "tonight", "week", "weekend", "night",
  "morning", "afternoon", "evening", "month", "year", "earlier", "later",
  "again", "repeatedly", "recently" }

-- nouns that report what someone said or thinks ("Trump's claim that …")
M.CUE_NOUNS = { "claim", "claims", "assertion", "assertions", "argument",
  "statement", "warning", "warnings", "insistence", "suggestion", "promise",
  "pledge", "vow", "view", "belief", "contention", "allegation",
  "allegations", "charge", "accusation", "remark", "remarks", "comment",
  "comments", "assurance", "assurances", "admission", "prediction",
  "announcement", "conclusion", "finding", "findings", "message", "threat",
  "hope", "fear", "fears", "concern", "concerns", "insinuation", "boast",
  "complaint", "denial", "estimate", "recommendation", "proposal", "demand",
  "position", "point", "theory", "idea", "notion", "sense", "feeling" }

-- nouns that name what someone said or thinks about a topic ("his
-- comments about the debt", "Russia's claims of victory", "her view of
-- the deal"), and the prepositions that introduce it
M.TOPIC_NOUNS = { "claim", "claims", "comment", "comments", "remark", "remarks",
  "statement", "statements", "theory", "view", "views", "idea", "ideas",
  "allegation", "allegations", "accusation", "accusations", "warning",
  "warnings", "criticism", "criticisms", "attack", "attacks", "message",
  "complaint", "complaints", "concern", "concerns", "question", "questions",
  "assertion", "assertions", "thoughts", "opinion", "opinions", "rhetoric",
  "assessment", "characterization", "description", "depiction", "account",
  "praise", "denunciation", "condemnation", "defense", "defence" }
M.TOPIC_PREPOSITIONS = { "about", "of", "on", "over", "regarding", "against" }
-- documents and surveys that speak for their authors after "In": "In a
-- new poll, …", "In her letter, …"
M.SOURCE_DOCUMENTS = { "poll", "polls", "survey", "surveys", "study",
  "studies", "report", "reports", "statement", "letter", "memo", "analysis",
  "interview", "op-ed", "editorial", "column", "essay", "book", "memoir",
  "speech", "post", "tweet", "filing", "lawsuit", "complaint", "ruling",
  "opinion", "decision", "review", "assessment", "estimate", "forecast",
  "testimony", "remarks", "email", "video", "ad", "advertisement" }
-- who owns a noun cue: "Trump's", "the agency's", "his"
local possessor = P.capture("speaker", P.entity { "PERSON", "ORG", "GPE" } * P.word "'s" +
                                       P.words { "his", "her", "their", "its" })
-- adjectives before a noun cue: "his infamous comment", "her repeated
-- warnings"
local noun_modifier = P.all(P.kind "word", P.is "lower")

-- what a gerund of saying follows with no comma, its speaker the
-- sentence's subject: a document or a time ("a statement saying that …",
-- "tweets early Friday saying that …")
M.SAYING_AFTER = { "statement", "statements", "letter", "letters", "tweet", "tweets", "post",
  "posts", "note", "email", "emails", "message", "messages", "memo", "filing", "video",
  "ad", "advert", "release", "speech", "interview", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "yesterday", "today", "night", "morning",
  "afternoon", "evening", "week", "weekend" }

-- one or some of a group: "one of them", "some of the people familiar
-- with the talks"
local one_of_group = P.words(M.QUANTIFIERS) * P.word "of" *
                     (P.words { "them", "those", "us" } +
                      det * P.all(P.kind "word", P.is "lower") ^ -2 *
                      P.all(P.kind "word", P.is "lower"))

M.rules = {
  -- "The Age quoted an unnamed minister as saying …": the one quoted
  -- speaks (the outlet only reports it)
  { id = "quote.en.quoted_as_saying", content = "auto", quoted_as = true,
    -- (not the passive's agent: "was quoted by the Post as saying")
    pattern = P.words { "quoted", "quotes", "quoting" } *
              P.capture("speaker", P.no(P.words { "by", "in", "on", "at", "from" }) *
                                   P.rep(P.no(P.words { ",", ".", ";", ":", "!", "?", "(", ")",
                                                        "\"", "as", "saying", "said" }), 0, 7)) *
              P.word "as" * P.capture("cue", P.word "saying") },
  -- the passive with its agent: "Ann Lee was quoted by the Daily Post as
  -- saying …" (the one quoted speaks; without an agent, "was quoted as
  -- saying" is a phrase of the lists)
  { id = "quote.en.quoted_by_as_saying", content = "after", quoted_as = true,
    pattern = speaker * P.capture("apposition", apposition) ^ -1 * aux * P.word "quoted" *
              P.words { "by", "in" } *
              P.rep(P.no(P.words { ".", ";", ":", "!", "?", "\"", "as", "saying", "said" }),
                    1, 12) *
              P.word "as" * P.capture("cue", P.word "saying") },
  -- a relative clause: "Ann Lee, who said …", "the agency which reported
  -- …" (first: the longest match of the next rule may read the relative
  -- clause as an apposition and end at a later cue, or take "the agency
  -- which" for a noun phrase)
  { id = "quote.en.relative_cue", content = "auto", relative = true,
    -- (and a body's voice after "whose": "the pension scheme, whose
    -- trustee said …")
    pattern = P.capture("speaker",
                        P.words(M.QUANTIFIERS) * P.word "of" * P.words { "whom", "which" } +
                        P.words(M.RELATIVES) +
                        P.word "whose" * P.all(P.kind "word", P.is "lower") ^ -2 * head) *
              aux * said },
  -- "“…,” Ann Lee, head of research at Acme told the BBC": a name after
  -- the quotation, and an aside whose closing comma is missing
  { id = "quote.en.quote_name_aside_cue", content = "before", finite = true, apposition = true,
    pattern = P.all(P.kind "quote", P.is "close") * P.capture("speaker", P.entity { "PERSON" }) *
              P.word "," * P.rep(P.no(P.words { ",", ".", "\"", ";", ":", "(", "said", "says",
                                                "told", "who", "which" }), 1, 12) *
              aux * said },
  -- a name in apposition to a role in a clause of its own: "…, after its
  -- chief executive, Ann Lee, told analysts that …"
  { id = "quote.en.clause_aside_name_cue", content = "auto", finite = true, apposition = true,
    aside = true,
    pattern = P.words { "after", "as", "when", "while", "because", "before", "since" } *
              P.words { "its", "his", "her", "their", "the" } * P.dict "title" ^ 1 * P.word "," *
              P.capture("speaker", P.entity { "PERSON" }) * P.word "," * aux * said },
  -- "Crosetto said …", "the minister told parliament …", "“…,” he said."
  -- (one pattern for three constructions, told apart by what it
  -- captured: an apposition, or a verb before "that")
  { id = "quote.en.subject_cue", content = "auto",
    ids = { apposition = "quote.en.subject_apposition_cue", that = "quote.en.verb_that" },
    pattern = speaker * P.capture("apposition", apposition) ^ -1 * aux *
              (said + P.capture("cue", P.no(P.words(M.NOT_THAT_VERBS))) *
                      P.capture("that", P.word "that")) },
  -- a noun after a hyphenated modifier no noun phrase reads, as the
  -- subject: "The São Paulo-based bank said …" (the match starts at the
  -- hyphen, a rare token; the build reads back to the article)
  { id = "quote.en.hyphen_subject", content = "auto", hyphen_subject = true,
    pattern = P.all(P.kind "hyphen", P.isnt "space_before") *
              P.all(P.kind "word", P.is "lower", P.isnt "space_before") *
              P.capture("speaker", P.all(P.kind "word", P.is "lower")) * aux *
              -- (verbs only of saying: not "the Washington-based think
              -- tank", "an internet-based radio show")
              P.capture("cue", P.words { "said", "says", "told", "tells", "added", "adds",
                                         "warned", "warns", "announced", "stated", "reported",
                                         "confirmed", "denied", "insisted", "argued" }) },
  -- a body and where it sits: "the Provincial Disaster Management
  -- Authority in Khyber Pakhtunkhwa province said" (a rule of its own: in
  -- the speaker pattern every rule shares, it cost the quote stage 3%)
  { id = "quote.en.seat_cue", content = "auto",
    pattern = P.capture("speaker", P.entity { "ORG" } * seat) * aux * said },
  -- a subject with a clause of its own that asked it: "the experts I
  -- interviewed said …", "the people we spoke to said …"
  { id = "quote.en.contact_clause_cue", content = "auto", contact = true,
    pattern = P.capture("speaker", det * modifier ^ -2 * P.all(P.kind "word", P.is "lower")) *
              P.words { "i", "we", "they", "he", "she", "you" } *
              P.words { "interviewed", "consulted", "contacted", "surveyed", "polled", "asked",
                        "spoke", "talked", "met", "reached", "called" } *
              P.words { "to", "with", "for", "by" } ^ -1 * aux * said },
  -- a quantifier after "with" and a gerund: "Fans defended her, with one
  -- writing: “…”", "with many saying …"
  { id = "quote.en.with_quantifier", content = "auto",
    -- (or a body, a person or a plural noun: "with inspectors saying
    -- …", "with the council warning …", "with Ann Lee adding …")
    pattern = P.word "with" *
              P.capture("speaker", P.words { "one", "some", "many", "others", "several", "most",
                                             "another" } +
                                   P.entity { "PERSON", "ORG" } +
                                   P.words { "the", "its", "their", "his", "her" } ^ -1 *
                                   P.all(P.kind "word", P.is "lower") ^ -2 * head +
                                   P.all(P.kind "word", P.is "lower",
                                         P.words(M.WITH_SAYING_NOUNS))) *
              P.capture("cue", P.words { "saying", "writing", "adding", "arguing", "claiming",
                                         "warning", "insisting", "suggesting", "noting",
                                         "predicting", "expecting", "complaining", "urging",
                                         "accusing", "praising", "criticising", "criticizing",
                                         "questioning", "demanding", "asking", "posting",
                                         "tweeting", "commenting", "calling", "describing" }) },
  -- "The cabinet member for housing, Ann Lee, said …", "The chair of the
  -- Tollway Alliance, Velmora's ambassador Ann Lee, said …": a name between
  -- commas before the cue, after a subject the noun phrases do not read
  { id = "quote.en.aside_name_cue", content = "auto", finite = true, apposition = true,
    aside = true,
    -- (or a people's adjective: "One of them, Senegalese midfielder Ann
    -- Lee, confirmed …")
    pattern = P.word "," * (P.entity { "GPE", "ORG", "NORP" } * P.word "'s" +
                            P.entity { "NORP" }) ^ -1 *
              P.dict "title" ^ -2 * P.capture("speaker", P.entity { "PERSON" }) * P.word "," *
              aux * said },
  -- a short subject when a longer reading swallowed the cue: "The
  -- senator urged voters to reject …" (the longest match of the rule
  -- above reads "The senator urged voters to" as its subject)
  { id = "quote.en.short_subject_cue", content = "auto",
    pattern = P.capture("speaker", det * head) * aux * said },
  -- a capitalized word no list knows, as a speaker: "“…,” Tester said."
  { id = "quote.en.name_cue", content = "auto", finite = true,
    pattern = P.capture("speaker", bare_name) * aux * said },
  -- (and with its apposition: "Scamwatch, the scam-reporting service run
  -- by the ACCC, said …"; a rule of its own, so that a match of it keeps
  -- none of the one above from the words inside it)
  { id = "quote.en.name_apposition_cue", content = "auto", finite = true,
    pattern = (P.sent_start + P.kind "dash") * P.capture("speaker", bare_name) *
              P.capture("apposition", apposition) * aux * said },
  -- a quantifier of a group after the content: "…, one of them said",
  -- "…, said one of the people familiar with the talks" (the first starts
  -- at the quantifier, a rarer token than the comma the build asks for)
  { id = "quote.en.quantifier_after", content = "before", finite = true, after_comma = true,
    pattern = P.capture("speaker", one_of_group) * aux * said },
  { id = "quote.en.cue_quantifier", content = "before", finite = true,
    pattern = (P.words { ",", "—", "–" } + P.kind "quote") * P.capture("cue", cue) *
              P.capture("speaker", one_of_group) },
  -- "“…,” said Crosetto", "…, says the report"
  { id = "quote.en.cue_subject", content = "before", finite = true,
    pattern = P.words { ",", "—", "–" } * P.capture("cue", cue) * P.word "the" ^ -1 *
              speaker_after },
  { id = "quote.en.quote_cue_subject", content = "before", finite = true,
    pattern = P.kind "quote" * P.capture("cue", cue) * P.word "the" ^ -1 * speaker_after },
  -- a bare noun after a quotation, in a headline's way: "'We ran out of
  -- road', organiser says", "“…,” mother says"
  { id = "quote.en.quote_bare_subject", content = "before", finite = true, bare = true,
    pattern = P.kind "quote" * P.word "," ^ -1 *
              P.capture("speaker", P.rep(P.all(P.kind "word", P.is "lower"), 1, 3)) *
              P.capture("cue", P.words { "says", "tells", "warns", "insists", "admits", "said",
                                         "told", "warned" }) *
              (P.sent_end + P.words { ",", ".", "!", "?", "in", "on", "at", "after", "as",
                                      "during", "last", "this", "yesterday", "today" } +
               -- (and a listener to the headline's end: "…, mayor tells vigil")
               P.all(P.kind "word", P.is "lower") * P.sent_end) },
  -- (and after a comma, to the line's end: "Ferry strike to halt island
  -- links, union says")
  { id = "quote.en.comma_bare_subject", content = "before", finite = true, bare = true,
    pattern = P.word "," *
              P.capture("speaker", P.rep(P.all(P.kind "word", P.is "lower"), 1, 2)) *
              P.capture("cue", P.words { "says", "say", "warns", "warn", "insists", "admits",
                                         "claims" }) *
              P.sent_end },
  -- (and inverted, to the line's end: "'We have no choice', says union")
  { id = "quote.en.quote_cue_bare", content = "before", finite = true, bare = true,
    pattern = P.kind "quote" * P.word "," ^ -1 * P.capture("cue", P.words { "says", "said" }) *
              P.capture("speaker", P.rep(P.all(P.kind "word", P.is "lower"), 1, 2)) *
              P.sent_end },
  -- a source's anonymity in a relative clause with no commas, then the
  -- cue: "A senior negotiator who asked not to be named told the dpa news
  -- agency that …" (the speaker is the sentence's subject)
  { id = "quote.en.unnamed_source", content = "auto", speaker = "subject", anonymous = true,
    pattern = P.word "be" * P.words { "named", "identified" } * said },
  -- the cue first, its speaker and a colon: "Said Ann Lee, a doctor
  -- first elected in 2022: “…”"
  { id = "quote.en.said_first", content = "after", finite = true,
    pattern = P.sent_start *
              P.capture("cue", P.words { "said", "says", "added", "adds", "wrote", "writes" }) *
              P.word "the" ^ -1 * speaker_after * P.rep(apposition_part, 0, 2) * P.word ":" },
  -- a cue, a comma and a quotation when no speaker pattern read the
  -- subject: "…, the 41-year-old mother of two replied, “…”" (the words
  -- before the cue back to a comma are the speaker)
  { id = "quote.en.cue_quotation", content = "after", finite = true, speaker = "before",
    quotation = true,
    pattern = P.capture("cue", cue) * P.words { ",", ":" } * P.kind "quote" },
  -- "According to German newspaper Bild, …" (the source runs to the comma)
  { id = "quote.en.according_to", content = "after", opens = true,
    -- (a body's name with a comma inside it is one source: "the Ministry
    -- of Housing, Communities and Local Government (MHCLG),")
    pattern = P.capture("cue", P.phrase "according to") *
              P.capture("speaker", P.word "the" ^ -1 * P.entity { "ORG" } + source_words) *
              -- (and its acronym: "the Austria Press Agency (APA),")
              -- (or in its own language's short name: "(Sofofa),")
              (P.word "(" * P.all(P.kind "word", P.is "cap") * P.word ")") ^ -1 * P.word "," },
  -- (and a body's name in apposition to a description of it: "According
  -- to the UN's humanitarian agency, OCHA, more than …")
  { id = "quote.en.according_to_named", content = "after", opens = true,
    pattern = P.capture("cue", P.phrase "according to") * P.words { "the", "a", "an" } *
              P.rep(P.no(P.words { ",", ".", ";", ":", "!", "?", "(", ")", "\"", "who",
                                   "which" }), 1, 8) * P.word "," *
              P.capture("speaker", P.entity { "ORG" }) * P.word "," },
  -- "In a new poll, Clinton leads …", "In his letter, …": a source that
  -- opens the sentence (the content is the rest of it, unless it names a
  -- speaker of its own: "In a statement, the company said …")
  { id = "quote.en.in_source", content = "after", opens = true, source = true,
    pattern = P.sent_start * P.capture("cue", P.word "in") *
              P.capture("speaker", (det + P.entity { "PERSON", "ORG", "GPE" } * P.word "'s") *
                                   modifier ^ -4 * P.words(M.SOURCE_DOCUMENTS)) * P.word "," },
  -- "…, as Ann Lee put it." (the clause before), "seen, as the paper put
  -- it, “the operator.”" (what follows)
  { id = "quote.en.as_put", content = "before", as_clause = true,
    pattern = P.word "as" * speaker * aux *
              P.capture("cue", P.words { "put", "puts" } * P.word "it") },
  -- "He's claiming …", "she's called for …"
  { id = "quote.en.contracted_cue", content = "auto", contracted = true,
    pattern = P.capture("speaker", P.words { "he", "she", "who" }) * P.word "'s" * aux * said },
  -- "…, according to the report." (`nests`: a quote inside its content
  -- stays, "Ann Lee said …, according to two aides")
  { id = "quote.en.according_to_after", content = "before", nests = true,
    pattern = P.words { ",", "(", "-", "--" } * P.capture("cue", P.phrase "according to") *
              P.capture("speaker", source_words) },
  -- "…, adding that …", "…, telling the Economist …": the speaker is the
  -- sentence's subject
  { id = "quote.en.gerund", content = "after", speaker = "subject",
    pattern = P.words { ",", "—", "–", "and", "while", "by" } * said +
              -- (after a quotation's comma, with "that": "… “in full
              -- coordination,” adding that …"; not "…,” highlighting
              -- divergences", the quotation's own aside)
              P.word "," * P.all(P.kind "quote", P.isnt "open") * said +
              -- ("… but said she will …")
              P.word "but" * said +
              -- ("He has denied wrongdoing and has said that …": with
              -- "that", not "and has backed the plan")
              P.words { "and", "but" } * P.words { "has", "have", "had" } * said * P.word "that" },
  -- a noun as the cue: "Trump's claim that …", "her repeated warning
  -- that …", "his remarks about the debt" (a topic: a noun phrase)
  { id = "quote.en.noun_cue", content = "after", noun = true,
    pattern = possessor * noun_modifier ^ -2 * P.capture("cue", P.words(M.CUE_NOUNS)) *
              P.word "that" },
  -- a gerund of saying after a document or a time, no comma: "unleashed a
  -- series of tweets early Friday saying that …", "issued a statement
  -- saying that …" (the speaker is the sentence's subject)
  { id = "quote.en.document_saying", content = "after", speaker = "subject",
    pattern = P.words(M.SAYING_AFTER) *
              P.capture("cue", P.words { "saying", "stating", "claiming", "warning", "arguing",
                                         "insisting", "suggesting", "announcing" }) *
              P.word "that" },
  -- (and its agent after "by": "the claim by some traders that …")
  { id = "quote.en.noun_cue_by", content = "after", noun = true,
    pattern = P.capture("cue", P.words(M.CUE_NOUNS)) * P.word "by" *
              P.capture("speaker", P.rep(P.no(P.words { ",", ".", ";", ":", "that", "(", ")" }),
                                         1, 6)) *
              P.word "that" },
  { id = "quote.en.noun_topic", content = "after", noun = true, np = true,
    pattern = possessor * noun_modifier ^ -2 * P.capture("cue", P.words(M.TOPIC_NOUNS)) *
              P.words(M.TOPIC_PREPOSITIONS) },
  -- the whole subject as the speaker: "The average of polls taken over the
  -- past two weeks shows …"
  { id = "quote.en.long_subject", content = "after", long_subject = true,
    pattern = P.sent_start * P.words { "but", "and", "yet", "still" } ^ -1 * opening ^ -1 *
              P.capture("speaker", P.rep(subject_words, 2, 14)) *
              aux *
              P.capture("cue", P.all(P.in_dict "reporting_verb", P.words(M.LONG_SUBJECT_VERBS))) },
  -- (and a clause's short subject in lower case after ", and" or ",
  -- but", before "that": "…, and human rights groups warned that …")
  -- (the words in lower case: asked by the build)
  { id = "quote.en.clause_subject", content = "after", long_subject = true, lower_subject = true,
    after_comma = true,
    -- (the match starts at the conjunction, a rarer token than the comma
    -- the build asks for before it)
    pattern = P.words { "and", "but" } *
              P.capture("speaker", P.rep(subject_words, 2, 4)) *
              P.capture("cue", P.all(P.in_dict "reporting_verb", P.words(M.LONG_SUBJECT_VERBS))) *
              P.word "that" },
  -- a byline after a quotation: "“…” ― Ann Lee"
  -- (a hyphen with spaces for the dash, and a title before the name: "“…”
  -- - Councillor Ann Lee, UDP")
  { id = "quote.en.dash_byline", content = "before",
    pattern = P.kind "quote" *
              P.capture("cue", P.kind "dash" + P.all(P.kind "hyphen", P.is "space_before")) *
              P.dict "title" ^ -2 *
              P.capture("speaker", P.entity { "PERSON", "ORG" } + unknown_name + bare_name) *
              (P.sent_end + P.word "," + P.word "(") },
  -- the passive with its agent: "The plan was first reported by the
  -- Post", "is supported by most voters" (the content is the subject)
  { id = "quote.en.passive_by", content = "before", passive = true,
    pattern = P.words { "is", "are", "was", "were", "been", "being" } * aux *
              P.capture("cue", cue) * P.word "by" * agent },
  -- a transcript: "WALLACE: …", "MS. LEE: …" (a name in capitals and a
  -- colon open the paragraph; the content is the rest of it)
  { id = "quote.en.transcript", content = "after", paragraph = true,
    pattern = P.sent_start * P.kind "quote" ^ -1 *
              P.capture("speaker", P.rep(P.all(P.kind "word", P.is "upper"), 1, 3)) *
              P.capture("cue", P.word ":") },
  -- headlines and short forms: "ISW: Putin aims to …", "Bild: …"
  { id = "quote.en.headline_colon", content = "after",
    pattern = (P.sent_start + P.kind "bullet") *
              P.capture("speaker", P.entity { "PERSON", "ORG" } + P.words(M.SOURCE_NOUNS)) *
              P.capture("cue", P.word ":") },
}

-- what may follow a cue when the content came before it: "…, he said on
-- Tuesday.", "…, she told reporters in Rome."
M.TAIL_WORDS = { "on", "in", "at", "during", "last", "this", "yesterday",
  "today", "tonight", "earlier", "later", "late", "recently", "afterward",
  "afterwards", "after", "before", "when", "while", "as", "from", "via",
  "through", "of", "monday", "tuesday", "wednesday", "thursday",
  "friday", "saturday", "sunday", "ago", "then", "again", "also", "too",
  "repeatedly", "previously", "told", "according", "adding", "and", "but",
  "with", "without", "about", "for", "by", "over", "under", "outside",
  "inside", "near", "—", "–", "(", "in", "times", "once", "beside", "behind", "alongside",
  "backstage", "privately", "publicly", "separately", "afterwards", "briefly", "recently" }

-- pronouns that open a reported clause after a time or a place: "said
-- after the meeting he would …" (the content starts there)
M.CLAUSE_SUBJECTS = { "he", "she", "they", "we", "i" }
-- and, after a gerund cue, these too: "…, saying in the North Sea it paid …"
M.GERUND_SUBJECTS = { "it", "there", "this" }

-- verbs that report only with a complement ("that", a colon, a quote):
-- "Bild publishes Russian war plan", "has urged diplomacy"
M.NEEDS_COMPLEMENT = { "publish", "published", "publishes", "publishing",
  "urge", "urged", "urges", "urging", "post", "posted", "posts", "posting",
  "continue", "continued", "continues", "continuing", "broadcast", "broadcasts",
  "answer", "answered", "answers", "answering", "object", "objected",
  "objects", "objecting", "dismiss", "dismissed", "dismisses", "dismissing",
  "reject", "rejected", "rejects", "rejecting",
  -- (nouns as often as verbs: "a tax plan", "battleground states", "the
  -- legal challenge")
  "plan", "state", "states", "challenge", "challenges", "offer", "decline",
  "assume", "find", "finds", "remark", "remarks", "comments", "questions",
  "signal", "signals", "reason", "reasons", "support", "supports", "echo",
  "mock", "document", "documents", "detail", "details", "label", "labels",
  "brand", "reference", "references", "champion", "champions", "outline", "hail",
  "contest", "contests", "question", "view", "views", "back", "backs",
  "link", "links", "press", "feel", "thanks", "fault", "faults",
  -- (what a maker recalls is goods: "Acme recalls 500,000 cars", "the
  -- company recalled 160,000 vehicles")
  "recall", "recalls", "recalled" }

-- cues that say nothing with a noun phrase after them, only with a
-- clause: "…, adding showbiz news", "…, offering free calls"
-- verbs of winning or keeping a prize, and the prizes: "claimed the
-- first set", "will defend the title", "claimed victory" are no words of
-- anyone's ("claimed the vote was rigged" is: a verb follows the noun)
M.PRIZE_VERBS = { "claim", "claims", "claimed", "claiming", "defend", "defends",
  "defended", "defending" }
M.PRIZE_NOUNS = { "title", "titles", "crown", "cup", "trophy", "medal", "medals",
  "gold", "silver", "bronze", "set", "sets", "frame", "frames",
  "win", "wins", "lead", "seat", "seats", "share", "stake", "lives",
  "spot", "berth", "points", "prize", "prizes", "championship", "championships",
  "pole", "wicket", "wickets", "goal", "goals", "hat-trick", "majority", "double",
  "treble", "honours", "honors", "glory", "scalp", "spoils", "belt", "jersey",
  "victory", "victories", "try", "tries", "life", "bonus", "draw", "point", "place",
  "lap", "stage", "century", "podium", "pot", "purse", "payout", "jackpot" }
-- (the words after a prize that end its noun phrase: "claimed victory in
-- the final", "claimed the top spot ahead of …")
M.PRIZE_FOLLOWERS = { "in", "at", "on", "for", "of", "over", "against", "with",
  "after", "ahead", "from", "by", "since", "to", "and", "but", "this", "last",
  "next", "as", "when", "while", "before", "during", "under", "without", "through",
  "via", "courtesy", "thanks" }
M.NP_NOT_SPEECH = { "adding", "offering", "finding", "singing", "supporting",
  "considering", "viewing", "showing", "playing", "linking", "including",
  "giving", "providing", "taking", "making", "bringing", "using", "quoting",
  -- ("conceded defeat", "conceded a late goal", "the talks concluded on
  -- Friday", "would consider her position", "will decide the budget's
  -- fate": with no clause, no words of anyone's)
  "concede", "concedes", "conceded", "conceding", "conclude", "concludes",
  "concluded", "concluding", "consider", "considers", "considered", "decide",
  "decides", "decided", "deciding", "offer", "offers", "offered", "known",
  -- ("will add a label to its brands")
  "add", "adds",
  -- ("agreed a £2bn deal", "agree with this")
  "agree", "agrees", "agreed", "agreeing",
  -- ("welcomed the findings", "challenged the order in January", "proposed
  -- a surcharge", "unveiled a plan", "compared it to …")
  "welcome", "welcomes", "welcomed", "challenge", "challenges", "challenged", "propose",
  "proposes", "proposed", "unveil", "unveils", "unveiled", "compare", "compares", "compared",
  "comparing", "press", "presses", "pressed" }
-- titles a headline writes by their letters ("…, says CEO"), lower case
M.TITLE_LETTERS = { ceo = "chief executive", cfo = "chief financial officer",
  coo = "chief operating officer", pm = "prime minister", fm = "foreign minister" }
-- roles named with what they are of, before a cue: "“…,” a spokesman for
-- the firm said", "the head of the agency said"
M.ROLES_OF = { "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople",
  "lawyer", "lawyers", "attorney", "attorneys", "solicitor", "barrister", "counsel",
  "representative", "representatives", "official", "officials", "source", "sources",
  "head", "chief", "director", "president", "chairman", "chairwoman", "chair", "leader",
  "leaders", "member", "members", "manager", "executive", "executives", "officer",
  "officers", "secretary", "adviser", "advisers", "advisor", "aide", "aides", "analyst",
  "analysts", "economist", "economists", "professor", "researcher", "researchers",
  "doctor", "doctors", "staff", "employee", "employees", "worker", "workers" }
-- verbs of belief or wish that "and", "but" join to the verb of a clause a
-- verb of SAY_CLAUSE_VERBS reports: its subject's, no new attribution
-- ("said her constituents wanted more housing but feared the pipes would
-- not keep pace", "told reporters he accepted the decision but felt …")
M.COORD_BELIEF_VERBS = { "felt", "feared", "wanted", "hoped", "believed", "thought",
  "worried", "expected", "knew", "doubted", "suspected", "wished" }
M.SAY_CLAUSE_VERBS = { "said", "says", "told", "tells", "explained", "added", "insisted",
  "argued", "claimed", "stated", "noted", "wrote", "reported", "confirmed", "admitted",
  "acknowledged" }
-- events one calls, not words one says: "called a snap election"
M.CALLED_EVENTS = { "election", "elections", "vote", "referendum", "poll", "strike",
  "strikes", "meeting", "summit", "halt", "truce", "recess", "session", "inquiry",
  "walkout", "boycott", "timeout", "time-out", "hearing", "conference", "demonstration",
  "demonstrations", "protest", "protests", "rally", "rallies", "march", "marches", "shutdown",
  "stoppage", "stoppages", "ceasefire", "lockdown", "curfew" }
-- nouns after "a" that name no person who may be "he" or "she" later
M.NOT_PEOPLE = { "study", "report", "survey", "poll", "statement", "letter",
  "document", "company", "firm", "group", "government",
  "bank", "agency", "court", "paper", "newspaper", "website", "team", "club" }

-- verbs whose content may be an infinitive ("pledged to cut taxes"); for
-- the others "to …" is no quote ("agreed to send troops")
M.TO_VERBS = { "want", "wants", "wanted", "plan", "plans", "planned",
  "intend", "intends", "intended", "pledge", "pledges", "pledged", "vow",
  "vows", "vowed", "promise", "promises", "promised", "threaten",
  "threatens", "threatened", "hope", "hopes", "hoped", "expect", "expects",
  "expected", "call", "calls", "called", "urge", "urges", "urged",
  "wanting", "planning", "intending", "pledging", "vowing", "promising",
  "threatening", "hoping", "expecting", "calling", "urging", "refuse",
  "refuses", "refused", "refusing", "decline", "declines", "declined",
  "declining", "offer", "offers", "offered", "offering", "seek", "seeks",
  "sought", "seeking", "ask", "asks", "asked", "asking", "demand",
  "demands", "demanded", "demanding", "propose", "proposes", "proposed",
  "proposing", "decide", "decides", "decided", "deciding", "swore",
  "swear", "swears" }

-- verbs whose "to" opens their content as a preposition ("did not respond
-- to requests for comment", "reacted to the ruling"), not a listener after
-- the content ("said to the TV")
M.TO_OBJECT_VERBS = { "respond", "responds", "responded", "responding",
  "reply", "replies", "replied", "replying", "react", "reacts", "reacted",
  "reacting" }

-- verbs whose content is a noun phrase more often than a clause ("condemned
-- the launch as …", "mentioned Machado since …"): their content stops at
-- the first of NP_STOPS
M.NP_VERBS = { "condemn", "condemned", "condemns", "condemning", "criticize",
  "criticized", "criticizes", "criticizing", "criticise", "criticised",
  "attack", "attacked", "attacks", "attacking", "blast", "blasted",
  "blasts", "slam", "slammed", "slams", "praise", "praised", "praises",
  "praising", "welcome", "welcomed", "welcomes", "welcoming", "describe",
  "described", "describes", "describing", "call", "called", "calls",
  "calling", "mention", "mentioned", "mentions", "mentioning", "indicate",
  "indicated", "indicates", "reject", "rejected", "rejects", "dismiss",
  "dismissed", "dismisses", "deny", "denied", "denies", "announce",
  "announced", "announces", "announcing", "propose", "proposed",
  "proposes", "demand", "demanded", "demands", "urge", "urged", "urges",
  "cite", "cited", "cites", "citing", "question", "questioned",
  "questions", "challenge", "challenged", "challenges", "accuse",
  "accused", "accuses", "quote", "quoted", "highlight", "highlighted",
  "highlights", "discuss", "discussed", "discusses", "denounce",
  "denounced", "denounces", "recommend", "recommended", "recommends",
  "call for", "called for", "calls for", "calling for", "call on",
  "called on", "calls on", "dispute", "disputed", "disputes", "refute",
  "refuted", "refutes", "reveal", "revealed", "reveals", "disclose",
  "disclosed", "discloses", "publish", "published", "publishes", "endorse",
  "endorsed", "endorses", "spoke of", "spoke about", "speaks of",
  "speaks about", "talked about", "talks about", "commented on",
  "comments on", "pointed to", "points to", "referred to", "refers to",
  "warned of", "warns of", "complained about", "complains about",
  "asked about", "asks about", "ask about", "asking about", "wrote about",
  "writes about", "boasted about", "bragged about", "warned against",
  "warns against", "argued for", "argues for", "pushed back on",
  "complained of", "joked about", "concerned about", "worried about",
  "spoken about", "spoken of", "speak out about", "speaks out about",
  "spoke out about", "spoken out about", "speaking out about",
  "spoken out against", "speak out against", "speaks out against",
  "spoke out against", "speaking out against", "vote against",
  "votes against", "voted against", "voting against", "disagree with",
  "disagrees with", "disagreed with", "disagreeing with" }
M.NP_STOPS = { ",", ";", ":", "since", "during", "while", "after", "before",
  "because", "when", "but", "where", "until", "amid",
  "despite", "following", "saying", "adding", "-", "--", "(", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today" }

-- words that open a subordinate clause at the start of a sentence: "When
-- Ann Lee said that …, the council …" (the content stops at the comma)
M.SUBORDINATORS = { "when", "while", "although", "though", "if", "as",
  "because", "after", "before", "since", "whereas", "once", "unless",
  "until", "whether" }

-- words that end no noun phrase ("the test and said")
M.NOT_HEADS = { "this", "these", "those", "same", "many", "most", "all",
  "some", "any", "other", "such", "own", "more", "less", "new", "first",
  "last", "next", "only", "just", "very", "even", "still", "too", "much",
  "well", "into", "onto", "upon", "over", "under", "after", "before",
  "around", "during", "week", "year", "years", "day", "days", "month",
  "months", "time", "times" }

-- words that open a sentence and are no speaker, even when a list of
-- names has them ("But", "In", "So", "Last")
M.NOT_SPEAKERS = { "but", "in", "so", "this", "that", "there", "last", "at",
  "as", "if", "when", "while", "and", "or", "for", "then", "now", "here",
  "still", "yet", "also", "even", "just", "only", "after", "before",
  "since", "with", "without", "on", "by", "from", "of", "to", "meanwhile",
  "however", "instead", "indeed", "thus", "though", "although", "because",
  "once", "what", "why", "how", "where", "which", "whose", "who", "earlier",
  "later", "today", "yesterday", "tomorrow", "first", "finally", "again",
  "both", "each", "every", "all", "some", "many", "most", "no", "not" }

-- personal pronouns as speakers: what they may refer to
-- nouns that stand for a body named before them ("Acme said …. The
-- company added …"): any body, one whose name has the noun ("the court",
-- "the commission"), or an outlet
M.BODY_NOUNS = { "company", "firm", "group", "bank", "agency", "airline",
  "carrier", "retailer", "charity", "organisation", "organization",
  "insurer", "lender", "manufacturer", "maker", "producer",
  "operator", "supplier", "chain", "giant", "conglomerate", "studio",
  "carmaker", "automaker", "chipmaker", "drugmaker", "brewer", "utility",
  "supermarket", "consultancy", "brokerage", "broker", "miner", "developer",
  "publisher", "startup", "start-up", "insurer", "investor", "club", "band" }
-- nouns for a body the text has called so next to its name ("Ofwat, the
-- industry regulator, …. The watchdog said"): either stands for it
M.DESCRIBED_BODY_NOUNS = { "watchdog", "regulator" }
-- the last words of firms' names of a trade that is no bank's: "the bank"
-- or "the lender" stands for none of them ("Hanbit Electronics")
M.NOT_BANK_HEADS = { "electronics", "motors", "airlines", "airways", "energy", "foods",
  "technologies", "technology", "pharmaceuticals", "telecom", "telecoms", "media", "mining",
  "steel", "oil", "chemicals", "airports", "railways", "rail", "logistics", "retail", "stores",
  "brewery", "construction", "entertainment" }
M.NAMED_BODY_NOUNS = { "court", "union", "university", "council", "commission",
  "committee", "ministry", "department", "board", "institute", "party",
  "foundation", "authority", "office", "service", "association", "federation", "fund",
  "police", "hospital", "embassy", "trust", "college", "school", "academy", "society",
  "guild", "congress", "alliance", "coalition", "network" }
-- (and M.OUTLET_NOUNS, above the listener's pattern, for an outlet)
-- nouns news uses, after "the", for a person it has named, as it uses
-- "he" or "she": "the 28-year-old", "the Scot", "the former Wales
-- international" (ages, "N-year-old", are epithets too)
M.EPITHETS = { "international", "striker", "midfielder", "defender", "half",
  "prop", "flanker", "hooker", "fly-half", "scrum-half",
  "goalkeeper", "keeper", "winger", "forward", "batsman", "bowler", "veteran",
  "youngster", "teenager", "star", "singer", "actor", "actress", "rapper",
  "comedian", "novelist", "writer", "author", "musician", "player", "golfer",
  "sprinter", "athlete", "champion", "swimmer", "boxer", "rider", "driver",
  "scot", "scotsman", "welshman", "irishman", "englishman", "frenchman",
  "briton", "american", "australian", "italian", "spaniard", "german",
  "dutchman", "argentine", "brazilian", "portuguese", "swede", "dane", "norwegian",
  "russian", "kiwi", "south african", "new zealander", "canadian", "belgian",
  "welsh-born", "billionaire", "tycoon", "entrepreneur", "businessman",
  "businesswoman", "politician", "campaigner", "pensioner", "mother", "father",
  "skipper", "captain", "frenchwoman", "englishwoman", "scotswoman", "welshwoman",
  "irishwoman", "dutchwoman", "pole", "czech", "serb", "croat", "slovak", "slovenian",
  "greek", "turk", "finn", "austrian", "hungarian", "romanian", "bulgarian", "ukrainian",
  "georgian", "indian", "pakistani", "kenyan", "nigerian", "ghanaian", "ethiopian",
  "moroccan", "egyptian", "israeli", "iranian", "mexican", "colombian", "chilean",
  "peruvian", "venezuelan", "uruguayan", "cuban", "jamaican", "filipino", "indonesian",
  "korean", "latvian", "lithuanian", "estonian",
  "belarusian", "kazakh", "tunisian", "algerian", "senegalese", "cameroonian",
  "left-hander", "right-hander", "all-rounder", "paceman", "spinner", "seamer", "opener",
  "wicketkeeper", "sri lankan", "bangladeshi", "zimbabwean",
  -- (a region's or a town's people, and more peoples)
  "cornishman", "cornishwoman", "yorkshireman", "yorkshirewoman", "lancastrian",
  "geordie", "glaswegian", "mancunian", "liverpudlian", "scouser", "londoner", "ulsterman",
  "manxman", "brit", "aussie", "swiss", "japanese", "chinese", "nepali", "samoan", "fijian",
  "tongan", "zambian", "ugandan", "tanzanian", "ivorian", "emirati", "saudi", "qatari",
  "lebanese", "jordanian", "iraqi", "afghan", "vietnamese", "thai", "malaysian",
  "singaporean", "taiwanese", "argentinian", "ecuadorian", "bolivian", "paraguayan",
  "dominican", "haitian", "trinidadian", "barbadian", "icelander", "maltese", "cypriot",
  "albanian", "bosnian", "montenegrin", "armenian", "uzbek", "mongolian", "namibian",
  "botswanan", "mozambican", "rwandan", "eritrean", "somali", "sudanese", "libyan" }
-- roles a side's name may qualify: "the Arsenal manager" is the person
-- named "Arsenal manager Ann Lee", else the person the article is about
M.SIDE_ROLES = { "manager", "boss", "coach", "skipper", "captain", "chairman" }
M.PRONOUNS = { he = "m", she = "f", i = "self", we = "group",
  they = "group", it = "thing", you = "self", his = "m", her = "f",
  their = "group", its = "thing", him = "m" }

-- the words that open a clause of its own after the content: the content
-- stops before ", <gerund>" (", highlighting …") and before these after a
-- comma
M.CLAUSE_STOPS = { "according", "he", "she", "they",
  "but", "although", "though", "yet", "where", "whereas", "with" }

-- finite verbs that open no reported clause right after a cue
-- ("Everything he says is false": the cue's object came before it)
M.FINITE_VERBS = { "is", "was", "are", "were", "has", "have", "had", "will",
  "would", "can", "could", "should", "may", "might", "must", "does", "did" }

-- words that make the next word a noun or an infinitive ("the plan",
-- "their support", "to challenge"): no cue follows them
M.NOT_BEFORE_CUE = { "the", "a", "an", "his", "her", "their", "its", "our",
  "my", "your", "this", "these", "those", "'s", "no", "any", "every", "each",
  "such", "billion", "million", "trillion", "bn", "m", "thousand", "hundred" }

-- words that open an apposition or a relative clause after a speaker
-- (", a former aide", ", who …"): no content follows the cue there
M.APPOSITIVE_OPENERS = { "a", "an", "who", "whose", "which", "more", "less",
  "one", "now", "himself", "herself", "itself", "themselves" }

-- the nouns of a body's parts that speak for it after its name: "the CAS
-- panel said", "the Acme board said"
M.BODY_PART_NOUNS = { "panel", "board", "committee", "tribunal", "secretariat", "presidium" }

-- words that open a noun phrase as the content after a cue and a time
-- ("announced on Friday the arrest of …")
M.OBJECTS_AFTER_TIME = { "the", "a", "an", "his", "her", "their", "its",
  "plans", "new" }

-- "this", "last", "next" are a time after a cue only before one of these
-- ("said this week", but "knew this hatred was wrong")
M.TIME_DETERMINERS = { "this", "last", "next" }
-- verbs that take an object: no speaker follows them ("…, defended the
-- deal" is no "…, said the minister")
M.NOT_INVERTED = { "defended", "defends", "branded", "brands", "called", "calls",
  "accused", "accuses", "blamed", "blames", "criticised", "criticized",
  "criticises", "criticizes", "praised", "praises", "welcomed", "welcomes",
  "condemned", "condemns", "rejected", "rejects", "dismissed", "dismisses",
  "backed", "backs", "supported", "supports", "opposed", "opposes", "attacked",
  "attacks", "slammed", "slams", "blasted", "blasts", "questioned", "cited",
  "cites", "described", "describes", "unveiled", "unveils", "demanded",
  "demands", "pledged", "pledges", "promised", "promises", "urged", "urges",
  "hailed", "hails", "dubbed", "dubs", "thanked", "thanks", "applauded", "applauds",
  "endorsed", "endorses", "labelled", "labeled", "labels", "told", "tells", "tell" }
-- adverbs of time that may end a cue's tail before its clause: "said
-- earlier it would …", "said yesterday he …"
M.TIME_ADVERBS = { "yesterday", "today", "tonight", "ago", "earlier", "later",
  "recently", "previously", "afterwards", "afterward", "again" }
M.TIME_WORDS = { "week", "weekend", "month", "year", "morning", "afternoon",
  "evening", "night", "summer", "winter", "spring", "fall", "autumn",
  "time", "season", "term", "session", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "january", "february",
  "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december" }

-- words after "to" that make it a preposition ("said to the TV"), not an
-- infinitive ("agreed to send troops": no quote)
M.PREPOSITION_OBJECTS = { "the", "a", "an", "his", "her", "their", "its",
  "our", "my", "your", "this", "that", "these", "those", "him", "them",
  "us", "me", "you", "reporters", "journalists", "supporters", "voters",
  "some", "all", "both", "each", "every", "one", "two", "three", "several",
  "many", "local", "state", "national", "foreign", "senior", "top",
  -- (plural nouns, no infinitive: "did not respond to requests for
  -- comment", "replied to questions")
  "requests", "questions", "inquiries", "queries", "messages", "emails",
  "calls", "comments", "criticism", "allegations", "accusations", "claims",
  "reports", "critics" }

-- gerunds that go on with the content after a comma (", including …")
M.NOT_CLAUSE_GERUNDS = { "including", "excluding", "regarding", "concerning",
  "involving", "during", "notwithstanding", "pending", "following",
  "according" }

-- a quote needs this many words to count when it has no cue (a floating
-- quote paragraph); scare quotes ("its “goals”") are shorter
M.MIN_FLOATING_WORDS = 4
-- reported content shorter than this (in tokens) is no quote ("we believe it")
M.MIN_WORDS = 3
-- … and a noun phrase after a verb that names its topic ("criticized
-- Machado") this many
M.MIN_NP_WORDS = 1

return M
