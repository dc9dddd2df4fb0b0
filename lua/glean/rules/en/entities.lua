--- The default English entity pack (a first, small one: the entity issue
-- grows it). One pass: dictionary entities, people (titles, given names,
-- initials, known surnames), organizations by head word, teams named after
-- their towns; overlaps go to the higher priority.
-- @module glean.rules.en.entities

local P = require "glean.pattern"
local population = require("glean.gazetteer").population
local country_of = require("glean.gazetteer").country_of

-- (LuaJIT: the functions of this file run in the interpreter; a trace
-- would stop at each of their many calls into the C core, and stitching
-- the pieces together makes them several times slower, not faster)
local jit = rawget(_G, "jit")
if jit then jit.off(true, true) end
local core = require "glean.core"

-- the token list's methods, called as functions (a method call looks the
-- name up through the list's metatable at every call)
local TOKS = getmetatable(core.tokenizer({}):tokenize("")).methods
local t_text, t_key, t_is, t_kind = TOKS.text, TOKS.key, TOKS.is, TOKS.kind

-- words that begin no name, though a sentence may capitalize them: months
-- that are no given names, weekdays, seasons, and the small words that
-- open sentences ("During Smith's visit", "Earlier Jones said")
local TIME_WORDS = {}
for w in ("january february march april may june july august september " ..
          "october november december monday tuesday wednesday thursday " ..
          "friday saturday sunday spring summer autumn winter fall"):gmatch("%a+") do
  TIME_WORDS[w] = true
end
local NOT_A_NAME_START = {}
for w in ("january february march august september october november " ..
          "december monday tuesday wednesday thursday friday saturday sunday " ..
          "during after before despite although though when while whereas " ..
          "under since until unlike like with without within among amid " ..
          "earlier later meanwhile nonetheless nevertheless however " ..
          "according as at by for from in into of on onto over per than " ..
          "through to towards upon via if unless because so yet also " ..
          "both either neither each every all some many most such this " ..
          "that these those then there here where what which who whom " ..
          "whose why how we you they he she it i our your their his her " ..
          "its my the a an and or but not no yes dear senior"):gmatch("%a+") do
  NOT_A_NAME_START[w] = true
end

-- whether the line from token a is a headline in title case: five words
-- or more, none in lower case but the small words title case leaves so
-- (not "Presidents Ann Lee and Tom Ray met.")
local TITLE_CASE_SMALL = { a = true, an = true, the = true, ["and"] = true, ["or"] = true,
  of = true, to = true, ["in"] = true, on = true, ["for"] = true, at = true, by = true,
  as = true, but = true, nor = true, vs = true, ["v"] = true, with = true, from = true,
  into = true, over = true, per = true }
local function title_case_from (toks, a, n)
  local words = 0
  -- (a byline is no headline: "By Ann Lee, Chief Reporter, Tollway Gazette")
  if t_key(toks, a) == "by" then return false end
  for i = a, math.min(n, a + 40) do
    if i > a and t_is(toks, i, "newline_before") then break end
    if t_kind(toks, i) == "word" then
      words = words + 1
      if not t_is(toks, i, "cap") and not TITLE_CASE_SMALL[t_key(toks, i)] then return false end
    end
  end
  return words >= 5
end

-- whether token t is on such a line
local function title_case_line (toks, t, ctx)
  -- (a headline opens the text: its first forty tokens only)
  if t > 40 then return false end
  -- (in title case the word before is capitalized too, or a mark, or the
  -- line opens at t: most names are after a word in lower case, and no
  -- line is read)
  if t > 1 and t_kind(toks, t - 1) == "word" and not t_is(toks, t - 1, "cap") and
     not TITLE_CASE_SMALL[t_key(toks, t - 1)] and not t_is(toks, t, "newline_before") then
    return false
  end
  local n = #toks
  local a = t
  while a > 1 and a > t - 30 and not t_is(toks, a, "newline_before") do a = a - 1 end
  if not t_is(toks, a, "newline_before") and a > 1 then return false end
  -- (each line is read once: the answers are kept in the context)
  local lines = ctx._title_lines
  if lines and lines[a] ~= nil then return lines[a] end
  if not lines then
    lines = {}
    ctx._title_lines = lines
  end
  lines[a] = title_case_from(toks, a, n)
  return lines[a]
end
-- the labels of names (a reading of a word as one of these starts a name)
local NAME_LABELS = { GPE = true, LOC = true, NORP = true, ORG = true, PERSON = true }

-- heads that name a medium as well as a body ("US TV" is no body)
local MEDIUM_HEADS = { tv = true, television = true, radio = true, press = true,
  media = true, news = true, newspapers = true, broadcasting = true }

-- kinds of title that are forms of address, not roles
local HONORIFIC_KINDS = { honorific = true, nobility = true, peerage = true }

-- whether a title's reading is a role the lists write in lower case
-- ("human", "general"), kept on the reading
local function lower_role (d)
  local lower = d._lower_role
  if lower == nil then
    lower = (d.extra and d.extra:find("form=lower", 1, true) and
             d.canonical:find("^%l")) ~= nil
    d._lower_role = lower
  end
  return lower
end

-- whether some reading the lists give tokens a to b is of list `list`
local function has_reading (ctx, a, b, list)
  for _, r in ipairs(ctx.dict(a, b, true)) do
    if r.list == list then return true end
  end
  return false
end

-- where a title-case headline's verb of saying splits two names that a
-- name's rule read as one ("Ann Lee Calls Tom Ray 'A Disgrace'"): the
-- last token of the first name, or nil (the verb in the present, which
-- no list of names has, before a given name)
local function present_cue (ctx, t)
  local verb = false
  for _, r in ipairs(ctx.dict(t, t, true)) do
    if r.list == "given_names" or r.list == "surnames" then return false end
    if r.label == "reporting_verb" and (r.extra or ""):find("tense=present", 1, true) then
      verb = true
    end
  end
  return verb
end
local function headline_verb_cut (ctx, toks, a, b)
  for t = a + 1, b - 1 do
    if t_is(toks, t, "title") and has_reading(ctx, t + 1, t + 1, "given_names") and
       present_cue(ctx, t) then
      return t - 1
    end
  end
  return nil
end

-- a title the lists read token k as, among its readings ("Sir" is also a
-- rare given name; a weak one, as "Major", only capitalized)
local function title_reading (ctx, k, toks)
  local d = ctx.dict(k, k)
  if d and d.list == "titles" and (not d.weak or t_is(toks, k, "cap")) then return d end
  for _, r in ipairs(ctx.dict(k, k, true)) do
    if r.list == "titles" and (not r.weak or t_is(toks, k, "cap")) then return r end
  end
  return nil
end

-- what ends a sentence, or opens a quotation, before a word
local SENTENCE_END = { ["."] = true, ["!"] = true, ["?"] = true, [":"] = true,
  ['"'] = true, ["\226\128\156"] = true, ["\226\128\157"] = true }

-- whether token t opens a sentence or a line (a capital there says little)
local function opens_sentence (toks, t)
  return t == 1 or t_is(toks, t, "newline_before") or SENTENCE_END[t_key(toks, t - 1)] == true
end

-- a capitalized common word ("World", "Meeting") is no name that a list
-- does not know
local is_common = require("glean.data").is_common

-- a set of the words of a string ("a b c" -> {a = true, b = true, c = true})
local function word_set (s)
  local set = {}
  for w in s:gmatch("%S+") do set[w] = true end
  return set
end

-- a capitalized word that no list calls a place, group or organization
-- (a town's name may be a surname: cities are allowed, countries, capitals
-- and regions are not)
-- (and not in capitals: an all-caps headline is no run of names)
local cap = P.all(P.cap_word, P.isnt { "abbrev", "upper" },
                  P.no(P.in_dict { "country", "capital", "region", "LOC", "NORP", "ORG" }))
-- a name word, with the hyphenated rest of it (Jean-Michel, Kang Young-hoon),
-- and the particles that may come before one (Ursula von der Leyen)
-- (a brand named after its founder is also a surname: "Gianni Versace";
-- a whole span that is an organization stays one: see name_start_ok)
local brand = P.all(P.kind "word", P.in_dict "ORG", P.is "cap", P.isnt { "upper", "abbrev" })
-- (a region's name may be a family name too, after a given name: "Rachel
-- Pembroke", "Tom Kent")
-- (a town's too: not "Idaho", "Strathclyde", nor "Wales")
local region_name = P.all(P.cap_word, P.isnt { "abbrev", "upper" }, P.in_dict "city",
                          P.no(P.in_dict { "country", "capital", "NORP", "ORG", "LOC",
                                           "constituent_country" }))
local name_word = (P.dict "given_name" + P.dict "surname" + cap + brand + region_name) *
                  (P.kind "hyphen" * P.all(P.kind "word", P.is "alpha")) ^ -1
local PARTICLE_WORDS = { "von", "van", "der", "den", "de", "da", "di", "del",
  "della", "la", "le", "al", "el", "bin", "ibn", "wa", "dos", "das", "du",
  "ter", "ten", "zu", "ap", "ó" }
local IRISH_PARTICLES = { "ní", "uí", "nic" }
local particle = P.words(PARTICLE_WORDS) * P.kind "hyphen" ^ -1 +
                 -- (Irish: "Áine Ní Bhriain"; not "NI" in capitals)
                 P.all(P.words(IRISH_PARTICLES), P.isnt "upper") +
                 -- (Catalan, between two family names: "Jordi Casals i Ferrer")
                 P.all(P.word "i", P.is "lower")
-- (their keys, the marks folded away: "ó" is "o")
local NAME_PARTICLES = word_set(table.concat(PARTICLE_WORDS, " ") .. " " ..
                                table.concat(IRISH_PARTICLES, " ") .. " o ni ui")
-- (after "bin", "ibn" or "binti" any capitalized word is a name's, a
-- place's name too: "Fahad bin Nasser al-Sabah", "Nur Aisyah binti
-- Kamarudin")
-- (an Irish family name after its particle may open with a small "h",
-- "n" or "t" before the capital: "Tadhg Ó hAodha", "Síle Ní hÉigeartaigh")
local prefixed = P.all(P.kind "word", P.is "alpha", P.isnt { "cap", "lower", "upper" })
local name_part = particle ^ -2 * name_word +
                  P.words { "bin", "ibn", "bint", "binti", "binte" } *
                  P.all(P.cap_word, P.isnt "upper") *
                  (P.kind "hyphen" * P.all(P.kind "word", P.is "alpha")) ^ -1 +
                  P.words { "ó", "ní", "uí", "nic", "mac", "mhic" } * prefixed
-- what may follow a name: "Martin Luther King Jr.", "King Abdullah II",
-- "Pope Leo XIV"
local suffix = P.all(P.words { "Jr.", "Sr.", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI",
                               "XII", "XIII", "XIV", "XV", "XVI" }, P.is "cap")
-- (and the suffixes written without a period: no name's second word)
local NAME_SUFFIXES = { jr = true, sr = true, jnr = true, snr = true }
-- a middle initial written without its period: "Mary J Blige", "George W Bush"
local LETTERS = {}
for c in ("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):gmatch(".") do LETTERS[#LETTERS + 1] = c end
local letter = P.all(P.words(LETTERS), P.is "upper")
-- a nickname in quote marks between the names: Robert C. "Bobby" Scott
local nickname_word = P.all(P.kind "word", P.is "cap", P.isnt "upper")
local nickname = P.kind "quote" * nickname_word * nickname_word ^ -2 * P.kind "quote"
-- (a hyphen and a capital go on with the name, "Jean-Pierre"; "London-based"
-- is no name)
local given = P.dict "given_name" * (P.kind "hyphen" * P.all(P.kind "word", P.is "cap")) ^ -1

-- words a hyphen joins to a name that leave it a name: "Ex-BBC",
-- "pro-Kremlin", "Anti-Nato"
local HYPHEN_PREFIXES = { ex = true, pro = true, anti = true, non = true, post = true, pre = true,
  mid = true, neo = true, co = true, pan = true, trans = true, former = true }
-- words a hyphen joins to a title that keep it one: "ex-President"
local TITLE_PREFIXES = { ex = true, vice = true, co = true, deputy = true, acting = true,
  former = true, joint = true, assistant = true, under = true, sub = true }

-- fields no build changes, returned by builds whose answer is always the
-- same (the engine copies a build's fields into its result; a table made
-- per build only fed the collector)
local NO_FIELDS = {}
-- (what a word no list knows reads as where a head word may stand)
local ORG_HEAD_READING = { label = "org_head" }
local SPORTS_ONLY = { sports_only = true }

-- things a number names ("the No. 10 shirt")
local NUMBERED_THINGS = { signal = true, shirt = true, jersey = true, seed = true,
  spot = true, pick = true, position = true, ranking = true, bus = true, route = true }

-- a "the" that a list wrote into a name ("the Oskil River", "The United
-- States") stays out of the entity; "The New York Times" keeps its "The"
local function leading_the (m, canon)
  local a = m.first_token
  if m.last_token > a then
    local first = t_text(m.tokens, a)
    return first == "the" or (first == "The" and not (canon or ""):match("^The "))
  end
  return false
end

-- the fields { [name] = the reading's canonical name } (a canonical name,
-- a title), the same for every match of the reading: made once and kept on
-- the shared reading (the engine only reads a build's fields)
local function reading_fields (d, name)
  local kept = d._fields
  if not kept then
    kept = {}
    d._fields = kept
  end
  local fields = kept[name]
  if not fields then
    fields = { [name] = d.canonical }
    kept[name] = fields
  end
  return fields
end

local function canonical_fields (d) return reading_fields(d, "canonical") end

local MEDIA_NOUNS = { newspaper = true, paper = true, daily = true,
  weekly = true, magazine = true, website = true, tabloid = true,
  broadsheet = true, editorial = true, columnist = true, correspondent = true,
  reporter = true, journalist = true, editor = true, report = true,
  reported = true, reports = true, ["'s"] = true }

-- fields for a dictionary entity: its canonical name and kind (the same
-- for every match of a reading: made once, kept on the shared reading,
-- which the engine only reads; a match that leaves out a "the" gets its own)
local function dict_fields (m, d)
  if not d then return nil end
  local kind = d.kind == "media" and "media" or nil
  if leading_the(m, d.canonical) then
    return { canonical = d.canonical, kind = kind, first_token = m.first_token + 1 }
  end
  local fields = d._dict_fields
  if not fields then
    fields = { canonical = d.canonical, kind = kind }
    d._dict_fields = fields
  end
  return fields
end

local function from_dict (m, ctx)
  return dict_fields(m, ctx.dict(m.first_token, m.last_token))
end

-- the last token of a list of what a body is of after its name's end at
-- b, joined by commas and "and" ("the Ministry of Land, Infrastructure,
-- Transport and Tourism"), or nil (no name of its own in it: "the
-- Ministry of Health, Spain and Italy"; a weak one may be a field,
-- "Science")
local function listed_fields (ctx, toks, b)
  local n = #toks
  if b + 4 > n or t_key(toks, b + 1) ~= "," then return nil end
  local function field (t)
    if not (t_kind(toks, t) == "word" and t_is(toks, t, "cap")) then return false end
    local d = ctx.dict(t, t)
    return not d or d.label == "org_head" or d.list == "common" or d.weak
  end
  local t = b + 2
  while t <= n and t <= b + 14 do
    if not field(t) then return nil end
    while t < n and t_kind(toks, t + 1) == "word" and t_is(toks, t + 1, "cap") do t = t + 1 end
    local k = t < n and t_key(toks, t + 1)
    if k == "," then
      t = t + 2
    elseif k == "and" then
      t = t + 2
      if t > n or not field(t) then return nil end
      while t < n and t_kind(toks, t + 1) == "word" and t_is(toks, t + 1, "cap") do t = t + 1 end
      return t
    else
      return nil
    end
  end
  return nil
end

-- a small town's name is also a surname, a club, a word: it is a place
-- when the text says so ("in X", "X, <place>")
local PLACE_CUES = { ["in"] = true, ["at"] = true, ["from"] = true,
  ["near"] = true, ["to"] = true, ["outside"] = true, ["around"] = true,
  ["of"] = true, ["into"] = true, ["across"] = true, ["towards"] = true,
  toward = true, via = true, through = true, within = true, visit = true, visits = true,
  visited = true, visiting = true }
-- the keys of a possessive's "'s"
local POSSESSIVE_S = { ["'s"] = true, ["\226\128\153s"] = true }
-- verbs after a town's name that opens a sentence (see place_from_dict)
local PLACE_VERBS = word_set("is was has had will would could can may might must should " ..
  "said says and or became becomes remains remained lies sits stands hosts hosted have " ..
  "are were do does did beat won lost drew 's")
local SMALL_TOWN = 100000
-- small sets of words the rules below ask of, under one name (the module
-- is near Lua's 200 locals):
-- adjectives of place between a place's word and its name ("in
-- neighbouring Acharnes"); the first words of titles of several words
-- ("its Chief Corporate Communications Officer"); the kinds of body a
-- city's name may follow ("University Hospital Frankfurt"); the heads of
-- bodies named for a place after "of", whose own bodies a plural's
-- possessive may name ("the University of Leeds Students' Union"); games
-- whose bodies are named with their country ("Cricket Australia", "New
-- Zealand Cricket")
local WORD_SETS = {
  place_adjectives = word_set("neighbouring neighboring nearby northern southern eastern " ..
    "western central coastal rural remote tiny small"),
  title_openers = word_set("chief deputy senior executive head assistant acting principal"),
  -- titles a portfolio's words no list knows may come before ("Aged Care
  -- Minister", "Federal Climate Change Minister")
  portfolio_titles = word_set("minister secretary commissioner"),
  -- prepositions whose object is no head of an apposition (see
  -- org.en.described_after)
  appositive_preps = word_set("for at with of from to"),
  -- the nouns of kin ("his wife, Elinor,"; see person.en.kin_given_alone)
  kin = { "father", "mother", "brother", "sister", "son", "daughter", "wife", "husband",
          "uncle", "aunt", "grandfather", "grandmother", "cousin", "partner", "widow",
          "widower", "grandson", "granddaughter", "sons", "daughters" },
  -- people, places and firms named by their town: "a Paisley man", "the
  -- Leigh pensioner", "the Medyka border crossing", "the Caernarfon
  -- publisher"
  town_followers = word_set("man woman men women boy girl teenager teen pensioner mother " ..
    "father couple family student schoolboy schoolgirl grandmother grandfather youth " ..
    "border crossing checkpoint publisher firm factory plant port mine showgrounds"),
  -- natural features' head words (see loc.en.feature); those no person's
  -- name ends with are feature_ends, below ("Thomas Shoal", "Peter Reef";
  -- not "Sands", "Hills", "Ocean": family names too)
  features = { "River", "Islands", "Island", "Isles", "Mountains", "Sea", "Strait", "Straits",
               "Desert", "Archipelago", "Glacier", "Ocean", "Hills", "Plateau", "Canyon",
               "Atoll", "Reef", "Steppe", "Sands", "Cove", "Lagoon", "Peninsula", "Shoal",
               "Shoals", "Reefs", "Gorge", "Fjord", "Valley", "Glens" },
  -- (the readings that end them: a place's, a people's, a body's, a title's)
  portfolio_stops = { GPE = true, LOC = true, NORP = true, title = true, org_head = true,
                      PERSON = true },
  city_after = word_set("hospital university clinic"),
  school = word_set("university college institute school academy"),
  games = { "Cricket", "Rugby", "Athletics", "Swimming", "Hockey", "Tennis", "Golf",
            "Cycling", "Netball", "Rowing", "Gymnastics", "Basketball" },
  -- (and the fields of public bodies named with their country or
  -- province, the games' among them: "Transport Scotland", "Football
  -- Australia"; see org.en.field_place)
  fields = { "Elections", "Statistics", "Health", "Parks", "Sport", "Tourism", "Transport",
             "Historic", "Natural", "Fisheries", "Forestry", "Management", "Ambulance",
             "Football" },
}
for _, w in ipairs(WORD_SETS.games) do WORD_SETS.fields[#WORD_SETS.fields + 1] = w end
WORD_SETS.feature_ends = {}
for _, w in ipairs(WORD_SETS.features) do
  if not (w == "Ocean" or w == "Hills" or w == "Sands" or w == "Cove" or
          w == "Steppe" or w == "Straits") then
    WORD_SETS.feature_ends[w:lower()] = true
  end
end
local BIG_CITY = 200000

-- whether a town's reading needs the text to say it is a place: a small
-- town ("Band", "Aurora"), one named like a common word ("the Orange
-- network", but "in Orange") or like a given name ("Frederick and David";
-- up to a city's size), or one whose name only folds to the text's ("Bush"
-- is no "Būsh")
-- whether a reading matched the text only once accents were folded away
-- (the text is plain ASCII, the reading's name is not: "Bush" for "Būsh")
-- (whether the name has other bytes is kept on the reading: most names are
-- plain ASCII, and then the match's text, made on demand, is not needed)
local function folded_only (m, d)
  local wide = d._wide
  if wide == nil then
    wide = d.canonical:find("[\128-\255]") ~= nil
    d._wide = wide
  end
  return wide and not m.text:find("[\128-\255]")
end

-- (key: the span's key when it is one token, else false)
local function needs_cue (m, ctx, d, pop, key)
  if pop and pop < SMALL_TOWN then return true, false end
  if pop and pop >= BIG_CITY then return false, false end
  if key and is_common(key) then return true, false end
  if folded_only(m, d) then return true, false end
  for _, r in ipairs(ctx.dict(m.first_token, m.last_token, true)) do
    if r.list == "given_names" then return true, true end
  end
  return false, false
end

-- whether the word in capitals at t is an acronym's length (two to four
-- letters) and stands among words that are not capitals (no headline)
local function acronym_shape (toks, t)
  local k = t_key(toks, t)
  if #k < 2 or #k > 4 or not t_is(toks, t, "alpha") then return false end
  for u = t - 1, t + 1, 2 do
    if u >= 1 and u <= #toks and t_kind(toks, u) == "word" and #t_key(toks, u) > 1 and
       t_is(toks, u, "upper") then
      return false
    end
  end
  return true
end

-- words after a town's name that make it a grade of crude oil ("Brent
-- crude", "Brent futures")
local OIL_GRADE_NEXT = { crude = true, futures = true, blend = true }
-- the towns and regions that name grades of crude oil
local OIL_GRADES = { Brent = true, Dubai = true, Urals = true, Oman = true }

-- the words inside a body's name that join its parts ("Department for
-- Education")
local NAME_JOINS = { of = true, ["for"] = true, on = true }
-- titles of kin, whose name after them is no common word ("Mother
-- Nature"; see person.en.title_name)
local KIN_TITLES = word_set("mother father sister brother")
-- whether a title from token t and the one word n after it name a thing
-- after "the": "the Justice Palace" (a common word no list has as a
-- name's; not a kin's, "the Queen Mother")
local function titled_thing (ctx, toks, t, n)
  local k = t_key(toks, n)
  return t > 1 and t_key(toks, t - 1) == "the" and is_common(k) and not KIN_TITLES[k] and
         not has_reading(ctx, n, n, "given_names") and not has_reading(ctx, n, n, "surnames")
end
-- the last words of a body's name the lists know that "for" or "of" and
-- more capitals make another's (see org.en.dict)
local BODY_KIND_HEADS = word_set("alliance council union front movement coalition association " ..
  "federation institute centre center foundation commission committee league network forum " ..
  "society trust campaign")
-- heads of bodies the lists know that a place after "of" makes another
-- (see org.en.dict)
local OF_PLACE_HEADS = word_set("court courts bank tribunal parliament assembly police")
-- words after an outlet's name that make it the outlet (see org.en.dict)
local OUTLET_VERBS = word_set("has have had is was will would can could may might " ..
  "also first recently previously learned learnt understands revealed obtained published")
-- words that end the name of a thing, not a person's: "Davis Cup",
-- "Golden Globes", "Paris Club", "London Marathon", "Christian Aid",
-- "Atlas Cove"
local THING_END = word_set("cup cups trophy award awards globe globes prize prizes " ..
  "club marathon plan mini plus mail aid music family opera rally international open " ..
  "championship championships games festival show bowl classic series league day week " ..
  "act treaty accord report review project format magazine telescope spacecraft probe " ..
  "rover satellite news radio tv television channel network newspaper fire wildfire sports " ..
  "cinema cinemas research one two three four " ..
  "blaze cove lagoon")
-- the words that end an instrument's name, whose first words name no one
-- and nowhere ("the James Webb Space Telescope"; a place in an event's
-- name is one: "the Venice Film Festival")
local INSTRUMENT_END = word_set("telescope telescopes spacecraft probe rover satellite")

-- whether capitalized words after token b (in title case: not a headline
-- in capitals) end with an instrument's word (two words or three)
local function thing_after (toks, b, ctx)
  if t_is(toks, b + 1, "upper") then return false end
  local c = b + 1
  while c < #toks and c < b + 3 and t_is(toks, c + 1, "cap") do c = c + 1 end
  return c > b + 1 and INSTRUMENT_END[t_key(toks, c)] and not has_reading(ctx, c, c, "surnames")
end

-- whether span a .. b has a reading of the list, the answer kept on its
-- preferred reading d under key (the readings are shared by every text)
local function kept_reading (ctx, d, a, b, key, list)
  local has = d[key]
  if has == nil then
    has = false
    for _, r in ipairs(ctx.dict(a, b, true)) do
      if r.list == list then has = true break end
    end
    d[key] = has
  end
  return has
end

-- the members of a seat a place names before them (see gpe.en.dict)
local SEAT_TITLES = word_set("mp msp mla mep td ms am mhk")

-- whether token a follows an Arabic article joined by a hyphen ("Al-",
-- "El-"): a word of a name, no place of its own ("Al-Sahel")
local function after_article_al (toks, a)
  if a < 3 or t_kind(toks, a - 1) ~= "hyphen" or t_is(toks, a, "space_before") or
     t_is(toks, a - 1, "space_before") then
    return false
  end
  local k = t_key(toks, a - 2)
  return k == "al" or k == "el"
end

local function place_from_dict (m, ctx)
  local a, b = m.first_token, m.last_token
  local d = ctx.dict(a, b)
  if not d then return nil end
  if after_article_al(m.tokens, a) then return false end
  -- (a name the lists write with a capital, in lower case, is words: "the
  -- north-west" is no district "North-West", "the web's edu domains")
  -- (but "east London", "northern Cyprus": a capital at its end)
  local f0 = a < b and t_key(m.tokens, a) == "the" and a + 1 or a
  if t_is(m.tokens, f0, "lower") and not t_is(m.tokens, b, "cap") and
     d.canonical:find("^%u") then
    return false
  end
  -- a country named as written wins over a town whose name only folds to
  -- it ("Jordan", not a village "Jordán")
  if d.kind ~= "country" and folded_only(m, d) then
    for _, r in ipairs(ctx.dict(a, b, true)) do
      if r.kind == "country" and r.label == "GPE" and r.canonical == m.text then
        d = r
        break
      end
    end
  end
  -- a word in capitals of two to four letters, outside a headline, is an
  -- acronym: a place only where the lists write it so ("UK", "NYC"), not a
  -- place whose name it folds to ("AMD" is no district "Amd")
  -- (the checks cheapest first: a short name, a reading's flag kept on it)
  if a == b then
    local toks = m.tokens
    -- (another tongue's name for a place, in lower case, is a word: "a
    -- bona fide star" names no Bonn)
    if d.alt and t_is(toks, a, "lower") then return false end
    if not d.case and #d.canonical <= 4 and t_is(toks, a, "upper") and
       acronym_shape(toks, a) then
      return false
    end
    -- a title before a name is the name's, not a place: "Sheikh Mohammed"
    local title_too = kept_reading(ctx, d, a, b, "_title_too", "titles")
    if title_too and b < #toks and t_kind(toks, b + 1) == "word" and t_is(toks, b + 1, "cap") then
      return false
    end
    -- (nor a word of an instrument's name, "the James Webb Space
    -- Telescope": a small place's, named like a person)
    local small = d._small                 -- (kept on the shared reading)
    if small == nil then
      small = d.kind ~= "country" and (population(d) or 0) < 100000
      d._small = small
    end
    if small and b < #toks and t_is(toks, b + 1, "cap") and thing_after(toks, b, ctx) then
      return false
    end
    -- (nor a small place named by a common word, before a name's words:
    -- "the enhanced Enterprise Innovation Scheme")
    if d.weak and b + 1 < #toks and t_is(toks, b + 1, "title") and
       t_kind(toks, b + 1) == "word" and t_is(toks, b + 2, "title") and
       t_kind(toks, b + 2) == "word" and is_common(t_key(toks, a)) and
       not ctx.dict(b + 1, b + 1) then
      return false
    end
    -- (nor a small place named by a common word, after another capitalized
    -- one inside the sentence: "the Creative Economy", "Social Justice")
    if small and d.weak and a > 1 and t_kind(toks, a - 1) == "word" and t_is(toks, a - 1, "cap") and
       not opens_sentence(toks, a - 1) and is_common(t_key(toks, a)) and
       is_common(t_key(toks, a - 1)) and not t_is(toks, a, "upper") then
      return false
    end
    -- (nor a small place named by a common word after a capitalized word
    -- no list knows, the end of a name it is no place of: "Wyre Forest")
    if small and d.weak and a > 1 and t_kind(toks, a - 1) == "word" and
       t_is(toks, a - 1, "title") and not opens_sentence(toks, a - 1) and
       not t_is(toks, a, "upper") and not ctx.dict(a - 1, a - 1) and
       not is_common(t_key(toks, a - 1)) then
      return false
    end
    -- (nor a small place's name that is a family name too, before another
    -- name: "López Obrador", a Spanish name's two family names)
    -- (the reading's answer kept on it, asked before any token)
    local sur = small and kept_reading(ctx, d, a, b, "_surname", "surnames")
    if sur and b < #toks and t_kind(toks, b + 1) == "word" and t_is(toks, b + 1, "cap") and
       not t_is(toks, b + 1, "upper") and not t_is(toks, a, "upper") then
      local nx = ctx.dict(b + 1, b + 1)
      if not nx or nx.list == "surnames" then return false end
    end
  end
  if d.label ~= "GPE" then
    -- the span reads first as something else: its largest place
    local best, pop = nil, -1
    for _, r in ipairs(ctx.dict(a, b, true)) do
      local p = r.label == "GPE" and (population(r) or 0)
      if p and p > pop then best, pop = r, p end
    end
    if not best then return nil end
    d = best
  end
  -- (a grade of oil is no town: "Brent crude")
  if OIL_GRADES[d.canonical] and b < #m.tokens and OIL_GRADE_NEXT[t_key(m.tokens, b + 1)] then
    return false
  end
  if d.kind == "city" then
    local pop = population(d)
    -- (a town named like a month is the month: "in August")
    local toks = m.tokens
    local one = a == b and t_key(toks, a)
    if one and TIME_WORDS[one] then return false end
    -- (a common word that opens a sentence before a noun or a compound's
    -- second half is that word: "Drug-resistant bacteria", "Drug
    -- resistance is rising"; not "Nice is …")
    if one and b < #toks and is_common(one) and opens_sentence(toks, a) then
      local k = t_kind(toks, b + 1)
      if (k == "hyphen" and not t_is(toks, b + 1, "space_before") and b + 2 <= #toks and
          t_is(toks, b + 2, "lower")) or
         (k == "word" and t_is(toks, b + 1, "lower") and not PLACE_VERBS[t_key(toks, b + 1)]) then
        return false
      end
    end
    local need, given_too = needs_cue(m, ctx, d, pop, one)
    if need then
      -- (the cues, cheapest first: a word before, a place after, a list)
      local before = a > 1 and t_key(toks, a - 1)
      local cued = before and PLACE_CUES[before]
      -- (past an adjective of place: "In neighbouring Acharnes")
      if not cued and before and WORD_SETS.place_adjectives[before] and a > 2 and
         t_is(toks, a - 1, "lower") then
        cued = PLACE_CUES[t_key(toks, a - 2)]
      end
      if not cued then
        local n = #toks
        local after = b < n and t_key(toks, b + 1) == "," and b + 2 <= n and
                      ctx.dict(b + 2, b + 2)
        cued = after and (after.label == "GPE" or after.label == "LOC")
        -- (or a seat's member after it: "Bishop Auckland MP Sam Rawlings")
        if not cued and b < n and SEAT_TITLES[t_key(toks, b + 1)] and
           t_is(toks, b + 1, "upper") then
          cued = true
        end
        -- (or someone or something of it after an article: "A Paisley man
        -- has been found guilty", "the Medyka border crossing")
        if not cued and b < n and WORD_SETS.town_followers[t_key(toks, b + 1)] and
           t_is(toks, b + 1, "lower") and a > 1 and
           (t_key(toks, a - 1) == "a" or t_key(toks, a - 1) == "the") then
          cued = true
        end
      end
      if not cued then
        -- (or a list of places: "in London, Glasgow and Oxford")
        local listed = (before == "and" or before == "," or before == "or") and a > 2 and
                       not given_too and ctx.dict(a - 2, a - 2)
        if listed then
          -- (not in a list of people: "Jackson, Moore and Martin")
          for _, r in ipairs(ctx.dict(a, b, true)) do
            if r.list == "surnames" then listed = nil break end
          end
          if listed then
            for _, r in ipairs(ctx.dict(a - 2, a - 2, true)) do
              if r.list == "surnames" or r.list == "given_names" then listed = nil break end
            end
          end
        end
        cued = listed and (listed.label == "GPE" or listed.label == "LOC")
      end
      if not cued then return false end
    end
  end
  if leading_the(m, d.canonical) then
    return { canonical = d.canonical, first_token = a + 1 }
  end
  return canonical_fields(d)
end

-- unknown organizations named by their head word: "Kharkiv Regional
-- Council", "Acme Widgets Inc.", "University of Vienna", "Institute for
-- the Study of War" (an article before the name stays out)
-- (a hyphenated word of capitals is one word: "World Anti-Doping Agency",
-- "Ministry of Long-Term Care")
local head_word = P.cap_word * (P.kind "hyphen" * P.cap_word) ^ 0
-- (no name runs over a paragraph's end: "… shut in Dumfries and
-- Galloway\n\nDumfries and Galloway Council has …")
local head_next = P.all(P.cap_word, P.isnt "para_before") * (P.kind "hyphen" * P.cap_word) ^ 0
local of_tail = P.words { "of", "for", "on", "into" } * P.word "the" ^ -1 * head_word ^ 1 *
                (P.words { "and", "&" } * head_word ^ 1) ^ -1 *
                (P.word "in" * P.dict { "country", "LOC" }) ^ -1
-- plurals that take "'s": "the Women's Institute"
local PLURALS_S = { women = true, children = true, people = true, men = true }
local org_name = head_word * head_next ^ 0 * P.dict "org_head" * of_tail ^ -2 +
                 P.dict "org_head" * of_tail * of_tail ^ -1

-- a family name written first, as Chinese, Korean and Vietnamese names
-- are, and Japanese ones in much news ("Wang Donghai", "Kim Young-sam",
-- "Tanaka Kenji")
local FAMILY_FIRST = { zh = true, ko = true, vi = true, ja = true }
-- (the reading's languages are read once, and the answer kept on it)
local function family_first (d)
  local first = d._family_first
  if first == nil then
    first = false
    local lang = (d.extra or ""):match("lang=([%a,]+)")
    for l in (lang or ""):gmatch("%a+") do
      if FAMILY_FIRST[l] then first = true break end
    end
    d._family_first = first
  end
  return first
end

-- places that play: a team named after its town, in a result line
-- ("Leeds 2 Hull 1") or with a verb of the game ("Hull beat Leeds")
local place = P.dict { "GPE", "LOC" }
local played = P.words { "beat", "beats", "drew", "draw", "lost", "defeated",
  "thrashed", "edged", "routed", "hammered", "overcame", "trounced", "held" }
local versus = P.words { "v", "v.", "vs", "vs.", "versus" }
local side_versus = P.words { "v", "vs", "vs.", "versus" }
-- a result as a noun, a score before it, and the side it was against
local result = P.words { "win", "victory", "defeat", "loss", "draw", "triumph",
  "thrashing", "drubbing", "hammering", "success" }
local over = P.words { "over", "against", "by", "to", "with" }
local score = P.number * P.kind "hyphen" * P.number
local possessive = P.words { "'s", "\226\128\153s", "'", "\226\128\153" }
local team_rules = {
  { id = "org.en.team_score_first", label = "ORG", priority = 50, span = "t",
    pattern = P.capture("t", place) * P.number * place * P.number },
  { id = "org.en.team_score_second", label = "ORG", priority = 50, span = "t",
    pattern = place * P.number * P.capture("t", place) * P.number },
  { id = "org.en.team_verb_subject", label = "ORG", priority = 50, span = "t",
    pattern = P.capture("t", place) * played },
  { id = "org.en.team_verb_object", label = "ORG", priority = 50, span = "t",
    pattern = played * P.word "with" ^ -1 * P.capture("t", place) },
  { id = "org.en.team_versus_first", label = "ORG", priority = 50, span = "t",
    pattern = P.capture("t", place) * versus * place },
  { id = "org.en.team_versus_second", label = "ORG", priority = 50, span = "t",
    pattern = place * versus * P.capture("t", place) },
  -- a table row: the team, then its numbers
  { id = "org.en.team_table_row", label = "ORG", priority = 50, span = "t",
    pattern = P.sent_start * P.capture("t", place) * P.number * P.number * P.number },
  -- innings: the team, its runs and more runs
  { id = "org.en.team_innings", label = "ORG", priority = 50, span = "t",
    pattern = P.capture("t", place) * P.number * P.word "and" * P.number },
  -- a result told as a noun, with its score: "Leeds' 2-1 win over Hull",
  -- "a 3-0 defeat by Hull" (with no score it may be a contest of towns:
  -- "Paris's win over London")
  { id = "org.en.team_result_first", label = "ORG", priority = 50, span = "t",
    pattern = P.capture("t", place) * possessive * score * result * over * place },
  { id = "org.en.team_result_second", label = "ORG", priority = 50, span = "t",
    pattern = score * result * over * P.capture("t", place) },
  -- a fixture in capitals: TEAM AT TEAM
  { id = "org.en.team_at_first", label = "ORG", priority = 50, span = "t",
    pattern = P.capture("t", place) * P.all(P.word "at", P.is "upper") * place },
  { id = "org.en.team_at_second", label = "ORG", priority = 50, span = "t",
    pattern = place * P.all(P.word "at", P.is "upper") * P.capture("t", place) },
}
-- a country that plays stays a place (national sides are named so)
local function team_from_dict (m, ctx)
  local c1, c2 = m:capture_span("t")
  local d = c1 and ctx.dict(c1, c2)
  if not d or (d.kind or ""):find("country$") or d.label == "NORP" then return false end
  local toks = m.tokens
  -- (nor a common word that opens the sentence, a town's only once its
  -- accents are folded away: "Many held photographs", no "Mány")
  if c1 == c2 and opens_sentence(toks, c1) and is_common(t_key(toks, c1)) and
     folded_only(m, d) then
    return false
  end
  -- (nor the town of a side whose name goes on: "beat Saguenay Harfangs
  -- goaltender …", "a 2-1 victory over Fresno Valley United")
  if (m.rule_id == "org.en.team_verb_object" or m.rule_id == "org.en.team_result_second") and
     c2 < #toks and t_is(toks, c2 + 1, "title") and t_kind(toks, c2 + 1) == "word" and
     not t_is(toks, c2 + 1, "newline_before") then
    return false
  end
  -- (nor a town a person is from before the verb: "The 29-year-old from
  -- Soweto beat a strong field")
  if m.rule_id == "org.en.team_verb_subject" and c1 > 1 and PLACE_CUES[t_key(toks, c1 - 1)] then
    return false
  end
  -- (nor a town's name that is a person's given name after a family name:
  -- "Zheng Xinyi beat …")
  if c1 > 1 and t_kind(toks, c1 - 1) == "word" and t_is(toks, c1 - 1, "cap") and
     not t_is(toks, c1 - 1, "upper") then
    for _, r in ipairs(ctx.dict(c1 - 1, c1 - 1, true)) do
      if r.list == "surnames" and family_first(r) then return false end
    end
  end
  return canonical_fields(d)
end
for _, r in ipairs(team_rules) do r.build = team_from_dict end

-- whether the word at token a is a common word, or a place's or a body's
-- name too (no given name to read before a family name named like a
-- thing: "Royal Caribbean", "London Irish")
local function word_or_place (ctx, toks, a)
  if is_common(t_key(toks, a)) then return true end
  for _, r in ipairs(ctx.dict(a, a, true)) do
    if r.label == "GPE" or r.label == "LOC" or r.label == "ORG" then return true end
  end
  return false
end

-- heads of institutions named after a person, no family name (see
-- person.en.title_name)
local INSTITUTION_HEADS = word_set("hospital school university college academy museum library " ..
  "estate airport infirmary institute hall centre center foundation trust")
-- the last words of bodies' names a people's adjective may open (see
-- org.en.dict)
-- nouns of a field a ministry's name may go on with after one the lists
-- know: "the Department of Health Services", "the Ministry of Health
-- Sciences"
local DOMAIN_TAILS = word_set("services sciences affairs resources studies development " ..
  "welfare protection security safety care research policy planning management " ..
  "administration")
-- the last token of a body's name that ends at token b, past such nouns
local function domain_tail (toks, b)
  local n, z = #toks, b
  while z < n and z < b + 2 and t_kind(toks, z + 1) == "word" and t_is(toks, z + 1, "title") and
        DOMAIN_TAILS[t_key(toks, z + 1)] do
    z = z + 1
  end
  return z
end
-- the last words of a firm's or a body's name, never of a person's (see
-- person.en.title_name)
local FIRM_ENDS = word_set("group holdings partners inc inc. corp corp. ltd ltd. plc llc " ..
  "properties investments ventures industries enterprises technologies associates " ..
  "organisation organization association federation union council committee company " ..
  "foundation trust institute agency authority commission society club league")
-- first words of a newspaper's name any town's may have (see
-- org.en.place_org)
local PAPER_DAYS = word_set("daily evening morning sunday weekly")
-- levels of government before a ministry's name (see org.en.dict)
local BODY_LEVELS = word_set("federal union national state central provincial regional " ..
  "municipal royal")
local MINISTRY_HEADS = word_set("ministry department office directorate secretariat")
local NATIONAL_BODY_HEADS = word_set("agency authority commission council institute " ..
  "office service board bureau union association federation academy")

-- first words of places' and leagues' names, no person's
local PLACE_OPENERS = word_set("st ste saint sao san santa santo sidi primera segunda serie " ..
  "liga port fort mount lake cape bad")
-- words after a name whose family name is a people's adjective
local DEMONYM_NAME_NEXT = word_set("said says told added who was is has had and will would")
-- words of place before a town's name
local AT_PLACE = word_set("in at from near outside inside across around throughout to into")

local places = {
  name = "entities.en.dictionary",
  rules = {
    { id = "org.en.town_name", label = "ORG", priority = 35,
      pattern = P.dict "city" * cap ^ 1 },
    -- (before a person: "Acme Holdings Corp" is no "Holdings Corp")
    { id = "org.en.head", label = "ORG", priority = 52, span = "org",
      pattern = P.words { "the", "a", "an" } ^ -1 * P.capture("org", org_name) },
    -- a private company's form in brackets, as South Africa, Australia
    -- and India write it: "Mothibi Platinum (Pty) Ltd", "Tata Steel (Pvt)
    -- Ltd" (the match starts at the form, a rarer token than the bracket;
    -- the build reads the bracket and the name's capitalized words before
    -- it)
    { id = "org.en.pty", label = "ORG", priority = 56,
      pattern = P.words { "Pty", "Pvt", "Proprietary", "Private" } * P.word ")" *
                P.words { "Ltd", "Ltd.", "Limited" },
      build = function (m)
        local toks = m.tokens
        local a = m.first_token - 1
        if a < 2 or t_key(toks, a) ~= "(" then return false end
        local f = a
        while f > 1 and f > a - 5 and t_kind(toks, f - 1) == "word" and
              t_is(toks, f - 1, "cap") and not t_is(toks, f, "para_before") do
          local k = t_key(toks, f - 1)
          if k == "the" or k == "a" or k == "an" then break end
          f = f - 1
        end
        if f == a then return false end
        return { first_token = f }
      end },
    -- a plural's possessive inside the name: "the Independent Pilots'
    -- Union", "the Women's Institute" (the match starts at the mark, a
    -- rare token; the build reads the words before it)
    { id = "org.en.plural_head", label = "ORG", priority = 52,
      pattern = (P.all(P.kind "quote", P.isnt "space_before") + P.words { "'s", "’s" }) *
                head_word ^ 0 * P.dict "org_head" * of_tail ^ -2 },
    -- a saint's name in a body's: "St. Luke's Medical Center", "Aurora
    -- St Mary's Hospital", "St Thomas' Hospital"
    { id = "org.en.saint", label = "ORG", priority = 56,
      pattern = head_word ^ -2 * P.words { "St.", "St", "Saint", "Ste.", "Ste" } * P.cap_word *
                P.words { "'s", "\226\128\153s", "'", "\226\128\153" } ^ -1 * head_word ^ 0 *
                P.dict "org_head" * of_tail ^ -1,
      build = function (m)
        -- (a common word before the saint is no part of the name:
        -- "Yesterday St Mary's Hospital said")
        local toks, a = m.tokens, m.first_token
        local k = t_key(toks, a)
        if k == "st." or k == "st" or k == "saint" or k == "ste." or k == "ste" then
          return NO_FIELDS
        end
        local t = a
        while t < m.last_token and is_common(t_key(toks, t)) do t = t + 1 end
        if t == a then return NO_FIELDS end
        return { first_token = t }
      end },
    -- (a name whose first reading is a nationality is one: "Australian")
    { id = "org.en.dict", label = "ORG", priority = 40,
      pattern = P.dict "ORG", build = function (m, ctx)
        local a, b = m.first_token, m.last_token
        local d = ctx.dict(a, b)
        if d and d.label == "NORP" then return false end
        -- (a weak outlet's name before a title is the title's words: "The
        -- National Vice-President of the association"; not a party's,
        -- "Labor MPs")
        if d and d.weak and d.kind == "media" and b < #m.tokens and
           t_is(m.tokens, b + 1, "cap") then
          for z = b + 1, math.min(#m.tokens, b + 3) do
            if (ctx.dict(b + 1, z) or NO_FIELDS).list == "titles" then return false end
          end
        end
        -- (no body in a hyphenated family name's half: "Ferrand-Lacoste",
        -- "Smith-Boots")
        local htoks = m.tokens
        if a == b and a > 2 and t_kind(htoks, a - 1) == "hyphen" and
           not t_is(htoks, a - 1, "space_before") and not t_is(htoks, a, "space_before") and
           t_kind(htoks, a - 2) == "word" and t_is(htoks, a - 2, "cap") and
           not t_is(htoks, a - 2, "upper") and not HYPHEN_PREFIXES[t_key(htoks, a - 2)] then
          return false
        end
        -- (a name the lists call weak that ends in a number is a number's
        -- thing before one or before a word no list knows: "No. 10" is the
        -- prime minister's office, not "the No. 10 signal", "the No 10
        -- shirt", "No. 10 Hurricane Signal")
        if d and d.weak and t_kind(m.tokens, b) == "number" and b < #m.tokens and
           (NUMBERED_THINGS[t_key(m.tokens, b + 1)] or
            (t_is(m.tokens, b + 1, "cap") and t_kind(m.tokens, b + 1) == "word" and
             not ctx.dict(b + 1, b + 1))) then
          return false
        end
        -- (a name in lower case is a description: "the national weather
        -- service" of another country; unless the lists write it so:
        -- "ver.di")
        if b > a and not (d and d.case) then
          local lower = true
          for t = a, b do
            if not t_is(m.tokens, t, "lower") and t_is(m.tokens, t, "alpha") then
              lower = false
              break
            end
          end
          if lower then return false end
        end
        -- a government's level before a ministry the lists know is part
        -- of its name: "the Federal Ministry of Health", "the Union
        -- Ministry of Finance"
        local first
        -- (and a people's adjective before a ministry or a "People's
        -- Party": "the Iranian Ministry of Foreign Affairs", "the European
        -- People's Party")
        if b > a and a > 1 and t_is(m.tokens, a - 1, "title") and
           t_kind(m.tokens, a - 1) == "word" then
          local ka = t_key(m.tokens, a)
          if BODY_LEVELS[t_key(m.tokens, a - 1)] and
             (MINISTRY_HEADS[ka] or NATIONAL_BODY_HEADS[t_key(m.tokens, b)]) then
            -- (a level before a body too: "the National Electoral
            -- Commission" is no Electoral Commission of the lists')
            first = a - 1
          elseif MINISTRY_HEADS[ka] or ka == "peoples" or
                 (ka == "people" and POSSESSIVE_S[t_key(m.tokens, a + 1)]) then
            local n = ctx.dict(a - 1, a - 1)
            if n and n.label == "NORP" then first = a - 1 end
          end
        end
        -- (and "People's" before a party's name the lists know: "the
        -- People's Democratic Alliance" is another party)
        if d and d.kind == "party" and a > 2 and POSSESSIVE_S[t_key(m.tokens, a - 1)] and
           t_key(m.tokens, a - 2) == "people" and t_is(m.tokens, a - 2, "title") then
          first = a - 2
        end
        -- (a body the lists know whose name goes on with "and": "the
        -- Department for Education and Skills" is another, as written)
        if b >= a + 2 and b + 2 <= #m.tokens and t_key(m.tokens, b + 1) == "and" and
           NAME_JOINS[t_key(m.tokens, a + 1)] and t_is(m.tokens, b + 2, "cap") and
           t_kind(m.tokens, b + 2) == "word" and not t_is(m.tokens, b + 2, "upper") and
           (ctx.dict(b + 2, b + 2) or ORG_HEAD_READING).label == "org_head" then
          -- (a head word's too: "the Ministry of Energy and Minerals")
          local z = b + 2
          while z < #m.tokens and t_kind(m.tokens, z + 1) == "word" and
                t_is(m.tokens, z + 1, "cap") and not t_is(m.tokens, z + 1, "upper") do
            z = z + 1
          end
          return { first_token = first, last_token = z }
        end
        -- (a name the lists know that ends in a head word, then "for" or
        -- "of" and capitals, is another body's: "The Alliance for Digital
        -- Inclusion", not the alliance the lists know by "the Alliance")
        if b + 2 <= #m.tokens and (t_key(m.tokens, b + 1) == "for" or
                                   t_key(m.tokens, b + 1) == "of") and
           BODY_KIND_HEADS[t_key(m.tokens, b)] and t_is(m.tokens, b + 2, "title") and
           t_kind(m.tokens, b + 2) == "word" and not ctx.dict(b + 2, b + 2) then
          local z = b + 2
          while z < #m.tokens and t_kind(m.tokens, z + 1) == "word" and
                t_is(m.tokens, z + 1, "title") do
            z = z + 1
          end
          local f = first or a
          if t_key(m.tokens, f) == "the" then f = f + 1 end
          return { first_token = f, last_token = z, canonical = false }
        end
        -- (and a field's noun after it: "the Department of Health
        -- Services"; or a list of fields: "Ministry of Education,
        -- Culture, Sports, Science and Technology")
        if b > a and NAME_JOINS[t_key(m.tokens, a + 1)] then
          local z = domain_tail(m.tokens, b)
          if z > b then return { first_token = first, last_token = z, canonical = false } end
          z = listed_fields(ctx, m.tokens, b)
          if z then return { first_token = first, last_token = z, canonical = false } end
        end
        if first then return { first_token = first, canonical = false } end
        -- a people's adjective before a body the lists know by its
        -- kind's name makes another body: "the European Environment
        -- Agency", "the Scottish Environment Agency"
        -- (and so do other words no list knows before it: "the Welsh
        -- Students Rugby Football Union")
        -- (or by its kind's name and "of": "the Royal Swedish Academy of
        -- Sciences")
        if b > a and a > 2 and (NATIONAL_BODY_HEADS[t_key(m.tokens, b)] or
                                (NATIONAL_BODY_HEADS[t_key(m.tokens, a)] and
                                 t_key(m.tokens, a + 1) == "of")) and
           t_is(m.tokens, a - 1, "title") and t_kind(m.tokens, a - 1) == "word" then
          local f, toks0 = a, m.tokens
          while f > 2 and f > a - 3 and t_is(toks0, f - 1, "title") and
                t_kind(toks0, f - 1) == "word" do
            local n = ctx.dict(f - 1, f - 1)
            if n and n.label ~= "NORP" then break end
            if not n and opens_sentence(toks0, f - 1) then break end
            f = f - 1
            if n then break end                -- (a people's adjective opens it)
          end
          -- (past "Royal" before the people's adjective)
          if f < a and f > 2 and t_key(toks0, f - 1) == "royal" and t_is(toks0, f - 1, "title") then
            f = f - 1
          end
          if f < a and t_key(toks0, f - 1) == "the" then
            return { first_token = f, canonical = false }
          end
        end
        -- a body named like a town only in passing ("Oxford" for its
        -- university) is the town
        if d and d.weak then
          for _, r in ipairs(ctx.dict(a, b, true)) do
            if r.label == "GPE" or r.label == "LOC" then return false end
          end
        end
        -- a common word that opens a line or sentence is that word, before
        -- a bracket, a number or a given name ("Total (six
        -- wickets) 232", "Economist Ann Lee said"), and in a headline in
        -- capitals ("DISSOLVES NATIONAL TEAM")
        -- (each fact of a token is asked once: every test below only
        -- refuses, so their order is free)
        local toks = m.tokens
        -- (an outlet named like a word is that word after "an": "an
        -- Independent known as …" stands for election)
        if d and d.weak and d.kind == "media" and a > 1 and
           (t_key(toks, a - 1) == "an" or t_key(toks, a - 1) == "a") then
          return false
        end
        local key = a == b and t_key(toks, a)
        if key and is_common(key) then
          local n = #toks
          -- (nor, when the lists say the name needs context, the end of
          -- another name: the second half of a compound, "the
          -- Liberal-National coalition", the "Herald-Sun"; for an outlet,
          -- the last word of a name in capitals, "Live Nation" is not the
          -- magazine "The Nation", "Royal Mail" no Daily Mail, though a day
          -- opens an outlet's name, "the Sunday Independent")
          if d and d.weak and a > 1 then
            local k = t_kind(toks, a - 1)
            if k == "hyphen" then
              if a > 2 and not t_is(toks, a, "space_before") and
                 t_kind(toks, a - 2) == "word" and t_is(toks, a - 2, "cap") then
                return false
              end
            elseif k == "word" and d.kind == "media" and t_is(toks, a - 1, "cap") and
                   not t_is(toks, a - 1, "upper") and not TIME_WORDS[t_key(toks, a - 1)] then
              return false
            end
          end
          -- (in a headline: a neighbour in capitals too; not the
          -- article "A": "A WHO spokesperson")
          if #key > 2 and t_is(toks, a, "upper") and
             ((a > 1 and t_is(toks, a - 1, "upper") and t_kind(toks, a - 1) == "word" and
               t_key(toks, a - 1) ~= "a") or
              (a < n and t_is(toks, a + 1, "upper") and t_kind(toks, a + 1) == "word")) then
            return false
          end
          if a < n then
            local opens = opens_sentence(toks, a)
            local next_kind = t_kind(toks, a + 1)
            if opens and (next_kind == "number" or t_key(toks, a + 1) == "(") then
              return false
            end
            -- (an outlet named like a word, opening a sentence before a
            -- noun in lower case, is that word: "Independent experts
            -- welcomed …"; not "Independent said", "Independent has")
            if opens and d and d.weak and d.kind == "media" and next_kind == "word" and
               t_is(toks, a + 1, "lower") and not OUTLET_VERBS[t_key(toks, a + 1)] then
              local v = ctx.dict(a + 1, a + 1)
              if not (v and v.label == "reporting_verb") then return false end
            end
            if not t_is(toks, a + 1, "newline_before") then
              local next_cap = t_is(toks, a + 1, "cap")
              -- nor is it the first word of a longer name no list knows:
              -- "National Insurance", "Time Warner", "X-ray", "Amazon River"
              -- (but a title may follow a party, "Labour MPs", and a name a
              -- list knows may follow the body, "telling the Economist Russia
              -- would …")
              if (next_kind == "word" and next_cap) or next_kind == "hyphen" then
                local other = false
                for _, r in ipairs(ctx.dict(a + 1, a + 1, true)) do
                  -- (but an outlet named like a word is none before a
                  -- title: "Science Minister Ann Lee")
                  if r.list == "titles" and d and d.weak and d.kind == "media" then
                    return false
                  end
                  if r.list == "titles" or NAME_LABELS[r.label] then other = true break end
                end
                if not other then return false end
              end
              if opens and next_cap then
                for _, r in ipairs(ctx.dict(a + 1, a + 1, true)) do
                  if r.list == "given_names" then return false end
                end
              end

            end
          end
        end
        -- "The Australian" is a newspaper, "the Australian strategist" is
        -- not: a title of one word that is also a word, before a lower-case
        -- word that is neither a reporting verb nor "newspaper"
        -- (a "The" capitalized inside a sentence is the name's: "told The
        -- Observer government life was …")
        if d and d.weak and b == a + 1 and t_key(toks, a) == "the" and b < #toks and
           t_is(toks, b + 1, "lower") and t_kind(toks, b + 1) == "word" and
           not MEDIA_NOUNS[t_key(toks, b + 1)] and
           not (a > 1 and t_is(toks, a, "cap") and not t_is(toks, a, "newline_before") and
                not SENTENCE_END[t_key(toks, a - 1)]) then
          local verb = ctx.dict(b + 1, b + 1)
          if not (verb and verb.label == "reporting_verb") then return false end
        end
        -- a court or a bank the lists know, of a place: "the Supreme
        -- Court of Western Australia", "the Central Bank of Lesotho"
        if d and b > a and OF_PLACE_HEADS[t_key(toks, b)] and b + 2 <= #toks and
           t_key(toks, b + 1) == "of" and t_is(toks, b + 2, "cap") then
          for z = math.min(#toks, b + 4), b + 2, -1 do
            local g = ctx.dict(b + 2, z)
            if g and g.label == "GPE" then
              return { first_token = a, last_token = z, canonical = false }
            end
          end
        end
        -- a party the lists know by a shorter name, of a country: "the
        -- Green Party of Canada", "the Constitutional Democratic Party of
        -- Japan" (another party than the list's: the name as written)
        if d and d.kind == "party" and b + 2 <= #toks and t_key(toks, b + 1) == "of" then
          local c = b + 2
          local g = ctx.dict(c, c)
          if not g and t_key(toks, c) == "the" and c < #toks then
            c = c + 1
            g = ctx.dict(c - 1, c) or ctx.dict(c, c)
          end
          if g and g.label == "GPE" and g.kind == "country" then
            if t_key(toks, a) == "the" then
              a = a + 1
            elseif a > 2 and t_key(toks, a - 2) == "the" and t_is(toks, a - 1, "cap") and
                   t_kind(toks, a - 1) == "word" and not ctx.dict(a - 1, a - 1) then
              a = a - 1
            end
            return { first_token = a, last_token = c }
          end
        end
        return dict_fields(m, d)
      end },
    { id = "gpe.en.dict", label = "GPE", priority = 30,
      pattern = P.dict "GPE", build = place_from_dict },
    { id = "loc.en.dict", label = "LOC", priority = 30,
      pattern = P.dict "LOC", build = function (m, ctx)
        local d = ctx.dict(m.first_token, m.last_token)
        -- (a place's name after an Arabic article is another name's:
        -- "Al-Sahel", a club)
        if after_article_al(m.tokens, m.first_token) then return false end
        -- (a place the lists call weak, a word of other things too, is
        -- one after a word of place or with another place: "the highest
        -- peak on Java", "Java and Sumatra"; not "phones that have Java")
        if d and d.weak and d.label == "LOC" and d.kind == "island" then
          local toks, a, b = m.tokens, m.first_token, m.last_token
          local before = a > 1 and t_key(toks, a - 1)
          local after = b < #toks and t_key(toks, b + 1)
          if not (PLACE_CUES[before] or before == "on" or
                  ((before == "and" or before == ",") and a > 2 and
                   (ctx.dict(a - 2, a - 2) or NO_FIELDS).label == "LOC") or
                  (after == "and" and b + 2 <= #toks and
                   (ctx.dict(b + 2, b + 2) or NO_FIELDS).label == "LOC")) then
            return false
          end
        end
        return dict_fields(m, d)
      end },
    { id = "norp.en.dict", label = "NORP", priority = 30,
      pattern = P.dict "NORP", build = from_dict },
    -- a compass point before a people's adjective is part of it: "East
    -- European states", "South-East Asian technology"
    { id = "norp.en.compass", label = "NORP", priority = 35,
      pattern = P.all(P.words { "North", "South", "East", "West", "Central" }, P.is "title") *
                (P.kind "hyphen" ^ -1 * P.all(P.words { "East", "West" }, P.is "title")) ^ -1 *
                P.all(P.in_dict "NORP", P.is "title"),
      build = function (m, ctx)
        local d = ctx.dict(m.first_token, m.last_token)
        if d and d.label == "NORP" then return canonical_fields(d) end
        return { canonical = false }
      end },
    -- a compass point before a state, a region or a country is a part of
    -- it: "West Texas", "Eastern Ukraine", "North Wales" (the lists' own
    -- names first: "South Africa", "West Virginia")
    { id = "loc.en.compass_place", label = "LOC", priority = 31,
      pattern = P.all(P.words { "North", "South", "East", "West", "Central", "Northern",
                                "Southern", "Eastern", "Western", "Northeast", "Northwest",
                                "Southeast", "Southwest", "Northeastern", "Northwestern",
                                "Southeastern", "Southwestern", "Upstate", "Downstate" },
                      P.is "title") *
                P.dict "GPE",
      build = function (m, ctx)
        local a, b = m.first_token, m.last_token
        if ctx.dict(a, b) or t_is(m.tokens, b, "upper") then return false end
        local d = ctx.dict(a + 1, b)
        if not d or d.label ~= "GPE" then return false end
        if d.kind ~= "country" and d.kind ~= "region" and d.kind ~= "capital" and
           d.kind ~= "constituent_country" and
           (population(d) or 0) < 500000 then
          return false
        end
        return { canonical = m.text }
      end },
    -- (a nickname may come after a second given name: José María
    -- "Chema" Olmedo)
    { id = "person.en.given_name", label = "PERSON", priority = 50,
      pattern = given * ((P.is "initial" + letter) ^ -2) * (name_part ^ -1 * nickname) ^ -1 *
                name_part ^ 1 * suffix ^ -1 },
    -- a family name that is a people's adjective, after a given name:
    -- "Catriona Welsh said", "Michael English, who" (not before a noun:
    -- "Mary's Welsh roots", "Ann Welsh language")
    { id = "person.en.given_demonym", label = "PERSON", priority = 61,
      pattern = given * P.all(P.cap_word, P.is "title", P.in_dict "NORP"),
      build = function (m, ctx)
        local toks, a, b = m.tokens, m.first_token, m.last_token
        if b < #toks and t_kind(toks, b + 1) == "word" and
           not DEMONYM_NAME_NEXT[t_key(toks, b + 1)] then
          return false
        end
        -- (nor a given name that is a common word or a place: "Royal
        -- Scots", "London Irish")
        if word_or_place(ctx, toks, a) then return false end
        -- (with the title before it, as a title's rule would give it)
        for f = math.max(1, a - 2), a - 1 do
          local d = ctx.dict(f, a - 1)
          if d and d.list == "titles" then return { title = d.canonical } end
        end
        return NO_FIELDS
      end },
    -- a family name that is a town's after a particle: "Maria de la Paz",
    -- "Ana de Lisboa" (a rule of its own: an alternative inside the name's
    -- repeated part cost every name's match)
    { id = "person.en.particle_place", label = "PERSON", priority = 50,
      pattern = given * particle * particle ^ -1 *
                P.all(P.cap_word, P.isnt { "abbrev", "upper" }, P.in_dict "GPE",
                      P.no(P.in_dict { "country", "NORP", "ORG" })) },
    -- a family name that is a natural place's, after a given name: "Yifat
    -- Golan" (not before more of a name: "Jordan Rift Valley")
    { id = "person.en.given_place", label = "PERSON", priority = 50,
      pattern = given * P.all(P.cap_word, P.is "title", P.in_dict "LOC"),
      build = function (m, ctx)
        local toks, a, b = m.tokens, m.first_token, m.last_token
        if b < #toks and t_is(toks, b + 1, "cap") then return false end
        -- (nor a given name that is a common word or a place: "Royal
        -- Caribbean", "London Heathrow")
        if word_or_place(ctx, toks, a) then return false end
        return NO_FIELDS
      end },
    { id = "person.en.name_surname", label = "PERSON", priority = 45,
      pattern = cap * P.dict "surname" *
                (P.kind "hyphen" * P.all(P.kind "word", P.is "cap")) ^ -1 },
    -- a name with a family name's particles in lower case, whatever its
    -- given name: "Adriaen van Hulst", "Pieter de Hooch" (not a name the
    -- lists know, "Rio de Janeiro")
    { id = "person.en.particle_name", label = "PERSON", priority = 44,
      -- (and Malaysia's "anak", "bin" and "binti": "Anyie anak Ngau")
      pattern = cap * P.all(P.words { "van", "von", "de", "da", "di", "dos", "anak", "bin",
                                      "binti" }, P.is "lower") *
                P.all(P.words { "der", "den", "la" }, P.is "lower") ^ -1 * cap,
      build = function (m, ctx)
        local toks, a, b = m.tokens, m.first_token, m.last_token
        local key = t_key(toks, a)
        -- (nor a common word's: "the Tour de Romandie", a given name the
        -- lists know being the given name's rule)
        if NOT_A_NAME_START[key] or is_common(key) or ctx.dict(a, b) then
          return false
        end
        -- (nor a body's or a place's name in Spanish or French: "Hospital
        -- Comarcal de La Campiña", an article its last word)
        local kb = t_key(toks, b)
        if kb == "la" or kb == "le" or kb == "el" or kb == "los" or kb == "las" or kb == "les" then
          return false
        end
        if a > 1 and has_reading(ctx, a - 1, a - 1, "organizations") then return false end
        -- (nor one that ends with a city: "Aguas de Barcelona", not
        -- "Adriaen van Hulst", a small town's name)
        for _, r in ipairs(ctx.dict(b, b, true)) do
          if (r.label == "GPE" or r.label == "LOC") and (population(r) or 0) >= BIG_CITY then
            return false
          end
        end
        return NO_FIELDS
      end },
    -- an Arabic family name with its article, whatever the given name:
    -- "Majed al-Ansari", "Nadhmi al-Nasr" (not a place's, "Deir al-Balah",
    -- nor after a title, "Sheikh al-Thani")
    { id = "person.en.al_name", label = "PERSON", priority = 44,
      pattern = P.all(P.cap_word, P.isnt "upper", P.no(P.in_dict { "GPE", "LOC", "ORG", "NORP",
                                                                   "title" })) *
                P.all(P.words { "al", "el" }, P.is "lower") *
                P.all(P.kind "hyphen", P.isnt "space_before") *
                P.all(P.cap_word, P.isnt "space_before"),
      build = function (m, ctx)
        local toks, a, b = m.tokens, m.first_token, m.last_token
        local key = t_key(toks, a)
        if NOT_A_NAME_START[key] or is_common(key) or ctx.dict(a, b) then return false end
        return NO_FIELDS
      end },
    -- a results list: "5. Ann Tollway (Ruritania) 13:06.65"
    { id = "person.en.name_country", label = "PERSON", priority = 40, span = "n",
      pattern = P.capture("n", (P.dict "given_name" + cap) * (P.dict "surname" + cap) ^ 1) *
                P.word "(" * P.dict { "country", "NORP" } * P.word ")" },
    -- (and the name after such a verb, which the name before it hid:
    -- "Ann Lee Calls Tom Ray …")
    { id = "person.en.after_headline_verb", label = "PERSON", priority = 50, span = "name",
      pattern = P.all(P.cap_word, P.is "title", P.in_dict "reporting_verb") *
                P.capture("name", given * name_part ^ 1) },
    { id = "person.en.initials", label = "PERSON", priority = 50,
      pattern = P.is "initial" ^ 1 * name_part * name_part ^ -1 },
    -- (a nationality before the title is the person's affiliation:
    -- "Italian Defense Minister Guido Crosetto" -> Italy; so is a body a
    -- list knows, "Labour leader Ann Lee" -> Labour Party)
    { id = "person.en.title_name", label = "PERSON", priority = 60,
      pattern = (P.capture("aff", P.dict { "NORP", "country", "ORG" }) *
                 P.words { "'s", "\226\128\153s" } ^ -1) ^ -1 *
                P.capture("title", P.dict "title" * P.dict "title" ^ -1) *
                -- (initials may open the name: "Justice N. Senthilnathan")
                P.capture("name", P.is "initial" ^ -2 * name_part *
                                  ((P.is "initial" + letter) ^ -2 * nickname ^ -1 *
                                   name_part) ^ -1 * name_part ^ 0 * suffix ^ -1),
      span = "name",
      build = function (m, ctx)
        local t1, t2 = m:capture_span("title")
        local n1, n2 = m:capture_span("name")
        -- (a name before "&" is a firm's: "insurance broker Marsh & Lee")
        if n2 < #m.tokens and t_key(m.tokens, n2 + 1) == "&" then return false end
        -- (nor the words of a body before a plural's possessive: "the
        -- General Agricultural Workers' Union")
        if n2 + 2 <= #m.tokens and t_kind(m.tokens, n2 + 1) == "quote" and
           not t_is(m.tokens, n2 + 1, "space_before") and
           (ctx.dict(n2 + 2, n2 + 2) or NO_FIELDS).label == "org_head" then
          return false
        end
        -- (nor one that ends with a firm's word: "developer Aurelia
        -- Property Group")
        if n2 > n1 and FIRM_ENDS[t_key(m.tokens, n2)] and t_is(m.tokens, n2, "title") then
          return false
        end
        -- (nor a headline's verb after a title: "Senator Says Tollway Hid …")
        -- (not "Lord Dubs")
        if n2 > n1 and t_is(m.tokens, n1, "title") and present_cue(ctx, n1) and
           title_case_line(m.tokens, n1, ctx) then
          return false
        end
        -- (nor is a title the last word of a hyphenated one: "ten-man Braga")
        -- (nor a common word after a title in a headline in title case:
        -- "… as Speaker Calls for Order")
        if n1 == n2 and is_common(t_key(m.tokens, n1)) and title_case_line(m.tokens, n1, ctx) then
          return false
        end
        -- (but "ex-President", "vice-chairman", "co-founder" are titles)
        if t1 > 2 and t_kind(m.tokens, t1 - 1) == "hyphen" and
           not t_is(m.tokens, t1, "space_before") and
           not TITLE_PREFIXES[t_key(m.tokens, t1 - 2)] then
          return false
        end
        -- (nor a word after a title of kin: "Mother Nature", "Father
        -- Christmas", but "Mother Teresa")
        if n1 == n2 and t1 == t2 and KIN_TITLES[t_key(m.tokens, t1)] and
           is_common(t_key(m.tokens, n1)) and not has_reading(ctx, n1, n1, "given_names") then
          return false
        end
        -- (nor a title's own words: "Chief Electoral Officer", no name
        -- "Electoral Officer")
        if n2 > n1 and has_reading(ctx, n2, n2, "titles") and
           not has_reading(ctx, n2, n2, "surnames") and
           not has_reading(ctx, n1, n1, "given_names") then
          return false
        end
        -- (nor a thing named so after "the": "outside the Justice Palace")
        if n1 == n2 and titled_thing(ctx, m.tokens, t1, n1) then return false end
        -- (nor a region after a title in lower case, a role's words: "chief
        -- Asia FX strategist")
        if n1 == n2 and t_is(m.tokens, t2, "lower") and n2 < #m.tokens and
           t_kind(m.tokens, n2 + 1) == "word" and t_is(m.tokens, n2 + 1, "cap") then
          for _, r in ipairs(ctx.dict(n1, n1, true)) do
            if r.label == "LOC" or (r.label == "GPE" and r.kind == "country") then return false end
          end
        end
        local first = ctx.dict(n1, n1)
        -- (nor one that ends with a body's head word: "the official Xinhua
        -- News Agency"; but "actress Nathalie Press")
        if n2 > n1 then
          local whole = ctx.dict(n1, n2)
          if whole and (whole.label == "ORG" or whole.label == "GPE" or whole.label == "LOC") then
            return false
          end
          local last = ctx.dict(n2, n2)
          local head = last ~= nil and last.label == "org_head"
          if not head and n2 - 1 > n1 then
            local two = ctx.dict(n2 - 1, n2)                    -- ("News Agency")
            head = two ~= nil and two.label == "org_head"
          end
          if head and (not has_reading(ctx, n1, n1, "given_names") or
                       INSTITUTION_HEADS[t_key(m.tokens, n2)]) then
            return false               -- ("Queen Elizabeth Hospital": a building's)
          end
        elseif first and first.label == "org_head" and not has_reading(ctx, n1, n1, "surnames") then
          return false                 -- ("the Metropolitan Police": a head alone is a body's)
        end
        -- (nor three common words: "the Official World Golf Ranking"; nor
        -- two in a headline in title case: "… as Treasurer Bets Big on …")
        if n2 > n1 then
          local common = true
          for k = n1, n2 do
            if not is_common(t_key(m.tokens, k)) then common = false break end
          end
          if common and (n2 - n1 >= 2 or title_case_line(m.tokens, n1, ctx)) then
            return false
          end
          -- (nor two before "of" and a place: "the Revolutionary Armed
          -- Forces of Colombia", a body's name)
          if common and n2 + 2 <= #m.tokens and t_key(m.tokens, n2 + 1) == "of" then
            local g = ctx.dict(n2 + 2, n2 + 2)
            if g and (g.label == "GPE" or g.label == "LOC") then return false end
          end
        end
        -- a name does not begin with a title: "Lord Chief Justice" is all title
        if first and first.list == "titles" then
          if not first.weak then return false end
          -- nor is it one common word that is also a title: "the Queen Mother"
          if n1 == n2 and is_common(t_key(m.tokens, n1)) then return false end
        end
        for b = n1 + 1, n2 < n1 + 2 and n2 or n1 + 2 do
          local r = ctx.dict(n1, b)
          if r and r.list == "titles" then return false end
        end
        -- a title before the name's last word ends the words before the
        -- name: "Metropolitan Police Commissioner Sir John Stevens" is John
        -- Stevens, the commissioner (a role before an honorific is the
        -- title); not after a given name: "Sacha Baron Cohen"
        local given1 = n2 - n1 < 2 or has_reading(ctx, n1, n1, "given_names")
        for k = n2 - 1, given1 and n2 or n1 + 1, -1 do
          local r = title_reading(ctx, k, m.tokens)
          if r then
            local role = k > n1 and HONORIFIC_KINDS[r.kind] and title_reading(ctx, k - 1, m.tokens)
            if role and not HONORIFIC_KINDS[role.kind] then r = role end
            return { first_token = k + 1, title = r.canonical }
          end
        end
        local d = ctx.dict(t1, t2)
        -- (a role, then an honorific: the role is the title, "club manager
        -- Sir Alex Ferguson", "chief executive Lord Rennard")
        if not d then
          for k = t2 - 1, t1, -1 do
            local r, h = ctx.dict(t1, k), ctx.dict(k + 1, t2)
            if r and r.list == "titles" and h and HONORIFIC_KINDS[h.kind] then d = r break end
          end
        end
        -- a role written in lower case ("human", "general") capitalized
        -- inside a sentence before one common word is part of a name:
        -- "Human Rights", "General Election", "Daily Mail & General Trust"
        local toks = m.tokens
        if n1 == n2 and d and lower_role(d) and t_is(toks, t1, "cap") and t1 > 1 and
           not t_is(toks, t1, "newline_before") and not SENTENCE_END[t_key(toks, t1 - 1)] then
          local key = t_key(toks, n1)
          if is_common(key) then return false end
          for _, r in ipairs(ctx.dict(n1, n1, true)) do
            if r.label == "org_head" then return false end
          end
        end
        -- (and a title joined to it: "chairman and managing director Ann
        -- Lee")
        -- (not two persons: "the Queen and Prince Philip", "Mr and Mrs Lee")
        local co = d and not HONORIFIC_KINDS[d.kind] and not d.weak and t1 > 2 and
                   t_key(toks, t1 - 1) == "and" and title_reading(ctx, t1 - 2, toks)
        if co and (HONORIFIC_KINDS[co.kind] or co.weak) then co = nil end
        local aff1, aff2 = m:capture_span("aff")
        if not aff1 and d then
          if co then return { title = co.canonical .. " and " .. d.canonical } end
          -- (a portfolio's capitalized words before the title, no place's,
          -- people's or body's among them: "Aged Care Minister Ann Lee")
          -- (and two fields joined: "Work and Pensions Secretary")
          local k = t1
          if t1 == t2 and WORD_SETS.portfolio_titles[t_key(toks, t1)] then
            local joined = false
            while k > 1 and k > t1 - 5 and not t_is(toks, k, "newline_before") do
              local j = k - 1
              local join = t_key(toks, j) == "and" and j > 1 and j < t1 - 1 and not joined
              if join then j, joined = j - 1, true end
              if not (t_kind(toks, j) == "word" and t_is(toks, j, "cap") and
                      not t_is(toks, j, "upper") and not NOT_A_NAME_START[t_key(toks, j)]) then
                break
              end
              -- (not a small town's name that is a common word: "Change";
              -- nor a person's name before "and": "Mr Lee and …")
              local r = ctx.dict(j, j)
              if r and ((WORD_SETS.portfolio_stops[r.label] and
                         not (r.label == "GPE" and r.weak)) or
                        (join and (r.label == "given_name" or r.label == "surname"))) then
                break
              end
              k = j
            end
          end
          if k < t1 then
            return { title = ctx.text:sub(toks:first(k), toks:last(t2)) }
          end
          return reading_fields(d, "title")
        end
        local fields = { title = d and (co and co.canonical .. " and " .. d.canonical or
                                        d.canonical) or m:capture_text("title") }
        local a = aff1 and ctx.dict(aff1, aff2)
        if a and a.label == "ORG" then
          -- (not the tail of a longer name: "William Hill spokesman",
          -- "Electoral Commission chairman")
          local k = aff1
          if not a.weak and not (k > 1 and t_is(toks, k - 1, "cap") and
                                 t_kind(toks, k - 1) == "word" and
                                 not t_is(toks, k, "newline_before")) then
            fields.affiliation = a.canonical
          end
        elseif a then
          fields.affiliation = country_of(a)
        end
        return fields
      end },
  },
}

-- Korean family names that are English words, read as names only before a
-- given name of two syllables ("Park Ji-hoon"; the lists' family names are
-- read anywhere, and these would make "Linkin Park" a person)
local KOREAN_LIST = { "Park", "Shin", "Song", "Moon", "Son", "Huh", "Sung", "Woo", "Won", "Ham",
  "Ban" }
local KOREAN_WORDS = word_set(table.concat(KOREAN_LIST, " "))
-- whether the tokens from t are a given name of two syllables joined by a
-- hyphen, the second in lower case: "Ji-hoon", "Soo-jin" (no English word
-- so made: "Co-op", "Ex-wife", "Re-run")
local NOT_SYLLABLE = { ex = true, co = true, re = true, pre = true, non = true, anti = true,
  mid = true, post = true, pro = true, sub = true, vice = true, semi = true, self = true,
  de = true, un = true, bi = true, tri = true, all = true, well = true, half = true,
  one = true, two = true, ten = true, top = true, low = true, high = true, far = true,
  old = true, new = true, big = true, off = true, out = true, up = true, ["end"] = true }
local function korean_given (toks, t)
  if t + 2 > #toks or t_kind(toks, t + 1) ~= "hyphen" or not t_is(toks, t + 2, "lower") or
     t_kind(toks, t + 2) ~= "word" then
    return false
  end
  local k1, k2 = t_key(toks, t), t_key(toks, t + 2)
  return #k1 >= 2 and #k1 <= 5 and #k2 >= 2 and #k2 <= 5 and not NOT_SYLLABLE[k1] and
         not is_common(k1 .. "-" .. k2) and k1:find("^%a+$") ~= nil and
         k2:find("^%a+$") ~= nil
end
-- whether token t reads as a Vietnamese family name (among its readings)
local function vietnamese_family (ctx, t)
  for _, r in ipairs(ctx.dict(t, t, true)) do
    if r.list == "surnames" and (r.extra or ""):find("lang=vi", 1, true) then return true end
  end
  return false
end

places.rules[#places.rules + 1] = {
  id = "person.en.surname_first", label = "PERSON", priority = 48,
  pattern = (P.all(P.in_dict "surname", P.isnt "upper") + P.all(P.words(KOREAN_LIST), P.is "cap")) *
            name_word,
  build = function (m, ctx)
    local toks, a = m.tokens, m.first_token
    -- (a Korean given name in two syllables joined by a hyphen: "Park
    -- Ji-hoon", "Choi Min-seo", whatever else the family name reads as; a
    -- family name that is a common word has one, "Park Avenue" has not)
    local syllables = m.last_token == a + 3 and korean_given(toks, a + 1)
    local d = ctx.dict(a, a)
    if not syllables then
      -- (a family name of such a language, whatever reads first: "Pham",
      -- "Tran", a town's name too)
      if d and not (d.list == "surnames" and family_first(d)) then
        for _, r in ipairs(ctx.dict(a, a, true)) do
          if r.list == "surnames" and family_first(r) then d = r break end
        end
      end
      if not (d and d.list == "surnames" and family_first(d)) or
         (is_common(t_key(toks, a)) and (d.extra or ""):find("lang=ko", 1, true)) then
        return false
      end
    elseif not (d and d.list == "surnames" and family_first(d)) then
      -- (a family name of another language, or a common word, before a
      -- given name of no English words: "Lee Jae-myung", "Moon Jae-in",
      -- not "Pop Idol-style")
      local k1, k2 = t_key(toks, a + 1), t_key(toks, a + 3)
      if is_common(k1) and is_common(k2) then return false end
      local some = KOREAN_WORDS[t_text(toks, a)] ~= nil
      if not some then
        for _, r in ipairs(ctx.dict(a, a, true)) do
          if r.list == "surnames" then some = true break end
        end
      end
      if not some then return false end
    end
    if syllables then return NO_FIELDS end
    -- (a given name of two words no list knows: "Lim Boon Keat", "Low
    -- Thia Khiang")
    -- (a Vietnamese name has up to four words, the last the one it is
    -- known by, which may be a town's: "Vuong Dinh Hue", "Nguyen Thi Kim
    -- Ngan")
    local vi = vietnamese_family(ctx, a)
    local c, z = m.last_token + 1, nil
    while c <= #toks and c <= m.last_token + (vi and 2 or 1) and t_kind(toks, c) == "word" and
          t_is(toks, c, "cap") and not t_is(toks, c, "upper") and
          not t_is(toks, c, "newline_before") and (vi or not is_common(t_key(toks, c))) do
      -- (a word of a town's or district's name too: "Lei Chi Hong")
      local r = ctx.dict(c, c)
      if r and not (r.label ~= "ORG" and r.label ~= "NORP" and r.kind ~= "country" and
                    r.kind ~= "capital" and r.list ~= "titles") then
        break
      end
      z = c
      c = c + 1
    end
    if z then return { last_token = z } end
    -- (a Vietnamese family name that is a word of other tongues names no
    -- one with a single given name: "Le Hoang Nam", not "Le Roi")
    -- (a given name of seven letters or more, no consonant doubled, is no
    -- Vietnamese syllable but a Chinese name's two: "Tang Xiaoyun"; not
    -- "Le Chiffre")
    local gk = t_key(toks, m.last_token)
    local pinyin = #gk >= 7 and not gk:find("([bcdfghjklmpqrstvwxz])%1")
    if vi and d.weak and not pinyin then
      for _, r in ipairs(ctx.dict(a, a, true)) do
        if r.list == "surnames" and not r.weak then return NO_FIELDS end
      end
      return false
    end
    return NO_FIELDS
  end }

-- an organization named by its people: "Acme spokesman", "the CFDT
-- chairman", "Air Ruritania chief executive"; a place or a nationality in
-- that position is not one ("Texas officials", "Italian spokesman")
local ROLE_OF_ORG = P.words { "spokesman", "spokeswoman", "spokesperson",
  "spokespeople", "chairman", "chairwoman", "shareholders", "stockholders",
  "executives", "directors", "board", "unit", "subsidiary", "shares",
  "profit", "profits", "revenue", "revenues", "earnings" } +
  P.phrase "chief executive" + P.phrase "managing director" +
  P.phrase "board of directors"
local org_word = P.all(P.kind "word", P.is "cap", P.isnt "abbrev",
  P.no(P.in_dict { "NORP", "title", "given_name" }))
local org_piece = org_word * (P.kind "hyphen" * P.all(P.kind "word", P.is "cap")) ^ -1
local NOT_ORG_START = { the = true, a = true, an = true, this = true,
  that = true, his = true, her = true, its = true, their = true, our = true,
  my = true, your = true, former = true, new = true, company = true,
  group = true, party = true, government = true, ministry = true }
places.rules[#places.rules + 1] = {
  id = "org.en.role_of", label = "ORG", priority = 42, span = "org",
  pattern = P.capture("org", org_word * org_word ^ -2) * P.word "'s" ^ -1 * ROLE_OF_ORG,
  build = function (m, ctx)
    local c1, c2 = m:capture_span("org")
    if NOT_ORG_START[t_key(m.tokens, c1)] then return false end
    -- (a quarter or a financial year is no word of the name: "Vossberg Q4
    -- profit slumps")
    local cut = false
    while c2 >= c1 and (t_key(m.tokens, c2):find("^[qh][1-4]$") or
                        t_key(m.tokens, c2):find("^fy%d+$")) do
      c2, cut = c2 - 1, true
    end
    if c2 < c1 or (cut and c1 == c2 and is_common(t_key(m.tokens, c1))) then return false end
    if cut then return { last_token = c2 } end
    -- (the last part of a hyphenated name a list knows is the name's:
    -- "Rolls-Royce shares")
    if c1 > 2 and t_kind(m.tokens, c1 - 1) == "hyphen" then
      local whole = ctx.dict(c1 - 2, c2)
      if whole and whole.label == "ORG" then
        return { first_token = c1 - 2, canonical = whole.canonical }
      end
      return false
    end
    -- ("Net profit", "Total shares": a common word is no body)
    if c1 == c2 and is_common(t_key(m.tokens, c1)) then return false end
    -- (nor the first words of a body the lists know with the role's word:
    -- "the International Rugby Board confirmed …")
    local whole = ctx.dict(c1, m.last_token)
    if whole and whole.label == "ORG" and t_is(m.tokens, m.last_token, "cap") then return false end
    -- (nor the last words of a longer name the lists know: "A Department
    -- for Environment, Food and Rural Affairs spokesperson")
    for x = c1 - 1, math.max(1, c1 - 8), -1 do
      local longer = ctx.dict(x, c2)
      if longer and longer.label == "ORG" then return false end
    end
    -- (nor the last words of a longer name with a capital role's word:
    -- "the England and Wales Cricket Board")
    local before = c1 > 1 and t_key(m.tokens, c1 - 1)
    if before == "and" or before == "of" or before == "&" then
      if t_is(m.tokens, m.last_token, "cap") then return false end
      -- (nor of a longer name the lists know: "Oil and Natural Gas
      -- Corporation chairman …")
      for k = math.max(1, c1 - 4), c1 - 2 do
        local d = ctx.dict(k, c2)
        if d and d.label == "ORG" then return false end
      end
    end
    local d = ctx.dict(c1, c2)
    if d and (d.label == "GPE" or d.label == "LOC" or d.label == "NORP" or
              d.label == "PERSON") then
      return false
    end
    local org = d and d.label == "ORG" and d
    if leading_the(m, org and org.canonical) then
      return { canonical = org and org.canonical or nil, first_token = m.first_token + 1 }
    end
    return org and canonical_fields(org) or NO_FIELDS
  end }

-- the firm a person works at, after the person's role: "head of money
-- and markets at Hargreaves Lansdown", "an analyst at Tollway Securities"
-- (no place, person or nationality the lists know; a firm they know keeps
-- its name)
local ROLE_AT = P.words { "head", "chief", "analyst", "analysts", "economist",
  "economists", "strategist", "strategists", "director", "partner", "professor",
  "researcher", "researchers", "fellow", "officer", "executive", "lecturer",
  "scientist", "scientists", "editor", "correspondent", "adviser", "advisor",
  "consultant", "trader", "traders", "manager", "managers", "founder", "lawyer", "lawyers",
  "attorney", "attorneys", "solicitor", "associate", "accountant", "banker", "bankers",
  "engineer", "engineers" }
places.rules[#places.rules + 1] = {
  id = "org.en.role_at", label = "ORG", priority = 52, span = "org",
  -- (a word of the name may be hyphenated: "at Kestrel Pan-African Bank")
  pattern = ROLE_AT * P.rep(P.no(P.words { ",", ".", ";", ":", "at", "(", ")" }), 0, 5) *
            P.word "at" * P.capture("org", org_word * org_piece ^ -3 *
                                           (P.word "of" * org_word * org_word ^ -2) ^ -1 +
                                           P.all(P.kind "word", P.is "title",
                                                 P.in_dict "given_name") *
                                           P.all(P.kind "word", P.is "title")),
  build = function (m, ctx)
    local c1, c2 = m:capture_span("org")
    local toks = m.tokens
    -- (a firm named for its founders: "a lawyer at Clifford Chance", "a
    -- partner at Roland Berger", two names)
    if (ctx.dict(c1, c1) or NO_FIELDS).label == "given_name" then
      return c2 == c1 + 1 and NO_FIELDS or false
    end
    if NOT_ORG_START[t_key(toks, c1)] or TIME_WORDS[t_key(toks, c1)] then return false end
    -- (a longer name the lists know: "at Lloyd's of London")
    local nk = c2 < #toks and t_key(toks, c2 + 1)
    for k = (nk == "'s" or nk == "of" or nk == "&" or
             (nk and t_kind(toks, c2 + 1) == "number")) and math.min(#toks, c2 + 4) or 0,
            c2 + 1, -1 do
      local long = ctx.dict(c1, k)
      if long and long.label == "ORG" then
        return { last_token = k, canonical = long.canonical }
      end
    end
    local d = ctx.dict(c1, c2)
    if d and d.label ~= "ORG" then return false end
    -- (a place the lists know at its start stays a place: "at Oxford")
    if not d then
      for _, r in ipairs(ctx.dict(c1, c1, true)) do
        if r.label == "GPE" or r.label == "LOC" then return false end
      end
    end
    return d and canonical_fields(d) or NO_FIELDS
  end }

-- acronyms of things, no body's: GDP, CEO, GMT, …
local NOT_ORG_ACRONYMS = word_set("gdp gnp cpi ppi pmi ceo cfo coo cto cio md vp " ..
  "ai tv dna rna hiv aids gcse gcses mp mps msp msps mep meps pm am pc pcs dvd dvds cd " ..
  "cds usb gps sms mms id iq it ip ok ufo suv cctv mri ct pr hr lcd led atm pin vpn " ..
  "html url urls api isa etf etfs ipo ipos ptsd covid bse cjd mrsa sars gmo gm " ..
  "gmt bst edt est pst cet utc mw gw kw kwh mph kph km cm mm kg lb rbi era eps " ..
  "qc kc obe mbe cbe dj djs mc faq faqs diy asap vip vips hd 3d dvt abc vat " ..
  "vs nb ps pps bc ad ce bce rip tba tbc aka fyi lol omg uk us usa eu mln bln pct na gst hst cgt")

-- an acronym that the article treats as a body: "the ABC", "the XYZ's"
-- (not in a headline in capitals)
places.rules[#places.rules + 1] = {
  id = "org.en.the_acronym", label = "ORG", priority = 35, span = "org",
  pattern = P.all(P.word "the", P.isnt "upper") *
            P.capture("org", P.all(P.kind "word", P.is "upper", P.is "alpha",
                                   P.isnt "initial",
                                   P.no(P.in_dict { "GPE", "LOC", "NORP" }))) *
            P.no(P.all(P.kind "word", P.is "cap")),
  build = function (m, ctx)
    local c1, c2 = m:capture_span("org")
    local w = t_text(m.tokens, c1)
    local n = #w
    -- (letters: not "the 1.5C goal")
    if n < 2 or n > 6 or not w:find("^%a") then return false end
    local d = ctx.dict(c1, c2)
    if d and d.label == "ORG" then return canonical_fields(d) end
    -- (a letter and digits no list knows is a code, a road's number or a
    -- sum: "the A12 motorway", "the N70,000 minimum wage"; "the G7" is a
    -- body the lists know)
    if w:find("^%u%d+$") then return false end
    -- (nor a code's letters: "the BR-319 highway", "the F-16")
    local toks = m.tokens
    if c2 + 2 <= #toks and t_kind(toks, c2 + 1) == "hyphen" and
       t_kind(toks, c2 + 2) == "number" and not t_is(toks, c2 + 1, "space_before") then
      return false
    end
    -- (not an acronym of things: "the AI boom")
    if NOT_ORG_ACRONYMS[t_key(m.tokens, c1)] then return false end
    return NO_FIELDS
  end }

-- an acronym no list knows is a body's, in running text: "the collapse of
-- FTX", "FTX founder Ann Lee" (not in a headline in capitals, not a roman
-- numeral, not one of the acronyms of things: GDP, CEO, GMT, …)
local ROMAN = "^[ivxlcdm]+$"
-- words after an acronym that say it is a body's, and before it
local ORG_AFTER_WORDS = { "'s", "\226\128\153s", "said", "says", "told", "announced",
  "reported", "spokesman", "spokeswoman", "spokesperson", "chief", "boss", "founder",
  "chairman", "chairwoman", "president", "director", "executive", "executives",
  "official", "officials", "shares", "shareholders", "staff", "employees", "members",
  "leader", "leaders", "leadership", "headquarters", "officers" }
local ORG_BEFORE_WORDS = { "joined", "quit", "left", "founded", "told", "telling" }
-- (the words around the acronym are in the pattern: the rule's build runs
-- only where they stand, not at every "I" and "A" in capitals)
local acronym_word = P.all(P.kind "word", P.is "upper", P.is "alpha", P.isnt "initial",
                           P.no(P.in_dict { "GPE", "LOC", "NORP", "ORG", "PERSON",
                                            "given_name", "surname", "title",
                                            "reporting_verb", "org_head" }))
local acronym = P.capture("o", acronym_word)
-- a broadcaster's call sign: "WISN-TV", "KQED-FM" (North American
-- stations' letters open with K, W or C)
places.rules[#places.rules + 1] = {
  id = "org.en.call_sign", label = "ORG", priority = 16,
  pattern = acronym_word * P.kind "hyphen" * P.words { "TV", "FM", "AM", "DT" },
  build = function (m)
    local toks = m.tokens
    local t = t_text(toks, m.first_token)
    if t_is(toks, m.first_token + 1, "space_before") or not t:find("^[KWC][A-Z][A-Z][A-Z]?$") then
      return false
    end
    return { kind = "media" }
  end }
-- a health board named by its region after "NHS": "NHS Lothian", "NHS
-- Greater Glasgow and Clyde" (the region's words are the board's)
places.rules[#places.rules + 1] = {
  id = "org.en.health_board", label = "ORG", priority = 58,
  pattern = P.all(P.word "NHS", P.is "upper") *
            P.rep(P.all(P.cap_word, P.isnt "upper", P.no(P.in_dict { "title", "PERSON" })), 1, 3) *
            (P.word "and" * P.rep(P.all(P.cap_word, P.isnt "upper"), 1, 2)) ^ -1,
  build = function (m, ctx)
    -- (not inside a longer name: "Hereford Hospitals NHS Trust")
    local toks, a = m.tokens, m.first_token
    if a > 1 and t_kind(toks, a - 1) == "word" and t_is(toks, a - 1, "cap") and
       not opens_sentence(toks, a - 1) then
      return false
    end
    -- (a body the lists know keeps its reading: "NHS England")
    local d = ctx.dict(m.first_token, m.last_token)
    if d and d.label == "ORG" then return canonical_fields(d) end
    return NO_FIELDS
  end }

-- a news agency no list knows, by what it is: "the official Tollan Presse
-- (TP) news agency" (a body, and an outlet, whatever its words are)
places.rules[#places.rules + 1] = {
  id = "org.en.news_agency", label = "ORG", priority = 70, span = "o",
  pattern = P.capture("o", P.cap_word * P.cap_word ^ -3) *
            (P.word "(" * P.kind "word" * P.word ")") ^ -1 *
            P.all(P.word "news", P.is "lower") * P.words { "agency", "service" },
  build = function (m, ctx)
    local c1, c2 = m:capture_span("o")
    local k = t_key(m.tokens, c1)
    local article = k == "the" or k == "a" or k == "an"
    if article then
      if c1 == c2 then return false end
      c1 = c1 + 1
    end
    -- (a name the lists know keeps their reading: "Tass", "the Italian
    -- news agency")
    if ctx.dict(c1, c2) or ctx.dict(c1, c2 + 1) then return false end
    if article then return { first_token = c1, kind = "media" } end
    return { kind = "media" }
  end }
places.rules[#places.rules + 1] = {
  id = "org.en.acronym", label = "ORG", priority = 15, span = "o",
  pattern = acronym * P.words(ORG_AFTER_WORDS) + P.words(ORG_BEFORE_WORDS) * acronym,
  build = function (m)
    local toks = m.tokens
    local a = m:capture_span("o")
    local k = t_key(toks, a)
    if #k < 2 or #k > 5 or NOT_ORG_ACRONYMS[k] or k:find(ROMAN) or is_common(k) or
       not k:find("^%a+$") then
      return false
    end
    local n = #toks
    if not acronym_shape(toks, a) then return false end
    -- (nor part of a longer name: "OFK Beograd", "PGA Tour", "Mladost (BJ)")
    if a < n and not t_is(toks, a + 1, "newline_before") and
       ((t_kind(toks, a + 1) == "word" and t_is(toks, a + 1, "cap")) or
        t_kind(toks, a + 1) == "hyphen" or t_kind(toks, a + 1) == "number") then
      return false
    end
    if a > 1 and not t_is(toks, a, "newline_before") then
      local p = a - 1
      local opens = opens_sentence(toks, p)
      if (t_kind(toks, p) == "word" and t_is(toks, p, "cap") and not opens) or
         t_key(toks, p) == "(" then
        return false
      end
    end
    return NO_FIELDS
  end }

-- partners' names joined by an ampersand: "Smith & Wesson", "Marks &
-- Spencer Co", "Edward D. Jones & Co"
local ORG_SUFFIX = P.words { "Co", "Co.", "Inc", "Inc.", "Corp", "Corp.",
  "Ltd", "Ltd.", "LLC", "LLP", "plc", "PLC", "Group", "Sons", "Partners" }
places.rules[#places.rules + 1] = {
  id = "org.en.ampersand", label = "ORG", priority = 55,
  pattern = (P.all(P.kind "word", P.is "cap", P.isnt "upper") + P.is "initial") ^ 1 *
            P.word "&" * (ORG_SUFFIX + P.cap_word ^ 1 * ORG_SUFFIX ^ -1) }

-- a place no list knows, where the text says it is one: "in Longyear",
-- "near Xanthe Falls" (one or two capitalized words no list knows, not
-- followed by more of a name)
local unknown_cap = P.all(P.kind "word", P.is "cap", P.isnt { "upper", "abbrev" },
                          P.no(P.in_dict { "GPE", "LOC", "NORP", "ORG", "PERSON",
                                           "given_name", "surname", "title",
                                           "reporting_verb", "org_head" }))
local unknown_or_given = P.all(P.kind "word", P.is "cap", P.isnt { "upper", "abbrev" },
                               P.no(P.in_dict { "GPE", "LOC", "NORP", "ORG", "PERSON",
                                                "surname", "title", "reporting_verb",
                                                "org_head" }))
-- a body no list knows, by its spokesperson: "a Qantas spokesperson", "an
-- RBA spokesman" (a person's spokesperson is a name the lists know: "a
-- Trump spokesman")
places.rules[#places.rules + 1] = {
  id = "org.en.spokes_body", label = "ORG", priority = 60, span = "o",
  pattern = P.words { "a", "an", "the" } *
            P.capture("o", P.all(P.kind "word", P.is "cap", P.isnt "abbrev",
                                 P.no(P.in_dict { "GPE", "LOC", "NORP", "ORG", "PERSON",
                                                  "given_name", "surname", "title",
                                                  "reporting_verb" })) ^ 1) *
            P.all(P.words { "spokesman", "spokeswoman", "spokesperson" }, P.is "lower"),
  build = function (m)
    local toks = m.tokens
    local c1, c2 = m:capture_span("o")
    if c2 > c1 + 2 then return false end
    -- (one of the words, at least, no common word: not "a Government
    -- spokesman")
    for t = c1, c2 do
      if not is_common(t_key(toks, t)) then return NO_FIELDS end
    end
    return false
  end }

-- words of bodies' names in Spanish, Portuguese, Italian, French or German
-- that no person's name has (without accents: patterns and keys both fold
-- them, "Democrática" is "democratica")
local FOREIGN_BODY_WORDS = { "Nacional", "Nacionales", "Republicana", "Republicano",
  "Popular", "Socialista", "Democratica", "Democratico", "Democrata", "Unida", "Unido",
  "Unidos", "Partido", "Frente", "Movimiento", "Grupo", "Banco", "Compania", "Companhia",
  "Empresa", "Sociedad", "Fundacion", "Fundacao", "Asociacion", "Confederacion", "Union",
  "Comision", "Consejo", "Ministerio", "Corporacion", "Nationale", "Populaire", "Partito",
  "Nazionale", "Popolare", "Partei", "Verband", "Gesellschaft", "Stiftung", "Bau", "Werke",
  "Calcio", "Fiscalia", "Defensoria", "Procuraduria", "Contraloria", "Registraduria",
  "Superintendencia", "Instituto", "Congreso", "Senado", "Asamblea", "Policia", "Ejercito",
  "Agencia", "Servicio", "Direccion", "Autoridad", "Comite", "Oficina", "Juzgado",
  "Sindicato", "Federacion", "Associacao", "Secretaria", "Camara", "Corte", "Coordinadora",
  "Aguas", "Minera", "Mineradora", "Constructora", "Inmobiliaria", "Aerolineas",
  "Universidad", "Universidade", "Universita", "Universite", "Ministere", "Ministero",
  "Parti", "Barisan", "Pertubuhan", "Persatuan", "Angkatan", "Dewan", "Kesatuan", "Societe",
  "Banque", "Conseil", "Bourse", "Agence", "Observatoire", "Caisse", "Compagnie", "Regie",
  "Autorite", "Assemblee", "Senat", "Syndicat", "Mouvement", "Rassemblement", "Ecole", "Institut" }
local FOREIGN_BODY = word_set(table.concat(FOREIGN_BODY_WORDS, " "):lower())
-- whether a word ends as family names of some languages do and no body's
-- name does: Icelandic "-dóttir" and "-sson", Balkan "-ović", "-ević",
-- Romanian "-escu", Georgian "-shvili" and "-dze", Armenian "-yan",
-- Ukrainian "-enko"
local FAMILY_ENDINGS = { "d\195\179ttir$", "dottir$", "sson$", "ovi\196\135$", "ovic$",
  "evi\196\135$", "evic$", "escu$", "shvili$", "dze$", "yan$", "enko$" }
local function family_ending (w)
  if #w < 6 then return false end
  for _, e in ipairs(FAMILY_ENDINGS) do
    if w:find(e) then return true end
  end
  return false
end

-- (one of the words, at least, no common word)
local function not_time (m)
  local toks = m.tokens
  local c1, c2 = m:capture_span("p")
  local name = false
  for t = c1, c2 do
    local k = t_key(toks, t)
    if TIME_WORDS[k] then return false end
    -- (the plural of an abbreviation is a thing: "in PCs", "on DVDs")
    if t_text(toks, t):find("^%u%u+s$") then return false end
    if not is_common(k) then name = true end
  end
  return name and NO_FIELDS or false
end
-- (and one a compass point is of: "a curve south of Aviemore")
places.rules[#places.rules + 1] = {
  id = "gpe.en.unknown_direction", label = "GPE", priority = 20, span = "p",
  pattern = P.words { "north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "north-east", "north-west", "south-east", "south-west" } *
            P.word "of" * P.capture("p", unknown_cap) * P.no(P.is "cap"),
  build = not_time }
-- (and one listed with a place the lists know: "moved aircraft to Evia
-- and Crete")
places.rules[#places.rules + 1] = {
  id = "gpe.en.unknown_listed", label = "GPE", priority = 20, span = "p",
  pattern = P.words { "in", "to", "from", "near", "across", "between", "on" } *
            P.capture("p", unknown_cap) * P.words { "and", "," } *
            P.all(P.in_dict "GPE", P.is "title", P.no(P.in_dict { "given_name", "surname" })),
  build = not_time }
places.rules[#places.rules + 1] = {
  id = "gpe.en.unknown_after_in", label = "GPE", priority = 20, span = "p",
  pattern = P.words { "in", "near", "outside" } * P.capture("p", unknown_cap * unknown_cap ^ -1) *
            P.no(P.is "cap"),
  build = not_time }

-- a place by the lower-case noun of its kind after it: "Seoul's Gangnam
-- district", "the Vorukh enclave", "Zarkov province" (one or two words no
-- list knows, not common words)
places.rules[#places.rules + 1] = {
  id = "gpe.en.area_noun", label = "GPE", priority = 44, span = "p",
  pattern = P.capture("p", unknown_cap * unknown_cap ^ -1) *
            P.all(P.is "lower", P.words { "district", "districts", "province", "county",
                                          "enclave", "municipality", "prefecture", "oblast",
                                          "governorate", "township", "commune", "canton" }),
  build = function (m)
    local a, b = m:capture_span("p")
    local toks = m.tokens
    if (opens_sentence(toks, a) and is_common(t_key(toks, a))) or
       NOT_A_NAME_START[t_key(toks, a)] or is_common(t_key(toks, b)) then
      return false
    end
    return NO_FIELDS
  end }
-- a county, district or province by its name and its kind's word in
-- capitals: "sued Brannock County", "Tharpaar District" (one or two words
-- no list knows; not a body named after it, "Brannock County Jail")
places.rules[#places.rules + 1] = {
  id = "gpe.en.area_name", label = "GPE", priority = 44, span = "p",
  pattern = P.capture("p", (unknown_cap * unknown_cap ^ -1 + P.dict "city") *
                           P.all(P.is "title", P.words { "County", "District", "Province",
                                                         "Prefecture", "Oblast", "Parish",
                                                         "Borough", "Township",
                                                         "Governorate" })),
  build = function (m)
    local a, b = m:capture_span("p")
    local toks = m.tokens
    if (opens_sentence(toks, a) and is_common(t_key(toks, a))) or
       NOT_A_NAME_START[t_key(toks, a)] or
       (b < #toks and t_kind(toks, b + 1) == "word" and t_is(toks, b + 1, "cap")) or
       (a > 1 and t_kind(toks, a - 1) == "word" and t_is(toks, a - 1, "cap") and
        not opens_sentence(toks, a - 1)) then
      return false
    end
    return NO_FIELDS
  end }
-- a district named for its hill, green or heath after "in" or "near": "in
-- Herne Hill", "near Parsons Green" (no given name first, and no one's
-- possession after it: "in Damon Hill's car")
places.rules[#places.rules + 1] = {
  id = "gpe.en.district_word", label = "GPE", priority = 52, span = "p",
  pattern = P.words { "in", "near" } *
            P.capture("p", P.all(P.cap_word, P.isnt "upper") *
                           P.all(P.words { "Hill", "Green", "Heath", "Vale", "Cross", "Common",
                                           "Wood", "End", "Gate", "Hills" }, P.is "title")) *
            P.no(P.words { "'s", "\226\128\153s" }),
  build = function (m, ctx)
    local a = m:capture_span("p")
    if has_reading(ctx, a, a, "given_names") or is_common(t_key(m.tokens, a)) then
      return false
    end
    return NO_FIELDS
  end }

-- a street named after its kind's word in another tongue, first: "Avenida
-- Jiménez", "Calle Mayor", "Rue de Rivoli", "Jalan Sudirman"
places.rules[#places.rules + 1] = {
  id = "loc.en.street_first", label = "LOC", priority = 55,
  pattern = P.all(P.words { "Avenida", "Calle", "Rua", "Rue", "Paseo", "Praça", "Plaça", "Jalan",
                            "Carrera", "Calzada", "Boulevard", "Piazza", "Viale", "Corso" },
                  P.is "title") *
            (P.words { "de", "del", "la", "das", "dos", "da", "di", "della" } ^ -2 *
             P.all(P.cap_word, P.isnt "upper")) ^ 1 }

-- a state's abbreviation after its town or in a lawmaker's party tag:
-- "Baltimore, Md.", "Sen. Ann Lee (D-Ariz.)", "Rep. Tom Ray, R-S.C."
-- (the abbreviations of kind "place" in the tokenizer's list, by key)
local STATE_ABBREVIATIONS, STATE_KEYS = {}, {}
for _, row in pairs(require("glean.data").load("en/abbreviations.tsv")) do
  if row.kind == "place" and row.surface:find("%.$") then
    local key = row.surface:lower()
    STATE_ABBREVIATIONS[key] = row.canonical
    STATE_KEYS[#STATE_KEYS + 1] = key
  end
end
table.sort(STATE_KEYS)
places.rules[#places.rules + 1] = {
  id = "gpe.en.state_abbreviation", label = "GPE", priority = 45, span = "s",
  pattern = (P.dict "GPE" * P.word "," +
             P.all(P.words { "D", "R", "I" }, P.is "upper") * P.kind "hyphen") *
            P.capture("s", P.all(P.words(STATE_KEYS), P.is "cap")),
  build = function (m)
    local a = m:capture_span("s")
    local c = STATE_ABBREVIATIONS[t_key(m.tokens, a)]
    return c and { canonical = c } or false
  end }

-- a settlement named after its kind and "of": "the small community of
-- Ruch", "the village of Blorvik" (a family name too: "the town of
-- Hartley")
local PLACE_PARTICLES = word_set("upon on de la le les du des en sur sous am an der im")
local SETTLEMENT_NOUN = P.all(P.is "lower", P.words { "village", "town", "city", "community",
  "hamlet", "settlement", "suburb", "port", "island", "villages", "towns" })
places.rules[#places.rules + 1] = {
  id = "gpe.en.settlement_of", label = "GPE", priority = 44, span = "p",
  pattern = SETTLEMENT_NOUN * P.word "of" *
            P.capture("p", P.all(P.kind "word", P.is "cap", P.isnt { "upper", "abbrev" },
                                 P.no(P.in_dict { "NORP", "ORG", "title", "reporting_verb",
                                                  "org_head" })) *
                           P.all(P.kind "word", P.is "cap", P.isnt { "upper", "abbrev" },
                                 P.no(P.in_dict { "NORP", "ORG", "title", "org_head" })) ^ -2),
  build = function (m, ctx)
    local a, b = m:capture_span("p")
    local d = ctx.dict(a, b)
    if (d and d.list ~= "surnames" and d.list ~= "given_names") or
       NOT_A_NAME_START[t_key(m.tokens, a)] then
      return false
    end
    -- (a name's hyphenated words: "the village of Ga-Mokaba")
    -- (and a particle between them: "Stratford-upon-Avon", "Saint-Jean-de-Luz")
    local toks, y, z = m.tokens, b, b
    while y + 2 <= #toks and t_kind(toks, y + 1) == "hyphen" and
          not t_is(toks, y + 1, "space_before") and not t_is(toks, y + 2, "space_before") and
          t_kind(toks, y + 2) == "word" and
          (t_is(toks, y + 2, "cap") or PLACE_PARTICLES[t_key(toks, y + 2)]) do
      y = y + 2
      if t_is(toks, y, "cap") then z = y end
    end
    return z > b and { last_token = z } or NO_FIELDS
  end }

-- streets, squares, bridges and venues: "Lansdowne Road", "Tavistock
-- Square", "Emirates Stadium" (a place, whatever its first words are)
local VENUE_WORD = P.words { "Road", "Street", "Avenue", "Lane", "Boulevard",
  "Square", "Bridge", "Stadium", "Arena", "Park", "Airport", "Highway",
  "Motorway", "Circus", "Gardens", "Castle", "Palace", "Cathedral", "Abbey", "Dam",
  "Canal", "Tower" }
-- a name before a place's noun in lower case: "Paddington Green police
-- station", "the Hollins Moor reservoir" (a word no list knows first)
places.rules[#places.rules + 1] = {
  id = "loc.en.place_noun", label = "LOC", priority = 46, span = "p",
  pattern = P.capture("p", unknown_cap * P.all(P.kind "word", P.is "cap", P.isnt "upper") ^ -2) *
            P.all(P.is "lower", P.words { "police", "station", "hospital", "prison", "jail",
                                          "airport", "airbase", "barracks", "racecourse",
                                          "cemetery", "reservoir", "pier", "harbour", "harbor",
                                          "quay", "docks", "river", "crossing" }),
  build = function (m)
    local a = m:capture_span("p")
    local toks = m.tokens
    -- (not a sentence's first word, capitalized for that, nor the last
    -- words of a longer name: "Frimley Park hospital")
    if a == 1 or t_is(toks, a, "line_start") or t_is(toks, a - 1, "terminal") or
       t_is(toks, a - 1, "cap") or NOT_A_NAME_START[t_key(toks, a)] or
       is_common(t_key(toks, a)) then
      return false
    end
    return NO_FIELDS
  end }

-- the land around a river or a place, named after it: "the Thames Valley",
-- "the Mekong Delta" (a name the lists know keeps its reading: "Ivory Coast")
places.rules[#places.rules + 1] = {
  id = "loc.en.region_head", label = "LOC", priority = 38,
  pattern = P.dict { "GPE", "LOC" } *
            P.all(P.words { "Valley", "Basin", "Delta", "Estuary", "Gorge", "Plain", "Plains",
                            "Peninsula", "Highlands", "Lowlands", "Coast", "Riviera" },
                  P.is "cap", P.isnt "upper"),
  build = function (m, ctx)
    if ctx.dict(m.first_token, m.last_token) then return false end
    return NO_FIELDS
  end }

-- a river, a loch or a mountain named after its head word, after "the"
-- or for a mountain anywhere: "the River Calder", "Loch Ness", "Mount
-- Kenya" (not a person, "River Phoenix"; a name the lists know keeps its
-- reading)
-- (the match starts at the head word, a rare token; the build asks for
-- "the" before a river or a lake)
do
local AFTER_THE_ONLY = { river = true, lake = true }
-- (and an island by "Isle of" and its name: "the Isle of Mull")
places.rules[#places.rules + 1] = {
  id = "loc.en.isle_of", label = "LOC", priority = 52,
  pattern = P.all(P.words { "Isle", "Isles", "Island", "Islands" }, P.is "title") * P.word "of" *
            P.all(P.cap_word, P.isnt "upper") * P.all(P.cap_word, P.isnt "upper") ^ -1,
  build = function (m, ctx)
    local a, b = m.first_token, m.last_token
    local d = ctx.dict(a, b)
    if d then return false end
    if b > a + 2 and ctx.dict(b, b) then return { last_token = b - 1 } end
    return NO_FIELDS
  end }
places.rules[#places.rules + 1] = {
  id = "loc.en.feature_first", label = "LOC", priority = 52,
  pattern = P.all(P.words { "River", "Loch", "Lough", "Lake", "Mount" }, P.is "cap",
                  P.isnt "upper") * P.all(P.cap_word, P.isnt "upper") *
            P.all(P.cap_word, P.isnt "upper") ^ -1,
  build = function (m, ctx)
    local toks, a, b = m.tokens, m.first_token, m.last_token
    if AFTER_THE_ONLY[t_key(toks, a)] and (a == 1 or t_key(toks, a - 1) ~= "the") then
      return false
    end
    if ctx.dict(a, b) then return false end
    return NO_FIELDS
  end }
end

-- a natural feature by its head word: "the Paracel Islands", "the Zagros
-- Mountains", "the Oskil River" (a name the lists know keeps its reading:
-- "Cayman Islands"; heads that are family names too, "Rivers", "Bay",
-- "Lake", are left out)
places.rules[#places.rules + 1] = {
  id = "loc.en.feature", label = "LOC", priority = 38,
  pattern = P.all(P.cap_word, P.isnt "upper") * P.all(P.cap_word, P.isnt "upper") ^ -2 *
            P.all(P.words(WORD_SETS.features), P.is "cap", P.isnt "upper"),
  build = function (m, ctx)
    local toks, a, b = m.tokens, m.first_token, m.last_token
    while a < b do
      local key = t_key(toks, a)
      if not (NOT_A_NAME_START[key] or (opens_sentence(toks, a) and is_common(key))) then
        break
      end
      a = a + 1
    end
    if a == b or ctx.dict(a, b) then return false end
    -- (nor the first words of a national park's name, the venue rule's)
    if b + 2 <= #toks and t_key(toks, b + 1) == "national" and t_key(toks, b + 2) == "park" then
      return false
    end
    -- (a list's name with its article: "the Indian Ocean"; and a name of
    -- common words only after "the": not "Small Island", a novel)
    local the = a > 1 and t_key(toks, a - 1) == "the"
    if the and ctx.dict(a - 1, b) then return false end
    if not the then
      local known = true
      for t = a, b - 1 do
        if not is_common(t_key(toks, t)) then known = false break end
      end
      if known then return false end
    end
    return a == m.first_token and NO_FIELDS or { first_token = a }
  end }

-- a region by the lower-case word after it: "the Amazon rainforest", "the
-- Mekong delta", "the Congo basin" (a firm's name in the lists, "Amazon",
-- is the place here; a name the lists know as a place keeps its reading)
places.rules[#places.rules + 1] = {
  id = "loc.en.region_noun", label = "LOC", priority = 45, span = "name",
  pattern = P.capture("name", P.all(P.cap_word, P.isnt "upper") ^ 1) *
            P.all(P.words { "rainforest", "rainforests", "basin", "delta", "jungle",
                            "jungles" }, P.is "lower"),
  build = function (m, ctx)
    local toks = m.tokens
    local a, b = m:capture_span("name")
    local key = t_key(toks, a)
    if NOT_A_NAME_START[key] or (opens_sentence(toks, a) and is_common(key)) then
      return false
    end
    for _, r in ipairs(ctx.dict(a, b, true)) do
      if r.label ~= "ORG" then return false end
    end
    return NO_FIELDS
  end }

-- (where a given name with one of those words is a street: "on Orrin
-- Street"; elsewhere it may be a person, "Orrin Street said")
local VENUE_CUES = { ["on"] = true, ["in"] = true, ["at"] = true, ["near"] = true,
  ["along"] = true, ["down"] = true, ["up"] = true, ["off"] = true, ["to"] = true,
  ["from"] = true, ["outside"] = true, ["across"] = true, ["into"] = true }
places.rules[#places.rules + 1] = {
  -- (below the lists' organizations, "10 Downing Street", and people,
  -- "Wayne Bridge"; above their places, "Stamford Bridge")
  id = "loc.en.venue", label = "LOC", priority = 36,
  pattern = P.all(P.cap_word, P.isnt "upper") ^ 1 * P.all(VENUE_WORD, P.is "cap", P.isnt "upper"),
  build = function (m, ctx)
    local toks, a, b = m.tokens, m.first_token, m.last_token
    local n = #toks
    -- (not the sentence's first word when it is a common one: "But
    -- Downing Street", "Former Olympic Stadium")
    while a < b do
      local key = t_key(toks, a)
      local starts = opens_sentence(toks, a)
      if not (NOT_A_NAME_START[key] or (starts and is_common(key))) then break end
      a = a + 1
    end
    if a == b then return false end
    -- (a name a list knows, or one that goes on, is the list's or a
    -- longer rule's: "Wall Street", "Wall Street Journal")
    if ctx.dict(a, b) then return false end
    for k = b + 1, math.min(n, b + 3) do
      if ctx.dict(a, k) then return false end
    end
    if b < n and t_is(toks, b + 1, "cap") and t_kind(toks, b + 1) == "word" and
       not t_is(toks, b + 1, "newline_before") then
      return false
    end
    local first = ctx.dict(a, a)
    -- (a national park's is a place wherever it stands: "Bryce Canyon
    -- National Park")
    if first and (first.label == "given_name" or first.list == "titles") and
       not (a > 1 and VENUE_CUES[t_key(toks, a - 1)]) and
       not (b - 1 > a and t_key(toks, b - 1) == "national") then
      return false
    end
    return { first_token = a }
  end }

-- a club of a town no list knows, by a word only clubs take: "Ashcombe
-- Wanderers", "Tollway Rovers" (a town the lists know is the town rule's)
places.rules[#places.rules + 1] = {
  id = "org.en.club_name", label = "ORG", priority = 50,
  pattern = P.all(P.cap_word, P.isnt "upper") *
            P.all(P.words { "Wanderers", "Rovers", "Athletic", "Albion", "Hotspur", "Argyle",
                            "Academicals", "Thistle", "Rangers", "United" }, P.is "cap",
                  P.isnt "upper"),
  build = function (m, ctx)
    local toks, a = m.tokens, m.first_token
    local key = t_key(toks, a)
    -- (nor a common word, "Land Rovers", nor the end of a longer name,
    -- "Queens Park Rangers")
    local d = ctx.dict(a, a)
    if NOT_A_NAME_START[key] or is_common(key) or ctx.dict(a, m.last_token) or
       (d and d.label == "GPE") or
       (a > 1 and t_is(toks, a - 1, "cap") and t_kind(toks, a - 1) == "word" and
        not opens_sentence(toks, a)) then
      return false
    end
    return NO_FIELDS
  end }

-- a club by the letters of its kind before its name: "SV Rheinfeld",
-- "FC Velmora", "VfB Tollstadt" (capitals in a line that is not in
-- capitals, before a name in title case)
places.rules[#places.rules + 1] = {
  id = "org.en.club_prefix", label = "ORG", priority = 50,
  pattern = P.all(P.words { "FC", "SV", "VfB", "VfL", "FK", "NK", "SK", "SC", "AC", "CD", "SSC",
                            "RCD", "KRC", "KV", "HNK", "GNK", "PFC", "AFC" }, P.is "cap") *
            P.all(P.cap_word, P.isnt { "upper", "abbrev" }) *
            P.all(P.cap_word, P.isnt { "upper", "abbrev" }) ^ -1,
  build = function (m, ctx)
    local toks, a, b = m.tokens, m.first_token, m.last_token
    -- (not in a headline in capitals, nor a name the lists know)
    if (b < #toks and t_is(toks, b + 1, "upper") and t_kind(toks, b + 1) == "word") or
       (a > 1 and t_is(toks, a - 1, "upper") and t_kind(toks, a - 1) == "word") then
      return false
    end
    -- (a name the lists know is the lists' rule's)
    if ctx.dict(a, b) then return false end
    -- (nor a weekday's or a month's name after it)
    if TIME_WORDS[t_key(toks, b)] then return false end
    return NO_FIELDS
  end }

-- a minister's title with the portfolio after "for" or "of", before the
-- name: "Minister for Housing Ann Lee", "Minister of State for Local
-- Government Ann Lee", "Secretary of State for Health Tom Ray" (the whole
-- match wins over a body the portfolio's words make; the person is the
-- name, from its given name)
places.rules[#places.rules + 1] = {
  id = "person.en.portfolio_name", label = "PERSON", priority = 60,
  pattern = P.capture("title", P.words { "Minister", "Secretary", "Commissioner" } *
                               P.words { "of", "for" } *
                               P.rep(P.all(P.cap_word, P.isnt "upper") +
                                     P.words { "and", ",", "of", "for", "the" }, 1, 8)) *
            P.capture("name", given * name_part ^ 1 * suffix ^ -1),
  build = function (m, ctx)
    local toks = m.tokens
    local t1, t2 = m:capture_span("title")
    local n1 = m:capture_span("name")
    local k = t_key(toks, t2)
    -- (a comma before the name: "Minister of Art, Culture and the Creative
    -- Economy, Ann Lee,")
    local comma = k == "," and t2 > t1 + 2
    if comma then
      t2 = t2 - 1
      k = t_key(toks, t2)
    end
    if k == "and" or k == "," or k == "of" or k == "for" or k == "the" then return false end
    -- (not a body the lists know in it: "Secretary of State for the
    -- Home Department"'s words are no such thing, but "Governor of the
    -- Bank of England" keeps its bank; nor a line in capitals)
    for t = t1 + 2, t2 do
      if t_is(toks, t, "upper") then return false end
      local d = ctx.dict(t, t2)
      if d and d.label == "ORG" and d.kind ~= "media" and t_is(toks, t, "cap") then
        return false
      end
    end
    -- (the portfolio's words are common words or places: a name's family
    -- name written first ends it, "Minister of Agriculture and Environment
    -- Pham Quoc Thanh")
    for t = t1 + 2, t2 do
      if t_kind(toks, t) == "word" and t_is(toks, t, "cap") and not is_common(t_key(toks, t)) then
        local named = false                  -- (a place's or a people's name)
        for j = t, math.max(t1 + 2, t - 2), -1 do
          local d = ctx.dict(j, t)
          if d and (d.label == "GPE" or d.label == "NORP" or d.label == "LOC") then
            named = true
            break
          end
        end
        if not named then
          if t < t2 or t2 - 1 <= t1 + 1 then return false end
          if comma then return false end
          local title = m:capture_text("title"):match("^(.-)%s+%S+$")
          return { first_token = t2, title = title }
        end
      end
    end
    return { first_token = n1,
             title = comma and m:capture_text("title"):gsub("%s*,$", "") or
                     m:capture_text("title") }
  end }

-- a union's local by its number: "Transport Workers Union Local 100",
-- "SEIU Local 32BJ"
places.rules[#places.rules + 1] = {
  id = "org.en.union_local", label = "ORG", priority = 56, span = "org",
  pattern = P.words { "the", "a", "an" } ^ -1 *
            P.capture("org", (org_name + P.dict "ORG") * P.all(P.word "Local", P.is "title") *
                             (P.kind "number" + P.all(P.kind "word", P.is "upper"))) }

-- a wine house or a museum by the word of its kind before its name, as
-- French, Spanish and German have it: "Maison Delaunay-Vercel", "Domaine
-- Roche", "Bodegas Olmedo", "Museum Wendelstein" (the name no common
-- word: not "Museum Street")
places.rules[#places.rules + 1] = {
  id = "org.en.kind_first", label = "ORG", priority = 50,
  pattern = P.all(P.words { "Maison", "Domaine", "Bodegas", "Bodega", "Museum", "Kunsthalle",
                            "Galerie", "Ysgol" }, P.is "title") *
            P.all(P.cap_word, P.isnt { "upper", "abbrev" }) *
            (P.kind "hyphen" * P.all(P.cap_word, P.isnt { "upper", "abbrev" })) ^ -1,
  build = function (m, ctx)
    local toks, a, b = m.tokens, m.first_token, m.last_token
    if (b < #toks and t_kind(toks, b + 1) == "word" and t_is(toks, b + 1, "cap")) or
       is_common(t_key(toks, a + 1)) then
      return false
    end
    if ctx.dict(a, b) then return false end
    return NO_FIELDS
  end }

-- a member's seat before the letters of the seat, or after "for": "the
-- Dublin Bay North TD", "TD for Cork South-Central", "the Bishop Auckland
-- MP" (the match starts at the letters, a rare token; the build reads the
-- seat's words; not a party's or a people's name, "Labour MP")
do
local SEAT_LETTERS = { "TD", "MP", "MSP", "MLA", "MEP", "MHK" }
local function seat_words (ctx, toks, f, z)
  if z < f or (f == z and is_common(t_key(toks, f))) then return false end
  local whole = ctx.dict(f, z)
  if whole and whole.label ~= "GPE" and whole.label ~= "LOC" then return false end
  -- (no person's name, "Andrew Tyrie MP", nor a party's, "UK Independence
  -- Party MEP", "Lib Dem MP": a name the lists know from before it)
  for x = f - 1, math.max(1, f - 2), -1 do
    local r = ctx.dict(x, z)
    if r and r.label ~= "GPE" and r.label ~= "LOC" then return false end
  end
  for _, r in ipairs(ctx.dict(f, f, true)) do
    if r.label == "ORG" or r.label == "NORP" or r.list == "titles" or
       r.list == "given_names" or r.list == "surnames" then
      return false
    end
  end
  for t = f, z do
    local r = ctx.dict(t, z)
    if r and (r.label == "ORG" or r.label == "PERSON" or r.label == "org_head") then
      return false
    end
    local one = ctx.dict(t, t)
    if one and (one.label == "org_head" or one.list == "surnames") and not whole then
      return false
    end
  end
  return whole and { canonical = whole.canonical } or NO_FIELDS
end
places.rules[#places.rules + 1] = {
  id = "gpe.en.seat_before", label = "GPE", priority = 55,
  pattern = P.all(P.words(SEAT_LETTERS), P.is "upper"),
  build = function (m, ctx)
    local toks, a = m.tokens, m.first_token
    local f = a
    -- (and "and" between a region's words: "a Highlands and Islands MSP")
    while f > 1 and f > a - 6 and
          ((t_kind(toks, f - 1) == "word" and t_is(toks, f - 1, "title") and
            not t_is(toks, f - 1, "upper")) or
           ((t_kind(toks, f - 1) == "hyphen" and not t_is(toks, f - 1, "space_before") or
             t_key(toks, f - 1) == "and") and
            f > 2 and t_is(toks, f - 2, "title") and f < a)) and
          not t_is(toks, f, "para_before") do
      local k = t_key(toks, f - 1)
      if k == "the" or k == "a" or opens_sentence(toks, f - 1) and is_common(k) then break end
      f = f - 1
    end
    -- (a place the lists know whose first word opens the sentence:
    -- "Bishop Auckland MP Sam Rawlings")
    if f > 1 and t_kind(toks, f - 1) == "word" and t_is(toks, f - 1, "title") and
       (ctx.dict(f - 1, a - 1) or NO_FIELDS).label == "GPE" then
      f = f - 1
    end
    if f == a then return false end
    local fields = seat_words(ctx, toks, f, a - 1)
    if not fields then return false end
    local out = { first_token = f, last_token = a - 1 }
    if fields.canonical then out.canonical = fields.canonical end
    return out
  end }
places.rules[#places.rules + 1] = {
  id = "gpe.en.seat_after", label = "GPE", priority = 55, span = "p",
  pattern = P.all(P.words(SEAT_LETTERS), P.is "upper") * P.word "for" *
            P.capture("p", P.all(P.cap_word, P.isnt "upper") *
                           ((P.all(P.kind "hyphen", P.isnt "space_before") ^ -1) *
                            P.all(P.cap_word, P.isnt "upper")) ^ -3),
  build = function (m, ctx)
    local c1, c2 = m:capture_span("p")
    local toks = m.tokens
    -- (not the person's name after the seat: "TD for Cork South-Central
    -- Pádraig Healy")
    local z = c2
    while z > c1 do
      local r = ctx.dict(z, z)
      if not (r and (r.label == "given_name" or r.label == "surname")) then break end
      z = z - 1
    end
    if z < c2 then
      for t = c1, z do
        local r = ctx.dict(t, t)
        if r and r.label == "given_name" then z = t - 1 break end
      end
    end
    -- (a longer name the lists know from the same word: "MP for
    -- Henley-on-Thames")
    if z == c2 then
      for y = math.min(#toks, c1 + 6), c2 + 1, -1 do
        local r = ctx.dict(c1, y)
        if r and r.label == "GPE" then
          return { last_token = y, canonical = r.canonical }
        end
      end
    end
    local fields = seat_words(ctx, toks, c1, z)
    if not fields then return false end
    local out = { last_token = z }
    if fields.canonical then out.canonical = fields.canonical end
    return out
  end }
end

-- a public body named by its field and its country or province:
-- "Elections Ontario", "Transport Scotland", "Parks Canada" (a word in
-- title case before the place, not in a line in capitals)
places.rules[#places.rules + 1] = {
  id = "org.en.field_place", label = "ORG", priority = 52,
  -- (and a game's body: "Cricket Australia", "Football Australia")
  pattern = P.all(P.words(WORD_SETS.fields), P.is "title") * P.dict "GPE",
  build = function (m, ctx)
    local toks, a, b = m.tokens, m.first_token, m.last_token
    -- (past common words in title case before it: "Emergency Management
    -- Victoria", "Forest Fire Management Victoria")
    local f = a
    while f > 1 and f > a - 3 and t_kind(toks, f - 1) == "word" and t_is(toks, f - 1, "title") and
          is_common(t_key(toks, f - 1)) and not opens_sentence(toks, f) do
      f = f - 1
    end
    -- (nor the end of a longer name: "BBC Sport Wales")
    if t_is(toks, a + 1, "upper") or (b < #toks and t_kind(toks, b + 1) == "word" and
                                      t_is(toks, b + 1, "cap")) or
       (f > 1 and t_kind(toks, f - 1) == "word" and t_is(toks, f - 1, "cap") and
        not opens_sentence(toks, f)) or
       (f == a and t_key(toks, a) == "management") then
      return false
    end
    local d = ctx.dict(a + 1, b)
    if not (d and (d.kind == "country" or d.kind == "region" or
                   d.kind == "constituent_country")) then
      return false
    end
    return f == a and NO_FIELDS or { first_token = f }
  end }

-- a relative named by the given name alone after a family name's
-- possessive and the kin's noun: "Fahy's father, Seán," is Seán Fahy
-- (the match starts at the possessive, a rarer token than a capitalized
-- word; the build reads the family name before it)
places.rules[#places.rules + 1] = {
  id = "person.en.kin_given", label = "PERSON", priority = 56, span = "p",
  pattern = P.words { "'s", "\226\128\153s" } *
            P.words(WORD_SETS.kin) * P.word "," * P.capture("p", P.dict "given_name") *
            P.word ",",
  build = function (m, ctx)
    local toks = m.tokens
    local s1 = m.first_token - 1
    local p1 = m:capture_span("p")
    if s1 < 1 or t_kind(toks, s1) ~= "word" or not t_is(toks, s1, "cap") or
       t_is(toks, s1, "upper") then
      return false
    end
    local d = ctx.dict(s1, s1)
    if d and d.label ~= "surname" and d.label ~= "given_name" then return false end
    return { canonical = t_text(toks, p1) .. " " .. t_text(toks, s1) }
  end }

-- a relative named by the given name alone after a possessive's kin noun,
-- or before one: "his wife, Elinor,", "their son Gethin", "survived by
-- Elinor, his wife" (no more of a name after it)
places.rules[#places.rules + 1] = {
  id = "person.en.kin_given_alone", label = "PERSON", priority = 46, span = "p",
  pattern = P.words { "his", "her", "their" } * P.words(WORD_SETS.kin) * P.word "," ^ -1 *
            P.capture("p", P.all(P.in_dict "given_name", P.is "title", P.isnt "abbrev")) *
            P.no(P.is "cap") +
            P.capture("p", P.all(P.in_dict "given_name", P.is "title", P.isnt "abbrev")) *
            P.word "," * P.words { "his", "her", "their" } * P.words(WORD_SETS.kin),
  -- (the name as written, no other person's it may be the given name of;
  -- not the first part of a hyphenated one, "his wife Anne-Aymone")
  build = function (m)
    local p = m:capture_span("p")
    local toks = m.tokens
    if p < #toks and t_kind(toks, p + 1) == "hyphen" and not t_is(toks, p + 1, "space_before") then
      return false
    end
    return { canonical = t_text(toks, p) }
  end }

-- a game's body by its country's name first: "New Zealand Cricket (NZC)
-- said", "USA Swimming" (not in a headline in title case, nor before
-- another capitalized word: "England Cricket Captain")
-- (the match starts at the game's word, a rarer token than a place; the
-- build reads the country's name before it, of up to three words)
places.rules[#places.rules + 1] = {
  id = "org.en.place_game", label = "ORG", priority = 52,
  pattern = P.all(P.words(WORD_SETS.games), P.is "title"),
  build = function (m, ctx)
    local toks = m.tokens
    local c2 = m.first_token
    local c1, d
    for f = c2 - 1, math.max(1, c2 - 3), -1 do
      local r = ctx.dict(f, c2 - 1)
      if r and r.label == "GPE" then c1, d = f, r end
    end
    if not (d and (d.kind == "country" or d.kind == "constituent_country")) then return false end
    if (c2 < #toks and t_kind(toks, c2 + 1) == "word" and t_is(toks, c2 + 1, "cap")) or
       title_case_line(toks, c2, ctx) then
      return false
    end
    return { first_token = c1 }
  end }

-- a word no list knows before a given name and a family name is the
-- name's first: "Jithin Raj Menon", "Kwame Kofi Mensah" (not a common
-- word nor a name's start that opens a place's name; not after another
-- capitalized word, unless it opens the sentence)
places.rules[#places.rules + 1] = {
  id = "person.en.unknown_first", label = "PERSON", priority = 51, span = "p",
  pattern = P.capture("p", unknown_cap * given * P.all(P.cap_word, P.isnt { "abbrev", "upper" },
                                                       P.in_dict "surname")) *
            P.no(P.is "cap"),
  build = function (m)
    local a = m:capture_span("p")
    local toks = m.tokens
    local k = t_key(toks, a)
    if #k < 3 or NOT_A_NAME_START[k] or is_common(k) or PLACE_OPENERS[k] or FOREIGN_BODY[k] then
      return false
    end
    -- (nor a noun of people: "Olympian Ann Lee", "Corkman Tom Ray",
    -- "Springboks captain …")
    if k:find("[mi]an$") or k:find("men$") or k:find("ists?$") or
       k:find("[^s]s$") then
      return false
    end
    if a > 1 and t_kind(toks, a - 1) == "word" and t_is(toks, a - 1, "cap") and
       not opens_sentence(toks, a) then
      return false
    end
    -- (nor a word of a thing's name before a person's: "the Kochi Raj Menon")
    if a > 1 and t_key(toks, a - 1) == "the" then return false end
    return not_time(m)
  end }

-- someone no list knows, by what they do: "..., Xiao said", "Gorvath
-- told reporters" (one word, or two, that no list knows)
places.rules[#places.rules + 1] = {
  id = "person.en.unknown_speaker", label = "PERSON", priority = 20, span = "p",
  pattern = P.capture("p", unknown_cap * unknown_cap ^ -1) *
            P.words { "said", "says", "told", "added", "asked", "replied", "explained" },
  build = function (m)
    local a = m:capture_span("p")
    local toks = m.tokens
    -- (not a sentence's first word that is only capitalized for that)
    if a == 1 or t_is(toks, a, "line_start") or t_is(toks, a - 1, "terminal") or
       t_is(toks, a - 1, "open") then
      return false
    end
    -- (nor a noun after "the": "the Cornishman said")
    if t_key(toks, a - 1) == "the" then return false end
    -- (a hyphenated name, whole: "Reyes-Gutman said")
    if t_kind(toks, a - 1) == "hyphen" and not t_is(toks, a, "space_before") and a > 3 and
       not t_is(toks, a - 1, "space_before") and t_kind(toks, a - 2) == "word" and
       t_is(toks, a - 2, "cap") and not t_is(toks, a - 2, "line_start") and
       not t_is(toks, a - 3, "terminal") and not t_is(toks, a - 3, "open") then
      return not_time(m) and { first_token = a - 2 }
    end
    return not_time(m)
  end }
-- the same after the cue, where a quotation or a clause ends: "“…,” said
-- Gorvath.", "…, said Xiao, who …", "…,” said Kohinoor Akter Lata." (up
-- to three words; the cue after a closing mark or a comma, the name
-- before a stop, a comma or the text's end)
places.rules[#places.rules + 1] = {
  id = "person.en.unknown_speaker_after", label = "PERSON", priority = 20, span = "p",
  pattern = P.words { "said", "says", "added", "asked", "replied", "explained" } *
            P.capture("p", unknown_cap * unknown_cap ^ -2),
  build = function (m)
    local _, b = m:capture_span("p")
    local toks, cue = m.tokens, m.first_token
    if cue == 1 then return false end
    local before = t_kind(toks, cue - 1)
    if not (before == "quote" and not t_is(toks, cue - 1, "open") or
            t_key(toks, cue - 1) == ",") then
      return false
    end
    if b < #toks then
      local k = t_key(toks, b + 1)
      if not (k == "." or k == "," or k == ";" or k == "!" or k == "?") then return false end
    end
    return not_time(m)
  end }

-- (and a word no list knows before a name of a place, the speaker's
-- role after them: "…, said Teuku Iskandar, the head of a village")
places.rules[#places.rules + 1] = {
  id = "person.en.unknown_speaker_role", label = "PERSON", priority = 35, span = "p",
  pattern = P.words { "said", "says", "added", "asked", "replied", "explained" } *
            P.capture("p", unknown_cap * P.all(P.cap_word, P.isnt { "upper", "abbrev" })) *
            P.word "," * P.words { "the", "a", "an" },
  build = function (m)
    local toks, cue = m.tokens, m.first_token
    if cue == 1 then return false end
    if not (t_kind(toks, cue - 1) == "quote" and not t_is(toks, cue - 1, "open") or
            t_key(toks, cue - 1) == ",") then
      return false
    end
    return not_time(m)
  end }

-- a Malay or Arabic name of words no list knows, by its "bin" or
-- "binti": "Awang bin Itam", "Siti Aminah binti Yusof" (read from the
-- particle, the names before it taken by the build: up to two capitalized
-- words, not a sentence's first common word)
places.rules[#places.rules + 1] = {
  id = "person.en.patronym", label = "PERSON", priority = 45,
  pattern = P.words { "bin", "binti", "binte" } * P.all(P.cap_word, P.isnt "upper") *
            (P.kind "hyphen" * P.all(P.kind "word", P.is "alpha")) ^ -1,
  build = function (m)
    local toks, a = m.tokens, m.first_token
    if not t_is(toks, a, "lower") then return false end
    local f = a
    while f > 1 and f > a - 2 and t_kind(toks, f - 1) == "word" and t_is(toks, f - 1, "cap") and
          not t_is(toks, f - 1, "upper") and not t_is(toks, f, "newline_before") do
      local k = t_key(toks, f - 1)
      if NOT_A_NAME_START[k] or (is_common(k) and opens_sentence(toks, f - 1)) then break end
      f = f - 1
    end
    if f == a then return false end
    return { first_token = f }
  end }

-- whether token t reads, among its readings, as a country, a capital, a
-- region, a place that is no town, a body or a people
local function place_or_body (ctx, t)
  for _, r in ipairs(ctx.dict(t, t, true)) do
    if r.kind == "country" or r.kind == "capital" or r.kind == "region" or r.label == "LOC" or
       r.label == "ORG" or r.label == "NORP" then
      return true
    end
  end
  return false
end

-- a name with an age after it is a person's, whatever else the name reads
-- as: "Saka, 22, said", "Ann Tollway, 41, of Leeds" (an age of 10 to 109;
-- "Paris, 1998," is no age)
-- a given name alone before a relative clause on a person: "Gary, who has
-- driven the route for 19 years, said …" (a given name the lists know,
-- no common word: not "Will, who …")
places.rules[#places.rules + 1] = {
  id = "person.en.given_who", label = "PERSON", priority = 54, span = "p",
  pattern = P.capture("p", P.all(P.kind "word", P.is "cap", P.isnt { "upper", "abbrev" },
                                 P.in_dict "given_name")) *
            P.word "," * P.word "who",
  build = function (m, ctx)
    local a = m:capture_span("p")
    local toks = m.tokens
    local k = t_key(toks, a)
    if NOT_A_NAME_START[k] or is_common(k) or TIME_WORDS[k] then return false end
    -- (not a longer name's last word, "Matt Dawson, who …", nor a place's
    -- or a body's name, "France, who …", nor a town after a word of place,
    -- "a judge in Columbus, who …")
    if a > 1 and ((t_kind(toks, a - 1) == "word" and t_is(toks, a - 1, "cap")) or
                  t_kind(toks, a - 1) == "hyphen" or
                  (AT_PLACE[t_key(toks, a - 1)] and has_reading(ctx, a, a, "cities"))) then
      return false
    end
    if place_or_body(ctx, a) then return false end
    return NO_FIELDS
  end }
places.rules[#places.rules + 1] = {
  id = "person.en.age_apposition", label = "PERSON", priority = 55, span = "p",
  pattern = P.capture("p", P.all(P.kind "word", P.is "cap", P.isnt { "upper", "abbrev" }) ^ 1) *
            P.word "," * P.number * P.word ",",
  build = function (m, ctx)
    local a, b = m:capture_span("p")
    local toks = m.tokens
    -- (three words, or four that a given name opens: "Luz Dary Muñoz
    -- Ordóñez, 39", two given names and two family names)
    local four = false
    if b - a >= 3 then
      for _, r in ipairs(ctx.dict(b - 3, b - 3, true)) do
        if r.label == "given_name" then four = true break end
      end
    end
    if four then a = b - 3 elseif b - a > 2 then a = b - 2 end
    -- (a name joined by a hyphen is one: "Rosalind Pierre-Louis, 67")
    while a > 2 and t_kind(toks, a - 1) == "hyphen" and not t_is(toks, a, "space_before") and
          not t_is(toks, a - 1, "space_before") and t_is(toks, a - 2, "cap") and
          t_kind(toks, a - 2) == "word" do
      a = a - 2
      -- (not past the line's start: the given name may open the line)
      if a > 1 and t_is(toks, a - 1, "cap") and t_kind(toks, a - 1) == "word" and
         not t_is(toks, a, "newline_before") then
        a = a - 1
      end
    end
    -- (and a family name's particle with the given name before it:
    -- "Séamus Ó Duibhir, 74", "Ana de la Cruz, 40")
    if a > 2 and NAME_PARTICLES[t_key(toks, a - 1)] then
      local c = a - 1
      if c > 2 and NAME_PARTICLES[t_key(toks, c - 1)] then c = c - 1 end
      if c > 1 and t_kind(toks, c - 1) == "word" and t_is(toks, c - 1, "cap") and
         not t_is(toks, c - 1, "upper") then
        a = c - 1
      end
    end
    -- (and the initials with their given name before it: "Travis L.
    -- Gundersen, 31")
    if a > 2 and t_is(toks, a - 1, "initial") then
      local c = a - 1
      while c > 2 and t_is(toks, c - 1, "initial") do c = c - 1 end
      if c > 1 and t_kind(toks, c - 1) == "word" and t_is(toks, c - 1, "cap") and
         not t_is(toks, c - 1, "upper") and not t_is(toks, c - 1, "initial") then
        a = c - 1
      end
    end
    local age = tonumber(t_text(toks, b + 2))
    if not age or age < 10 or age > 109 or age % 1 ~= 0 then return false end
    -- (nor the last words of a name with a nickname, the name's rule's:
    -- Rodrigo "El Contador" Salazar)
    -- (a mark that closed the paragraph before is none of them, nor one
    -- that closed a quotation: "“…,” Rosa, 52, said")
    if a > 2 and t_kind(toks, a - 1) == "quote" and not t_is(toks, a - 1, "open") and
       not t_is(toks, a, "newline_before") and t_kind(toks, a - 2) == "word" then
      return false
    end
    -- (not a word that opens the sentence only capitalized, nor a body or
    -- a country the lists know)
    local ka = t_key(toks, a)
    if NOT_A_NAME_START[ka] or TIME_WORDS[ka] then return false end
    local starts = opens_sentence(toks, a)
    if starts and a == b and is_common(ka) then return false end
    -- (nor a common word that opens the sentence before the name:
    -- "Passenger Ann Lee, 64, said")
    if starts and b > a and is_common(ka) and not has_reading(ctx, a, a, "given_names") then
      a = a + 1
    end
    local d = ctx.dict(a, b)
    if d and (d.label == "ORG" or d.kind == "country" or d.label == "NORP") then return false end
    return { first_token = a }
  end }

-- an honorific before a capitalized word names a person, whatever else
-- the word names: "Mr Shiga" (also a prefecture), "said Mr French"
places.rules[#places.rules + 1] = {
  id = "person.en.honorific_name", label = "PERSON", priority = 58, span = "name",
  pattern = P.capture("title", P.words { "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss",
                                         "Dr", "Dr." }) *
            -- (the words the title rule's names leave out: a place's,
            -- a body's, a nationality's)
            P.capture("name", P.all(P.kind "word", P.is "cap", P.isnt "upper",
                                    P.in_dict { "country", "capital", "region", "LOC",
                                                "NORP", "ORG", "GPE" }) *
                              P.all(P.kind "word", P.is "cap", P.isnt "upper") ^ -1),
  build = function (m, ctx)
    local t1, t2 = m:capture_span("title")
    local n1, n2 = m:capture_span("name")
    -- (not "DR Congo", "MS Word")
    if not t_is(m.tokens, t1, "cap") or t_is(m.tokens, t1, "upper") then return false end
    for k = n1, n2 do
      if NOT_A_NAME_START[t_key(m.tokens, k)] then
        if k == n1 then return false end
        return { last_token = k - 1, title = ctx.dict(t1, t2) and
                 ctx.dict(t1, t2).canonical or m:capture_text("title") }
      end
    end
    local d = ctx.dict(t1, t2)
    return { title = d and d.canonical or m:capture_text("title") }
  end }

-- a family name the lists know, alone, by what its bearer does or is: "Xiao
-- said", "Woods, who turned pro", "Kim, an unrepentant communist" (a
-- place, body or nationality with that name reads first as that)
places.rules[#places.rules + 1] = {
  id = "person.en.known_name_alone", label = "PERSON", priority = 20, span = "p",
  pattern = P.capture("p", P.all(P.in_dict "surname", P.is "cap",
                                 P.isnt { "upper", "abbrev" })) *
            (P.words { "said", "says", "told", "added", "asked", "replied", "explained",
                       "insisted", "admitted", "argued", "warned", "claimed", "stressed" } +
             P.word "," * P.words { "a", "an", "who", "whose" }),
  build = function (m, ctx)
    local a = m:capture_span("p")
    local toks = m.tokens
    -- (the last part of a hyphenated name is no name alone: "Kowalski-
    -- Brenner said")
    if a > 2 and t_kind(toks, a - 1) == "hyphen" and not t_is(toks, a, "space_before") and
       not t_is(toks, a - 1, "space_before") then
      local d = ctx.dict(a - 2, a - 2)
      if t_kind(toks, a - 2) == "word" and t_is(toks, a - 2, "cap") and
         (not d or d.label == "surname" or d.label == "given_name" or
          d.label == "PERSON") then
        return { first_token = a - 2 }
      end
      return false
    end
    -- (a capitalized word before the name joins it when it is no common
    -- word and no list knows it: "Suu Kyi said", not "But Xiao said")
    local w = a - 1
    if w >= 1 and t_kind(toks, w) == "word" and t_is(toks, w, "cap") and
       not t_is(toks, w, "upper") and not t_is(toks, w, "abbrev") and
       not t_is(toks, a, "newline_before") then
      local k1 = t_key(toks, w)
      if not (NOT_A_NAME_START[k1] or is_common(k1) or ctx.dict(w, w)) then
        return { first_token = w }
      end
    end
    local key = t_key(toks, a)
    if NOT_A_NAME_START[key] then return false end
    -- (a common word opening a sentence is only capitalized for that)
    if is_common(key) and (a == 1 or t_is(toks, a, "line_start") or
                           SENTENCE_END[t_key(toks, a - 1)]) then
      return false
    end
    for _, r in ipairs(ctx.dict(a, a, true)) do
      if r.label == "GPE" or r.label == "LOC" or r.label == "ORG" or r.label == "NORP" or
         r.list == "titles" then
        return false
      end
    end
    return { first_token = a }
  end }

local OWNERS = { his = true, her = true, their = true, its = true, my = true, our = true,
  your = true }
local MEMBERS_OF = word_set("minister ministers colleague colleagues ally allies member " ..
  "members reshuffle rank ranks post posts level papers secretary seat seats officials " ..
  "official sources source spokesman spokeswoman spokesperson building buildings")
-- a country's parliament or government named by its capital alone, as
-- British, Irish and Commonwealth news write it: "passed by Parliament",
-- "the Government said" (not a longer name's first word, "Parliament
-- Square", "Government House", nor a sentence's first word with no "the")
places.rules[#places.rules + 1] = {
  id = "org.en.the_parliament", label = "ORG", priority = 10,
  pattern = P.all(P.words { "Parliament", "Government", "Cabinet" }, P.is "title"),
  build = function (m)
    local toks, a = m.tokens, m.first_token
    local prev = a > 1 and t_key(toks, a - 1)
    if (opens_sentence(toks, a) and prev ~= "the") or
       (a < #toks and ((t_kind(toks, a + 1) == "word" and t_is(toks, a + 1, "cap")) or
                       t_key(toks, a + 1) == "of" or t_kind(toks, a + 1) == "hyphen")) or
       (prev and prev ~= "the" and t_kind(toks, a - 1) == "word" and t_is(toks, a - 1, "cap")) or
       -- (nor someone's: "told his Cabinet"; nor a modifier: "Cabinet
       -- allies", "Government officials")
       (prev and OWNERS[prev]) or (a < #toks and MEMBERS_OF[t_key(toks, a + 1)]) or
       -- (nor a name's end: "an Act of Parliament", "Member of Parliament")
       (prev == "of" and a > 2 and t_is(toks, a - 2, "cap") and t_kind(toks, a - 2) == "word") then
      return false
    end
    return NO_FIELDS
  end }

-- a word no list knows and a family name before a relative clause on a
-- person: "Kirra Simpson, who runs a cafe, said …" (the family name may
-- be a town's too, or a word no list knows: "Orawan Pellow, who …" at a
-- sentence's start)
places.rules[#places.rules + 1] = {
  id = "person.en.unknown_who", label = "PERSON", priority = 54, span = "p",
  pattern = P.capture("p", unknown_cap * (P.all(P.cap_word, P.isnt "upper",
                                                P.in_dict { "surname", "GPE" }) +
                                          unknown_or_given)) *
            P.word "," * P.word "who",
  build = function (m, ctx)
    local c1, c2 = m:capture_span("p")
    local toks = m.tokens
    local k, k2 = t_key(toks, c1), t_key(toks, c2)
    if #k < 3 or NOT_A_NAME_START[k] or is_common(k) or PLACE_OPENERS[k] or
       #k2 < 2 or is_common(k2) or FOREIGN_BODY[k2] or
       (c1 > 1 and t_kind(toks, c1 - 1) == "word" and t_is(toks, c1 - 1, "cap") and
        not opens_sentence(toks, c1)) then
      return false
    end
    -- (not a place after its article: "in the Jezreel Valley, who …")
    if c1 > 1 and t_key(toks, c1 - 1) == "the" then return false end
    -- (a town's or a district's name, no country's, capital's or body's)
    if place_or_body(ctx, c2) then return false end
    return NO_FIELDS
  end }

-- two words no list knows, capitalized inside a sentence, nothing
-- capitalized around them: a name ("Zhirayr Liparityan", "Mishi Saran")
places.rules[#places.rules + 1] = {
  id = "person.en.unknown_pair", label = "PERSON", priority = 15, span = "p",
  -- (the second word may be a given name: Ethiopian names are a given name
  -- and the father's, "Dejene Berhanu")
  pattern = P.capture("p", unknown_cap * nickname ^ -1 * unknown_or_given *
                           (P.all(P.kind "hyphen", P.isnt "space_before") * P.cap_word) ^ -1) *
            P.no(P.is "cap"),
  build = function (m)
    local c1 = m:capture_span("p")
    local toks = m.tokens
    if c1 > 1 and t_is(toks, c1 - 1, "cap") then return false end
    -- (nor after "the", before a noun: "the Qosh Tepa canal")
    if c1 > 1 and t_key(toks, c1 - 1) == "the" and t_is(toks, m.last_token, "lower") then
      return false
    end
    -- (the two words, past a nickname between them: Harpal "Bunty"
    -- Sodhi; a hyphenated rest is the second's)
    local second = c1 + 1
    if t_kind(toks, second) == "quote" then
      second = second + 1
      while t_kind(toks, second) ~= "quote" do second = second + 1 end
      second = second + 1
    end
    for _, t in ipairs({ c1, second }) do
      local k = t_key(toks, t)
      if #k < 2 or NOT_A_NAME_START[k] or is_common(k) or FOREIGN_BODY[k] then return false end
    end
    -- (a suffix is no name's second word: "Connick Jr", a name's end)
    if NAME_SUFFIXES[t_key(toks, second)] then return false end
    -- (a saint's or a place's first word opens no person's name: "St
    -- Etienne", "Sao Paolo", "Primera Liga")
    if PLACE_OPENERS[t_key(toks, c1)] then return false end
    return NO_FIELDS
  end }

-- a word no list knows and a capitalized word, with a person's title in
-- an apposition: "Irungu Houghton, executive director of Amnesty
-- International Kenya" (the last word may be a town's name too; a word
-- no list knows may come between them)
places.rules[#places.rules + 1] = {
  id = "person.en.title_apposition", label = "PERSON", priority = 18, span = "p",
  -- (the first word may be a family name too: "Tolu Adebanjo")
  pattern = P.capture("p", P.all(P.kind "word", P.is "cap", P.isnt { "upper", "abbrev" },
                                 P.no(P.in_dict { "GPE", "LOC", "NORP", "ORG", "PERSON",
                                                  "given_name", "title", "reporting_verb",
                                                  "org_head" })) * unknown_cap ^ -1 *
                           P.all(P.cap_word, P.isnt { "upper", "abbrev" })) *
            P.word "," * P.words { "the", "a", "an" } ^ -1 *
            P.all(P.kind "word", P.is "lower") ^ -2 * P.dict "title" *
            P.words { "of", "at", "for", "with", "," },
  build = function (m, ctx)
    local c1, c2 = m:capture_span("p")
    local toks = m.tokens
    if c1 > 1 and t_is(toks, c1 - 1, "cap") and not opens_sentence(toks, c1 - 1) then
      return false
    end
    for t = c1, c2 do
      local k = t_key(toks, t)
      if #k < 2 or NOT_A_NAME_START[k] or is_common(k) or FOREIGN_BODY[k] then return false end
    end
    -- (not a place's name of two words: "Sierra Leone, the …")
    local d = ctx.dict(c1, c2)
    if d then return false end
    local d2 = ctx.dict(c2, c2)
    if d2 and (d2.label == "ORG" or d2.label == "NORP" or (d2.kind or ""):find("country$")) then
      return false
    end
    return NO_FIELDS
  end }

-- a body named in Spanish, Portuguese, Italian, French or German that no
-- list knows, by a word no person's name has: "Litio Nacional",
-- "Renovación Republicana", "Frente Amplio" (with a capitalized word
-- before or after it that no list knows either)
places.rules[#places.rules + 1] = {
  id = "org.en.foreign_name", label = "ORG", priority = 16,
  pattern = P.all(P.words(FOREIGN_BODY_WORDS), P.is "cap", P.isnt "upper") * unknown_cap ^ -2 +
            unknown_cap * unknown_cap ^ -1 * P.all(P.words(FOREIGN_BODY_WORDS), P.is "cap",
                                                   P.isnt "upper"),
  build = function (m)
    local toks, a, b = m.tokens, m.first_token, m.last_token
    if a == b or (a > 1 and t_is(toks, a - 1, "cap") and not opens_sentence(toks, a)) or
       (b < #toks and t_is(toks, b + 1, "cap")) then
      return false
    end
    return NO_FIELDS
  end }

-- a body's name in Spanish, Portuguese, Italian or French that its word
-- opens, with its particles: "the Fiscalía General de la República",
-- "Defensoría del Pueblo", "Consejo Nacional Electoral" (over a title's
-- reading: "General de la República" is no person)
local foreign_cap = P.all(P.kind "word", P.is "cap", P.isnt "upper")
-- (after a particle an acronym may end it: "Asociación de AFP")
local foreign_last = P.all(P.kind "word", P.is "cap")
local FOREIGN_JOIN_WORDS = { "de", "del", "della", "di", "da", "do", "dos", "das", "la", "las",
  "los", "el", "y", "e", "et", "des", "du", "le", "les", "per", "para", "pour" }
local FOREIGN_HEADS = {}
for _, w in ipairs(FOREIGN_BODY_WORDS) do
  if w ~= "Union" and w ~= "Popular" and w ~= "Bau" and w ~= "Unido" and w ~= "Unidos" then
    FOREIGN_HEADS[#FOREIGN_HEADS + 1] = w
  end
end
places.rules[#places.rules + 1] = {
  id = "org.en.foreign_body", label = "ORG", priority = 61,
  pattern = P.all(P.words(FOREIGN_HEADS), P.is "cap", P.isnt "upper") * P.rep(foreign_cap, 0, 3) *
            (P.all(P.words(FOREIGN_JOIN_WORDS), P.is "lower") ^ 1 * foreign_last *
             P.rep(foreign_cap, 0, 2)) ^ -2,
  build = function (m, ctx)
    local toks, a, b = m.tokens, m.first_token, m.last_token
    -- (a hyphenated last word, whole: "Parti Islam Se-Malaysia")
    local z = b
    while z + 2 <= #toks and t_kind(toks, z + 1) == "hyphen" and
          not t_is(toks, z + 1, "space_before") and t_kind(toks, z + 2) == "word" and
          t_is(toks, z + 2, "cap") do
      z = z + 2
    end
    -- (a union's number and its place: "Sindicato de Trabajadores N°1 El
    -- Tambo")
    if z + 3 <= #toks and t_text(toks, z + 1) == "N" and
       (t_text(toks, z + 2) == "\194\176" or t_text(toks, z + 2) == "\194\186") and
       t_kind(toks, z + 3) == "number" then
      z = z + 3
      local y = z
      while y < #toks and y < z + 3 and t_kind(toks, y + 1) == "word" and
            t_is(toks, y + 1, "cap") do
        y = y + 1
      end
      z = y
    end
    if a == b or (a > 1 and t_is(toks, a - 1, "cap") and t_kind(toks, a - 1) == "word" and
                  t_key(toks, a - 1) ~= "the" and not opens_sentence(toks, a)) or
       (z < #toks and t_is(toks, z + 1, "cap") and t_kind(toks, z + 1) == "word") then
      return false
    end
    -- (a body the lists know keeps their name: "Agence France Presse")
    local d = ctx.dict(a, z)
    if d and d.label == "ORG" then return { last_token = z, canonical = d.canonical } end
    -- (and a firm's "& Cie" or "& Co" goes with it: "Banque Lavaux & Cie")
    if z + 2 <= #toks and t_key(toks, z + 1) == "&" then
      local k = t_key(toks, z + 2)
      if k == "cie" or k == "co" or k == "co." or k == "fils" then z = z + 2 end
    end
    return z > b and { last_token = z } or NO_FIELDS
  end }

-- a body no list knows, by what it says of itself: "Varnok said it
-- would", "Varnok said its profit" (one to three words no list knows)
places.rules[#places.rules + 1] = {
  id = "org.en.said_it", label = "ORG", priority = 22, span = "p",
  pattern = P.capture("p", unknown_cap * unknown_cap ^ -2) *
            P.words { "said", "says", "announced", "reported", "added" } *
            P.words { "it", "its" },
  build = function (m)
    -- (a family name by its ending is a person's: "Hafdís Ragnarsdóttir
    -- said it …", "Ana Popescu said its …")
    local _, c2 = m:capture_span("p")
    if family_ending(t_text(m.tokens, c2)) then return false end
    return not_time(m)
  end }

-- a pollster no list knows, by its poll: "a Datafolha survey", "the
-- latest Quaest poll" (one or two words no list knows, no common word)
-- (the match starts at the noun, a rare word; the build reads the name
-- and the article before it)
do
local POLL_BEFORE = word_set("a an the latest new")
local POLL_NOT_NAME = { GPE = true, LOC = true, NORP = true, ORG = true, PERSON = true,
  given_name = true, surname = true, title = true, reporting_verb = true, org_head = true }
places.rules[#places.rules + 1] = {
  id = "org.en.poll_source", label = "ORG", priority = 22,
  pattern = P.all(P.words { "poll", "polls", "survey", "surveys" }, P.is "lower"),
  build = function (m, ctx)
    local toks, a = m.tokens, m.first_token
    local f = a
    while f > 1 and f > a - 2 and t_kind(toks, f - 1) == "word" and t_is(toks, f - 1, "title") and
          not t_is(toks, f - 1, "abbrev") do
      local k = t_key(toks, f - 1)
      if TIME_WORDS[k] or is_common(k) then break end
      for _, r in ipairs(ctx.dict(f - 1, f - 1, true)) do
        if POLL_NOT_NAME[r.label] then return false end
      end
      f = f - 1
    end
    if f == a or f < 2 or not POLL_BEFORE[t_key(toks, f - 1)] then return false end
    return { first_token = f, last_token = a - 1 }
  end }
end

-- a body whose shares or stake are named: "shares in Varnok", "a stake in
-- Varnok Holdings"
places.rules[#places.rules + 1] = {
  id = "org.en.stake_in", label = "ORG", priority = 22, span = "p",
  pattern = P.words { "shares", "stake", "stakes", "holding", "bid", "bids", "takeover" } *
            P.words { "in", "of", "for" } * P.capture("p", unknown_cap * unknown_cap ^ -2),
  build = not_time }

local nick_word = P.all(P.kind "word", P.is "cap", P.isnt "upper",
                        P.no(P.in_dict { "NORP", "GPE", "LOC", "title" }))
-- in a sports report, a side named by its nickname: "the Cardinals",
-- "the All Blacks" (kept only when the article is a sports report)
places.rules[#places.rules + 1] = {
  id = "org.en.team_nickname", label = "ORG", priority = 18, span = "p",
  pattern = P.word "the" * P.capture("p", nick_word ^ -1 * nick_word),
  build = function (m)
    local _, c2 = m:capture_span("p")
    local toks = m.tokens
    local last = t_text(toks, c2)
    -- (an "s" last, not "ss": not "the Class 5A final")
    if #last < 4 or last:byte(-1) ~= 115 or last:byte(-2) == 115 then return false end
    return SPORTS_ONLY
  end }

-- (and a school's side, its town, the school's name and its nickname:
-- "the Lubbock Southridge Lancers"; not an event: "the Boston Indoor
-- Games")
local EVENT_PLURALS = word_set("games championships awards prizes olympics paralympics series")
places.rules[#places.rules + 1] = {
  id = "org.en.school_team", label = "ORG", priority = 52, span = "p",
  -- (the match starts at the town, a rarer token than "the", which the
  -- build asks for before it)
  pattern = P.capture("p", P.dict "GPE" * P.all(P.kind "word", P.is "cap", P.isnt "upper") *
                           nick_word),
  build = function (m, ctx)
    local c1, c2 = m:capture_span("p")
    local toks = m.tokens
    if c1 < 2 or t_key(toks, c1 - 1) ~= "the" then return false end
    local last = t_text(toks, c2)
    if #last < 4 or last:byte(-1) ~= 115 or last:byte(-2) == 115 then return false end
    if c2 < #toks and t_kind(toks, c2 + 1) == "word" and t_is(toks, c2 + 1, "cap") then
      return false
    end
    if not t_is(toks, c1, "title") or ctx.dict(c1, c2) or EVENT_PLURALS[t_key(toks, c2)] then
      return false
    end
    return SPORTS_ONLY
  end }

-- a side named by its town before one of its people or its fans, in a
-- sports report: "Chelsea manager", "Leeds fans", "the Hull side"
-- (a country's side stays the country, as elsewhere)
local SIDE_NOUNS = word_set("side team club outfit academy squad")
local TEAM_ROLE = P.words { "manager", "boss", "coach", "captain", "skipper",
  "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
  "fans", "supporters", "side", "squad", "chairman", "player", "players",
  "academy", "fullback", "full-back", "centre-back", "playmaker" }
places.rules[#places.rules + 1] = {
  id = "org.en.team_role", label = "ORG", priority = 50, span = "t",
  pattern = P.capture("t", P.dict "GPE") * TEAM_ROLE,
  build = function (m, ctx)
    local a = m:capture_span("t")
    if not t_is(m.tokens, a, "cap") or t_is(m.tokens, a, "upper") then return false end
    -- (not the town of a club the lists know: "the Standard Liège winger")
    for f = math.max(1, a - 2), a - 1 do
      for _, d in ipairs(ctx.dict(f, a, true)) do
        if d.label == "ORG" then return false end
      end
    end
    -- (nor the town of a side named after it: "Lagos academy side Bright
    -- Future FC")
    local toks, z = m.tokens, m.last_token
    while z < #toks and z < m.last_token + 2 and SIDE_NOUNS[t_key(toks, z + 1)] do z = z + 1 end
    if SIDE_NOUNS[t_key(toks, z)] and z < #toks and t_kind(toks, z + 1) == "word" and
       t_is(toks, z + 1, "cap") then
      return false
    end
    local fields = team_from_dict(m, ctx)
    return fields and { canonical = fields.canonical, sports_only = true }
  end }

-- a body the text describes before naming it: "energy firm Orbex",
-- "Ruritanian oil giant Petrovia", "mobile phone maker Telvo", "auditors
-- Grant Tollway" (its trade or nationality first, no article: not "the
-- firm Ann Lee founded")
local FIRM_NOUNS = { "firm", "company", "group", "giant", "maker",
  "carrier", "bank", "lender", "retailer", "chain", "conglomerate",
  "manufacturer", "consultancy", "insurer", "airline", "supplier",
  "publisher", "brewer", "outfit", "start-up", "broadcaster", "distributor",
  "subsidiary", "club", "charity", "watchdog", "regulator", "provider",
  "union", "carmaker", "automaker", "chipmaker", "drugmaker", "supermarket",
  "newspaper", "tabloid", "magazine", "website", "body", "think-tank",
  "thinktank", "organisation", "organization", "party", "housebuilder",
  "miner", "telecoms", "energy", "utility", "operator", "builder", "exchange",
  "platform", "startup", "studio", "developer", "label", "grocer", "bookmaker",
  "brokerage", "steelmaker", "shipbuilder", "meatpacker", "refiner", "outsourcer", "band",
  "orchestra", "choir", "agency", "association", "foundation", "institute", "nonprofit",
  "coalition", "cooperative", "co-operative", "federation", "pollster", "house", "side" }
local FIRM_NOUN = P.words(FIRM_NOUNS)
-- (their plurals, after "one of": "Acme, one of Australia's largest
-- insurers,")
local FIRM_PLURALS = {}
for _, w in ipairs(FIRM_NOUNS) do
  if w ~= "telecoms" and w ~= "energy" then
    FIRM_PLURALS[#FIRM_PLURALS + 1] = w:find("[^aeiou]y$") and w:sub(1, -2) .. "ies" or w .. "s"
  end
end
-- nouns only a firm is, whatever trade is before them ("law firm
-- Lindqvist Bauer", "film company New Line Cinema")
local FIRM_ONLY_NOUNS = word_set("firm company label studio publisher chain outfit group")
-- (of a trade that is a person's before other nouns: "film maker Ann Lee")
local PERSON_TRADE = { film = true, movie = true, documentary = true,
  programme = true, program = true, music = true, record = true, policy = true,
  law = true, decision = true, peace = true, trouble = true, match = true,
  king = true, money = true }
-- nouns only a body is named by, after an article too: "the charity X"
local BODY_NOUNS = { charity = true, watchdog = true, regulator = true, thinktank = true,
  ["think-tank"] = true }
local ARTICLES = { the = true, a = true, an = true }
local PLURAL_TRADE = { auditors = true, brokers = true, accountants = true,
  analysts = true, consultants = true }
local firm_word = P.all(P.kind "word", P.is "cap", P.isnt "abbrev")
-- (nouns also of a person's trade: "fellow broadcaster Ann Lee")
local PERSON_TOO = { broadcaster = true, publisher = true, maker = true, developer = true,
  builder = true, operator = true, miner = true }
local NOT_TRADE = word_set("the a an this that these those its his her their our your " ..
  "my by of for with from to in on at as and or which who whose said says is was be " ..
  "been are were another other every each any no one same such new")
places.rules[#places.rules + 1] = {
  id = "org.en.described", label = "ORG", priority = 61, span = "o",
  -- (the match starts at the noun, a rare word; what comes before it is
  -- read by the build)
  -- (or opens the sentence: "Housebuilder Taylor Wimpey said …")
  -- (or where it is based: "an economist at London-based Atlas Macro
  -- Research")
  pattern = (P.all(FIRM_NOUN, P.is "lower") +
             P.all(P.words { "auditors", "brokers", "accountants", "analysts", "consultants",
                             "based" },
                   P.is "lower") +
             P.sent_start * P.all(FIRM_NOUN, P.is "cap", P.isnt "upper")) *
            P.capture("o", firm_word * ((P.kind "hyphen" + P.word "&" +
                                         P.rep(P.all(P.words { "van", "von", "der", "den", "de" },
                                                     P.is "lower"), 1, 2)) ^ -1 * firm_word) ^ 0),
  build = function (m, ctx)
    local toks = m.tokens
    local a, b = m:capture_span("o")
    local noun = a - 1
    local opens = t_is(toks, noun, "cap")
    -- (a common word after a noun that opens the sentence is no name:
    -- "Bank Holiday traffic")
    if opens and is_common(t_key(toks, a)) then return false end
    -- (nor a body the lists know with the noun as its first word: "Bank
    -- Indonesia cut rates")
    if opens and (ctx.dict(noun, b) or NO_FIELDS).label == "ORG" then return false end
    local based = t_key(toks, noun) == "based"
    if based then
      if not (noun > 2 and t_kind(toks, noun - 1) == "hyphen" and
              not t_is(toks, noun, "space_before") and
              t_kind(toks, noun - 2) == "word" and t_is(toks, noun - 2, "cap")) then
        return false
      end
      -- (not a person, "US-based Ann Lee"; nor a name that goes on past the
      -- words read, "Amazon.com", "the Institute for the Future": another
      -- rule's)
      if b < #toks and (not t_is(toks, b + 1, "space_before") or
                        NAME_JOINS[t_key(toks, b + 1)] or t_key(toks, b + 1) == "&" or
                        (t_kind(toks, b + 1) == "word" and t_is(toks, b + 1, "cap"))) then
        return false
      end
      for _, r in ipairs(ctx.dict(a, a, true)) do
        if r.list == "given_names" then return false end
      end
    end
    if not opens and not based and not PLURAL_TRADE[t_key(toks, noun)] then
      -- its trade or nationality before the noun, no article
      local t = noun - 1
      -- (a plural's possessive: "the farmers' union X")
      if t > 1 and t_kind(toks, t) == "quote" and not t_is(toks, t, "open") and
         t_key(toks, t - 1):sub(-1) == "s" and not t_is(toks, t, "space_before") then
        t = t - 1
      end
      if t < 1 or t_kind(toks, t) ~= "word" then return false end
      -- (its trade may open the sentence: "Homeless charity Focus Ireland")
      if t_is(toks, t, "lower") or (BODY_NOUNS[t_key(toks, noun)] and ARTICLES[t_key(toks, t)]) or
         (opens_sentence(toks, t) and not t_is(toks, t, "upper") and is_common(t_key(toks, t)) and
          not ARTICLES[t_key(toks, t)]) then
        local trade = t_key(toks, t)
        -- (an article before a noun only a body is: "the charity X"; a
        -- preposition of where one works: "a partner at consultancy X")
        if (NOT_TRADE[trade] and not (ARTICLES[trade] and BODY_NOUNS[t_key(toks, noun)]) and
            not ((trade == "at" or trade == "from" or trade == "by") and
                 not PERSON_TOO[t_key(toks, noun)])) or
           (PERSON_TRADE[trade] and not FIRM_ONLY_NOUNS[t_key(toks, noun)]) then
          return false
        end
      else
        -- (or its town: "the Washington consultancy Beacon Advisors")
        local d = ctx.dict(t, t)
        if not (d and (d.label == "NORP" or d.label == "GPE")) then return false end
      end
    end
    if b - a >= 5 or NOT_A_NAME_START[t_key(toks, a)] or (a == b and #t_key(toks, a) < 2) then
      return false
    end
    -- (nor a common word alone before a capitalized one, a name's first
    -- word that the rule could not read on: "film company New Line Cinema")
    if a == b and is_common(t_key(toks, a)) and b < #toks and t_kind(toks, b + 1) == "word" and
       t_is(toks, b + 1, "cap") and not t_is(toks, b + 1, "newline_before") and
       (ctx.dict(a, a) or NO_FIELDS).label ~= "ORG" then
      return false
    end
    -- (after an article, no person's name: "the charity Ann Lee founded")
    if noun > 1 and ARTICLES[t_key(toks, noun - 1)] then
      for _, r in ipairs(ctx.dict(a, a, true)) do
        if r.list == "given_names" then return false end
      end
    end
    -- (not a title, "the company chairman John Lee", nor a place alone)
    local first = ctx.dict(a, a)
    if first and first.list == "titles" then return false end
    -- (not one word after a trade that is a firm's: "the UK car maker
    -- Rover"; "games maker Peter Molyneux" is a person)
    local trade = a == b and a > 2 and not t_is(toks, a - 1, "newline_before") and
                  t_key(toks, a - 2)
    if PERSON_TOO[t_key(toks, a - 1)] and
       not (trade and t_is(toks, a - 2, "lower") and t_kind(toks, a - 2) == "word" and
            not PERSON_TRADE[trade] and not NOT_TRADE[trade] and trade ~= "fellow") then
      for _, r in ipairs(ctx.dict(a, a, true)) do
        if r.list == "given_names" then return false end
      end
    end
    local whole = ctx.dict(a, b)
    if whole and (whole.label == "GPE" or whole.label == "LOC" or whole.label == "NORP") then
      return false
    end
    -- (nor a side the lists know, which their rule reads as the club it is:
    -- "Italian side AC Milan")
    if whole and whole.label == "ORG" and t_key(toks, noun) == "side" then return false end
    -- (nor a body the lists know and its country's section, which their
    -- rule reads: "Rights group Amnesty International Norway")
    if b > a and (ctx.dict(a, b - 1) or NO_FIELDS).kind == "ngo" and
       (ctx.dict(b, b) or NO_FIELDS).kind == "country" then
      return false
    end
    -- (a name that runs to the next line is only its first line's part;
    -- one that runs into a person's is only its own: "aerospace group
    -- Avrel Ann Lee is to leave")
    -- (not where a head word ends it: "film company New Line Cinema")
    local headed = (ctx.dict(b, b) or NO_FIELDS).label == "org_head"
    for t = a + 1, b do
      if t_is(toks, t, "newline_before") then return { last_token = t - 1 } end
      -- (a word joined to the one before by a hyphen is of the name:
      -- "Al-Marwa SC")
      if t < b and not headed and
         not (t_kind(toks, t - 1) == "hyphen" and not t_is(toks, t, "space_before")) then
        for _, r in ipairs(ctx.dict(t, t, true)) do
          if r.list == "given_names" then return { last_token = t - 1 } end
        end
      end
    end
    -- (a group's name may say where it works, before its verb or a comma:
    -- "the pressure group Human Rights in China said")
    local nk = t_key(toks, noun)
    if (nk == "group" or nk == "organisation" or nk == "organization" or nk == "charity") and
       b + 3 <= #toks and t_key(toks, b + 1) == "in" then
      local p = ctx.dict(b + 2, b + 2)
      local after = t_key(toks, b + 3)
      if p and p.label == "GPE" and t_is(toks, b + 2, "cap") and
         (after == "," or (ctx.dict(b + 3, b + 3) or NO_FIELDS).label == "reporting_verb") then
        return { last_token = b + 2 }
      end
    end
    return { canonical = whole and whole.label == "ORG" and whole.canonical or nil,
             kind = (MEDIA_NOUNS[t_key(toks, noun)] or t_key(toks, noun) == "broadcaster" or
                     (whole and whole.kind == "media")) and
                    "media" or nil }
  end }

-- a body by the name it is known as, after its noun: "the bank's monetary
-- policy committee, known as Copom," (one word no list knows)
places.rules[#places.rules + 1] = {
  id = "org.en.known_as", label = "ORG", priority = 50, span = "o",
  pattern = P.all(P.is "lower", P.words { "committee", "council", "agency", "body", "board",
                                          "commission", "authority", "unit", "force",
                                          "service", "office", "ministry", "department",
                                          "institute", "court", "tribunal", "panel",
                                          "regulator", "watchdog", "alliance", "coalition",
                                          "movement", "party", "organisation", "organization",
                                          "foundation", "fund", "group", "company", "firm" }) *
            P.word "," ^ -1 * P.word "known" * P.word "as" * P.capture("o", unknown_cap) *
            P.no(P.is "cap"),
  build = function (m)
    local a = m:capture_span("o")
    if is_common(t_key(m.tokens, a)) then return false end
    return NO_FIELDS
  end }

-- a body the text describes right after naming it: "Ofwat, the industry
-- regulator, said", "Orbex, a Swiss drugmaker." (the apposition ends with
-- the body's noun: not "Ann Lee, the party leader,")
local APPOSITION_WORD = P.no(P.words { ",", ".", ";", ":", "(", ")", "!", "?", "\"", "and",
                                        "or", "who", "which", "that" })
-- a body the text names between commas after describing it: "the state
-- meteorological agency, Aemet, issued …" (the name alone between the
-- commas, no given name first and no place the lists know)
places.rules[#places.rules + 1] = {
  id = "org.en.described_comma", label = "ORG", priority = 61, span = "o",
  pattern = P.words { "the", "a", "an" } * P.rep(APPOSITION_WORD, 0, 4) *
            P.all(FIRM_NOUN, P.is "lower") * P.word "," *
            P.capture("o", firm_word * firm_word ^ -2) * P.word ",",
  build = function (m, ctx)
    local toks = m.tokens
    local a, b = m:capture_span("o")
    if NOT_A_NAME_START[t_key(toks, a)] or TIME_WORDS[t_key(toks, a)] then return false end
    local whole = ctx.dict(a, b)
    if whole and whole.label ~= "ORG" then return false end
    for _, r in ipairs(ctx.dict(a, a, true)) do
      if r.list == "given_names" or r.list == "titles" or r.label == "GPE" then return false end
    end
    if a == b and is_common(t_key(toks, a)) then return false end
    return whole and canonical_fields(whole) or NO_FIELDS
  end }

-- (see below)
local and_before

places.rules[#places.rules + 1] = {
  id = "org.en.described_after", label = "ORG", priority = 61, span = "o",
  pattern = P.capture("o", firm_word * ((P.kind "hyphen" + P.word "&") ^ -1 * firm_word) ^ -3) *
            P.word "," * ((P.words { "the", "a", "an" } +
                           -- ("Mercado Vivo, Portugal's third-largest
                           -- supermarket chain,")
                           P.dict { "GPE" } * P.words { "'s", "\226\128\153s" }) *
                          P.rep(APPOSITION_WORD, 0, 5) * P.all(FIRM_NOUN, P.is "lower") +
                          P.word "one" * P.word "of" *
                          (P.word "the" + P.dict { "GPE" } * P.words { "'s", "\226\128\153s" }) *
                          P.rep(APPOSITION_WORD, 0, 5) *
                          P.all(P.words(FIRM_PLURALS), P.is "lower")) *
            -- (or what it is of or for: "Brainport Development, the
            -- economic development agency for the area,"; or what it does:
            -- "Teplárny Vysočina, the heating utility that supplies …")
            P.words { ",", ".", ";", ")", "for", "of", "in", "based", "that", "which", "with",
                      "behind" },
  build = function (m, ctx)
    local toks = m.tokens
    local a, b = m:capture_span("o")
    local ka = t_key(toks, a)
    if NOT_A_NAME_START[ka] then return false end
    -- (a body's noun after a preposition is no head of the apposition: "Le
    -- Thi Hoa, a buyer for an export company,")
    if t_key(toks, b + 2) ~= "one" then
      for t = b + 3, m.last_token - 2 do
        if WORD_SETS.appositive_preps[t_key(toks, t)] then return false end
      end
    end
    -- (nor the end of a longer name: "Il Sole 24 Ore, Italy's business
    -- newspaper")
    if a > 1 and not t_is(toks, a, "newline_before") and
       (t_kind(toks, a - 1) == "number" or
        (t_kind(toks, a - 1) == "word" and t_is(toks, a - 1, "cap") and
         not opens_sentence(toks, a)) or
        -- ("the Council on Ethics, an independent body")
        (a > 2 and NAME_JOINS[t_key(toks, a - 1)] and t_is(toks, a - 2, "cap") and
         t_kind(toks, a - 2) == "word")) then
      return false
    end
    -- (a common word that opens the sentence is that word: "Separately,
    -- the delivery company, UPS, said")
    if opens_sentence(toks, a) and
       (is_common(ka) or ka:find("ly$")) then
      return false
    end
    -- (a name the lists know keeps its reading, but a small place's: "Rengo,
    -- Japan's largest union federation"; a person's first name or a title
    -- opens no body's name)
    local whole = ctx.dict(a, b)
    if whole and whole.label ~= "ORG" and
       not (whole.label == "GPE" and whole.kind ~= "country" and
            (population(whole) or 0) < 100000 and a == b) then
      return false
    end
    if whole and whole.label ~= "ORG" then whole = nil end
    -- (unless the apposition's noun is a firm's only and the name has
    -- three words: "Van Dalen Smit, a Rotterdam salvage firm,")
    local firm_only = b >= a + 2 and FIRM_ONLY_NOUNS[t_key(toks, m.last_token - 1)]
    for _, r in ipairs(ctx.dict(a, a, true)) do
      if (r.list == "given_names" and not firm_only) or r.list == "titles" then return false end
    end
    local noun = m.last_token - 1
    -- (words joined by "and" before the name are its own: "United States
    -- Citizenship and Immigration Services, the agency that …")
    local first = a > 2 and and_before(toks, a, b, ctx)
    -- (nor a person's role at the body the apposition ends with: "Tom
    -- Ray, a spokesman for the company,")
    for i = b + 3, noun - 1 do
      local k = t_key(toks, i)
      if k == "for" or k == "at" or k == "of" then
        for j = b + 3, i - 1 do
          local d = ctx.dict(j, j)
          if d and d.label == "title" then return false end
        end
        break
      end
    end
    return { canonical = whole and whole.canonical or nil, first_token = first or nil,
             kind = (MEDIA_NOUNS[t_key(toks, noun)] or t_key(toks, noun) == "broadcaster" or
                     (whole and whole.kind == "media")) and "media" or nil }
  end }

-- a byline: "By ANNA TOLLWAY, Associated Press", "By Ann Tollway and ..."
places.rules[#places.rules + 1] = {
  id = "person.en.byline", label = "PERSON", priority = 55, span = "p",
  -- (a given name of two syllables joined by a hyphen too: "By Min-ji Park")
  pattern = P.all(P.word "by", P.is "line_start") *
            P.capture("p", P.all(P.kind "word", P.is "cap", P.is "alpha") *
                           (P.all(P.kind "hyphen", P.isnt "space_before") *
                            P.all(P.kind "word", P.is "alpha", P.isnt "space_before")) ^ -1 *
                           (P.is "initial" + P.all(P.kind "word", P.is "cap", P.is "alpha")) *
                           P.all(P.kind "word", P.is "cap", P.is "alpha") ^ -1),
  build = function (m, ctx)
    local c1, c2 = m:capture_span("p")
    local toks = m.tokens
    local n = c2 + 1
    -- the name ends the line, or a comma or "and" follows it
    if n <= #toks and not t_is(toks, n, "newline_before") and
       t_key(toks, n) ~= "," and t_key(toks, n) ~= "and" then
      return false
    end
    local words, upper, common = {}, true, true
    for t = c1, c2 do
      if NOT_A_NAME_START[t_key(toks, t)] then return false end
      if not is_common(t_key(toks, t)) then common = false end
      local w = t_text(toks, t)
      words[#words + 1] = w
      if not t_is(toks, t, "upper") then upper = false end
    end
    -- (no name of common words but a given name's: "By Staff Reporter",
    -- "By Health Correspondent", not "By Mark Rice")
    if common then
      local named = false
      for _, r in ipairs(ctx.dict(c1, c1, true)) do
        if r.list == "given_names" then named = true break end
      end
      if not named then return false end
    end
    if not upper then return NO_FIELDS end
    -- a name in capitals has its usual form as canonical name
    for i, w in ipairs(words) do
      words[i] = w:sub(1, 1) .. w:sub(2):lower()
    end
    return { canonical = table.concat(words, " ") }
  end }

-- a dateline: a line that starts with a place in capitals, then a date or
-- ", Region": "FARMINGTON HILLS, Mich.", "OSLO 1996-08-30"
places.rules[#places.rules + 1] = {
  id = "gpe.en.dateline", label = "GPE", priority = 25, span = "p",
  pattern = P.capture("p", P.all(P.kind "word", P.is "upper", P.is "line_start") *
                           P.all(P.kind "word", P.is "upper") ^ -3) *
            (P.word "," * P.is "cap" + P.all(P.kind "number", P.isnt "line_start")),
  build = function (m)
    local c1, c2 = m:capture_span("p")
    local toks = m.tokens
    for t = c1, c2 do
      if #t_text(toks, t) < 2 or not t_is(toks, t, "alpha") or TIME_WORDS[t_key(toks, t)] then
        return false
      end
    end
    -- a date after it: a year that starts "1996-08-30", or a month
    local n = c2 + 1
    if t_kind(toks, n) == "number" and
       not (#t_text(toks, n) == 4 and n < #toks and t_kind(toks, n + 1) == "hyphen") then
      return false
    end
    -- its usual form is its canonical name: "Tarvish Heights"
    local words = {}
    for t = c1, c2 do
      local w = t_text(toks, t)
      words[#words + 1] = w:sub(1, 1) .. w:sub(2):lower()
    end
    return { canonical = table.concat(words, " ") }
  end }

-- sides no list knows, by the shape of a results line: "Arbroath 0 East
-- Stirling 0", "Queen of South 2", a table row "Kestrels 64 2 43 .596",
-- "Postponed: Wanderers v Rovers" (a person's name, a country or a
-- nationality in the same place is not one: those rules win or refuse)
local side_word = P.all(P.kind "word", P.is "cap", P.is "alpha", P.isnt "abbrev",
                        P.no(P.in_dict { "country", "NORP", "title" }))
local side = side_word * (P.words { "of", "the" } ^ -1 * side_word) ^ -3 * P.word "'s" ^ -1
-- (a date's short words: "Fri 21 Jun 2024", "Published On 10 Mar 2025")
local DATE_ABBREVIATIONS = word_set("mon tue tues wed thu thur thurs fri sat sun jan feb mar " ..
  "apr jun jul aug sep sept oct nov dec")
local function side_ok (m)
  local c1, c2 = m:capture_span("t")
  local toks = m.tokens
  for t = m.first_token, m.last_token do
    local k = t_key(toks, t)
    if TIME_WORDS[k] or DATE_ABBREVIATIONS[k] then return false end
    -- (nor a year for a score)
    if t_kind(toks, t) == "number" and k:find("^[12][0-9][0-9][0-9]$") then return false end
  end
  for t = c1, c2 do
    if TIME_WORDS[t_key(toks, t)] then return false end
  end
  if #t_text(toks, c1) < 2 then return false end
  return NO_FIELDS
end
for _, r in ipairs({
  { id = "org.en.side_score_first", pattern = P.capture("t", P.all(side_word, P.is "line_start") *
      (P.words { "of", "the" } ^ -1 * side_word) ^ -3) * P.number * side * P.number },
  { id = "org.en.side_score_second", pattern = P.all(side_word, P.is "line_start") *
      (P.words { "of", "the" } ^ -1 * side_word) ^ -3 * P.number * P.capture("t", side) *
      P.number },
  { id = "org.en.side_table_row", pattern = P.capture("t", P.all(side_word, P.is "line_start") *
      (P.words { "of", "the" } ^ -1 * side_word) ^ -3) * P.number * P.number * P.number },
  { id = "org.en.side_points", pattern = P.capture("t", P.all(side_word, P.is "line_start") *
      (P.words { "of", "the" } ^ -1 * side_word) ^ -3) * P.number * P.words { "points", "pts" } },
  -- (a result with its score: "Gloucester's 17-16 win over Bath")
  { id = "org.en.side_result_first", pattern = P.capture("t", side_word *
      (P.words { "of", "the" } ^ -1 * side_word) ^ -3) * possessive * score * result * over *
      side },
  { id = "org.en.side_result_second", pattern = score * result * over * P.capture("t", side) },
  -- (not "v." between two names a list does not know: "Roe v. Wade", a
  -- court's case)
  { id = "org.en.side_versus_first", pattern = P.capture("t", side) * side_versus * side },
  { id = "org.en.side_versus_second", pattern = side * side_versus * P.capture("t", side) },
}) do
  r.label, r.priority, r.span, r.build = "ORG", 40, "t", side_ok
  places.rules[#places.rules + 1] = r
end

local ORG_TAIL_WORDS = { on = true, of = true, ["for"] = true, ["in"] = true }
-- a name in mixed case and a country's: a country's body or a firm's
-- branch ("GeoSphere Austria", "PayPal Australia"; no person has a
-- capital inside a word and a country after it, but "McLeod")
-- (and a public body's word: "Fisheries New Zealand", "Tourism Ireland",
-- "Sport England", "Water UK")
local AGENCY_WORDS = { "Fisheries", "Statistics", "Health", "Transport", "Tourism", "Sport",
  "Water", "Biosecurity", "Invest", "Heritage", "Parks", "Revenue", "Customs", "Immigration",
  "Export", "Enterprise", "Skills", "Forestry", "Agriculture", "Universities", "Energy",
  "Emergency", "Fire", "Rescue", "Housing", "Education", "Trade", "Defence", "Justice",
  "Police", "Media", "Arts", "Screen", "Sports", "Cycling", "Athletics", "Swimming",
  "Rugby", "Football", "Cricket", "Netball", "Hockey", "Golf", "Tennis", "Rowing" }
local agency_word = P.all(P.words(AGENCY_WORDS), P.is "title")
places.rules[#places.rules + 1] = {
  id = "org.en.mixed_country", label = "ORG", priority = 53,
  -- ("Fire and Emergency New Zealand": two such words joined by "and")
  pattern = (P.all(P.kind "word", P.is "cap", P.isnt { "title", "upper" }) +
             agency_word * (P.word "and" * agency_word) ^ -1) *
            P.dict "country",
  build = function (m)
    local toks, a = m.tokens, m.first_token
    local w = t_text(toks, a)
    -- (nor an acronym's plural, "MPs", nor a country with its article)
    if w:find("^Ma?c%u") or w:find("^O'") or w:find("^%u+s$") or t_key(toks, a + 1) == "the" or
       (m.last_token < #toks and t_is(toks, m.last_token + 1, "cap") and
        t_kind(toks, m.last_token + 1) == "word") then
      return false
    end
    return NO_FIELDS
  end }

-- a place before a body's generic name is part of it: "Tokyo Stock
-- Exchange", "Kurdistan Democratic Party", "Ruritania Treasury"
places.rules[#places.rules + 1] = {
  id = "org.en.place_org", label = "ORG", priority = 53,
  pattern = P.dict "GPE" * P.dict "ORG",
  build = function (m, ctx)
    -- (not a country's name and then another body: "Russia Gazprom")
    local toks = m.tokens
    local a = m.first_token
    local place_end = a
    while place_end < m.last_token and ctx.dict(a, place_end) == nil do
      place_end = place_end + 1
    end
    local body = ctx.dict(place_end + 1, m.last_token)
    -- (a town's own paper of a name any town's may have is one: "the
    -- Dayton Daily News"; not "London Reuters")
    local paper = body and body.kind == "media" and
                  PAPER_DAYS[t_key(toks, place_end + 1)] and
                  (ctx.dict(a, place_end) or ORG_HEAD_READING).kind == "city"
    if not body or not t_is(toks, place_end + 1, "cap") or
       (body.kind == "media" and not paper) or body.kind == "company" then
      return false
    end
    if paper then return { first_token = leading_the(m) and a + 1 or a, canonical = false } end
    -- (nor the first words of a name a head word ends: "Aurora Atlantic
    -- Airlines", the head rule's)
    if m.last_token == place_end + 1 and m.last_token < #toks and
       t_is(toks, m.last_token + 1, "title") then
      for _, r in ipairs(ctx.dict(m.last_token + 1, m.last_token + 1, true)) do
        if r.label == "org_head" then return false end
      end
    end
    -- (nor a common word named like a town: "the Federal Ministry of …")
    if place_end == a and t_is(toks, a, "title") and is_common(t_key(toks, a)) then return false end
    -- (nor another country's body: "U.S. Labour Day" is no US Labour Party)
    local where = ctx.dict(a, place_end)
    local bc = (body.extra or ""):match("country=(%u%u)")
    local pc = where and (where.extra or ""):match("country=(%u%u)")
    -- (a body of one word: "Kurdistan Democratic Party" stays whole)
    if bc and pc and bc ~= pc and place_end + 1 == m.last_token then return false end
    -- (and what "of" names after it: "the Washington State Department of
    -- Health", not the lists' State Department)
    local b, n = m.last_token, #toks
    if b + 2 <= n and ORG_TAIL_WORDS[t_key(toks, b + 1)] and t_key(toks, b + 1) ~= "in" and
       t_is(toks, b + 2, "cap") and t_kind(toks, b + 2) == "word" and
       not ctx.dict(b + 2, b + 2) then
      local e = b + 2
      while e < n and t_is(toks, e + 1, "cap") and t_kind(toks, e + 1) == "word" do e = e + 1 end
      return { first_token = leading_the(m) and a + 1 or a, last_token = e }
    end
    local z = domain_tail(toks, b)
    if z > b then return { first_token = leading_the(m) and a + 1 or a, last_token = z } end
    if leading_the(m) then return { first_token = a + 1 } end
    return NO_FIELDS
  end }

-- names of people and bodies found by their shape do not begin with a
-- month, a weekday or a sentence's small word
local CLUB_WORDS = {}
for w in ("united city town rovers wanderers athletic athletico county albion " ..
          "rangers celtic hotspur villa forest orient argyle alexandra " ..
          "academicals thistle dynamo dinamo sporting olympic olympique " ..
          "real racing inter fc afc sc ac cf"):gmatch("%a+") do
  CLUB_WORDS[w] = true
end
-- works named like a family ("Dam", "Bridge"): after "the" they are the work's
-- ("the Kariba Dam"), elsewhere they may be a person's name ("Chris Dam")
local WORK_END = word_set("dam dams bridge tower towers canal dyke pier hall theatre theater " ..
  "museum gallery")

-- streets and venues, which a person's name may end with too ("Orrin
-- Street said"), after a word of place: "on Adams Street", "at Rod Laver
-- Arena"
local STREET_END = word_set("street road avenue lane boulevard drive arena stadium airport " ..
  "square centre center park")

-- lower-case nouns of places a name before them belongs to
local PLACE_NOUNS = { police = true, station = true, hospital = true, prison = true,
  jail = true, airport = true, airbase = true, barracks = true, stadium = true,
  racecourse = true, estate = true, cemetery = true, reservoir = true }

-- the legal forms of companies that end their names (keys)
-- the last words of prizes' and events' names (see name_start_ok)
local EVENT_END = word_set("award awards prize prizes cup trophy championship championships " ..
  "marathon games festival classic")
-- a player's roles (see name_start_ok)
local SPORTS_ROLES = word_set("striker midfielder defender goalkeeper keeper winger forward " ..
  "fullback full-back centre-back international captain player playmaker")
-- prepositions and possessives that open a sentence before a name and are
-- none of it (see name_start_ok)
local OPENING_PREPOSITIONS = word_set("at in on from for by with to inside outside near " ..
  "across after before its their his her our")
-- the letters of a club's kind after its name ("Bright Future FC")
local CLUB_FORMS = word_set("fc afc cf fk sk bk if sc rfc rufc rlfc")
local LEGAL_FORMS = {}
for w in ("ab ag asa bv co co. corp corp. corporation gmbh inc inc. llc ltd ltd. " ..
          "n.v. nv oy oyj as a/s plc s.a. s.p.a. sa se spa llp l.p. " ..
          "sarl srl bhd pty"):gmatch("%S+") do
  LEGAL_FORMS[w] = true
end

-- whether token t is a head word the lists give as a medium's ("Gazette")
local function media_head (ctx, t)
  -- (the preferred reading says it: the head's, or an outlet's of that
  -- name, "Herald")
  local d = ctx.dict(t, t)
  return d ~= nil and d.kind == "media" and (d.label == "org_head" or d.label == "ORG")
end
local MEDIA_FIELDS = { kind = "media" }

-- the first token of words joined by "and" before a body's name that
-- starts at token a, when they are one name with it ("the Food and
-- Agriculture Organization", "the University and College Union"), or nil:
-- not two names ("Deutsche Bank and Credit Suisse Group", "Ann Lee and
-- Tollway Radio", "Emily Blunt and …": a name a list knows, a person's, a
-- head word before "and" after other words, a given name first, a
-- capitalized word before them, a name of its own after "and")
and_before = function (toks, a, b, ctx)
  if t_key(toks, a - 1) ~= "and" then return nil end
  -- (nor before a name of its own: "Froogle and Google News", "Hero and
  -- House of Flying Daggers", "… and Virgin Radio")
  -- (a common word there is the longer name's: "the National Geology and
  -- Mining Service")
  if a < #toks and ORG_TAIL_WORDS[t_key(toks, a + 1)] and
     not (is_common(t_key(toks, a)) and t_is(toks, a + 1, "cap")) then
    return nil
  end
  local d = ctx.dict(a, a) or ctx.dict(a, b)
  if d and (d.label == "ORG" or d.label == "PERSON" or d.label == "given_name") then
    return nil
  end
  local x, head = a - 1, false
  -- (not over a paragraph's end)
  while x > 1 and x > a - 5 and t_kind(toks, x - 1) == "word" and t_is(toks, x - 1, "cap") and
        not t_is(toks, x - 1, "upper") and not ARTICLES[t_key(toks, x - 1)] and
        not t_is(toks, x, "para_before") do
    -- (the word, or a listed name of up to three words that ends with it)
    for y = x - 1, x - 3 > 0 and x - 3 or 1, -1 do
      local r = ctx.dict(y, x - 1)
      -- (not a weak body's one word after an article: "the National
      -- Geology and Mining Service", where "The National" is a paper)
      -- (nor a weak family name that is a common word there: "the Fish
      -- and Wildlife Service")
      -- (or with its article, a sentence's first word: "The National")
      local weak_one = r and r.weak and
                       ((y == x - 1 and y > 1 and
                         (ARTICLES[t_key(toks, y - 1)] or
                          (ctx.dict(y - 1, y - 1) or NO_FIELDS).kind == "country")) or
                        (y == x - 2 and ARTICLES[t_key(toks, y)]))
      if r and ((r.label == "ORG" and not weak_one) or r.label == "PERSON" or
                (r.label == "surname" and not (weak_one and is_common(t_key(toks, y))))) then
        return nil
      end
      if r and y == x - 1 and r.label == "org_head" then head = true end
    end
    x = x - 1
  end
  -- (a head word before "and" ends a name, unless it is the only word)
  if x == a - 1 or (head and x < a - 2) then return nil end
  if x > 1 and t_kind(toks, x - 1) == "word" and t_is(toks, x - 1, "cap") and
     not ARTICLES[t_key(toks, x - 1)] and not t_is(toks, x, "para_before") then
    -- (but a country's one word there is the name's: "the US Fish and
    -- Wildlife Service")
    local c = ctx.dict(x - 1, x - 1)
    if not (c and c.label == "GPE" and c.kind == "country" and x > 2 and
            (ARTICLES[t_key(toks, x - 2)] or not t_is(toks, x - 2, "cap"))) then
      return nil
    end
    x = x - 1
  end
  local first = ctx.dict(x, x)
  if first and first.label == "given_name" then return nil end
  -- (nor a place after a word of place: "patients in Bangor and Wrexham
  -- Maelor Hospital")
  if first and (first.label == "GPE" or first.label == "LOC") and x == a - 2 and x > 1 and
     (t_key(toks, x - 1) == "in" or t_key(toks, x - 1) == "at" or t_key(toks, x - 1) == "from" or
      t_key(toks, x - 1) == "near") then
    return nil
  end
  -- (and a list's first words before a comma, after an article: "the
  -- Advisory, Conciliation and Arbitration Service", "the Civil Liberties,
  -- Justice and Home Affairs Committee")
  if x > 3 and t_key(toks, x - 1) == "," then
    local y = x - 1
    while y > 2 and y > x - 4 and t_kind(toks, y - 1) == "word" and t_is(toks, y - 1, "cap") and
          not t_is(toks, y - 1, "upper") and not ARTICLES[t_key(toks, y - 1)] do
      y = y - 1
    end
    if y < x - 1 and ARTICLES[t_key(toks, y - 1)] then
      for z = y, x - 2 do
        local r = ctx.dict(z, z)
        if r and r.label ~= "org_head" and r.list ~= "common" then return x end
      end
      return y
    end
  end
  return x
end

local ORG_JOINS = { of = true, ["for"] = true, ["and"] = true, on = true, ["&"] = true }
-- (the rule's id is the match's: one function for all these rules; the
-- keys of the name's first and last tokens are asked once)
-- the family names Vietnamese names most often open with (asked before
-- the lists, which say whether the word is one: see name_start_ok), as a
-- set and as a pattern's words
local VIETNAMESE_FAMILY_NAMES = "nguyen tran le pham hoang huynh phan vu vo dang bui " ..
  "do ho ngo duong ly truong dinh doan lam mai trinh cao luong quach ha vuong ta chu kieu luu"
local VIETNAMESE_FAMILY = word_set(VIETNAMESE_FAMILY_NAMES)
local VIETNAMESE_FAMILY_WORDS = {}
for w in VIETNAMESE_FAMILY_NAMES:gmatch("%S+") do
  VIETNAMESE_FAMILY_WORDS[#VIETNAMESE_FAMILY_WORDS + 1] = w
end
-- middle names of Vietnamese names ("Thị" a woman's, "Văn" a man's)
local VIETNAMESE_MIDDLE = word_set("thi van duc minh quang huu ngoc thanh xuan kim hong anh " ..
  "quoc cong dinh tuan")

-- a Vietnamese name no list knows: a family name, then one to three
-- words, written with the language's marks or with a middle name the
-- names have ("Nguyễn Thị Hồng Vân", "Lê Quang Huy"; not "Ho Chi Minh
-- City", a place the lists know)
places.rules[#places.rules + 1] = {
  id = "person.en.vietnamese", label = "PERSON", priority = 48,
  pattern = P.all(P.cap_word, P.isnt "upper", P.words(VIETNAMESE_FAMILY_WORDS)) *
            P.all(P.cap_word, P.isnt { "upper", "abbrev" }) *
            P.all(P.cap_word, P.isnt "upper") ^ -2,
  build = function (m, ctx)
    local toks, a, b = m.tokens, m.first_token, m.last_token
    local marked = t_is(toks, a, "non_ascii") or VIETNAMESE_MIDDLE[t_key(toks, a + 1)]
    if not marked then
      for t = a + 1, b do
        if t_is(toks, t, "non_ascii") then marked = true break end
      end
    end
    if not marked or ctx.dict(a, b) then return false end
    -- (the name ends before a word the lists know as a place's or a body's)
    for t = a + 1, b do
      local d = ctx.dict(t, t)
      if d and (d.label == "ORG" or d.kind == "country" or d.kind == "capital" or
                d.kind == "region") then
        if t == a + 1 then return false end
        return { last_token = t - 1 }
      end
    end
    return NO_FIELDS
  end }

-- words of a faith or a congregation in a church's name
local CHURCH_WORDS = word_set("baptist methodist catholic mennonite anglican presbyterian " ..
  "lutheran evangelical pentecostal episcopal orthodox reformed reform community memorial " ..
  "missionary parish united free bible christian apostolic adventist gospel congregational " ..
  "unitarian chapel tabernacle assembly holy saint st st. cathedral")

-- heads of firms' names that are plain nouns of a trade (see name_start_ok)
local TRADE_HEADS = word_set("apparel apparels stores freightways trading dynamics research " ..
  "advisory terminals garments brewery distillery laboratories solar resources electronics " ..
  "insurance assurance estates developments construction engineering associates lines co " ..
  "events racing cycling power rescue")

local function name_start_ok (m, ctx)
  local id = m.rule_id
  local toks = m.tokens
  local a, b = m:capture_span("org")
  if not a then a, b = m.first_token, m.last_token end
  -- (the name after a headline's verb is a given name's, when the verb
  -- splits two names)
  if id == "person.en.after_headline_verb" then
    local v = m.first_token
    a, b = m:capture_span("name")
    if v == 1 or headline_verb_cut(ctx, toks, v - 1, a) ~= v - 1 then return false end
    id = "person.en.given_name"
  end
  -- (no name ends with a knight's honorific: "Capt Sir Tom Moore")
  if id == "person.en.name_surname" and b < #toks and t_kind(toks, b + 1) == "word" and
     t_is(toks, b + 1, "cap") then
    local h = t_key(toks, b)
    if h == "sir" or h == "dame" then return false end
  end
  -- (a storm is named as a person is: "Storm Delphine moves in")
  if id == "person.en.given_name" and b == a + 1 and t_key(toks, a) == "storm" then
    return false
  end
  -- (nor is a natural feature: "Second Thomas Shoal", "the Thomas River")
  -- (its words a feature's name runs on from: "Second Thomas Shoal")
  if (id == "person.en.given_name" or id == "person.en.name_surname") and b > a then
    local z = b < #toks and WORD_SETS.feature_ends[t_key(toks, b + 1)] and b + 1 or b
    if WORD_SETS.feature_ends[t_key(toks, z)] and t_is(toks, z, "title") then return false end
  end
  -- (a preposition that opens the sentence is none of a body's name: "At
  -- Zengeza Heights Primary School in …")
  local lead_cut = false
  if id == "org.en.head" and b > a + 1 and OPENING_PREPOSITIONS[t_key(toks, a)] and
     opens_sentence(toks, a) then
    a, lead_cut = a + 1, true
  end
  -- (nor an adjective in "-ing" before a place's body: "Neighbouring
  -- Dundee City Council")
  if id == "org.en.head" and b > a + 2 and opens_sentence(toks, a) and
     t_key(toks, a):find("ing$") and is_common(t_key(toks, a)) and not ctx.dict(a, a) and
     not is_common(t_key(toks, a + 1)) then
    a, lead_cut = a + 1, true
  end
  -- (a headline's verb ends the name: "Ann Lee Calls Tom Ray …")
  local cut = (id == "person.en.given_name" or id == "person.en.name_surname") and b > a + 1 and
              headline_verb_cut(ctx, toks, a, b)
  if cut then
    if cut == a then return false end
    b = cut
  end
  local ka = t_key(toks, a)
  local kb = b > a and t_key(toks, b) or ka
  -- (a name after a head word's "of" is the end of a body's: "the London
  -- School of Hygiene & Tropical Medicine"; not "shares of Velmora & Sons")
  if id == "org.en.ampersand" and a > 2 then
    local k = t_key(toks, a - 1)
    if k == "of" or k == "for" then
      local h = ctx.dict(a - 2, a - 2)
      if h and h.label == "org_head" then return false end
    end
  end
  -- (nor a field's words after a body's "of": "the Department of Health
  -- Services" is the department's name, which the lists know in part)
  if id == "org.en.head" and a > 2 and DOMAIN_TAILS[kb] and MINISTRY_HEADS[t_key(toks, a - 2)] and
     NAME_JOINS[t_key(toks, a - 1)] then
    return false
  end
  -- (a name the lists know with its "'s": "Ben & Jerry's")
  if id == "org.en.ampersand" and b < #toks and POSSESSIVE_S[t_key(toks, b + 1)] then
    local d = ctx.dict(a, b + 1)
    if d and d.label == "ORG" then return { last_token = b + 1, canonical = d.canonical } end
  end
  -- (a newspaper's name, of a head the lists give as a medium's: "the
  -- Evening Gazette", "the Kent Messenger"; a day may open it: "The
  -- Sunday Herald")
  -- (not a legal form that is an outlet's acronym too: "NV")
  local media = id == "org.en.head" and b > a and not LEGAL_FORMS[kb] and media_head(ctx, b)
  -- (but "All" after "the" opens a body's name: "the All India Institute
  -- of Medical Sciences", "the All Progressives Congress")
  if NOT_A_NAME_START[ka] and not (media and TIME_WORDS[ka]) and
     not (ka == "all" and id == "org.en.head" and a > 1 and t_key(toks, a - 1) == "the" and
          t_is(toks, a, "title")) then
    return false
  end
  -- (a common word that opens the sentence before a family name is no
  -- given name: "Inside Alvarez, the hallways …")
  if id == "person.en.name_surname" and opens_sentence(toks, a) and is_common(ka) and
     not has_reading(ctx, a, a, "given_names") then
    return false
  end
  -- (a given name after a family name written first is that name's: "Ong
  -- Jun Wei", which the family name's rule reads whole)
  if id == "person.en.given_name" and a > 1 and t_kind(toks, a - 1) == "word" and
     t_is(toks, a - 1, "cap") and not t_is(toks, a - 1, "upper") then
    for _, r in ipairs(ctx.dict(a - 1, a - 1, true)) do
      if r.list == "surnames" and family_first(r) then return false end
    end
  end
  -- (nor, a given name that is a title too, a thing after "the": "the
  -- Justice Palace")
  if b == a + 1 and id == "person.en.given_name" and titled_thing(ctx, toks, a, b) and
     has_reading(ctx, a, a, "titles") then
    return false
  end
  -- (nor a people's adjective that is also a given name, before a word no
  -- list has as a family name, after "the": "the German Bight", not
  -- "German Ramírez")
  if id == "person.en.given_name" and b == a + 1 and a > 1 and t_key(toks, a - 1) == "the" and
     (ctx.dict(a, a) or ORG_HEAD_READING).label == "NORP" and
     not has_reading(ctx, b, b, "surnames") then
    return false
  end
  -- (a cue that opens the sentence before the name: "Said Ann Lee, …:")
  if (ka == "said" or ka == "says") and b >= a + 2 and id == "person.en.given_name" and
     opens_sentence(toks, a) then
    return { first_token = a + 1 }
  end
  -- (in a headline in title case, a verb may stand before the head word:
  -- "Acme Executive Testifies Company Paid …", "Opening New Front": no name
  -- of four words or more without "of", nor of three common words)
  if id == "org.en.head" and b >= a + 2 and
     (b >= a + 3 or media or (is_common(ka) and is_common(t_key(toks, a + 1)))) then
    local joined = false
    for t = a + 1, b - 1 do
      if ORG_JOINS[t_key(toks, t)] then joined = true break end
    end
    if not joined and title_case_line(toks, a, ctx) then return false end
  end
  -- (a head that is a trade's plain noun names a firm only after words no
  -- list calls common, and where the name ends: "Forrester Research",
  -- "Meghna Apparels"; not "Day Trading", "the Consumer Electronics Show",
  -- "Asia Pacific Economic Co-operation")
  -- (a trade's noun opens no body's name: "The Power of Love"; nor ends
  -- one after a given name, a family name then: "Lisa Power")
  if id == "org.en.head" and b > a and TRADE_HEADS[ka] and t_key(toks, a + 1) == "of" then
    return false
  end
  if id == "org.en.head" and b == a + 1 and TRADE_HEADS[kb] and
     has_reading(ctx, a, a, "given_names") and not ctx.dict(a, b) and
     (kb == "power" or has_reading(ctx, b, b, "surnames")) then
    return false
  end
  if id == "org.en.head" and TRADE_HEADS[kb] then
    local n = #toks
    if kb == "co" and b < n and t_kind(toks, b + 1) == "hyphen" and
       not t_is(toks, b + 1, "space_before") then
      return false
    end
    local plain = kb ~= "co"
    for t = a, b - 1 do
      local k = t_key(toks, t)
      -- (the head is another word: "the Office of Fair Trading")
      if k == "of" or k == "for" or k == "and" or k == "&" then plain = false break end
    end
    if plain then
      -- (its first word is the name's own: "Dapeng Bay Container
      -- Terminals"; a common word that opens the sentence is no part of
      -- it: "Rival Baltikum Lines reports …")
      local f = a
      if f + 1 < b and is_common(t_key(toks, f)) and opens_sentence(toks, f) and
         not ctx.dict(f, f) then
        f = f + 1
      end
      if is_common(t_key(toks, f)) then return false end
      if b < n and t_kind(toks, b + 1) == "word" and t_is(toks, b + 1, "cap") and
         not t_is(toks, b + 1, "upper") and not ctx.dict(b + 1, b + 1) then
        return false
      end
      if f > a then return { first_token = f } end
    end
  end
  -- (an airline's "Air" after a place or a name, not after a common word:
  -- "Lakeland Air", not "Open Air", "Clean Air")
  if kb == "air" and id == "org.en.head" and is_common(t_key(toks, b - 1)) then return false end
  -- (a church named by a given name and no word of a faith is a person's
  -- name: "Charlotte Church", "Thomas Haden Church"; not "Grace Baptist
  -- Church", "the Fullness of Joy Church")
  if kb == "church" and id == "org.en.head" and has_reading(ctx, a, a, "given_names") and
     not (a > 1 and (t_key(toks, a - 1) == "the" or t_key(toks, a - 1) == "of")) then
    local faith = false
    for t = a + 1, b - 1 do
      if CHURCH_WORDS[t_key(toks, t)] then faith = true break end
    end
    if not faith then return false end
  end
  -- (a given name and a head that is a family name too is a person: "Jim
  -- Courier"; not after "the": "the Dayton Herald")
  if media and b == a + 1 and not (a > 1 and t_key(toks, a - 1) == "the") then
    local readings = ctx.dict(a, a, true)
    for ix = 1, #readings do
      if readings[ix].list == "given_names" then return false end
    end
  end
  -- (nor the given names of a Vietnamese name, its family name before
  -- them: "Tran Van Binh" is the family name's rule's)
  if id == "person.en.given_name" and a > 1 and VIETNAMESE_FAMILY[t_key(toks, a - 1)] and
     t_is(toks, a - 1, "cap") and not t_is(toks, a - 1, "upper") then
    if vietnamese_family(ctx, a - 1) then return false end
  end
  -- (nor three common words in a headline in title case, or a name's and
  -- two common words that are no family name: "Citing Lander Engine
  -- Problems", "Ratify Harmon Motors Contract")
  if b >= a + 2 and id == "person.en.given_name" and is_common(kb) and
     is_common(t_key(toks, b - 1)) and (is_common(ka) or not has_reading(ctx, b, b, "surnames")) and
     title_case_line(toks, a, ctx) then
    -- (a given name the lists do not call a common word too ends after
    -- its family name: "Tom Hanks Wins Award")
    if is_common(ka) then
      for _, r in ipairs(ctx.dict(a, a, true)) do
        if r.list == "given_names" and not r.weak then return { last_token = a + 1 } end
      end
    -- (and so does one that is no common word, before a family name that
    -- is none either: "Ann Lee Lied About Emails")
    elseif t_kind(toks, a + 1) == "word" and not is_common(t_key(toks, a + 1)) and
           has_reading(ctx, a, a, "given_names") then
      return { first_token = a, last_token = a + 1 }
    end
    return false
  end
  if b > a and THING_END[kb] and
     (id == "person.en.given_name" or id == "person.en.name_surname") then
    -- (unless the word is a family name too: "Chris Day")
    if not has_reading(ctx, b, b, "surnames") then return false end
  end
  -- (nor the first words of an instrument's name: "the James Webb Space
  -- Telescope"; the longer rule reads the whole, whose last word refuses
  -- it above)
  if id == "person.en.name_surname" and b < #toks and t_is(toks, b + 1, "cap") and
     thing_after(toks, b, ctx) then
    return false
  end
  if b > a and WORK_END[kb] and a > 1 and t_key(toks, a - 1) == "the" and
     (id == "person.en.given_name" or id == "person.en.name_surname") then
    return false
  end
  -- (nor a name that ends with a common word in the plural, no family
  -- name, after a first word that reads first as a people, a country, a
  -- region or a city of 100,000 or more: "Kenya Medical Practitioners",
  -- "Dane Counties", "Missouri Families", "Bradford Bulls", not "Bill
  -- Gates" nor "Barry Bonds")
  if b > a and id == "person.en.given_name" and kb:sub(-1) == "s" and #kb > 4 and
     is_common(kb) and not has_reading(ctx, b, b, "surnames") then
    local d = ctx.dict(a, a)
    if d and (d.label == "NORP" or d.kind == "country" or d.kind == "region" or
              (d.label == "GPE" and (population(d) or 0) >= 100000)) then
      return false
    end
  end
  -- (nor two common words after "the", the second no family name: "the
  -- Green Vault", not "the Jim Courier era")
  if b == a + 1 and id == "person.en.given_name" and is_common(kb) and is_common(ka) and
     a > 1 and t_key(toks, a - 1) == "the" and not has_reading(ctx, b, b, "surnames") and
     not has_reading(ctx, a, a, "titles") then
    return false
  end
  if id == "person.en.given_name" or id == "person.en.name_surname" then
    -- "on Adams Street": a street or a venue after a word of place
    if (b > a and STREET_END[kb]) or (b < #toks and STREET_END[t_key(toks, b + 1)]) then
      local c = a - 1                      -- (past the run's words: "at Rod Laver Arena")
      while c > 1 and c > a - 3 and t_is(toks, c, "cap") and t_kind(toks, c) == "word" do
        c = c - 1
      end
      if c >= 1 and VENUE_CUES[t_key(toks, c)] then return false end
      -- (nor a road after "the" or a town and a hyphen: "the Kano-Zaria
      -- Road", "the Zaria Road")
      if b > a and c >= 1 and STREET_END[kb] and
         (t_key(toks, c) == "the" or
          (t_kind(toks, c) == "hyphen" and not t_is(toks, c, "space_before"))) then
        return false
      end
      -- (a national park wherever it stands: "Bryce Canyon National Park")
      if kb == "park" and b - 1 > a and t_key(toks, b - 1) == "national" then return false end
    end
  end
  -- an acronym that is also a given name opens no person's name ("RAF
  -- Northolt"), and a name before a place's noun is the place's
  -- ("Paddington Green police station")
  if id == "person.en.given_name" or id == "person.en.name_surname" then
    if b > a and #ka >= 3 and t_is(toks, a, "upper") and not t_is(toks, b, "upper") then
      return false
    end
    if b < #toks and t_is(toks, b + 1, "lower") and PLACE_NOUNS[t_key(toks, b + 1)] then
      return false
    end
  end
  -- (nor is the pronoun at a sentence's end an initial: "so am I. Ann
  -- Lee brought …")
  if id == "person.en.initials" and (ka == "i." or ka == "i") and a > 1 and
     t_kind(toks, a - 1) == "word" and t_is(toks, a - 1, "lower") then
    return false
  end
  -- (nor does a person's name go on with one: "World War I. But …")
  if id == "person.en.initials" then
    for t = a + 1, b do
      if NOT_A_NAME_START[t == b and kb or t_key(toks, t)] then return false end
    end
  end
  -- a person's name that is all of an organization's is the organization
  -- ("Morgan Stanley"), and so is one that runs into one ("Michael Dell
  -- Technologies": the longer reading wins elsewhere)
  if id ~= "org.en.head" and id ~= "org.en.town_name" and id ~= "org.en.ampersand" then
    local d = ctx.dict(a, b)
    if d and d.label == "ORG" then return false end
  end
  -- two common words are no name, though one is also a surname ("Grand Slam")
  if id == "person.en.name_surname" and b == a + 1 and is_common(ka) and is_common(kb) then
    return false
  end
  -- (a legal form after a comma goes on with the name: "Sorano
  -- Pharmaceuticals Co., Ltd.")
  if id == "org.en.head" and LEGAL_FORMS[t_key(toks, b)] and b + 2 <= #toks and
     t_key(toks, b + 1) == "," and LEGAL_FORMS[t_key(toks, b + 2)] and
     t_is(toks, b + 2, "cap") then
    b, lead_cut = b + 2, true
  end
  local trimmed = (cut or lead_cut) and true or false
  -- (nor the first words of a prize's or an event's name: "the BBC Four
  -- World Cinema Award")
  if id == "org.en.head" and b < #toks and t_is(toks, b + 1, "title") and
     t_kind(toks, b + 1) == "word" and EVENT_END[t_key(toks, b + 1)] and
     not t_is(toks, b + 1, "newline_before") then
    return false
  end
  -- (a country after "for" that a player's role follows is the player's:
  -- "Nordvik FK for Nigeria striker Chidi Okafor")
  if id == "org.en.head" and b >= a + 3 and b < #toks and SPORTS_ROLES[t_key(toks, b + 1)] then
    for f = b - 1, a + 1, -1 do
      if t_key(toks, f) == "for" then
        local g = ctx.dict(f + 1, b)
        if g and g.label == "GPE" then b, trimmed = f - 1, true end
        break
      end
    end
  end
  -- a title's words before its last: "its Chief Corporate Communications
  -- Officer" is no body
  if id == "org.en.head" and b < #toks and t_is(toks, b + 1, "title") and
     WORD_SETS.title_openers[ka] and (ctx.dict(b + 1, b + 1) or NO_FIELDS).list == "titles" then
    return false
  end
  if id == "org.en.head" and b == a + 1 and MEDIUM_HEADS[kb] then
    -- a country and a medium is no body: "US TV", "British radio"
    local d = ctx.dict(a, a)
    if d and (d.label == "NORP" or d.kind == "country") then return false end
  end
  if id == "org.en.head" or id == "org.en.town_name" then
    -- a headline in capitals is no run of names
    -- (a legal form is in capitals: "Kestrel Lithography NV"; and a club's:
    -- "Forest Green Rovers FC")
    if t_is(toks, b, "upper") and b > a + 1 and
       not ((LEGAL_FORMS[kb] or CLUB_FORMS[kb]) and not t_is(toks, b - 1, "upper")) then
      return false
    end
    -- a weekday or month after the name is not part of it
    -- ("the Tennis Centre on Friday", "the Milwaukee Open Thursday")
    local prev = ka
    local of = false
    for t = a + 1, b do
      local k = t == b and kb or t_key(toks, t)
      if TIME_WORDS[k] then
        local stop = t - 1
        if ORG_TAIL_WORDS[prev] then stop = stop - 1 end
        if stop <= a then return false end
        b, trimmed = stop, true
        break
      end
      if k == "of" then of = true end
      prev = k
    end
    -- (a list of what the body is of, joined by "and": "the Ministry of
    -- Land, Infrastructure, Transport and Tourism")
    if of and not trimmed and id == "org.en.head" then
      local z = listed_fields(ctx, toks, b)
      if z then b, trimmed = z, true end
    end
    -- (a body the lists know after its "of", named past the rule's two:
    -- "the Monetary Policy Committee of the Central Bank of the Republic
    -- of Turkey" is the committee, and the bank)
    if id == "org.en.head" and b + 2 <= #toks and t_key(toks, b + 1) == "of" then
      for t = a + 1, b - 2 do
        if t_key(toks, t) == "of" then
          local x = t_key(toks, t + 1) == "the" and t + 2 or t + 1
          local hit = false
          for z = b + 2, math.min(#toks, b + 4) do
            local d = ctx.dict(x, z)
            if d and d.label == "ORG" then hit = true break end
          end
          if hit then
            b, trimmed = t - 1, true
            break
          end
        end
      end
    end
    -- (words joined by "and" before the name are its own: "the Food and
    -- Agriculture Organisation")
    if id == "org.en.head" and a > 2 then
      local x = and_before(toks, a, b, ctx)
      if x then a, trimmed = x, true end
    end
    -- nor a street after "on": "the Northside Center on West Elm Street"
    if id == "org.en.head" and STREET_END[trimmed and t_key(toks, b) or kb] then
      for t = b - 1, a + 1, -1 do
        if t_key(toks, t) == "on" then
          if t - 1 <= a then return false end
          b, trimmed = t - 1, true
          break
        end
      end
    end
  end
  if id == "org.en.town_name" then
    -- a town's name before a club's word: "Leeds United", "Hull Kingston
    -- Rovers"; not before a common word ("the Milwaukee Open", "Atlanta
    -- Games") or a person's name ("Indiana Jones")
    local last, head = trimmed and t_key(toks, b) or kb, false
    local readings = ctx.dict(b, b, true)
    for ix = 1, #readings do
      local r = readings[ix]
      if r.label == "org_head" then head = true end
    end
    if not CLUB_WORDS[last] and not head then
      if is_common(last) then return false end
      -- (a name that goes on after a hyphen goes on: "Ngozi
      -- Okonjo-Iweala", where Ngozi is also a town, is one name, a
      -- person's when a title follows)
      if not trimmed and b + 1 < #toks and t_kind(toks, b + 1) == "hyphen" and
         not t_is(toks, b + 1, "space_before") and t_is(toks, b + 2, "cap") and
         not t_is(toks, b + 2, "space_before") then
        return { first_token = a, last_token = b + 2 }
      end
      for ix = 1, #readings do
        local r = readings[ix]
        if r.list == "surnames" or r.list == "given_names" then return false end
      end
    end
  end
  -- a body the lists know, with its legal form after it, is that body:
  -- "Nvidia Corp", "Acme Holdings plc" (the form alone is no other name)
  if id == "org.en.head" and b > a and LEGAL_FORMS[trimmed and t_key(toks, b) or kb] then
    local d = ctx.dict(a, b - 1)
    if d and d.label == "ORG" then
      if not trimmed then return canonical_fields(d) end
      return { first_token = a, last_token = b, canonical = d.canonical }
    end
  end
  -- (a hospital's or a university's city after its kind, as German, Swiss
  -- and Nordic names have it: "University Hospital Frankfurt", "Technical
  -- University Munich"; the city no other name's first word)
  local kz = trimmed and t_key(toks, b) or kb
  if id == "org.en.head" and b > a and WORD_SETS.city_after[kz] and b < #toks and
     t_is(toks, b + 1, "title") and t_kind(toks, b + 1) == "word" and
     not (b + 1 < #toks and t_kind(toks, b + 2) == "word" and t_is(toks, b + 2, "cap")) and
     not POSSESSIVE_S[t_key(toks, b + 2)] then
    local c = ctx.dict(b + 1, b + 1)
    if c and c.label == "GPE" and (c.kind == "city" or c.kind == "capital") then
      return { first_token = a, last_token = b + 1 }
    end
  end
  -- (a name found in the capture "org" is the rule's span already: only a
  -- trimmed one needs its tokens said)
  if trimmed then
    -- ("the Yorkshire Post on Monday": the head is the trimmed name's)
    media = id == "org.en.head" and media_head(ctx, b)
    return { first_token = a, last_token = b, kind = media and "media" or nil }
  end
  return media and MEDIA_FIELDS or NO_FIELDS
end
-- (the words before a plural's possessive in a body's name: see
-- org.en.plural_head)
local function plural_head (m, ctx)
  local toks, a = m.tokens, m.first_token
  -- (in title case: a headline in capitals is no run of names)
  if a < 2 or not t_is(toks, a - 1, "cap") or t_kind(toks, a - 1) ~= "word" or
     t_is(toks, a - 1, "upper") then
    return false
  end
  local k = t_key(toks, a - 1)
  if t_kind(toks, a) == "quote" then
    if k:sub(-1) ~= "s" then return false end
  elseif not (PLURALS_S[k] or (#k > 4 and k:sub(-3) == "men")) then
    -- ("the Panhellenic Seamen’s Federation"; and a trade's man, no
    -- family name: "the Toledo Police Patrolman's Association", not "Ann
    -- Freeman's")
    if not (#k > 6 and k:sub(-3) == "man") or has_reading(ctx, a - 1, a - 1, "surnames") or
       has_reading(ctx, a - 1, a - 1, "given_names") or
       (a > 2 and has_reading(ctx, a - 2, a - 2, "given_names")) then
      return false
    end
  end
  local f = a - 1
  while f > 1 and f > a - 4 and t_is(toks, f - 1, "cap") and t_kind(toks, f - 1) == "word" and
        not t_is(toks, f - 1, "upper") and t_key(toks, f - 1) ~= "the" and
        not (opens_sentence(toks, f - 1) and is_common(t_key(toks, f - 1))) do
    f = f - 1
  end
  -- (and a body's head and "of" before them: "the University of
  -- Manchester Students' Union")
  if f > 2 and t_key(toks, f - 1) == "of" and t_is(toks, f - 2, "title") and
     t_kind(toks, f - 2) == "word" and WORD_SETS.school[t_key(toks, f - 2)] then
    f = f - 2
    while f > 1 and f > a - 8 and t_is(toks, f - 1, "title") and t_kind(toks, f - 1) == "word" and
          t_key(toks, f - 1) ~= "the" and
          not (opens_sentence(toks, f - 1) and is_common(t_key(toks, f - 1))) do
      f = f - 1
    end
    return { first_token = f }
  end
  if NOT_A_NAME_START[t_key(toks, f)] then return false end
  -- (a country's or a listed body's possessive is no word of the name:
  -- "the Philippines' Coast Guard", "the University of the Philippines'
  -- National Institute of Geological Sciences")
  for j = a - 1, math.max(1, a - 6), -1 do
    local g = ctx.dict(j, a - 1)
    if g and (g.label == "ORG" or (g.label == "GPE" and (g.kind == "country" or
                                                         g.kind == "region"))) then
      if m.last_token == a + 1 then return false end
      return { first_token = a + 1 }
    end
  end
  -- (and a place of hyphenated words after "the": "the Côte-d’Or
  -- Winegrowers’ Federation")
  if f > 3 and t_kind(toks, f - 1) == "word" and t_kind(toks, f - 2) == "hyphen" then
    for j = f - 3, math.max(2, f - 6), -1 do
      local d = ctx.dict(j, f - 1)
      if d and d.label == "GPE" then
        if t_key(toks, j - 1) == "the" then f = j end
        break
      end
    end
  end
  -- (with words joined by "and" before: "the Transport and General
  -- Workers' Union")
  return { first_token = f > 2 and and_before(toks, f, m.last_token, ctx) or f }
end

-- (and a third name between commas after a family name, as South Indian
-- names have one: ", Shalini Iyer Raman, said"; a word no list knows, a
-- family name or a small town's)
local function third_name (m, ctx)
  local fields = name_start_ok(m, ctx)
  if not fields then return fields end
  local toks, a, b = m.tokens, m.first_token, m.last_token
  if (fields.first_token or a) == a and not fields.last_token and a > 1 and
     t_key(toks, a - 1) == "," and b + 2 <= #toks and t_key(toks, b + 2) == "," and
     t_kind(toks, b + 1) == "word" and t_is(toks, b + 1, "title") and
     not is_common(t_key(toks, b + 1)) then
    local d = ctx.dict(b + 1, b + 1)
    if not d or d.list == "surnames" or d.list == "given_names" or
       (d.label == "GPE" and d.kind == "city" and (population(d) or 0) < 100000) then
      local out = { last_token = b + 1 }
      for k, v in pairs(fields) do out[k] = v end
      out.last_token = b + 1
      return out
    end
  end
  return fields
end

for _, r in ipairs(places.rules) do
  if r.id == "org.en.plural_head" then r.build = plural_head end
  if r.id == "person.en.name_surname" and not r.build then r.build = third_name end
  if (r.id == "person.en.given_name" or r.id == "person.en.name_surname" or
      r.id == "person.en.initials" or r.id == "org.en.town_name" or
      r.id == "person.en.after_headline_verb" or
      r.id == "org.en.head" or r.id == "org.en.ampersand" or r.id == "org.en.union_local") and
     not r.build then
    r.build = name_start_ok
  end
end

for _, r in ipairs(team_rules) do places.rules[#places.rules + 1] = r end

-- (last, the rules whose first token indexes them well: the key sets a
-- rule cannot match without take requirement slots in rule order, 128 of
-- them, and a rule that needs none should take none from the rules
-- before it)
-- an Indonesian firm by its legal form before its name: "PT Sulawesi
-- Prima Nikel", "PT Bank Rakyat Indonesia (Persero) Tbk" (its words up
-- to "Tbk", which ends it)
places.rules[#places.rules + 1] = {
  id = "org.en.pt_firm", label = "ORG", priority = 62, span = "o",
  pattern = P.capture("o", P.all(P.word "PT", P.is "upper") *
                           P.all(P.kind "word", P.is "cap", P.isnt "abbrev") ^ 1 *
                           P.all(P.word "Tbk", P.is "cap") ^ -1),
  build = function (m)
    local a, b = m:capture_span("o")
    if b == a then return false end
    return NO_FIELDS
  end }
-- one name before an apposition that opens with an age, as much
-- Indonesian news writes names: "Sutarmin, a 39-year-old welder, said"
-- (the match is the age, a number's token being rarer than a capital's;
-- the name is read back from it: a word no list calls common, place or
-- body, alone)
places.rules[#places.rules + 1] = {
  id = "person.en.one_name_age", label = "PERSON", priority = 55,
  pattern = P.number * P.kind "hyphen" * P.word "year" * P.kind "hyphen" * P.word "old",
  build = function (m, ctx)
    local toks, n = m.tokens, m.first_token - 3
    if n < 1 or t_key(toks, n + 2) ~= "a" and t_key(toks, n + 2) ~= "an" or
       t_key(toks, n + 1) ~= "," or t_kind(toks, n) ~= "word" or not t_is(toks, n, "cap") or
       t_is(toks, n, "upper") or t_is(toks, n, "abbrev") then
      return false
    end
    local k = t_key(toks, n)
    if #k < 3 or NOT_A_NAME_START[k] or is_common(k) or TIME_WORDS[k] then return false end
    local pk = n > 1 and not t_is(toks, n, "newline_before") and t_kind(toks, n - 1)
    if pk == "hyphen" or pk == "quote" or (pk == "word" and not opens_sentence(toks, n)) then
      return false
    end
    if place_or_body(ctx, n) then return false end
    return { first_token = n, last_token = n }
  end }


return { places }
