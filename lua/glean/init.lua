--- glean: who is named, when things happened and who said what, in news text.
-- The public API. The C core (`glean.core`) tokenizes and splits sentences;
-- this module supplies the word lists it needs (abbreviations) and checks
-- arguments. Positions are Lua's: 1-based, inclusive byte positions, so
-- `text:sub(t.first, t.last)` is a token's text.
-- @module glean

local core = require "glean.core"
local data = require "glean.data"

-- (LuaJIT: the functions of this file run in the interpreter; a trace
-- would stop at each of their many calls into the C core, and stitching
-- the pieces together makes them several times slower, not faster)
local jit = rawget(_G, "jit")
if jit then jit.off(true, true) end
local gazetteer = require "glean.gazetteer"

-- the token list's methods, called as functions (a method call looks the
-- name up through the list's metatable at every call)
local TOKS = getmetatable(core.tokenizer({}):tokenize("")).methods
local t_text, t_key, t_is, t_kind, t_first, t_last =
      TOKS.text, TOKS.key, TOKS.is, TOKS.kind, TOKS.first, TOKS.last

local lower = string.lower
local error, ipairs, next, pairs, setmetatable, type =
      error, ipairs, next, pairs, setmetatable, type

local M = {
  _VERSION = "glean " .. core._VERSION,
  --- token kinds: name -> code
  KIND = core.KIND,
  --- token flags: name -> bit
  FLAG = core.FLAG,
}

-- How an abbreviation's kind (column 4 of abbreviations.tsv) treats its
-- period: "keep" never ends a sentence (titles, months, "U.S."), "end" may
-- end one before a capital ("etc.", "Inc."), "place" only after a comma
-- ("Baltimore, Md. The …"; not "said Md. Enamul Haque"); an "infix" stands
-- between two names and ends none ("Smith v. Jones", and so an initial
-- "V." before a family name). A row whose extra
-- column says `next=digit` is an abbreviation only before a number ("No. 5",
-- "p. 12").
local KIND_CLASS = {
  title = "keep", month = "keep", weekday = "keep", address = "keep",
  degree = "keep", country = "keep", org = "keep",
  corp = "end", latin = "end", misc = "end", place = "place", unit = "end", infix = "keep",
}

local function argcheck (cond, n, fname, msg, level)
  if not cond then
    error(("glean: bad argument #%d to '%s' (%s)"):format(n, fname, msg),
          (level or 2) + 1)
  end
end

local function check_text (text, fname)
  argcheck(type(text) == "string", 1, fname,
           "string expected, got " .. type(text), 3)
end

--- The default abbreviation set, from `glean/data/en/abbreviations.tsv`.
-- @treturn table form -> "keep", "end", "place" or "number"
function M.abbreviations ()
  local set = {}
  for _, row in pairs(data.load("en/abbreviations.tsv")) do
    local extra = data.extra(row.extra)
    set[row.surface] = extra.next == "digit" and "number" or
                       KIND_CLASS[row.kind or ""] or "keep"
  end
  return set
end

--- A tokenizer with its own abbreviations.
-- @tparam[opt] table opts `abbreviations`: form -> "keep" | "end" |
-- "place" | "number" | true
-- (defaults to the bundled English list); `extra_abbreviations`: added to it
-- @return a `glean.Tokenizer` with `:tokenize(text)` and `:sentences(text)`
function M.tokenizer (opts)
  argcheck(opts == nil or type(opts) == "table", 1, "tokenizer",
           "table expected")
  opts = opts or {}
  argcheck(opts.abbreviations == nil or type(opts.abbreviations) == "table", 1,
           "tokenizer", "abbreviations must be a table")
  argcheck(opts.extra_abbreviations == nil or
           type(opts.extra_abbreviations) == "table", 1, "tokenizer",
           "extra_abbreviations must be a table")
  local set = opts.abbreviations or M.abbreviations()
  if opts.extra_abbreviations then
    local merged = {}
    for k, v in pairs(set) do merged[k] = v end
    for k, v in pairs(opts.extra_abbreviations) do merged[k] = v end
    set = merged
  end
  return core.tokenizer(set)
end

local default_tokenizer

local function tokenizer ()
  if not default_tokenizer then default_tokenizer = M.tokenizer() end
  return default_tokenizer
end

--- Tokenize a text.
-- @tparam string text UTF-8 text (invalid bytes become `other` tokens)
-- @return a `glean.Tokens` list: `#toks`, `toks[i]` (a table with `first`,
-- `last`, `kind`, `text`, `key`, `flags` and a `true` field per set flag),
-- and methods `first`, `last`, `kind`, `is`, `text`, `key`, `arrays`,
-- `find`, `sentences`
function M.tokenize (text)
  check_text(text, "tokenize")
  return tokenizer():tokenize(text)
end

--- Split a text (or a token list) into sentences.
-- @param text a string, or a `glean.Tokens` list from `tokenize`
-- @tparam[opt] table opts `wrap`: `"auto"` (default), `"no"` (every line
-- break ends a sentence) or `"yes"` (the text is hard-wrapped)
-- @return a `glean.Sentences` list: `#sents`, `sents[i]` with `first`,
-- `last`, `first_token`, `last_token`; `sents:text(i)`, `sents:tokens()`
function M.sentences (text, opts)
  argcheck(type(text) == "string" or type(text) == "userdata", 1,
           "sentences", "string or token list expected, got " .. type(text))
  argcheck(opts == nil or type(opts) == "table", 2, "sentences",
           "table expected")
  local wrap = opts and opts.wrap
  argcheck(wrap == nil or wrap == "auto" or wrap == "yes" or wrap == "no",
           2, "sentences", "wrap must be 'auto', 'yes' or 'no'")
  return tokenizer():sentences(text, wrap)
end

--- Convert byte positions to 0-based code point (or UTF-16) offsets.
-- @tparam string text
-- @tparam table positions 1-based byte positions of character starts (or
-- `#text + 1`); for an inclusive `last`, pass `last + 1` to get an
-- end-exclusive offset
-- @tparam[opt="codepoint"] string unit `"codepoint"` or `"utf16"`
-- @treturn table the offsets, in the order given
function M.offsets (text, positions, unit)
  check_text(text, "offsets")
  argcheck(type(positions) == "table", 2, "offsets", "table expected")
  argcheck(unit == nil or unit == "codepoint" or unit == "utf16", 3,
           "offsets", "unit must be 'codepoint' or 'utf16'")
  return core.offsets(text, positions, unit or "codepoint")
end

--- The 0-based code point offset of one byte position.
-- @tparam string text
-- @tparam integer pos 1-based byte position (1 .. #text + 1)
-- @treturn integer
function M.codepoint (text, pos)
  check_text(text, "codepoint")
  argcheck(type(pos) == "number", 2, "codepoint", "number expected")
  return core.offsets(text, { pos }, "codepoint")[1]
end

--- A dictionary matcher over word lists.
-- @tparam[opt] table opts `lists`: names of bundled lists (`"cities"`) or
-- paths of TSV files, default none; `entries`: entry tables (`surface`,
-- `label`, `canonical`, `kind`, `flags`, `extra`, `list`) to add;
-- `tokenizer`: default the standard one
-- @return a `glean.Matcher` with `:add(entry)`, `:add_tsv(path [, list])`,
-- `:match(toks [, "longest" | "all"])`, `:payload(id)`, `:stats()`,
-- `:save(path)`, `:close()`
-- @raise on a missing or malformed list (`glean: file:line: …`)
function M.matcher (opts)
  argcheck(opts == nil or type(opts) == "table", 1, "matcher", "table expected")
  opts = opts or {}
  local m = gazetteer.compile(opts.tokenizer or tokenizer(), opts.lists or {})
  for _, e in ipairs(opts.entries or {}) do m:add(e) end
  return m
end

--- Load a matcher saved with `m:save(path)`.
-- @treturn ?userdata the matcher, or nil and a message (missing, truncated
-- or corrupt file)
function M.load_matcher (path, tok)
  argcheck(type(path) == "string", 1, "load_matcher", "string expected")
  return core.load_matcher(path, tok or tokenizer())
end

local default_matcher

--- The matcher of all default English lists (built once per process, from
-- the compiled cache when there is an up-to-date one).
function M.default_matcher ()
  if not default_matcher then default_matcher = gazetteer.default(tokenizer()) end
  return default_matcher
end

--- Find the default lists' phrases in a text.
-- @tparam string text
-- @tparam[opt] table opts `matcher`: another matcher to use
-- @treturn table leftmost-longest matches in text order, each with `first`,
-- `last` (byte positions), `text`, `label` (PERSON, ORG, GPE, LOC, NORP, or
-- the list's own name: given_name, surname, title, reporting_verb …),
-- `canonical`, `kind`, `list`, `weak`, `alt`, `extra`, and the other
-- readings of the same span in `alternatives`
function M.lookup (text, opts)
  check_text(text, "lookup")
  argcheck(opts == nil or type(opts) == "table", 2, "lookup", "table expected")
  local m = opts and opts.matcher or M.default_matcher()
  return gazetteer.lookup(m, tokenizer():tokenize(text))
end

-- {======================================================
-- Extraction
-- =======================================================

local rules_mod -- loaded on first use

--- The stages that run after the entity passes, in order: modules (or
-- tables) with `run(ctx, doc)`, which add to `doc.entities` (kept in text
-- order) and `doc.quotes`, and optionally `prepare()`, which `glean.new`
-- calls once. `ctx` holds `text`, `tokens`, `sentences` (the
-- userdata), `dct`, `matcher`, `matches`, `dict` (the span reader).
M.STAGES = {
  "glean.dates",
  "glean.quotes",
}

local Extractor = {}
Extractor.__index = Extractor
-- the labels of names (every mention of one carries a canonical name)
local NAMED = { PERSON = true, ORG = true, GPE = true, LOC = true, NORP = true }
local DOC_MT

--- An extractor: rule packs over the dictionary, run on texts.
-- @tparam[opt] table opts `packs`: pack tables (default: the English
-- packs), `rules`: rule files to add (loaded in the sandbox), `lists`:
-- word lists (TSV) to add to the dictionary, `matcher`: a dictionary to use
-- instead of the default one, `stages`: the stages after the entity passes
-- (module names or tables with `run` and, optionally, `prepare`, called
-- once here; default `glean.STAGES`),
-- `date_policy`: how a month or weekday without a year resolves, "past"
-- (the latest on or before the document date unless the wording says
-- future; the default) or "nearer"
-- @return an object with `:extract(text [, {dct =, id =, date_policy =}])`
-- @raise on a malformed rule or list (`glean: file:line: …`)
function M.new (opts)
  argcheck(opts == nil or type(opts) == "table", 1, "new", "table expected")
  opts = opts or {}
  rules_mod = rules_mod or require "glean.rules"
  local packs = {}
  for _, p in ipairs(opts.packs or require("glean.rules.en.entities")) do
    packs[#packs + 1] = rules_mod.check_pack(p, p.name)
  end
  for _, path in ipairs(opts.rules or {}) do
    local pack, err = rules_mod.load_file(path)
    if not pack then error(err, 2) end
    packs[#packs + 1] = pack
  end
  local lists = {}
  for _, l in ipairs(opts.lists or {}) do lists[#lists + 1] = l end
  for _, p in ipairs(packs) do
    for _, l in ipairs(p.lists or {}) do lists[#lists + 1] = l end
  end
  local m = opts.matcher or M.default_matcher()
  if #lists > 0 then
    -- added lists join a private copy of the dictionary
    if opts.matcher then
      error("glean: lists cannot be added to a matcher given in opts.matcher", 2)
    end
    m = gazetteer.compile(tokenizer(), gazetteer.DEFAULT_LISTS)
    for _, path in ipairs(lists) do m:add_tsv(path) end
  end
  local stages = {}
  for _, name in ipairs(opts.stages or M.STAGES) do
    local stage = type(name) == "table" and name or require(name)
    -- (a stage readies what it needs now, not during the first
    -- extraction: an extraction inside that one, from a hook or a
    -- finalizer, would find it half made)
    if type(stage.prepare) == "function" then stage.prepare() end
    stages[#stages + 1] = stage
  end
  argcheck(opts.date_policy == nil or opts.date_policy == "past" or
           opts.date_policy == "nearer", 1, "new", "date_policy must be \"past\" or \"nearer\"")
  local self = setmetatable({ matcher = m, packs = packs, stages = stages,
                              date_policy = opts.date_policy }, Extractor)
  self.engine = rules_mod.engine(packs, { matcher = m })
  return self
end

--- Add a pack at run time (a table, or a rule file loaded in the sandbox);
-- it runs as a new last pass.
-- @raise on a malformed pack or an unreadable file
function Extractor:add_pack (pack)
  if type(pack) == "string" then
    local p, err = rules_mod.load_file(pack)
    if not p then error(err, 2) end
    pack = p
  else
    argcheck(type(pack) == "table", 1, "add_pack", "pack table or file name expected")
    pack = rules_mod.check_pack(pack, pack.name)
  end
  local packs = {}
  for i, p in ipairs(self.packs) do packs[i] = p end
  packs[#packs + 1] = pack
  self.engine = rules_mod.engine(packs, { matcher = self.matcher })
  self.packs = packs
end

local MONTHS = {}
for w in ("january february march april may june july august september " ..
          "october november december"):gmatch("%a+") do MONTHS[w] = true end
local TIME_BEFORE = {}
for w in ("in on since until till by from early late mid last next this " ..
          "of during before after through"):gmatch("%a+") do TIME_BEFORE[w] = true end

-- the last words of a company's name that its short name leaves out
local CORP_TAIL = {}
for w in ("inc inc. corp corp. corporation co co. company ltd ltd. limited " ..
          "llc plc ag sa s.a. nv n.v. gmbh spa s.p.a. holdings holding group " ..
          "international industries bancorp enterprises incorporated systems " ..
          "technologies airways airlines as asa ab oy oyj bv se minerals mining metals " ..
          "pharmaceuticals therapeutics motors telecom telecoms energy resources mobile " ..
          "labs software solutions networks capital partners foods logistics shipping steel " ..
          "chemicals petroleum infotech biotech electronics automotive aerospace properties " ..
          "robotics semiconductor semiconductors ventures investments records studios " ..
          "pictures entertainment publishing books power rescue racing motorsport " ..
          "water cie bank pharma biosciences biotherapeutics healthcare " ..
          "fc sc afc cf " ..
          -- (a trade's plural or a market's word a firm's name ends with:
          -- "Tembusu Exchange" is later "Tembusu")
          "exchange securities maritime brewing breweries textiles insurance financial " ..
          "finance trading construction engineering developments realty consulting " ..
          "analytics mills dairies rfc rlfc"):gmatch("%S+") do
  CORP_TAIL[w] = true
end
local is_common = require("glean.data").is_common

-- what core.link_names says a name it found again is
local LINKED_LABEL = { "PERSON", "ORG", "PERSON", "ORG" }
local LINKED_RULE = { "person.en.link_name", "org.en.link_name",
  "person.en.link_last_name", "org.en.link_short_name" }

-- the honorifics that go with a given name: a knight or a dame is "Sir
-- John" after "Sir John Stevens"
local GIVEN_NAME_HONORIFICS = { sir = true, dame = true, prince = true, princess = true,
  sheikh = true, sheikha = true, king = true, queen = true, emir = true, sultan = true,
  cardinal = true, archbishop = true, bishop = true, father = true, sister = true }

-- (the titles the rules give such a name of one word, as written)
local GIVEN_NAME_TITLES = {}
for w in pairs(GIVEN_NAME_HONORIFICS) do
  GIVEN_NAME_TITLES[w] = true
  GIVEN_NAME_TITLES[w:sub(1, 1):upper() .. w:sub(2)] = true
end
GIVEN_NAME_TITLES["Crown Prince"], GIVEN_NAME_TITLES["crown prince"] = true, true

-- "Sir John" (a person of one word after "Sir") is the knight the article
-- named in full before with that given name; so is "Prince Faisal" the
-- prince, "Sheikh Tamim" the sheikh, "Cardinal Ignatius" the cardinal
-- (the people with a title only: the rules gave the word before as one;
-- a name of one word only once a full one is known, and by its title's
-- text: "Mr Lee" asks nothing)
local function knight (text, toks, e, st)
  local a, b = e.first_token, e.last_token
  if b > a then
    if a > 1 and GIVEN_NAME_HONORIFICS[t_key(toks, a - 1)] then
      local w = t_text(toks, a)
      st.full = st.full or {}
      if st.full[w] == nil then
        st.full[w] = e.canonical or text:sub(t_first(toks, a), t_last(toks, b))
      end
    end
  elseif st.full and GIVEN_NAME_TITLES[e.title] then
    local w = t_text(toks, a)
    if st.full[w] and (not e.canonical or e.canonical == w) then e.canonical = st.full[w] end
  end
end

-- entities and the names found again, in order of first token (each list
-- is, as the engine and core.link_names make them): merged in one step an
-- entity, where a sort of both took a step per name moved; an entity
-- before a name found again at its token. (Lists out of order are sorted
-- as rules.by_first sorts entities, then adds.)
local function merged (entities, adds)
  local out, n, k, na, prev = {}, 0, 1, #adds, 0
  for i = 1, #entities do
    local e = entities[i]
    local f = e.first_token
    if f < prev then break end
    prev = f
    while k <= na and adds[k].first_token < f do
      local x = adds[k]
      if k > 1 and x.first_token < adds[k - 1].first_token then break end
      n = n + 1
      out[n] = x
      k = k + 1
    end
    n = n + 1
    out[n] = e
  end
  if n - k + 1 == #entities then
    for x = k, na do
      if x > 1 and adds[x].first_token < adds[x - 1].first_token then
        n = -1
        break
      end
      n = n + 1
      out[n] = adds[x]
    end
    if n == #entities + na then return out end
  end
  out = {}
  for i = 1, #entities do out[i] = entities[i] end
  for x = 1, na do out[#out + 1] = adds[x] end
  return rules_mod.by_first(out)
end

-- the rules that find a person by one word only: what the person does
local ONE_WORD_PEOPLE = { ["person.en.unknown_speaker"] = true,
                          ["person.en.age_apposition"] = true }

-- a person found by one word ("Saka, 22, said") that no rule read as a
-- full name is the last word of a capitalized pair elsewhere in the
-- article that no rule took: "Bukayo Saka opened the scoring" (the pair's
-- first word no common word, no list's place, body or nationality)
local function full_names (toks, entities, taken, dict)
  local want
  for ix = 1, #entities do
    local e = entities[ix]
    if ONE_WORD_PEOPLE[e.rule] and e.first_token == e.last_token then
      want = want or {}
      want[t_text(toks, e.first_token)] = true
    end
  end
  if not want then return entities end
  -- (not a word a person's full name found by a rule ends with)
  for ix = 1, #entities do
    local e = entities[ix]
    if e.label == "PERSON" and e.last_token > e.first_token then
      want[t_text(toks, e.last_token)] = nil
    end
  end
  if not next(want) then return entities end
  local added = false
  for _, i in ipairs(toks:among(want)) do
    local y = i - 1
    local w = t_text(toks, i)
    if y >= 1 and want[w] and not taken[y] and t_kind(toks, y) == "word" and
       t_is(toks, y, "cap") and not t_is(toks, y, "upper") and
       not is_common(t_key(toks, y)) and not TIME_BEFORE[t_key(toks, y)] then
      local ok = true
      for _, r in ipairs(dict(y, y, true)) do
        if r.label == "GPE" or r.label == "LOC" or r.label == "ORG" or r.label == "NORP" or
           r.list == "titles" then
          ok = false
          break
        end
      end
      if ok then
        -- (the pair's last word may be a place a rule took: it is the name's)
        local at
        if taken[i] then
          for ix = 1, #entities do
            local e = entities[ix]
            if e.first_token == i and e.last_token == i and e.label ~= "PERSON" then at = ix end
          end
          ok = at ~= nil
        end
        if ok then
          local e = { first_token = y, last_token = i, label = "PERSON",
                      rule = "person.en.full_name_found" }
          if at then entities[at] = e else entities[#entities + 1] = e end
          taken[y], taken[i] = true, true
          want[w] = nil
          added = true
        end
      end
    end
  end
  return added and rules_mod.by_first(entities) or entities
end

-- (no reading: its fields read as nil)
local NO_READING = {}

-- the entities of a list but those of the set gone, in order
local function without (list, gone)
  local kept = {}
  for _, x in ipairs(list) do
    if not gone[x] then kept[#kept + 1] = x end
  end
  return kept
end

-- the last words of the people's names of two words or more, as written
local function last_names_of (toks, found)
  local last = {}
  for _, x in ipairs(found) do
    if x.label == "PERSON" and x.last_token > x.first_token then
      last[t_text(toks, x.last_token)] = true
    end
  end
  return last
end

-- a new entity of token i, which it takes
local function add_one_token (entities, taken, i, label, canonical, rule)
  entities[#entities + 1] = { first_token = i, last_token = i, label = label,
                              canonical = canonical, rule = rule }
  taken[i] = true
end

-- the entities of one token, by that token
local function one_token_entities (entities)
  local single = {}
  for _, e in ipairs(entities) do
    if e.first_token == e.last_token then single[e.first_token] = e end
  end
  return single
end

-- an entity's name: its canonical one, or its words as written
local function name_of (text, toks, e)
  return e.canonical or text:sub(t_first(toks, e.first_token), t_last(toks, e.last_token))
end

-- the particles of a family name: "van der Heijden", "de la Cruz"
-- (and Irish ones, their marks folded in the keys: "Ó", "Ní", "Mac")
local PARTICLES = { van = true, von = true, der = true, den = true, de = true,
  da = true, di = true, del = true, della = true, dos = true, das = true, du = true,
  la = true, le = true, ter = true, ten = true, al = true, el = true, o = true, ni = true,
  ui = true, nic = true, mac = true, mhic = true, zu = true }

-- whether token i opens a sentence, a paragraph or a quotation (after a
-- mark, not a word)
local function clause_first (toks, i)
  return i == 1 or t_is(toks, i, "para_before") or t_kind(toks, i - 1) == "punct" or
         t_kind(toks, i - 1) == "quote"
end

-- A family name with its particles: a person named by it is the person of
-- the longer name that ends so, whatever case its first particle has
-- ("Van der Heijden said", after "Ruud van der Heijden"); and a last name
-- found after its particles takes them ("… van der Heijden left", not
-- "Heijden")
-- (the rules of a last name a link found alone)
local LINKED_ALONE = { ["person.en.link_last_name"] = true, ["person.en.known_name_alone"] = true,
  ["person.en.link_said_it"] = true }
local function particle_names (text, toks, entities)
  -- (first the full names with a particle before the family name, "Ruud
  -- van der Heijden", "Khalid al-Mansouri", "Ciarán Ó Dálaigh": most
  -- articles have none, and then no other name is looked at)
  local people
  for k = 1, #entities do
    local p = entities[k]
    local pa, pb = p.first_token, p.last_token
    if pb >= pa + 2 and p.label == "PERSON" then
      for t = pb - 1, math.max(pa + 1, pb - 2), -1 do
        if t_is(toks, t, "lower") or PARTICLES[t_key(toks, t)] then
          people = people or {}
          people[#people + 1] = p
          break
        end
      end
    end
  end
  if not people then return entities end
  for ix = 1, #entities do
    local e = entities[ix]
    local a, b = e.first_token, e.last_token
    -- (a last name the links found alone: its particles, in lower case or
    -- opening the sentence, "Von der Leyen said", "Ó Dálaigh said")
    local linked = b == a and LINKED_ALONE[e.rule]
    if e.label == "PERSON" and ((b > a and PARTICLES[t_key(toks, a)]) or
        (a > 1 and linked and PARTICLES[t_key(toks, a - 1)])) then
      -- (the particles before a last name: back over them)
      local from = a
      if linked then
        while from > 1 and PARTICLES[t_key(toks, from - 1)] and
              (t_is(toks, from - 1, "lower") or clause_first(toks, from - 1) or
               PARTICLES[t_key(toks, from - 2)]) and
              not t_is(toks, from, "newline_before") do
          from = from - 1
        end
      end
      local s = lower(text:sub(t_first(toks, from), t_last(toks, b)))
      for k = 1, #people do
        local p = people[k]
        local pa, pb = p.first_token, p.last_token
        if p ~= e and pb - pa > b - from then
          local c = name_of(text, toks, p)
          local lc = lower(c)
          if lc:sub(-#s - 1) == " " .. s then
            e.first_token = from
            e.canonical, e.rule = c, "person.en.link_last_name"
            break
          end
        end
      end
    end
  end
  return entities
end

-- the honorifics a name's word alone may have and stay the person's:
-- "plain" ones ("Mr Ong" of "Eugene Ong Wei Jie", "Ms Orawan" of "Orawan
-- Thepsuwan", as Thai news writes it) and ranks a given name takes ("Sir
-- Elton")
local HONORIFICS = { mr = "plain", mrs = "plain", ms = "plain", miss = "plain", dr = "plain",
  mx = "plain", sir = "rank", dame = "rank", khun = "rank" }
local function honorific (title)
  return HONORIFICS[lower(title):gsub("%.", "")]
end

-- map[key] = value, where no other value was set for key; false where
-- two were (a name a word stands for when only one does)
local function one_for (map, key, value)
  local had = map[key]
  if had == nil or had == value then map[key] = value else map[key] = false end
end

-- a person's middle name alone is that person when one person of the
-- article has it and no rule gave it another ("Kabeya, who …" after
-- "Trésor Kabeya Mutombo"; Spanish, Portuguese and African names are
-- said so)
local function middle_names (text, toks, entities, taken)
  local middles
  for k = 1, #entities do
    local p = entities[k]
    local pa, pb = p.first_token, p.last_token
    -- (a word in title case inside the name, first: most names have none)
    local any = false
    if pb >= pa + 2 and p.label == "PERSON" then
      for t = pa + 1, pb - 1 do
        if t_is(toks, t, "title") and t_kind(toks, t) == "word" then any = true break end
      end
    end
    -- (a name of words no list calls common: not a work's title, "In The
    -- Name Of The Father"; nor a hyphenated name's halves)
    for t = pa, any and pb or 0 do
      local kind = t_kind(toks, t)
      if kind == "hyphen" or (kind == "word" and is_common(t_key(toks, t))) then
        any = false
        break
      end
    end
    if any then
      local name = name_of(text, toks, p)
      middles = middles or {}
      for t = pa + 1, pb - 1 do
        if t_kind(toks, t) == "word" and t_is(toks, t, "title") then
          one_for(middles, t_text(toks, t), name)
        end
      end
    end
  end
  if not middles then return entities end
  for ix = 1, #entities do
    local e = entities[ix]
    local a = e.first_token
    -- (or with an honorific: "Mr Ong" of "Eugene Ong Wei Jie")
    if e.label == "PERSON" and a == e.last_token and
       (not e.title or honorific(e.title) == "plain") then
      local name = middles[t_text(toks, a)]
      if name and (e.canonical == nil or e.canonical == t_text(toks, a)) then
        e.canonical = name
      end
    end
  end
  -- (and where no rule read it: the word alone, no other capitalized word
  -- beside it)
  local added = false
  for _, i in ipairs(toks:among(middles)) do
    local name = middles[t_text(toks, i)]
    if name and not taken[i] and i < #toks and
       not (i > 1 and t_kind(toks, i - 1) == "word" and t_is(toks, i - 1, "cap") and
            not clause_first(toks, i)) and
       not (t_kind(toks, i + 1) == "word" and t_is(toks, i + 1, "cap")) then
      add_one_token(entities, taken, i, "PERSON", name, "person.en.link_middle_name")
      added = true
    end
  end
  return added and rules_mod.by_first(entities) or entities
end

-- words before a town that say it is a place
local PLACE_WORDS = { ["in"] = true, at = true, from = true, to = true, near = true,
  outside = true, around = true, into = true, across = true }

-- how many times the article writes word w (a capitalized one) inside a
-- sentence, not at its start
local function mid_capitals (toks, w)
  local n = 0
  for _, i in ipairs(toks:among({ [w] = true })) do
    if not clause_first(toks, i) then n = n + 1 end
  end
  return n
end

-- a firm's short name that is a common word, linked inside sentences
-- only (see link_names), at a sentence's start too before a verb or a
-- possessive: "Kestrel has raised …", "Kestrel's chief …"
local SHORT_NEXT = { has = true, had = true, is = true, was = true, said = true, says = true,
  will = true, would = true, ["'s"] = true, ["\226\128\153s"] = true, plans = true,
  reported = true, announced = true, expects = true, told = true, [","] = true }
local function sentence_shorts (toks, entities, taken, shorts)
  local n, added = #toks, false
  -- (the tokens the entities hold: the link search marks as taken words it
  -- then leaves, a sentence's first among them)
  local held = {}
  for ix = 1, #entities do
    local e = entities[ix]
    for t = e.first_token, e.last_token do held[t] = true end
  end
  for _, i in ipairs(toks:among(shorts)) do
    if not held[i] and i < n and SHORT_NEXT[t_key(toks, i + 1)] and clause_first(toks, i) then
      add_one_token(entities, taken, i, "ORG", shorts[t_text(toks, i)], "org.en.link_short_name")
      added = true
    end
  end
  return added and rules_mod.by_first(entities) or entities
end

-- Names the article has already given: later mentions of a person's last
-- name are that person ("Crosetto" -> Guido Crosetto), a surname written
-- first ("Wang" of "Wang Donghai") too, and a name found once by a rule is
-- that name, with that label, wherever else it stands (as written, or in
-- capitals in a headline; token by token, so a line break inside a name
-- does not hide it).
-- words of place before a town
local VENUE = { ["at"] = true, ["in"] = true, ["near"] = true, ["from"] = true,
  ["to"] = true, ["of"] = true, ["outside"] = true, ["into"] = true,
  ["visit"] = true, ["visited"] = true, ["visiting"] = true, ["across"] = true,
  ["throughout"] = true, ["around"] = true }
-- games, whose word after a place makes it the place: "the Rotterdam
-- football club"
local GAMES = { football = true, rugby = true, cricket = true, hockey = true,
  basketball = true, soccer = true, baseball = true, netball = true }
-- the last words of firms' names a place owns: "Abu Dhabi's Mubadala
-- Investment Company"
local FIRM_LAST = { company = true, fund = true, group = true, holdings = true,
  authority = true, investments = true, capital = true, bank = true, corporation = true,
  partners = true, airways = true, airlines = true }
-- nouns of bodies a place names before them, no side's: "the Abu Dhabi
-- fund", "Leeds council"
local PLACE_BODY_NOUNS = { fund = true, funds = true, firm = true, company = true,
  government = true, authorities = true, council = true, police = true, investor = true,
  investors = true, court = true, airport = true, port = true, university = true,
  hospital = true, bank = true, mayor = true, ruler = true, rulers = true, royal = true,
  family = true, officials = true, residents = true, region = true, city = true }
-- the last word of a competition's name, which a place before it opens
-- ("the Connacht Senior Cup final", "the Yorkshire League")
local COMPETITION_ENDS = { cup = true, league = true, championship = true,
  championships = true, trophy = true, shield = true, plate = true, games = true,
  open = true, series = true, conference = true, division = true }

-- what one holds in a firm: "shares in Kozan", "a stake in Kozan"
local SHARE_WORDS = { shares = true, stake = true, stakes = true, holding = true,
  holdings = true, investment = true, investments = true, stock = true }

-- whether one of the words of place in set comes right before token i
-- (not the "to" of "according to": "According to Meridian's team
-- principal" names no place)
local function after_place_word (set, toks, i)
  return i > 1 and set[t_key(toks, i - 1)] and
         not (i > 2 and t_key(toks, i - 2) == "according") or false
end

local PRIVATE_FORMS = { pty = true, pvt = true, proprietary = true, private = true }
-- the keys of a possessive's mark
local POSSESSIVE = { ["'s"] = true, ["\226\128\153s"] = true, ["'"] = true }

local function link_names (text, toks, entities, taken, dict)
  -- (the methods taken once: a method call on the token list costs a
  -- lookup through its metatable)
  local TEXT, IS, KEY = toks.text, toks.is, toks.key
  -- a company's short name: "Orbex Medical Industries Inc" is later "Orbex
  -- Medical", and "Orbex" when no list knows the word, it is no common word
  -- and no person of the article has it as last name (a family firm's name
  -- stays the person's); a one-word "person" with that name and no title
  -- ("Orbex said") is the company
  local last_names, shorts, short1, parties, shortn = nil, {}, {}, nil, nil
  local common_shorts                        -- (see sentence_shorts)
  local gpe_shorts                           -- town -> a firm's name it opens
  for ix = 1, #entities do
    local e = entities[ix]
    local a, b = e.first_token, e.last_token
    if e.label == "ORG" and b > a and CORP_TAIL[KEY(toks, b)] then
      local k = b
      while k > a and CORP_TAIL[KEY(toks, k)] do k = k - 1 end
      -- (and a private company's form in brackets: "Mothibi Platinum (Pty)
      -- Ltd" is "Mothibi Platinum")
      if k > a + 3 and KEY(toks, k) == ")" and KEY(toks, k - 2) == "(" and
         PRIVATE_FORMS[KEY(toks, k - 1)] then
        k = k - 3
      end
      -- (and its "&": "Banque Lavaux & Cie" is "Banque Lavaux"; not a
      -- person's name, "David Rubin & Partners")
      if k > a + 1 and KEY(toks, k) == "&" then
        k = k - 1
        for _, r in ipairs(dict(a, a, true)) do
          if r.list == "given_names" then k = b break end
        end
      end
      local names = not CORP_TAIL[KEY(toks, k)]
      for t = a, k do
        -- (a hyphen inside a word is of the name: "Al-Sahel SC")
        if not ((IS(toks, t, "cap") and t_kind(toks, t) == "word") or
                (t > a and t < k and t_kind(toks, t) == "hyphen" and
                 not IS(toks, t, "space_before") and not IS(toks, t + 1, "space_before"))) then
          names = false
          break
        end
      end
      if names then
        local canonical = name_of(text, toks, e)
        if k > a then
          shorts[#shorts + 1] = { a, k, canonical }
          shortn = shortn or {}
          shortn[text:sub(t_first(toks, a), t_last(toks, k))] = canonical
        end
        -- (and the name with some of its tail: "Trinetra Telecom" of
        -- "Trinetra Telecom Ltd", a name a head word's rule reads too)
        for j = math.max(k, a) + 1, b - 1 do
          if t_kind(toks, j) == "word" and IS(toks, j, "cap") then
            shortn = shortn or {}
            shortn[text:sub(t_first(toks, a), t_last(toks, j))] = canonical
          end
        end
        local key, w = KEY(toks, a), TEXT(toks, a)
        last_names = last_names or last_names_of(toks, entities)
        -- (a small town's name may be one: "Albion" of "Albion Airways")
        -- (d: false for a short or common word, nil where no list knows it)
        local d = #key > 2 and not is_common(key) and dict(a, a)
        -- (a common word too, where the article writes it with its
        -- capital inside sentences twice or more: "Kestrel's chief", "said
        -- Kestrel has", of "Kestrel Energy Systems")
        if d == false and #key > 3 and is_common(key) and not IS(toks, a, "upper") and
           mid_capitals(toks, w) >= 2 then
          d = nil
          common_shorts = common_shorts or {}
          common_shorts[w] = canonical
        end
        -- (a town's name a rule read as the town: "Kozan" of "Kozan
        -- Chemical Industries", see below)
        if d and d.label == "GPE" and d.kind == "city" and
           (gazetteer.population(d) or 1e9) < 500000 and not IS(toks, a, "upper") then
          gpe_shorts = gpe_shorts or {}
          one_for(gpe_shorts, w, canonical)
        end
        -- (a family's name too: "Halvorsen" of "Halvorsen Maritime ASA")
        if d ~= false and
           (not d or d.list == "surnames" or
            (d.label == "GPE" and d.kind == "city" and
             (gazetteer.population(d) or 1e9) < 100000)) and
           not IS(toks, a, "upper") and not last_names[w] and short1[w] == nil then
          shorts[#shorts + 1] = { a, a, canonical }
          short1[w] = canonical
        end
      end
    elseif e.label == "ORG" and b == a + 1 and KEY(toks, b) == "party" and
           IS(toks, a, "cap") and not IS(toks, a, "upper") and short1[TEXT(toks, a)] == nil then
      -- a party's short name: "National" after "the National Party"
      local canonical = name_of(text, toks, e)
      shorts[#shorts + 1] = { a, a, canonical }
      short1[TEXT(toks, a)] = canonical
      parties = parties or {}
      parties[TEXT(toks, a)] = canonical
    end
  end
  -- (and wherever a rule found it as a body: not the newspaper "The
  -- National")
  if parties then
    for ix = 1, #entities do
      local e = entities[ix]
      local p = e.label == "ORG" and e.first_token == e.last_token and
                parties[TEXT(toks, e.first_token)]
      if p and not IS(toks, e.first_token, "upper") then
        e.canonical, e.kind, e.rule = p, nil, "org.en.link_short_name"
      end
    end
  end
  -- a firm's first word that is a town's name is the firm where no word
  -- of place comes before it: "Kozan's shares jumped", not "a plant in
  -- Kozan"
  if gpe_shorts then
    for _, e in ipairs(entities) do
      local a = e.first_token
      local c = e.label == "GPE" and a == e.last_token and gpe_shorts[TEXT(toks, a)]
      -- (shares are in a firm: "Shares in Kozan fell")
      if c and not (after_place_word(VENUE, toks, a) and
                    not (a > 2 and SHARE_WORDS[KEY(toks, a - 2)])) and
         not (a < #toks and t_kind(toks, a + 1) == "word" and IS(toks, a + 1, "cap")) then
        e.label, e.canonical, e.rule = "ORG", c, "org.en.link_short_name"
      end
    end
  end
  if #shorts > 0 then
    for _, e in ipairs(entities) do
      local a = e.first_token
      -- (or a body's word a rule read alone: "Sandline shareholders")
      -- (or a body's of its words no list knows: "Banque Lavaux" after
      -- "Banque Lavaux & Cie")
      -- (or a place no list knows a rule read after "in", before its
      -- possessive: "a change in Nimbara's licensing terms", not "a plant
      -- in Tromvik")
      if (e.label == "PERSON" and not e.title) or
         (e.label == "GPE" and e.rule == "gpe.en.unknown_after_in" and a == e.last_token and
          POSSESSIVE[KEY(toks, a + 1)]) or
         (e.label == "ORG" and (e.rule == "org.en.said_it" or
                                a == e.last_token and
                                (e.canonical == nil or e.canonical == TEXT(toks, a)) or
                                a < e.last_token and shortn and e.rule ~= "org.en.dict" and
                                (e.canonical == nil or
                                 e.canonical == text:sub(t_first(toks, a),
                                                         t_last(toks, e.last_token))))) then
        -- (a "person" of the short name's words: "Tollmere Mining said")
        local canonical = a == e.last_token and short1[TEXT(toks, a)] or
                          shortn and shortn[text:sub(t_first(toks, a), t_last(toks, e.last_token))]
        if canonical then
          e.label, e.canonical, e.rule = "ORG", canonical, "org.en.link_short_name"
        end
      end
    end
  end
  -- a one-word speaker no list knows ("…, Icstis said") is the body the
  -- article names so elsewhere ("regulator Icstis"), and a word no list
  -- knows that "said it" made a body ("Lee said it was …") is the person
  -- of that last name
  local guesses
  for ix = 1, #entities do
    local r = entities[ix].rule
    if r == "person.en.unknown_speaker" or r == "org.en.said_it" then guesses = true break end
  end
  if guesses then
    -- (the person named before it)
    local people, orgs = {}, {}
    for ix = 1, #entities do
      local e = entities[ix]
      local p = e.rule == "org.en.said_it" and e.first_token == e.last_token and
                people[TEXT(toks, e.first_token)]
      if p then
        e.label, e.canonical, e.rule = "PERSON", p.canonical, "person.en.link_said_it"
      elseif e.label == "ORG" and e.first_token == e.last_token then
        orgs[TEXT(toks, e.first_token)] = e
      elseif e.label == "PERSON" and e.last_token > e.first_token then
        people[TEXT(toks, e.last_token)] = e
      end
    end
    for ix = 1, #entities do
      local e = entities[ix]
      local o = e.rule == "person.en.unknown_speaker" and e.first_token == e.last_token and
                orgs[TEXT(toks, e.first_token)]
      if o then
        e.label, e.canonical, e.kind, e.rule = "ORG", o.canonical, o.kind, "org.en.link_speaker"
      end
    end
  end
  entities = full_names(toks, entities, taken, dict)
  -- the names the article gives, and where it names them again
  -- (core.link_names: a person's or a body's full name, a person's last
  -- name, a company's short name)
  local found, alone = core.link_names(toks, entities, taken, dict, shorts, MONTHS, TIME_BEFORE)
  if not found then return entities end
  -- (not "Mrs Blair" for Tony Blair: an honorific of the other sex than
  -- the full name's given name)
  local function other_sex (title, first)
    local want = data.title_sex(title)
    if not want then return false end
    for _, r in ipairs(dict(first, first, true)) do
      -- (a name of either sex, "gender=f|m", says nothing)
      if r.list == "given_names" and r.extra and r.extra:find("gender=", 1, true) then
        local sex = data.name_sex(r.extra)
        return sex ~= nil and sex ~= want
      end
    end
    return false
  end
  local adds = {}
  for f = 1, #found, 6 do
    local i, j, what, canonical, from, one = found[f], found[f + 1], found[f + 2],
      found[f + 3], found[f + 4], found[f + 5]
    local label, rule = LINKED_LABEL[what], LINKED_RULE[what]
    if one then
      -- a one-word place that is also a person's name here is the person
      -- (in a dateline or headline in capitals the place stays a place)
      one = entities[one]
      -- (so is a body's short name a list gives: "Costa" after "António
      -- Costa" is not Costa Coffee; "Dell" is Dell)
      -- (a town's team that is a person's last name here is the person:
      -- "after Ruiz beat Brandt", after "Alvaro Ruiz")
      if label == "PERSON" and (one.label == "GPE" or one.label == "LOC" or
                                (one.label == "ORG" and one.rule:find("^org%.en%.team_")) or
                                (one.label == "ORG" and one.rule == "org.en.dict" and
                                 one.canonical and i == j and
                                 one.canonical ~= TEXT(toks, i) and
                                 canonical ~= TEXT(toks, i) and
                                 (dict(i, i) or NO_READING).kind ~= "party")) and
         not IS(toks, i, "upper") then
        one.label, one.canonical, one.kind, one.rule = "PERSON", canonical, nil, rule
      elseif what == 4 and one.label == "GPE" and one.rule == "gpe.en.dict" and
             not IS(toks, i, "upper") and
             not after_place_word(PLACE_WORDS, toks, i) and
             (dict(i, j) or NO_READING).kind == "city" then
        -- (a firm's short name that is also a town's is the firm's where
        -- nothing says it is a place: "Albion said" after "Albion Air plc")
        one.label, one.canonical, one.kind, one.rule = "ORG", canonical, nil, rule
      elseif label == "PERSON" and one.label == "PERSON" and
             rule == "person.en.link_last_name" and
             (one.canonical == nil or
              one.canonical == (i == j and TEXT(toks, i) or
                                text:sub(t_first(toks, i), t_last(toks, j)))) then
        -- (a last name a rule found alone: "Corbett said", "Mr Corbett";
        -- of the other sex than the full name's given name, another
        -- person's of that name: "Mrs Boyd" after "Kieran Boyd" and
        -- "Angela Boyd")
        if not (from and other_sex(one.title, from)) then
          one.canonical = canonical
        else
          local w = TEXT(toks, j)
          for _, p in ipairs(entities) do
            if p.label == "PERSON" and p.last_token > p.first_token and
               TEXT(toks, p.last_token) == w and not other_sex(one.title, p.first_token) then
              local c = name_of(text, toks, p)
              if c ~= canonical then
                one.canonical = c
                break
              end
            end
          end
        end
      end
    -- (a short name of one word is none before another name, "National
    -- Grid", nor a sentence's first word before a lower-case one,
    -- "National security is …")
    elseif not (what == 4 and i == j and j < #toks and
                ((IS(toks, j + 1, "cap") and t_kind(toks, j + 1) == "word") or
                 ((i == 1 or IS(toks, i, "newline_before") or IS(toks, i - 1, "terminal")) and
                  IS(toks, j + 1, "lower") and KEY(toks, j + 1) ~= "'s" and
                  KEY(toks, j + 1) ~= "\226\128\153s" and
                  (dict(j + 1, j + 1) or NO_READING).label ~= "reporting_verb"))) then
      adds[#adds + 1] = { first_token = i, last_token = j, label = label,
                          canonical = canonical, rule = rule }
    end
  end
  -- (a last name that is a title before a person's name is the title:
  -- "King Abdullah II" after "Martin Luther King Jr."; so is a name that
  -- opens a person's title: "Senate Majority Leader John Thune" after "the
  -- Senate")
  if #adds > 0 then
    local starts
    for x = #adds, 1, -1 do
      local ad = adds[x]
      if not starts then
        starts = {}
        for ix = 1, #entities do
          local e = entities[ix]
          if e.label == "PERSON" then starts[e.first_token] = e end
        end
      end
      local b = ad.last_token
      if ad.label == "PERSON" and starts[b + 1] and ad.first_token == b and
         (dict(b, b) or NO_READING).list == "titles" then
        table.remove(adds, x)
      else
        for k = 1, 3 do
          local e = starts[b + k]
          if e then
            if e.title and lower(text:sub(t_first(toks, ad.first_token),
                                          t_last(toks, b + k - 1))) == lower(e.title) then
              table.remove(adds, x)
            end
            break
          end
        end
      end
    end
  end
  entities = particle_names(text, toks, merged(entities, adds))
  -- a company's short name of several words is the company where a place
  -- or a body the lists know holds its first words: "Great Lakes
  -- Provisions said" after "Great Lakes Provisions Co." (not "the Great
  -- Lakes")
  if #shorts > 0 then
    local n, by_first = #toks, nil
    for _, sh in ipairs(shorts) do
      if sh[2] > sh[1] then
        by_first = by_first or {}
        local w = TEXT(toks, sh[1])
        by_first[w] = by_first[w] or {}
        local l = by_first[w]
        l[#l + 1] = sh
      end
    end
    if by_first then
      for ix = 1, #entities do
        local e = entities[ix]
        local a = e.first_token
        local cands = (e.label == "LOC" or e.label == "GPE" or e.label == "ORG") and
                      by_first[TEXT(toks, a)]
        if cands then
          local nx = entities[ix + 1]
          for _, sh in ipairs(cands) do
            local len = sh[2] - sh[1]
            local z = a + len
            local ok = sh[1] ~= a and z > e.last_token and z <= n and
                       (not nx or nx.first_token > z)
            for t = 1, len do
              if not ok then break end
              ok = TEXT(toks, a + t) == TEXT(toks, sh[1] + t)
            end
            if ok then
              e.label, e.last_token, e.canonical, e.kind, e.rule =
                "ORG", z, sh[3], nil, "org.en.link_short_name"
              break
            end
          end
        end
      end
    end
  end
  -- (a hyphenated family name named again is whole: "Ferrand-Lacoste" of
  -- "Jean-Baptiste Ferrand-Lacoste", not "Lacoste")
  -- (a place or a body a list read in its first half goes: "Ferrand")
  local single, gone
  for ix = 1, #entities do
    local e = entities[ix]
    local a = e.first_token
    if e.label == "PERSON" and a == e.last_token and a > 2 and e.canonical and
       t_kind(toks, a - 1) == "hyphen" and not IS(toks, a - 1, "space_before") and
       not IS(toks, a, "space_before") then
      local whole = TEXT(toks, a - 2) .. "-" .. TEXT(toks, a)
      local c = e.canonical
      if #c > #whole and c:sub(-#whole) == whole and c:sub(-#whole - 1, -#whole - 1) == " " then
        local x
        if taken[a - 2] then
          single = single or one_token_entities(entities)
          x = single[a - 2]
          if not (x and x.label ~= "PERSON" and x.last_token == a - 2) then x = false end
        end
        if x ~= false then
          if x then
            gone = gone or {}
            gone[x] = true
          end
          e.first_token = a - 2
          taken[a - 2], taken[a - 1] = true, true
        end
      end
    end
  end
  if gone then entities = without(entities, gone) end
  -- a person's two family names alone, which a rule read as a body:
  -- "Teixeira Lobo told Reuters" after "Mariana Teixeira Lobo"
  local tails
  for ix = 1, #entities do
    local e = entities[ix]
    if e.label == "PERSON" and e.last_token - e.first_token >= 2 then
      local b = e.last_token
      tails = tails or {}
      tails[TEXT(toks, b - 1) .. " " .. TEXT(toks, b)] = e.canonical or name_of(text, toks, e)
    end
  end
  if tails then
    for ix = 1, #entities do
      local e = entities[ix]
      local a = e.first_token
      local c = e.label == "ORG" and e.last_token == a + 1 and e.rule == "org.en.town_name" and
                tails[TEXT(toks, a) .. " " .. TEXT(toks, a + 1)]
      if c then
        e.label, e.canonical, e.rule, e.kind = "PERSON", c, "person.en.link_last_name", nil
      end
      -- (and the last one found alone after the other, a word no entity
      -- has: "Solheim Vik told NRK")
      if e.label == "PERSON" and e.last_token == a and a > 1 and not taken[a - 1] and
         e.rule == "person.en.link_last_name" and t_kind(toks, a - 1) == "word" and
         IS(toks, a - 1, "title") then
        local t2 = tails[TEXT(toks, a - 1) .. " " .. TEXT(toks, a)]
        if t2 and t2 == e.canonical then
          e.first_token = a - 1
          taken[a - 1] = true
        end
      end
    end
  end
  entities = middle_names(text, toks, entities, taken)
  if common_shorts then entities = sentence_shorts(toks, entities, taken, common_shorts) end
  return entities, alone
end

-- A body the lists name after its country, whose name as written is a
-- common one ("Senate" is the US Senate, "Treasury" HM Treasury, "Supreme
-- Court" the Supreme Court of the United States): in an article that
-- names other countries and never that one, it is another country's body,
-- named as written ("the Senate" of an Australian election).
local HOME_MARKS = {
  { "US", "^US " }, { "US", "^U%.S%. " }, { "US", " of the United States$" },
  { "GB", "^HM " }, { "GB", "^UK " }, { "GB", " of the United Kingdom$" } }
-- (each canonical name is asked once: the answers are kept, as many as
-- the lists have names)
local home_mark = setmetatable({}, { __index = function (t, c)
  local h = false
  for i = 1, #HOME_MARKS do
    if c:find(HOME_MARKS[i][2]) then h = HOME_MARKS[i][1] break end
  end
  t[c] = h
  return h
end })

-- the country (two letters) of a reading of a place, a people or a body
local function home_of (r)
  if not r then return nil end
  local h = r._home
  if h == nil then
    local x = r.extra or ""
    h = x:match("iso=(%u%u)") or x:match("country=(%u%u)") or false
    r._home = h
  end
  return h or nil
end

local function local_bodies (entities, dict)
  local homes
  for ix = 1, #entities do
    local e = entities[ix]
    local c = e.label == "ORG" and e.canonical
    if c and c ~= e.text then
      local h = home_mark[c]
      -- (or its country after "of": "National Assembly" is the "National
      -- Assembly of France" of the lists, the reading's country)
      if not h and #c > #e.text + 3 then
        local w0 = e.text:gsub("^[Tt]he ", "")
        if c:sub(1, #w0 + 4) == w0 .. " of " then
          h = home_of(dict(e.first_token, e.last_token))
        end
      end
      -- (its name as written is in the lists' name: not an acronym, "UKIF")
      local w = h and e.text:gsub("^[Tt]he ", "")
      if h and not w:find(h, 1, true) and c:find(w, 1, true) then
        if not homes then
          -- (the countries the article names: its places, peoples and
          -- other bodies; another country named twice)
          homes = {}
          for k = 1, #entities do
            local x = entities[k]
            local l = x.label
            if (l == "GPE" or l == "NORP" or l == "ORG") and x ~= e then
              local xh = home_of(dict(x.first_token, x.last_token))
              if xh and not (l == "ORG" and home_mark[x.canonical or ""]) then
                homes[xh] = (homes[xh] or 0) + 1
              end
            end
          end
        end
        -- (another country named twice, where this one is not named, or
        -- three times where this one is named once: "the U.S." in a
        -- Mexican story)
        local other, nh = false, homes[h] or 0
        for xh, nx in pairs(homes) do
          if xh ~= h and nh <= 1 and nx >= 2 + nh then other = true break end
        end
        if other then
          -- (the longer name of the article's own that it opens: "Supreme
          -- Court" after "the Supreme Court of Justice of the Nation")
          local own = w
          for k = 1, #entities do
            local x = entities[k]
            local xc = x.label == "ORG" and x.canonical
            if xc and xc ~= c and #xc > #own and xc:sub(1, #w + 4) == w .. " of " and
               not home_mark[xc] then
              own = xc
            end
          end
          e.canonical = own
        end
      end
    end
  end
end

-- A sports report: the towns and counties it names as subjects, in
-- results and in tables are the teams; venues ("at X", "X:" after "At")
-- and datelines stay places, and so do countries (national sides are
-- named for their country). A town that plays somewhere in the article
-- plays everywhere in it.
local SPORT_WORDS = { cricket = true, soccer = true, football = true,
  baseball = true, basketball = true, rugby = true, hockey = true,
  ["ice hockey"] = true, volleyball = true, handball = true, league = true,
  championship = true, cup = true, nfl = true, nba = true, nhl = true,
  mlb = true, innings = true, wickets = true, goals = true, scorers = true,
  standings = true, fixtures = true, match = true,
  midfielder = true, striker = true, goalkeeper = true, winger = true,
  quarterback = true, batsman = true }
-- (and words of a game a report's first paragraphs have, two of them)
-- ("results" too: exams and firms have them, "A-level results 2025")
local LEDE_SPORT_WORDS = { tries = true, scored = true, results = true, ["play-off"] = true,
  ["play-offs"] = true, playoff = true, playoffs = true, ["half-time"] = true,
  ["second-half"] = true, ["first-half"] = true, ["semi-final"] = true,
  ["quarter-final"] = true, derby = true, touchdown = true, inning = true,
  ["hat-trick"] = true, equaliser = true, equalizer = true, ["stoppage-time"] = true,
  ["injury-time"] = true, unbeaten = true, relegation = true, promotion = true,
  visitors = true, hosts = true, ["fly-half"] = true, ["scrum-half"] = true }

-- months and their short forms after a dateline's comma
local DATELINE_MONTHS = {}
for w in ("january february march april may june july august september october " ..
          "november december jan feb mar apr jun jul aug sep sept oct nov dec jan. " ..
          "feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec."):gmatch("%S+") do
  DATELINE_MONTHS[w] = true
end
-- (what follows a dateline's place: "CHENNAI, March 3", "CHENNAI: …")
local DATELINE_MARKS = { [","] = true, [":"] = true, ["-"] = true, ["("] = true,
  ["\226\128\148"] = true, ["\226\128\147"] = true }
local LOST_TO = { loss = true, losses = true, defeat = true, defeats = true,
  lost = true, lose = true, beaten = true, draw = true, drew = true,
  slumped = true, succumbed = true, fell = true }

-- words of a player's move before "from" or "to" and a club
local TRANSFER = { joined = true, join = true, joins = true, joining = true, move = true,
  switch = true, loan = true, loaned = true, signed = true }
local MOVE_BEFORE = { a = true, the = true, his = true, her = true, their = true,
  ["'s"] = true, ["\226\128\153s"] = true, permanent = true, possible = true,
  proposed = true, loan = true, shock = true, surprise = true }

local TEAM_RULE = setmetatable({}, { __index = function (t, id)
  local is = id:find("^org%.en%.team_") ~= nil or id:find("^org%.en%.side_") ~= nil
  t[id] = is
  return is
end })

-- the kind the lists give a body, by its canonical name ("club",
-- "league", …; asked once a matcher: the same bodies come back article
-- after article)
local LISTED_KIND = setmetatable({}, { __mode = "k" })  -- matcher -> { [name] = kind|false }
local function listed_kind (e, dict, matcher)
  local kinds = LISTED_KIND[matcher]
  if not kinds or kinds.n >= 4096 then
    kinds = { n = 0 }
    LISTED_KIND[matcher] = kinds
  end
  local c = e.canonical
  local kind = kinds[c]
  if kind == nil then
    kind = (dict(e.first_token, e.last_token) or NO_READING).kind or false
    kinds[c], kinds.n = kind, kinds.n + 1
  end
  return kind
end

-- Whether the article is a sports report (sides found playing in two
-- places, or clubs and leagues the lists know, two of them: "Hearts
-- drew with St Mirren", "… in the Bundesliga"; or a sports word in the
-- first line); when it is not, the sides that only a sports report
-- would name (nicknames, "Leeds fans") go.
-- whether a word is a side's plural nickname's shape: "Highlanders" (not
-- "Class", nor a short word)
local function plural_nickname (w)
  return #w >= 5 and w:byte(-1) == 115 and w:byte(-2) ~= 115
end

local function sports_report (toks, found, dict, matcher)
  local nteam, only, seen = 0, false, nil
  for ix = 1, #found do
    local e = found[ix]
    local c = e.canonical
    if e.sports_only then only = true
    elseif e.rule and c and (TEAM_RULE[e.rule] or e.rule == "org.en.dict") then
      local kind = e.rule ~= "org.en.dict" and "club" or listed_kind(e, dict, matcher)
      if (kind == "club" or kind == "league") and not (seen and seen[c]) then
        seen = seen or {}
        seen[c], nteam = true, nteam + 1
      end
    end
  end
  local sports = nteam >= 2
  if not sports then
    for i = 1, math.min(#toks, 12) do
      if t_is(toks, i, "newline_before") and i > 1 then break end
      if SPORT_WORDS[t_key(toks, i)] then sports = true break end
    end
  end
  -- (or two words of a game in the first paragraphs, in an article that
  -- names a side: "scored two second-half tries as …"; a key is folded
  -- and copied at each ask, so articles that name none are not read)
  -- (or where a body's name ends in a plural word in capitals, a side's
  -- nickname as "Jos Highlanders" may be: the same two words)
  local plural_named = false
  if not sports and not only and nteam == 0 then
    for ix = 1, #found do
      local e = found[ix]
      local b = e.last_token
      if e.label == "ORG" and b == e.first_token + 1 and t_is(toks, b, "title") and
         plural_nickname(t_text(toks, b)) then
        plural_named = true
        break
      end
    end
  end
  if not sports and (only or nteam == 1 or plural_named) then
    local words, hits = {}, 0
    for i = 1, math.min(#toks, 90) do
      local k = t_key(toks, i)
      if (SPORT_WORDS[k] or LEDE_SPORT_WORDS[k]) and not words[k] then
        words[k], hits = true, hits + 1
        if hits >= 2 then sports = true break end
      end
    end
  end
  -- (most articles have no side that only a sports report names: nothing
  -- to drop, no mark to take off)
  if not only then return sports, found end
  if not sports then
    local kept = {}
    for ix = 1, #found do
      local e = found[ix]
      if not e.sports_only then kept[#kept + 1] = e end
    end
    found = kept
  end
  for ix = 1, #found do found[ix].sports_only = nil end
  return sports, found
end

-- whether the article names two clubs the lists know ("Arsenal signed …
-- from Real Sociedad"): a player's moves in it name clubs
local function two_clubs (found, dict, matcher)
  local club
  for ix = 1, #found do
    local e = found[ix]
    local c = e.canonical
    if e.label == "ORG" and e.rule == "org.en.dict" and c and
       listed_kind(e, dict, matcher) == "club" and c ~= club then
      if club then return true end
      club = c
    end
  end
  return false
end

-- in a sports report, a town of any size with a plural verb, which no
-- rule took for a place (a small town needs a cue): "Burnley have signed",
-- "Wigan were beaten" (a town takes "has" and "was"; not a common word,
-- "Many have", nor after a word of place, "fans in Wigan were")
local PLURAL_VERB = { have = true, are = true, were = true }
local function sides_by_verb (toks, found, dict, taken)
  local added = false
  for t = 1, #toks - 1 do
    if t_is(toks, t, "cap") and not taken[t] and PLURAL_VERB[t_key(toks, t + 1)] and
       t_kind(toks, t) == "word" and not t_is(toks, t, "upper") then
      local key = t_key(toks, t)
      local d = not is_common(key) and
                not (t > 1 and (VENUE[t_key(toks, t - 1)] or
                                (t_kind(toks, t - 1) == "word" and t_is(toks, t - 1, "cap") and
                                 not t_is(toks, t, "para_before")))) and dict(t, t)
      if d and d.label == "GPE" and d.kind == "city" then
        add_one_token(found, taken, t, "ORG", d.canonical, "org.en.team_in_article")
        added = true
      end
    end
  end
  return added and rules_mod.by_first(found) or found
end

-- the players' roles a side's name goes before ("Cwmtawe captain Ann
-- Lee", "Acme Rovers flanker Tom Ray")
local SIDE_ROLES = { captain = true, skipper = true, coach = true, manager = true,
  boss = true, striker = true, midfielder = true, defender = true, goalkeeper = true,
  keeper = true, winger = true, wing = true, forward = true, flanker = true, lock = true,
  prop = true, hooker = true, centre = true, ["fly-half"] = true, ["scrum-half"] = true,
  ["full-back"] = true, batsman = true, bowler = true, opener = true, player = true }

-- in a sports report, words no list knows that play: a pair a rule took
-- for a person ("Dyffryn Teifi were penalised", "Dyffryn Teifi flanker
-- Ann Lee") is a side wherever the article names it, and so is one word
-- before a player's role and a person ("Cwmtawe captain Ann Lee")
local function unknown_sides (toks, found, dict, taken)
  local n = #toks
  local person_at, sides, added = {}, nil, false
  -- (a name's words, as the rules leave them: the canonical name is given
  -- later, where there is none)
  local function name (e)
    if e.canonical then return e.canonical end
    local w = {}
    for t = e.first_token, e.last_token do w[#w + 1] = t_text(toks, t) end
    return table.concat(w, " ")
  end
  for ix = 1, #found do
    local e = found[ix]
    if e.label == "PERSON" then person_at[e.first_token] = e end
  end
  -- (a role's words, then a person: the person's entity, or nil)
  local function role_then_person (t)
    if t > n or not SIDE_ROLES[t_key(toks, t)] or not t_is(toks, t, "lower") then
      return nil
    end
    return person_at[t + 1] or (t + 3 <= n and t_key(toks, t + 1) == "of" and person_at[t + 3])
  end
  for ix = 1, #found do
    local e = found[ix]
    local a, b = e.first_token, e.last_token
    if e.label == "PERSON" and e.rule == "person.en.unknown_pair" and b < n then
      local nk, prev = t_key(toks, b + 1), a > 1 and t_key(toks, a - 1)
      -- (not a score after it: "beat Ryo Takemura 21-15" is a player's)
      if (PLURAL_VERB[nk] and prev ~= "and" and prev ~= ",") or role_then_person(b + 1) then
        sides = sides or {}
        sides[name(e)] = true
      end
    elseif e.label == "PERSON" and a > 2 and not taken[a - 2] and role_then_person(a - 1) == e and
           t_kind(toks, a - 2) == "word" and t_is(toks, a - 2, "cap") and
           not t_is(toks, a - 2, "upper") and not is_common(t_key(toks, a - 2)) and
           not dict(a - 2, a - 2) and (a == 3 or t_kind(toks, a - 3) ~= "word" or
                                       t_is(toks, a - 3, "lower")) then
      local w = t_text(toks, a - 2)
      add_one_token(found, taken, a - 2, "ORG", w, "org.en.team_in_article")
      added = added or {}
      added[w] = true
    end
  end
  -- (and the word is the side wherever else the article has it: "as
  -- Cwmtawe recovered")
  if added then
    for t = 1, n do
      if not taken[t] and t_kind(toks, t) == "word" then
        local w = t_text(toks, t)
        if added[w] then add_one_token(found, taken, t, "ORG", w, "org.en.team_in_article") end
      end
    end
  end
  if sides then
    for ix = 1, #found do
      local e = found[ix]
      if e.label == "PERSON" and e.last_token - e.first_token <= 3 and sides[name(e)] then
        e.label, e.rule = "ORG", "org.en.team_in_article"
      end
    end
  end
  return added and rules_mod.by_first(found) or found
end

-- in a sports report, a town is the one club the lists know whose name
-- it opens, named in the article: "Tranmere" after "Tranmere Rovers",
-- "Crewe" after "Crewe Alexandra" (not a town two clubs' names open:
-- "Manchester")
local function town_clubs (toks, found, dict, matcher, taken)
  local clubs
  for ix = 1, #found do
    local e = found[ix]
    local c = e.canonical
    -- (not "All" of the "All Blacks")
    if e.label == "ORG" and e.rule == "org.en.dict" and c and c:find(" ", 1, true) and
       listed_kind(e, dict, matcher) == "club" and t_key(toks, e.first_token) ~= "all" then
      clubs = clubs or {}
      one_for(clubs, c:match("^(%S+) "), c)
    end
  end
  if not clubs then return found end
  for ix = 1, #found do
    local e = found[ix]
    local c = e.canonical
    -- (not a dateline's town in capitals: "PHILADELPHIA (AP) -")
    -- (nor a town after a word of place: "In Seattle, …", "fans in
    -- Philadelphia")
    local a = e.first_token
    -- (or a side another mention of it named: "Hull" after "beat Hull")
    local club = c and (e.label == "ORG" and (TEAM_RULE[e.rule] or e.rule == "org.en.link_name") or
                        e.label == "GPE" and not (a > 1 and VENUE[t_key(toks, a - 1)])) and
                 not t_is(toks, a, "upper") and clubs[c]
    if club then
      e.label, e.canonical, e.rule = "ORG", club, "org.en.team_in_article"
    end
  end
  -- (and the town where no rule read it: "after Crewe failed to clear")
  local added = false
  for t = 1, #toks do
    if not taken[t] and t_kind(toks, t) == "word" and t_is(toks, t, "cap") then
      local club = clubs[t_text(toks, t)]
      if club and not (t < #toks and t_kind(toks, t + 1) == "word" and
                       t_is(toks, t + 1, "cap")) and not (t > 1 and VENUE[t_key(toks, t - 1)]) then
        add_one_token(found, taken, t, "ORG", club, "org.en.team_in_article")
        added = true
      end
    end
  end
  return added and rules_mod.by_first(found) or found
end

-- in a sports report, a town and a plural noun in capitals is a side
-- no list knows: "Pretoria Capitals have dismissed …", "Paarl Royals
-- beat …" (the noun alone, a rule's side, goes into it)
local TOWN_KINDS = { city = true, capital = true, region = true, district = true }
local function town_plurals (toks, found, dict)
  local n, out, changed, nouns = #toks, {}, false, nil
  local ix = 1
  while ix <= #found do
    local e = found[ix]
    local b = e.last_token
    local nx = found[ix + 1]
    local k = b < n and t_key(toks, b + 1)
    if (e.label == "GPE" or (e.label == "ORG" and TEAM_RULE[e.rule])) and k and #k > 3 and
       k:sub(-1) == "s" and t_kind(toks, b + 1) == "word" and t_is(toks, b + 1, "title") and
       not (b + 1 < n and t_kind(toks, b + 2) == "word" and t_is(toks, b + 2, "cap")) and
       TOWN_KINDS[(dict(e.first_token, b) or NO_READING).kind] and
       (not nx or nx.first_token > b + 1 or
        (nx.first_token == b + 1 and nx.last_token == b + 1 and nx.label == "ORG")) then
      local d = dict(b + 1, b + 1)
      if not d or d.list == "common" or d.label == "ORG" then
        local words = {}
        for t = e.first_token, b + 1 do words[#words + 1] = t_text(toks, t) end
        local name = table.concat(words, " ")
        out[#out + 1] = { first_token = e.first_token, last_token = b + 1, label = "ORG",
                          canonical = name, rule = "org.en.team_in_article" }
        nouns = nouns or {}
        nouns[t_text(toks, b + 1)] = name
        if nx and nx.first_token == b + 1 then ix = ix + 1 end
        changed = true
      else
        out[#out + 1] = e
      end
    else
      out[#out + 1] = e
    end
    ix = ix + 1
  end
  if not changed then return found end
  -- (and the noun alone is that side: "beat the Capitals")
  for jx = 1, #out do
    local e = out[jx]
    local c = e.label == "ORG" and e.first_token == e.last_token and
              nouns[t_text(toks, e.first_token)]
    if c then e.canonical = c end
  end
  return out
end

-- the sides of names (word -> canonical name, false for two) where the
-- word stands alone in title case: no capitalized word or hyphen joined to
-- it ("Tri-Nations")
local function sides_alone (toks, found, taken, names)
  local added = false
  for _, i in ipairs(toks:among(names)) do
    local c = names[t_text(toks, i)]
    if c and not taken[i] and t_is(toks, i, "title") and
       not (i > 1 and (t_kind(toks, i - 1) == "hyphen" or
                       (t_kind(toks, i - 1) == "word" and t_is(toks, i - 1, "cap") and
                        not t_is(toks, i, "line_start")))) and
       not (i < #toks and t_kind(toks, i + 1) == "word" and t_is(toks, i + 1, "cap")) then
      add_one_token(found, taken, i, "ORG", c, "org.en.team_in_article")
      added = true
    end
  end
  return added and rules_mod.by_first(found) or found
end

-- a side a report names once alone is the side wherever its name stands
-- alone, in title case: "Fulham" (a town the lists read only with a cue)
local function sides_again (toks, found, taken)
  local names
  for ix = 1, #found do
    local e = found[ix]
    local a = e.first_token
    if e.label == "ORG" and a == e.last_token and e.rule and TEAM_RULE[e.rule] and
       e.canonical and t_is(toks, a, "title") then
      names = names or {}
      local w = t_text(toks, a)
      if names[w] == nil then names[w] = e.canonical
      elseif names[w] ~= e.canonical then names[w] = false end
    end
  end
  if not names then return found end
  return sides_alone(toks, found, taken, names)
end

local function teams_in_article (toks, found, dict, sports, matcher, taken, text)
  local teams = {}
  local nicknames = false
  for ix = 1, #found do
    local e = found[ix]
    if e.rule and TEAM_RULE[e.rule] then
      if e.canonical then teams[e.canonical] = true end
      if e.first_token == e.last_token then nicknames = true end
    end
  end
  -- a side's last word alone is the side the article names in full: "the
  -- Bucks" after "the Milwaukee Bucks" (one side of that last word); in a
  -- sports report also with no "the", where the lists know the club or its
  -- last word is a plural nickname: "Palace" of "Crystal Palace",
  -- "Highlanders levelled" after "Jos Highlanders"
  if sports or nicknames then
    local full
    for ix = 1, #found do
      local e = found[ix]
      local a, b = e.first_token, e.last_token
      if e.label == "ORG" and b > a and
         (TEAM_RULE[e.rule or ""] or (dict(a, b) or NO_READING).kind == "club" or
          (b == a + 1 and t_is(toks, b, "title") and plural_nickname(t_text(toks, b)) and
           not dict(b, b))) then
        full = full or {}
        local w, c = t_text(toks, b), e.canonical or name_of(text, toks, e)
        if full[w] == nil then full[w] = c
        elseif full[w] ~= c then full[w] = false end
      end
    end
    if full and sports then found = sides_alone(toks, found, taken, full) end
    if full and nicknames then
      for ix = 1, #found do
        local e = found[ix]
        local w = e.label == "ORG" and e.first_token == e.last_token and e.rule and
                  (TEAM_RULE[e.rule] or e.rule == "org.en.link_name") and
                  t_text(toks, e.first_token)
        if w and full[w] and (e.canonical == nil or e.canonical == w) then
          e.canonical = full[w]
        end
      end
    end
  end
  local moves = sports or two_clubs(found, dict, matcher)
  if not moves and not next(teams) then return found end
  for ix = 1, #found do
    local e = found[ix]
    if e.label == "GPE" and e.canonical then
      local a, b = e.first_token, e.last_token
      local play = teams[e.canonical]
      local before = not play and moves and a > 1 and t_key(toks, a - 1)
      -- (a player's move names clubs, whatever their town's size: "joined
      -- from Chelsea", "a move to Liverpool")
      if (before == "from" or before == "to") and a > 3 and TRANSFER[t_key(toks, a - 2)] and
         not (b < #toks and t_kind(toks, b + 1) == "hyphen") then
        -- ("move" as a noun: "a move to Liverpool", not "I will move to …")
        play = t_key(toks, a - 2) ~= "move" or MOVE_BEFORE[t_key(toks, a - 3)] or false
      end
      if not play and sports then
        local d = dict(a, b)
        local kind = d and d.kind
        -- a dateline: a place in capitals at a line start, a date after it
        -- (or in title case, a month after its comma: "Cape Town, Feb 11 —")
        local dateline = (a == 1 or t_is(toks, a, "newline_before")) and b < #toks and
                         (t_is(toks, a, "upper") and
                          (t_kind(toks, b + 1) == "number" or
                           DATELINE_MARKS[t_text(toks, b + 1)]) or
                          b + 2 <= #toks and t_key(toks, b + 1) == "," and
                          DATELINE_MONTHS[t_key(toks, b + 2)])
        -- (a village's name is more often someone's)
        local pop = d and gazetteer.population(d) or 0
        -- ("defeat to Hull", "lost to Leeds": a side, though after "to")
        local lost_to = before == "to" and a > 2 and LOST_TO[t_key(toks, a - 2)]
        play = (kind == "region" or kind == "district" or (kind == "city" and pop >= 100000)) and
               (lost_to or not VENUE[before]) and not dateline and before ~= "("
        -- (nor a place before its game's word, a body's noun or a body
        -- it owns: "the Rotterdam football club", "Abu Dhabi fund's move",
        -- "Abu Dhabi's Mubadala Investment Company")
        if play and b < #toks then
          local nk1 = t_key(toks, b + 1)
          if t_is(toks, b + 1, "lower") and (GAMES[nk1] or PLACE_BODY_NOUNS[nk1]) then
            play = false
          elseif POSSESSIVE[nk1] and b + 2 <= #toks then
            local nx = found[ix + 1]
            if nx and nx.first_token == b + 2 and nx.label == "ORG" and
               FIRM_LAST[t_key(toks, nx.last_token)] then
              play = false
            end
          end
        end
        -- (nor a place listed after one: "clubs in Sligo and Roscommon";
        -- after a comma, a list's word next: not "Everton visit Plymouth,
        -- Liverpool travel to Burnley")
        local prev = found[ix - 1]
        local nk = b < #toks and t_key(toks, b + 1)
        if play and prev and prev.last_token == a - 2 and prev.label == "GPE" and
           (before == "and" or (before == "," and (nk == "," or nk == "and" or nk == "or"))) then
          play = false
        end
        -- (nor a place that opens a competition's name: "the Connacht
        -- Senior Cup")
        for t = b + 1, math.min(b + 3, #toks) do
          if not play or t_kind(toks, t) ~= "word" or not t_is(toks, t, "cap") then break end
          if COMPETITION_ENDS[t_key(toks, t)] then play = false end
        end
      end
      -- (not a place in a word of its own: "the Auckland-born opener")
      if play and b < #toks and t_kind(toks, b + 1) == "hyphen" and
         not t_is(toks, b + 1, "space_before") and b + 2 <= #toks and
         t_is(toks, b + 2, "lower") then
        play = false
      end
      if play then e.label, e.rule = "ORG", "org.en.team_in_article" end
    end
  end
  if sports then
    found = unknown_sides(toks, found, dict, taken)
    found = sides_by_verb(toks, found, dict, taken)
    found = town_clubs(toks, found, dict, matcher, taken)
    found = town_plurals(toks, found, dict)
    -- (a town named with its country or state is the place: a dateline,
    -- "Leeds, England —", "Portland, Oregon")
    local n = #toks
    for ix = 1, #found do
      local e = found[ix]
      local a, b = e.first_token, e.last_token
      if e.label == "ORG" and a == b and (TEAM_RULE[e.rule] or e.rule == "org.en.link_name") then
        local d = dict(a, b)
        local place
        if d and d.label == "GPE" and b + 2 <= n and t_key(toks, b + 1) == "," then
          local c = dict(b + 2, b + 2)
          place = c and c.label == "GPE" and c.kind ~= "city" and c.kind ~= "district"
        end
        -- (and the state after its town: "Portland, Oregon")
        if d and d.label == "GPE" and d.kind ~= "city" and a > 2 and
           t_key(toks, a - 1) == "," then
          local c = dict(a - 2, a - 2)
          place = place or (c and c.label == "GPE" and c.kind == "city")
        end
        if place then
          e.label, e.canonical, e.kind, e.rule = "GPE", d.canonical, nil, "gpe.en.dict"
        end
      end
    end
    found = sides_again(toks, found, taken)
  end
  return found
end

-- A person's role in apposition: "Hugh Hill, a doctor at the clinic,
-- said" gives Hugh Hill the title "doctor"; "Ann Ode, the Ruritanian
-- ambassador," an affiliation as well (a title before the name wins)
local DETERMINERS = { a = true, an = true, the = true, ["its"] = true,
  his = true, her = true, their = true }
-- what may follow a title that has no article before it ("Ann Lee,
-- president of Acme"; "Ann Lee, spokeswoman, said")
local TITLE_NEXT = { ["of"] = true, ["at"] = true, ["for"] = true, ["with"] = true,
  ["and"] = true, [","] = true, ["."] = true, [";"] = true, [")"] = true }


local country_of = gazetteer.country_of

-- the title of an apposition after a name, whose comma is token t: "a
-- senior Ruritanian army officer", "the finance minister", "president of
-- Acme"; the title's reading and the affiliation a nationality before it
-- gives, or nil
local function apposition_title (toks, t, n, dict)
  if t + 1 > n or t_text(toks, t) ~= "," then return nil end
  local start = t + 1
  -- (a relative clause's noun is another's: "Ann Lee, whose brother, …")
  if t_key(toks, start) == "whose" then return nil end
  local det = DETERMINERS[t_key(toks, start)]
  if not det then
    -- with no article, the title ends the phrase or comes before "of",
    -- "at" (not "Ann Lee, Chancellor Kim and …"): the words up to there,
    -- the title ending them
    local stop = start
    while stop <= n and stop < start + 5 do
      local key = t_key(toks, stop)
      local kind = t_kind(toks, stop)
      if TITLE_NEXT[key] or (kind ~= "word" and kind ~= "hyphen" and not POSSESSIVE[key]) then
        break
      end
      -- (no article inside: ", met the mayor," is no apposition)
      if stop > start and DETERMINERS[key] then return nil end
      stop = stop + 1
    end
    if stop == start or (stop <= n and not TITLE_NEXT[t_key(toks, stop)]) then
      return nil
    end
    local k = stop - 1
    for j = start, k do
      local d = dict(j, k)
      if d and d.list == "titles" then
        -- (a nationality before it: "Ann Lee, Ruritanian ambassador to …")
        return d, j > start and country_of(dict(start, start)) or nil
      end
    end
    return nil
  end
  start = start + 1
  local aff
  -- up to four words before the title (an age counts as one: "the
  -- 28-year-old president of …" is five tokens)
  for k = start, math.min(n, start + 8) do
    local key = t_key(toks, k)
    if key == "," or key == "." or t_kind(toks, k) == "punct" then break end
    -- (a relative clause's noun is another's: "Ann Lee, a co-plaintiff
    -- whose brother died …")
    if key == "whose" or key == "who" or key == "which" or key == "whom" then break end
    local d = dict(k, k)
    if d and (d.label == "NORP" or d.kind == "country") then
      aff = country_of(d)
    else
      -- a title of one word or several ending here ("defence minister")
      for j = start, k do
        local dt = dict(j, k)
        if dt and dt.list == "titles" then d = dt break end
      end
      if d and d.list == "titles" then
        -- (not the speaker of a clause before it: "…for Dufresne, a club
        -- spokesperson confirmed.")
        local nx = k < n and dict(k + 1, k + 1)
        if nx and nx.label == "reporting_verb" and t_is(toks, k + 1, "lower") then return nil end
        return d, aff
      end
    end
  end
  return nil
end

-- an outlet's programme or channel named after it: "told ITV Racing",
-- "BBC Sport" (one or two capitalized words no other name holds, no day
-- or month, a word in lower case or a mark after them): the outlet's name
-- as written
local WEEK_MONTH = { monday = true, tuesday = true, wednesday = true, thursday = true,
  friday = true, saturday = true, sunday = true }
for w in pairs(MONTHS) do WEEK_MONTH[w] = true end
-- a small word a headline in title case capitalizes is no part of the
-- person's name before it: "Fires Coach Ann Lee After Loss"
local TITLE_SMALL = { after = true, before = true, amid = true, despite = true, over = true,
  with = true, ["for"] = true, from = true, ["in"] = true, on = true, at = true, as = true,
  to = true, says = true, said = true }
local function title_small_words (toks, e)
  for t = e.first_token + 2, e.last_token do
    if TITLE_SMALL[t_key(toks, t)] and t_is(toks, t, "cap") then
      e.last_token, e.canonical = t - 1, nil
      return
    end
  end
end

local MEDIUM_END = { radio = true, tv = true, television = true, news = true }
-- whether a station's number follows token k, its medium, before limit:
-- "RTÉ Radio 1", "BBC Radio 5 Live"
local function number_after (toks, k, limit)
  return k < limit and MEDIUM_END[t_key(toks, k)] and t_kind(toks, k + 1) == "number" and
         #t_text(toks, k + 1) <= 2
end
-- the outlet found[ix] with its programme or station (st: the pass's
-- state, `gone` the places it took and `last` the people's last names)
local function outlet_channel (toks, found, ix, taken, st)
  local n = #toks
  local e = found[ix]
  local b = e.last_token
  local nx = found[ix + 1]
  local limit = nx and nx.first_token - 1 or n
  local j = b
  if number_after(toks, j, limit) then j = j + 1 end
  while j < limit and j < b + 3 and t_kind(toks, j + 1) == "word" and
        t_is(toks, j + 1, "cap") and not t_is(toks, j + 1, "upper") and
        not t_is(toks, j + 1, "newline_before") and not WEEK_MONTH[t_key(toks, j + 1)] and
        not (j + 2 <= n and t_kind(toks, j + 2) == "quote" and
             not t_is(toks, j + 2, "space_before")) do
    j = j + 1
    if number_after(toks, j, limit) then j = j + 1 end
  end
  -- (or a place right after its medium: "BBC Radio Devon", "Sky News
  -- Australia"; not "telling the Economist Russia would …")
  local place = false
  if j == limit and nx and nx.first_token == j + 1 and nx.label == "GPE" and
     MEDIUM_END[t_key(toks, j)] and
     not t_is(toks, j + 1, "newline_before") and not t_is(toks, j + 1, "upper") then
    j, place = nx.last_token, true
  end
  -- (no person's last name: "In Tears of the Sun Willis plays …")
  if j > b and not place then
    st.last = st.last or last_names_of(toks, found)
    for t = b + 1, j do
      if st.last[t_text(toks, t)] then return end
    end
  end
  -- (the name ends there: a word in lower case or a mark follows)
  if j > b and (j == n or not t_is(toks, j + 1, "cap")) then
    for t = b + 1, j do taken[t] = true end
    e.last_token, e.canonical = j, nil
    if place then
      st.gone = st.gone or {}
      st.gone[nx] = true
    end
  end
end

-- whether the two words of a town's name and another word are family
-- names: the first has such a reading, the second none but a family name's
local function family_names (e, dict)
  local sur = false
  for _, r in ipairs(dict(e.first_token, e.first_token, true)) do
    if r.list == "surnames" then sur = true break end
  end
  if not sur then return false end
  local d = dict(e.last_token, e.last_token)
  return d == nil or d.list == "surnames"
end

-- words after a name and a hyphen that make a word of it ("Lee-led")
local HYPHEN_WORDS = { led = true, era = true, run = true, like = true, born = true,
  ish = true, ite = true, ites = true, ism = true, esque = true, type = true, wide = true,
  free = true, proof = true, based = true, owned = true, style = true, hit = true,
  fed = true, set = true, cut = true, age = true, aged = true, old = true, law = true,
  backed = true, linked = true, allied = true, funded = true, inspired = true }

-- a given name and the family name's initial, as courts name a party
-- they protect: "identified only as Samer H., said" (not before more of a
-- name: "Ann B. Lee" is a rule's). Read from the initials the tokenizer
-- flagged (few in an article), not by the pattern program, where a rule
-- that opens with a given name cost the entities 1.7%.
local function given_initials (toks, found, taken, dict)
  local at = toks:flagged("initial")
  if not at[1] then return found end
  local n, added = #toks, false
  for _, i in ipairs(at) do
    if i > 1 and not taken[i] and not taken[i - 1] and t_kind(toks, i - 1) == "word" and
       t_is(toks, i - 1, "cap") and not t_is(toks, i - 1, "upper") and
       not (i < n and t_kind(toks, i + 1) == "word" and t_is(toks, i + 1, "cap")) then
      for _, r in ipairs(dict(i - 1, i - 1, true)) do
        if r.label == "given_name" then
          found[#found + 1] = { first_token = i - 1, last_token = i, label = "PERSON",
                                rule = "person.en.given_initial" }
          taken[i - 1], taken[i], added = true, true, true
          break
        end
      end
    end
  end
  return added and rules_mod.by_first(found) or found
end

-- a body whose name lists what it is of, with commas: "the Department of
-- Agriculture, Food and the Marine", "the Ministry of Transport,
-- Communications and Information Technology", "the Department of Climate
-- Change, Energy, the Environment and Water" (the list's words are common
-- words with their capitals; "the Ministry of Defence, Britain and France"
-- lists no such thing)
local function listed_tails (toks, found, taken)
  local n, changed = #toks, false
  for ix = 1, #found do
    local e = found[ix]
    local a, b = e.first_token, e.last_token
    if e.label == "ORG" and b + 3 <= n and b > a + 1 and t_key(toks, b + 1) == "," then
      local of = false
      for t = a + 1, b - 1 do
        local k = t_key(toks, t)
        if k == "of" or k == "for" then of = true break end
      end
      -- (runs of such words, joined by commas, the last after "and")
      local t, joined, z = b + 2, false, nil
      while of and t <= n do
        local f = t
        while t <= n and not taken[t] and t_kind(toks, t) == "word" and t_is(toks, t, "cap") and
              is_common(t_key(toks, t)) do
          t = t + 1
        end
        if t == f or t > n then break end
        local k = t_key(toks, t)
        if k == "," and not joined then
          t = t + 1
          -- ("…, Energy, the Environment and Water": after the list's first
          -- word, not "the Ministry of Defence, the Army and …")
          if t <= n and t_key(toks, t) == "the" then t = t + 1 end
        elseif k == "and" and not joined then
          joined = true
          t = t + 1
          if t <= n and t_key(toks, t) == "the" then t = t + 1 end
        else
          if joined then z = t - 1 end
          break
        end
      end
      if z then
        for i = b + 1, z do taken[i] = true end
        e.last_token, e.canonical, changed = z, nil, true
        for jx = 1, #found do
          local o = found[jx]
          if o.first_token > b and o.last_token <= z then o.label = nil end
        end
      end
    end
  end
  if not changed then return found end
  local kept = {}
  for ix = 1, #found do
    if found[ix].label then kept[#kept + 1] = found[ix] end
  end
  return kept
end

-- words listed after a place and a word of place, the last after "and",
-- are places too where no list knows them or a list knows them as small
-- towns: "in Meursault, Volnay and Pommard", "in Geneva, Lugano and
-- Zurich" (three places or more, each new one a word in title case, no
-- common word; the list ends before a word in lower case or a comma)
local LIST_PLACE_BEFORE = { ["in"] = true, near = true, from = true, to = true, across = true,
  between = true, around = true, at = true }
local function listed_places (toks, found, taken, dict)
  local n, adds, places = #toks, nil, nil
  local function new_place (t)
    if not (t <= n and not taken[t] and t_kind(toks, t) == "word" and t_is(toks, t, "title") and
            not is_common(t_key(toks, t))) then
      return false
    end
    local d = dict(t, t)
    return d == nil or d.label == "GPE"
  end
  for ix = 1, #found do
    local e = found[ix]
    local b = e.last_token
    if e.label == "GPE" and b + 2 <= n and e.first_token > 1 and
       LIST_PLACE_BEFORE[t_key(toks, e.first_token - 1)] then
      if not places then
        places = {}
        for jx = 1, #found do
          local o = found[jx]
          if o.label == "GPE" then places[o.first_token] = o.last_token end
        end
      end
      local t, run, items, z = b + 1, nil, 1, nil
      while t + 1 <= n do
        local k = t_key(toks, t)
        if k ~= "," and k ~= "and" then break end
        local u = t + 1
        if places[u] then
          t = places[u] + 1
        elseif new_place(u) then
          run = run or {}
          run[#run + 1] = u
          t = u + 1
        else
          break
        end
        items = items + 1
        if k == "and" then
          local nk = t <= n and t_key(toks, t)
          if not nk or nk == "," or nk == "." or
             (t_kind(toks, t) == "word" and t_is(toks, t, "lower")) then
            z = true
          end
          break
        end
      end
      if z and run and items >= 3 then
        adds = adds or {}
        for _, u in ipairs(run) do adds[#adds + 1] = u end
      end
    end
  end
  if not adds then return found end
  for _, u in ipairs(adds) do
    if not taken[u] then
      local d = dict(u, u)
      add_one_token(found, taken, u, "GPE", d and d.canonical, "gpe.en.listed_place")
    end
  end
  return rules_mod.by_first(found)
end

-- a name a weak rule called a firm ("Kaz Hirai": a town's name and a
-- word) is a person when a title follows it: "Kaz Hirai, president of …"
-- (one pass over the names the rules found, before they are linked: this,
-- an outlet's programme, a person's name in a headline in title case and
-- a knight's or a prince's given name)
-- the endings of firms' made-up words no family name has ("Lifecare",
-- "Medtech", "Zorggroep", "Infosoft"; see early_fixes)
local COMPANY_ENDINGS = { care = 4, tech = 4, soft = 4, ware = 4, corp = 4, mart = 4,
  logic = 5, works = 5, groep = 5, pharma = 6, gruppe = 6, telecom = 7 }
local function company_word (k)
  local n = #k
  if n < 7 then return false end
  for m = 4, 7 do
    if COMPANY_ENDINGS[k:sub(n - m + 1)] == m then return true end
  end
  return false
end
local function has_list (readings, list)
  for i = 1, #readings do
    if readings[i].list == list then return true end
  end
  return false
end

-- the nouns of an area's kind (in lower case: see early_fixes)
local AREA_NOUNS = { province = true, district = true, county = true, prefecture = true,
  oblast = true, governorate = true, region = true, municipality = true, state = true }

local function early_fixes (text, toks, found, taken, dict, matcher)
  local n = #toks
  local st = {}
  local dollar = text:find("$", 1, true)
  for ix = 1, #found do
    local e = found[ix]
    local label = e.label
    if label == "ORG" then
      local x = found[ix + 1]
      local b = e.last_token
      if e.kind == "media" and b > e.first_token and b + 2 <= n and
         t_kind(toks, b) == "number" and t_kind(toks, b + 1) == "hyphen" and
         t_kind(toks, b + 2) == "number" and not t_is(toks, b + 1, "space_before") then
        -- (a channel named with a number is a side and its score: "Ireland
        -- edge France 24-21", no France 24)
        -- (the name without its number, read again: the matches have the
        -- longest name only)
        local w = text:sub(t_first(toks, e.first_token), t_last(toks, b - 1))
        local d = gazetteer.lookup(matcher, tokenizer():tokenize(w))[1]
        if d and d.text == w and (d.label == "GPE" or d.label == "ORG") then
          taken[b] = false
          e.last_token, e.label, e.canonical, e.kind = b - 1, d.label, d.canonical, nil
          e.rule = d.label == "GPE" and "gpe.en.dict" or e.rule
        end
      elseif e.kind == "media" then
        outlet_channel(toks, found, ix, taken, st)
      elseif e.rule == "org.en.dict" and x and x.label == "GPE" and
             x.first_token == e.last_token + 1 and
             not t_is(toks, x.first_token, "newline_before") and
             not (x.last_token < n and t_is(toks, x.last_token + 1, "cap") and
                  t_kind(toks, x.last_token + 1) == "word") and
             (dict(e.first_token, e.last_token) or NO_READING).kind == "ngo" and
             (dict(x.first_token, x.last_token) or NO_READING).kind == "country" then
        -- a campaign group's section in a country: "Amnesty International
        -- Kenya", "Friends of the Earth Norway" (the group's, as its
        -- canonical name says: it speaks for the group)
        for t = x.first_token, x.last_token do taken[t] = true end
        e.last_token = x.last_token
        st.gone = st.gone or {}
        st.gone[x] = true
      elseif e.rule == "org.en.town_name" then
        local d, aff = apposition_title(toks, e.last_token + 1, n, dict)
        if d then
          e.label, e.rule, e.canonical, e.kind = "PERSON", "person.en.apposition", nil, nil
          e.title, e.affiliation = d.canonical, aff
        elseif e.last_token == e.first_token + 1 and family_names(e, dict) then
          -- (a town's name that is a family name too, and a word no list
          -- knows: "López Obrador", a Spanish name's two family names)
          e.label, e.rule, e.canonical, e.kind = "PERSON", "person.en.family_names", nil, nil
        elseif e.last_token == e.first_token + 1 and not dict(e.last_token, e.last_token) then
          -- (a town's name and a word no list knows that the article has
          -- alone as a person: "Mere Tāwhai's debut novel", then "Tāwhai
          -- said")
          if not st.alone then
            st.alone = {}
            for jx = 1, #found do
              local p = found[jx]
              if p.label == "PERSON" and p.first_token == p.last_token then
                st.alone[t_text(toks, p.first_token)] = true
              end
            end
          end
          if st.alone[t_text(toks, e.last_token)] then
            e.label, e.rule, e.canonical, e.kind = "PERSON", "person.en.town_given_name", nil, nil
          end
        end
      end
    elseif label == "PERSON" and e.last_token > e.first_token and not e.title and
           company_word(t_key(toks, e.last_token)) and
           not has_list(dict(e.last_token, e.last_token, true), "surnames") then
      -- a firm's word no family name is: "Banksia Lifecare", "Delta
      -- Zorggroep", "Kestrel Medtech"
      e.label, e.rule, e.canonical, e.kind = "ORG", "org.en.company_word", nil, nil
    elseif label == "PERSON" then
      -- (a given name of two syllables joined by a hyphen, the second in
      -- lower case, is one name: "Hou Yu-ih", "Tsai Ing-wen"; not
      -- "Trump-backed", a word)
      local z = e.last_token + 2
      if z <= n and t_kind(toks, z - 1) == "hyphen" and t_is(toks, z, "lower") and
         t_kind(toks, z) == "word" and not t_is(toks, z - 1, "space_before") and
         not t_is(toks, z, "space_before") and not taken[z] then
        local k = t_key(toks, z)
        if #k <= 5 and (#k <= 3 or not is_common(k)) and not HYPHEN_WORDS[k] then
          e.last_token = z
          taken[z - 1], taken[z] = true, true
        end
      elseif e.last_token > e.first_token + 1 and t_kind(toks, e.last_token - 1) == "hyphen" and
             HYPHEN_WORDS[t_key(toks, e.last_token)] then
        -- ("Ann Lee-led groups": the word is no part of the name)
        taken[e.last_token - 1], taken[e.last_token] = false, false
        e.last_token = e.last_token - 2
      end
      if e.last_token >= e.first_token + 2 then title_small_words(toks, e) end
      -- (a nickname in quote marks is no part of the canonical name:
      -- Darnell "The Hammer" Okafor Jr. is Darnell Okafor Jr.)
      -- (after a second given name too: José María "Chema" Olmedo)
      if e.last_token >= e.first_token + 3 and not e.canonical then
        local o = e.first_token + 1
        if t_kind(toks, o) ~= "quote" and t_kind(toks, o + 1) == "quote" and
           e.last_token >= e.first_token + 4 then
          o = o + 1
        end
        if t_kind(toks, o) == "quote" then
          local c = o + 1
          while c < e.last_token and t_kind(toks, c) ~= "quote" do c = c + 1 end
          if c < e.last_token then
            e.canonical = text:sub(t_first(toks, e.first_token), t_last(toks, o - 1)) ..
                          " " .. text:sub(t_first(toks, c + 1), t_last(toks, e.last_token))
          end
        end
      end
      if e.title then knight(text, toks, e, st) end
    elseif label == "GPE" and e.last_token > e.first_token and
           t_is(toks, e.last_token, "lower") and AREA_NOUNS[t_text(toks, e.last_token)] then
      -- (the kind's noun in lower case after a place the lists name with
      -- it is no part of the name: "Hatay province", as "Jiangsu province")
      taken[e.last_token] = false
      e.last_token = e.last_token - 1
    elseif label == "GPE" and dollar and e.last_token < n and
           text:byte(t_last(toks, e.last_token) + 1) == 36 then
      -- (a currency's country is no place named: "US$62", "NZ$3")
      st.gone = st.gone or {}
      st.gone[e] = true
      for t = e.first_token, e.last_token do taken[t] = false end
    elseif label == "LOC" and e.rule == "loc.en.region_noun" then
      st.regions = st.regions or {}
      st.regions[name_of(text, toks, e)] = true
    end
    -- (a minister's portfolio is the title's, no body: "Minister for
    -- Local Government Ann Lee")
    -- (nor any body whose name is among the portfolio's words: "Minister
    -- of State for Science and Technology Ann Lee")
    if label == "PERSON" and e.rule == "person.en.portfolio_name" and ix > 1 then
      local j = ix - 1
      local o = found[j]
      while o and o.label == "ORG" and o.last_token >= e.first_token - 8 do
        local between = true
        for t = o.last_token + 1, e.first_token - 1 do
          if not (t_is(toks, t, "cap") or t_key(toks, t) == "and") then between = false break end
        end
        if not between then break end
        st.gone = st.gone or {}
        st.gone[o] = true
        j = j - 1
        o = found[j]
      end
    end
  end
  -- (a region the article names by its noun, "the Amazon rainforest", is
  -- that region where a firm's name in the lists has its words: "in the
  -- Amazon"; not where it speaks or owns, "Amazon said", "Amazon's")
  if st.regions then
    for ix = 1, #found do
      local e = found[ix]
      local z = e.last_token + 1
      if e.label == "ORG" and e.rule == "org.en.dict" and st.regions[e.canonical or ""] and
         not (z <= n and (POSSESSIVE[t_key(toks, z)] or
                          (dict(z, z) or NO_READING).label == "reporting_verb")) then
        e.label, e.rule, e.kind = "LOC", "loc.en.region_noun", nil
      end
    end
  end
  return st.gone and without(found, st.gone) or found
end

-- a title before a comma and the name, the name closed by a comma or a
-- full stop: "The Foreign Secretary, Ann Lee, said", "said the firm's
-- chief executive, Ann Lee." (not "The mayor, Ann Lee and Bob Ray met":
-- a list); the title's reading, and a country or nationality before it
-- ("Ruritania's foreign minister, Ann Lee,")
local function title_before (toks, e, n, dict)
  local c, z = e.first_token - 1, e.last_token + 1
  if c < 2 or z > n or t_key(toks, c) ~= "," then return nil end
  local after = t_key(toks, z)
  if after ~= "," and after ~= "." then return nil end
  for j = math.max(1, c - 4), c - 1 do
    local d = dict(j, c - 1)
    if d and d.list == "titles" then
      local aff
      if j > 2 and POSSESSIVE[t_key(toks, j - 1)] then aff = country_of(dict(j - 2, j - 2)) end
      if not aff and j > 1 then aff = country_of(dict(j - 1, j - 1)) end
      return d, aff
    end
  end
  return nil
end

-- the body a person's apposition names after its title: "Ann Lee, an
-- analyst at Acme Securities," (the next entity, a body after "at", "of"
-- or "for", in the same clause)
local AFFILIATION_BEFORE = { at = true, of = true, ["for"] = true }
local function apposition_body (text, toks, found, ix)
  local e = found[ix]
  for j = ix + 1, math.min(#found, ix + 3) do
    local f = found[j]
    local a = f.first_token
    if a > e.last_token + 12 then return nil end
    for t = e.last_token + 2, a - 1 do
      local k = t_key(toks, t)
      if k == "," or k == "." or k == ";" then return nil end
    end
    if f.label == "ORG" then
      local p = a - 1
      if t_key(toks, p) == "the" then p = p - 1 end
      -- (past a place's possessive: "director of the UK's Acme Council")
      local g = found[j - 1]
      if j > ix + 1 and g.last_token == p - 1 and POSSESSIVE[t_key(toks, p)] then
        p = g.first_token - 1
        if t_key(toks, p) == "the" then p = p - 1 end
      end
      if not AFFILIATION_BEFORE[t_key(toks, p)] then return nil end
      return f.canonical or text:sub(t_first(toks, a), t_last(toks, f.last_token))
    end
  end
  return nil
end

-- a title given with "as" after a verb of appointing: "appointed Ann Lee
-- as chief executive", "the appointment of Ann Lee as the club's new head
-- coach" (the title's reading, or nil)
local APPOINT = { appointed = true, appoint = true, appoints = true, named = true,
  names = true, name = true, hired = true, hires = true, confirmed = true,
  unveiled = true, installed = true, elected = true, picked = true, chose = true,
  selected = true, appointing = true, naming = true, hiring = true }
local APPOINT_NOUNS = { appointment = true, election = true, confirmation = true,
  nomination = true, installation = true }
local function as_title (toks, e, n, dict)
  local a, t = e.first_token, e.last_token + 1
  if t + 1 > n or t_key(toks, t) ~= "as" or a < 2 then return nil end
  local before = t_key(toks, a - 1)
  if not (APPOINT[before] or (before == "of" and a > 2 and APPOINT_NOUNS[t_key(toks, a - 2)])) then
    return nil
  end
  local start = t + 1
  if DETERMINERS[t_key(toks, start)] then start = start + 1 end
  -- (past a possessor: "the club's")
  if start + 1 <= n and POSSESSIVE[t_key(toks, start + 1)] then start = start + 2 end
  for k = start, math.min(n, start + 3) do
    if t_kind(toks, k) ~= "word" then break end
    local nx = k < n and t_key(toks, k + 1)
    if not nx or t_kind(toks, k + 1) ~= "word" or TITLE_NEXT[nx] or nx == "on" then
      for j = start, k do
        local d = dict(j, k)
        if d and d.list == "titles" then return d end
      end
    end
  end
  return nil
end

local function appositions (text, toks, found, dict)
  local n = #toks
  for ix = 1, #found do
    local e = found[ix]
    if e.label == "PERSON" and not e.title then
      local d, aff = apposition_title(toks, e.last_token + 1, n, dict)
      local after = d ~= nil
      if not d then d, aff = title_before(toks, e, n, dict) end
      if not d then d = as_title(toks, e, n, dict) end
      if d then
        e.title = d.canonical
        e.affiliation = e.affiliation or aff or
                        (after and apposition_body(text, toks, found, ix)) or nil
      end
    end
  end
end

-- the small words an acronym leaves out ("Department of Homeland Security"
-- is DHS)
local ACRONYM_SKIPS = { of = true, the = true, ["and"] = true, ["for"] = true,
  on = true, ["in"] = true, ["&"] = true, ["-"] = true, ["\226\128\144"] = true,
  -- (and other tongues' small words: "Union Syndicale des Contrôleurs
  -- Aériens (USCA)")
  des = true, de = true, du = true, del = true, della = true, di = true, da = true,
  la = true, le = true, y = true, et = true, und = true, ["für"] = true, van = true }

-- whether the letters of acro appear in order in initials, the first
-- letters the same ("NICE" in "NIHCE")
local function spells (acro, inits)
  if not inits or acro:sub(1, 1) ~= inits:sub(1, 1) then return false end
  local j = 1
  for k = 1, #inits do
    if inits:sub(k, k) == acro:sub(j, j) then
      j = j + 1
      if j > #acro then return true end
    end
  end
  return false
end

-- the initials of the name from token a to b, in capitals, when every word
-- but the small ones is capitalized and there are three or more
local byte = string.byte
local function initials (toks, a, b)
  local out, n = "", 0
  for t = a, b do
    local w = t_text(toks, t)
    local c, c2 = byte(w, 1, 2)
    -- (a capital and a small letter, or a letter of another script's
    -- bytes, "Aériens"; the small words are skipped)
    if c and c >= 65 and c <= 90 and c2 and ((c2 >= 97 and c2 <= 122) or c2 >= 192) then
      out, n = out .. w:sub(1, 1), n + 1
    elseif not ACRONYM_SKIPS[w] then
      return nil
    end
  end
  return n >= 3 and out or nil
end

-- the capitals that open the words of a name ("People's Liberal Alliance"
-- -> "PLA")
local function caps_of (name)
  local out = {}
  for c in name:gmatch("%f[%w](%u)") do out[#out + 1] = c end
  return table.concat(out)
end

-- whether two names share a word of four letters or more
-- (a kind's word that many bodies' names end in is none: "the East African
-- Space Agency (EASA)" is no European Union Aviation Safety Agency)
local BODY_KIND_WORDS = { Agency = true, Authority = true, Council = true, Commission = true,
  Organisation = true, Organization = true, Association = true, Institute = true,
  Service = true, Services = true, Board = true, Office = true, Department = true,
  Ministry = true, Committee = true, Federation = true, Corporation = true, Company = true,
  Group = true, Union = true, Party = true }
local function shares_word (x, y, two)
  local n = 0
  for w in y:gmatch("%w%w%w%w+") do
    if not BODY_KIND_WORDS[w] and x:find(w, 1, true) then
      n = n + 1
      if not two or n == 2 then return true end
    end
  end
  return false
end

-- a body's name that its acronym in brackets shows to be longer than the
-- rules read it: "the National Disaster Risk Reduction and Management
-- Council (NDRRMC)", "the Democratic Progress Alliance (DPA)" (the words
-- before it whose initials spell the rest of the acronym, no name of
-- another body or of a place among them): the first token it starts at
local function acronym_start (toks, e, acro)
  local own = ""
  for t = e.first_token, e.last_token do
    local w = t_text(toks, t)
    local c, c2 = byte(w, 1, 2)
    if c and c >= 65 and c <= 90 and c2 and c2 >= 97 and c2 <= 122 then
      own = own .. w:sub(1, 1)
    elseif not ACRONYM_SKIPS[w] then
      return nil
    end
  end
  local rest = #acro - #own
  if own == "" or rest < 1 or acro:sub(rest + 1) ~= own then return nil end
  local j, first = e.first_token - 1, nil
  while j >= 1 and rest > 0 do
    local w = t_text(toks, j)
    local c, c2 = byte(w, 1, 2)
    if c and c >= 65 and c <= 90 and c2 and c2 >= 97 and c2 <= 122 and
       t_kind(toks, j) == "word" and t_key(toks, j) ~= "the" then
      if w:sub(1, 1) ~= acro:sub(rest, rest) then return nil end
      rest, first = rest - 1, j
    elseif not ACRONYM_SKIPS[w] or w == "the" then
      return nil
    end
    j = j - 1
  end
  return rest == 0 and first or nil
end

-- whether a body of that canonical name is named in full (more than one
-- word) among the entities
local function named_in (entities, canonical, memo)
  local known = memo[canonical]
  if known ~= nil then return known end
  known = false
  for _, x in ipairs(entities) do
    if x.label == "ORG" and x.last_token > x.first_token and x.canonical == canonical then
      known = true
      break
    end
  end
  memo[canonical] = known
  return known
end

-- whether reading d of token a, a town's, is a given name too: a town
-- under a million people a list has as one ("Brent" of "Brent Maraki", a
-- London borough; see given_names_alone)
local function given_town (d, dict, a)
  if d.label ~= "GPE" or d.kind == "country" or
     (gazetteer.population(d) or 1e9) >= 1000000 then
    return false
  end
  for _, r in ipairs(dict(a, a, true)) do
    if r.list == "given_names" then return true end
  end
  return false
end

-- A given name alone is the one person of the article with that given
-- name ("Séamus says …" after "Séamus Ó Duibhir"): not when two people
-- have it, nor one that is another's family name, nor a word a list
-- reads otherwise ("Paris" after "Paris Lee"), nor before another
-- capitalized word (a name of its own). A first word no list knows is
-- one too ("Orawan" of "Orawan Thepsuwan", "Ozzy" of "Ozzy Osbourne").
local function given_names_alone (text, toks, entities, taken, dict, alone)
  local names, n, others = nil, 0, {}
  for ix = 1, #entities do
    local e = entities[ix]
    local a = e.first_token
    if e.label == "PERSON" and e.last_token > a then
      -- (any word of a name but its first: "Kilroy" of "Robert
      -- Kilroy-Silk" is no given name)
      for t = a + 1, e.last_token do others[t_text(toks, t)] = true end
    end
  end
  for ix = 1, #entities do
    local e = entities[ix]
    local a = e.first_token
    if e.label == "PERSON" and e.last_token > a and t_is(toks, a, "title") and
       t_kind(toks, a + 1) == "word" then
      local d = dict(a, a)
      local w = (d == nil or d.list == "given_names" or given_town(d, dict, a)) and
                t_text(toks, a)
      if w and not others[w] then
        local c = name_of(text, toks, e)
        names = names or {}
        if names[w] == nil then
          names[w] = c
          n = n + 1
        elseif names[w] ~= c then
          names[w] = false                 -- (two people: neither)
        end
      end
    end
  end
  if n == 0 then return entities end
  -- (a given name alone with a title is someone else: "Prince Charles";
  -- not with an honorific: "Ms Orawan")
  for ix = 1, #entities do
    local e = entities[ix]
    if e.label == "PERSON" and e.last_token == e.first_token and e.title and
       not honorific(e.title) and
       names[t_text(toks, e.first_token)] then
      names[t_text(toks, e.first_token)] = false
    end
  end
  local added, single = false, nil
  -- (the first words of names standing alone, in title case and before
  -- no capitalized word, as link_names found them)
  for _, i in ipairs(alone) do
    local c = names[t_text(toks, i)]
    if c then
      -- (a common word only where a rule read it as a person: "John
      -- said", not "Will the …")
      if not taken[i] then
        if not is_common(t_key(toks, i)) then
          add_one_token(entities, taken, i, "PERSON", c, "person.en.given_name_alone")
          added = true
        end
      else
        single = single or one_token_entities(entities)
        local e = single[i]
        -- (not a relative a kin's noun names: "his son Nick" is no other
        -- Nick of the article)
        if e and e.label == "PERSON" and e.rule ~= "person.en.kin_given_alone" and
           (not e.title or honorific(e.title)) and
           (not e.canonical or e.canonical == t_text(toks, i)) then
          e.canonical = c
        elseif e and e.label == "GPE" and e.rule == "gpe.en.dict" then
          local d = dict(i, i)
          if d and given_town(d, dict, i) then
            e.label, e.canonical, e.kind = "PERSON", c, nil
            e.rule = "person.en.given_name_alone"
          end
        end
      end
    end
  end
  return added and rules_mod.by_first(entities) or entities
end

-- an organization defined with its acronym ("the Institute for the Study
-- of War (ISW)") is that acronym wherever the article uses it, and so are
-- its initials ("AMD") and an acronym written as a word ("(Nice)")
local function link_acronyms (text, toks, entities, taken, dict)
  local names, n = nil, 0       -- acronym -> the name it stands for
  local ntoks = #toks
  -- (the first definition wins, as a dictionary's first row would)
  local guessed                 -- acronyms read from initials only
  local worded                  -- acronyms defined written as words ("Nice")
  local listed                  -- acronyms defined by a body the lists know
  local function define (acro, e, guess)
    names = names or {}
    if not names[acro] or (guessed and guessed[acro] and not guess) then
      names[acro] = name_of(text, toks, e)
      if e.canonical and not guess and e.rule == "org.en.dict" then
        listed = listed or {}
        listed[acro] = true
      end
      if guess then
        guessed = guessed or {}
        guessed[acro] = true
      elseif guessed then
        guessed[acro] = nil
      end
    end
    n = n + 1
  end
  -- (a definition is in brackets: most articles have none)
  local brackets = text:find("(", 1, true)
  local gone                    -- entities inside a name its acronym made longer
  local bodies                  -- names of "persons" an acronym made bodies
  for ix = 1, #entities do
    local e = entities[ix]
    -- a body's initials stand for it with no definition: "Advanced Micro
    -- Devices" … "AMD" (a definition in brackets, below, wins)
    local inits = e.label == "ORG" and e.last_token >= e.first_token + 2 and
                  initials(toks, e.first_token, e.last_token)
    -- (only an acronym the text has: a plain search, no scan of tokens)
    -- (or those before "of" and a place that ends it: "Transportation
    -- Safety Board of Canada" … "TSB")
    local head_inits = inits and e.last_token >= e.first_token + 4 and
                       t_key(toks, e.last_token - 1) == "of" and
                       initials(toks, e.first_token, e.last_token - 2)
    if inits and text:find(inits, 1, true) then define(inits, e, true)
    elseif head_inits and text:find(head_inits, 1, true) then define(head_inits, e, true)
    elseif inits and #inits >= 4 then
      -- (or those of its last three words or more, past a place that opens
      -- it: "Santa Clara Valley Transportation Authority" … "VTA", "New
      -- Jersey Board of Public Utilities" … "BPU")
      for k = 2, #inits - 2 do
        local tail = inits:sub(k)
        if text:find(tail, 1, true) then define(tail, e, true) break end
      end
    end
    -- (a "person" of three words or more after "the" whose initials a
    -- bracket gives is a body: "the regional Jan Shakti Morcha (JSM)")
    if brackets and e.label == "PERSON" and e.last_token >= e.first_token + 2 and
       e.first_token > 2 and (t_key(toks, e.first_token - 1) == "the" or
                              t_key(toks, e.first_token - 2) == "the") and
       e.last_token + 3 <= ntoks and t_text(toks, e.last_token + 1) == "(" and
       t_text(toks, e.last_token + 3) == ")" and t_is(toks, e.last_token + 2, "upper") and
       t_text(toks, e.last_token + 2) == initials(toks, e.first_token, e.last_token) then
      e.label, e.rule, e.title, e.kind = "ORG", "org.en.acronym_named", nil, nil
      bodies = bodies or {}
      bodies[name_of(text, toks, e)] = true
    end
    -- (or after "known as": "the Swiss Financial Market Supervisory
    -- Authority, known as FINMA,")
    if e.label == "ORG" and e.last_token + 4 <= ntoks and
       t_key(toks, e.last_token + 2) == "known" and
       t_key(toks, e.last_token + 1) == "," and t_key(toks, e.last_token + 3) == "as" and
       t_is(toks, e.last_token + 4, "upper") and t_is(toks, e.last_token + 4, "alpha") and
       #t_text(toks, e.last_token + 4) > 1 and #t_text(toks, e.last_token + 4) <= 10 then
      define(t_text(toks, e.last_token + 4), e)
    end
    -- (a body's name that goes on past its place or field to the
    -- acronym in brackets that spells it all: "the Football Association
    -- of Zambia (FAZ)", "the Economic Commission for Latin America and
    -- the Caribbean (ECLAC)"; the names inside it go)
    -- (the next bracket after the name, a plain search: a byte search)
    local open = brackets and e.label == "ORG" and e.last_token + 3 <= ntoks and
                 text:find("(", t_last(toks, e.last_token), true)
    if open and open < t_first(toks, math.min(ntoks, e.last_token + 8)) and
       ACRONYM_SKIPS[t_key(toks, e.last_token + 1)] and
       t_text(toks, e.last_token + 1) ~= "-" then
      local z = e.last_token + 1
      while z <= ntoks and z <= e.last_token + 8 and t_text(toks, z) ~= "(" do
        z = z + 1
      end
      local w = z + 2 <= ntoks and t_text(toks, z) == "(" and t_text(toks, z + 2) == ")" and
                t_is(toks, z + 1, "upper") and t_is(toks, z + 1, "alpha") and
                t_text(toks, z + 1)
      if w and z > e.last_token + 2 and t_is(toks, z - 1, "cap") and
         initials(toks, e.first_token, z - 1) == w then
        for k = ix + 1, #entities do
          local x = entities[k]
          if x.first_token >= z then break end
          gone = gone or {}
          gone[x] = true
        end
        for t = e.last_token + 1, z - 1 do taken[t] = true end
        e.last_token = z - 1
        e.canonical = nil
      end
    end
    if brackets and e.label == "ORG" and not (gone and gone[e]) then
      local a = e.last_token + 2
      if a + 1 <= ntoks and t_text(toks, a - 1) == "(" and
         t_text(toks, a + 1) == ")" and t_is(toks, a, "alpha") and #t_text(toks, a) > 1 then
        local w = t_text(toks, a)
        local start = t_is(toks, a, "upper") and #w <= 10 and acronym_start(toks, e, w)
        if start then
          -- (the entities inside the longer name go: "Democratic")
          for k = ix - 1, 1, -1 do
            local x = entities[k]
            if x.last_token < start then break end
            gone = gone or {}
            gone[x] = true
          end
          for t = start, e.first_token - 1 do taken[t] = true end
          e.first_token = start
          if e.canonical and e.canonical ~= w then e.canonical = nil end
        end
        if t_is(toks, a, "upper") or
           -- (or in mixed case, with a capital inside: "WKStA", "BaFin")
           (#w <= 8 and t_is(toks, a, "cap") and w:find("^.[%l%d]*%u") and
            select(2, w:gsub("%u", "")) >= 2) then
          define(w, e)
          -- (where a name's rule read it, it is the body)
          if not t_is(toks, a, "upper") then
            worded = worded or {}
            worded[w] = true
          end
        elseif #w >= 3 and t_is(toks, a, "cap") and spells(w:upper(), inits) then
          -- (an acronym written as a word: "the National Institute for
          -- Health and Care Excellence (Nice)"; where another rule read
          -- it, as the town, it is the body)
          define(w, e)
          worded = worded or {}
          worded[w] = true
        elseif #w >= 4 and #w <= 8 and t_is(toks, a, "cap") and not taken[a] and
               dict and not dict(a, a) and not is_common(t_key(toks, a)) then
          -- (or a short name of the body's own language that no list
          -- knows: "the Interior Ministry (Segob)", "the Sociedad de
          -- Fomento Fabril (Sofofa)")
          define(w, e)
        end
      end
      -- the other way round: "KDP (Kurdistan Democratic Party)"
      local z = e.first_token - 2
      if z >= 1 and e.last_token < ntoks and
         t_text(toks, z + 1) == "(" and t_text(toks, e.last_token + 1) == ")" and
         t_is(toks, z, "upper") and t_is(toks, z, "alpha") and #t_text(toks, z) > 1 and
         #t_text(toks, z) <= 8 and e.last_token > e.first_token then
        -- (its first letter one of the name's first capitals: not a
        -- dateline before its agency, "VICTORIA (The Canadian Press)")
        local c = t_text(toks, z):sub(1, 1)
        local caps = caps_of(text:sub(t_first(toks, e.first_token), t_last(toks, e.last_token)))
        if c == caps:sub(1, 1) or c == caps:sub(2, 2) then define(t_text(toks, z), e) end
      end
    end
  end
  if gone then entities = without(entities, gone) end
  -- (the body's name is one wherever it stands)
  if bodies then
    for _, e in ipairs(entities) do
      if e.label == "PERSON" and bodies[name_of(text, toks, e)] then
        e.label, e.rule, e.title, e.kind = "ORG", "org.en.acronym_named", nil, nil
      end
    end
  end
  if n == 0 then return entities end
  local added = false
  local single
  local named = {}                  -- (named_in's answers)
  for _, i in ipairs(toks:among(names)) do
    local canonical = names[t_text(toks, i)]
    if not taken[i] then
      add_one_token(entities, taken, i, "ORG", canonical, "org.en.acronym_defined")
      added = true
    else
      -- an acronym another rule found already takes the name it stands for
      single = single or one_token_entities(entities)
      local e = single[i]
      local w = e and t_text(toks, i)
      -- (a definition in brackets wins over the lists' body of that
      -- acronym when the two share no word of four letters or more: "the
      -- England and Wales Cricket Board (ECB)" is no European Central Bank;
      -- "the US Food and Drug Administration (FDA)" stays the lists' name)
      -- (and a body whose initials it is wins over the lists' body the
      -- article does not name: "the London Stock Exchange" … "the LSE";
      -- not a spelling of the lists' body, "Food & Agriculture
      -- Organisation", which shares two words with it)
      -- (and a body the lists know by the defining name: "the NSW State
      -- Emergency Service (SES)" is no other country's service)
      -- (nor another spelling of the lists' name: "Oil & Natural Gas
      -- Corporation")
      if e and e.label == "ORG" and e.canonical and e.canonical ~= w and
         canonical:gsub(" & ", " and ") == e.canonical then
        e = nil
      end
      if e and e.label == "ORG" and
         (not e.canonical or e.canonical == w or
          (not (guessed and guessed[w]) and
           (not shares_word(e.canonical, canonical, not not spells(w, caps_of(canonical))) or
            -- (not when the lists' body is inside the defining name: "the
            -- General Staff of the Armed Forces of Ukraine (AFU)")
            (listed and listed[w] and not canonical:find(e.canonical, 1, true)))) or
          (guessed and guessed[w] and not shares_word(e.canonical, canonical, true) and
           not named_in(entities, e.canonical, named))) then
        e.canonical = canonical
      elseif e and ((worded and worded[w] and
                     (e.label ~= "PERSON" or not t_is(toks, i, "title"))) or
                    -- (or a place's name the capitals only spell: "the
                    -- Semiconductor Industry Association (SIA)" is no Siá)
                    -- (or a state's: "the Icelandic Meteorological Office
                    -- (IMO)" is no Imo State)
                    ((e.label == "GPE" or e.label == "LOC") and e.first_token == e.last_token and
                     e.canonical and e.canonical ~= w and e.canonical:upper() ~= e.canonical and
                     (not e.canonical:find(" ", 1, true) or
                      e.canonical:sub(1, #w):upper() == w:upper()) and
                     t_is(toks, i, "upper"))) then
        e.label, e.canonical, e.kind, e.rule = "ORG", canonical, nil, "org.en.acronym_defined"
      end
    end
  end
  return added and rules_mod.by_first(entities) or entities
end

--- A text of this many bytes or more is long: it is read in parts (see
-- `Extractor:extract`), and `glean.formats.json` writes it without holding
-- its output, so that its peak stays near what its results need.
M.LONG_TEXT = 524288

-- one text, whole (see `Extractor:extract`)
local function extract_one (self, text, opts)
  local toks = tokenizer():tokenize(text)
  local sents = toks:sentences()
  local ms = self.matcher:match(toks)
  local ctx = { dct = opts.dct, text = text,
                dict = gazetteer.span_reader(self.matcher, ms, #toks) }
  local found = self.engine:run(text, toks, sents, ctx, ms)
  local sports
  sports, found = sports_report(toks, found, ctx.dict, self.matcher)
  -- (the tokens the entities hold: true, in a table made at its size)
  local taken = core.taken(#toks, found)
  found = early_fixes(text, toks, found, taken, ctx.dict, self.matcher)
  found = listed_tails(toks, found, taken)
  found = listed_places(toks, found, taken, ctx.dict)
  found = given_initials(toks, found, taken, ctx.dict)
  local alone
  found, alone = link_names(text, toks, found, taken, ctx.dict)
  if alone and alone[1] then
    found = given_names_alone(text, toks, found, taken, ctx.dict, alone)
  end
  found = link_acronyms(text, toks, found, taken, ctx.dict)
  found = teams_in_article(toks, found, ctx.dict, sports, self.matcher, taken, text)
  appositions(text, toks, found, ctx.dict)
  -- the results become the entities (they are fresh tables: no copies):
  -- core.place sets first, last and text, takes the engine's fields off,
  -- gives a name its text as canonical name when it has none, and makes a
  -- name broken over lines one name
  core.place(toks, found, NAMED)
  local_bodies(found, ctx.dict)
  -- the later stages (dates, quotes) see the document as it stands
  -- (its `sentences` and `registry` are made when first asked for)
  local doc = setmetatable({ id = opts.id, dct = opts.dct, text = text, entities = found,
                             quotes = {}, tokens = toks, _sentences = sents }, DOC_MT)
  local sctx = { doc = doc, text = text, tokens = toks, sentences = sents,
                 dct = opts.dct, matcher = self.matcher, matches = ms,
                 dict = ctx.dict, date_policy = opts.date_policy or self.date_policy }
  for _, stage in ipairs(self.stages) do stage.run(sctx, doc) end
  return doc
end

--- A long text is read in parts of about this many bytes (see
-- `Extractor:extract`).
M.PART = 262144

-- the first token of toks that starts at byte pos or after (#toks + 1
-- when none does)
local function token_from (toks, pos)
  local lo, hi = 1, #toks
  while lo <= hi do
    local mid = math.floor((lo + hi) / 2)
    if t_first(toks, mid) < pos then lo = mid + 1 else hi = mid - 1 end
  end
  return lo
end

-- the token of toks that starts at byte pos, or nil
local function token_at (toks, pos)
  local t = token_from(toks, pos)
  if t <= #toks and t_first(toks, t) == pos then return t end
  return nil
end

-- where a long text is cut (byte positions, each the last of a part):
-- before the first paragraph in the 64 KB after each PART bytes, else the
-- first sentence there, else the first token after a space (a part never
-- splits a token, nor a sentence where one ends in the window; with no
-- space in it, the rest is one part)
local WINDOW = 65536

local function cuts (text, toks, sfirst, size)
  local out, pos, n, ntoks = {}, 1, #text, #toks
  local s, ns = 1, #sfirst
  while n - pos + 1 > size + size / 2 do
    local from, to = pos + size, pos + size + WINDOW
    local cut
    while s <= ns and t_first(toks, sfirst[s]) < from do s = s + 1 end
    local k = s
    while k <= ns and not cut do
      local t = sfirst[k]
      local f = t_first(toks, t)
      if f >= to then break end
      if t_is(toks, t, "para_before") then cut = f - 1 end
      k = k + 1
    end
    if not cut and s <= ns and t_first(toks, sfirst[s]) < to then
      cut = t_first(toks, sfirst[s]) - 1
    end
    if not cut then
      local t = token_from(toks, from)
      while t <= ntoks and t_first(toks, t) < to do
        if t_is(toks, t, "space_before") then cut = t_first(toks, t) - 1 break end
        t = t + 1
      end
    end
    if not cut then break end
    out[#out + 1] = cut
    pos = cut + 1
  end
  out[#out + 1] = n
  return out
end


-- a long text, part by part: each part is a document to the passes and
-- stages; its results are moved to the whole text's positions
local function extract_long (self, text, opts)
  local toks = tokenizer():tokenize(text)
  local sents = toks:sentences()
  local ntoks = #toks
  local entities, quotes = {}, {}
  local ne, nq, a = 0, 0, 1
  local sub_opts = {}
  for k, v in pairs(opts) do sub_opts[k] = v end
  sub_opts.id = nil
  local sfirst = sents:arrays()
  for _, b in ipairs(cuts(text, toks, sfirst, M.PART)) do
    local part = extract_one(self, text:sub(a, b), sub_opts)
    local shift = a - 1
    -- (token k of a part is token k + off of the whole text when the part
    -- reads as the whole does there; where it does not, the token is
    -- looked for by its position)
    local off = #part.tokens > 0 and
                (token_at(toks, t_first(part.tokens, 1) + shift) or 1) - 1 or 0
    core.compact(part.entities)
    core.compact(part.quotes)
    for _, e in ipairs(part.entities) do
      local f, l = e.first + shift, e.last + shift
      e.first, e.last = f, l
      local ft, lt = e.first_token + off, e.last_token + off
      if ft > ntoks or t_first(toks, ft) ~= f then ft = token_at(toks, f) or ft end
      if lt > ntoks or t_last(toks, lt) ~= l then
        lt = ft
        while lt < ntoks and t_last(toks, lt) < l do lt = lt + 1 end
      end
      e.first_token, e.last_token = ft, lt
      ne = ne + 1
      entities[ne] = e
    end
    for _, q in ipairs(part.quotes) do
      q.first, q.last = q.first + shift, q.last + shift
      if q.speaker_first then
        q.speaker_first, q.speaker_last = q.speaker_first + shift, q.speaker_last + shift
      end
      if q.cue_first then
        q.cue_first, q.cue_last = q.cue_first + shift, q.cue_last + shift
      end
      for _, p in ipairs(q.parts or {}) do
        p.first, p.last = p.first + shift, p.last + shift
      end
      nq = nq + 1
      quotes[nq] = q
    end
    -- (a part's garbage goes before the next part: left to the collector's
    -- pace, it grew with the results kept)
    part = nil -- luacheck: ignore
    collectgarbage()
    a = b + 1
  end
  local doc = setmetatable({ id = opts.id, dct = opts.dct, text = text, entities = entities,
                             quotes = quotes, tokens = toks, _sentences = sents }, DOC_MT)
  collectgarbage()
  return doc
end

--- Extract entities, dates and quotes from a text.
--
-- A text longer than `glean.LONG_TEXT` bytes and 1.5 `glean.PART` is read
-- in parts of about `glean.PART` bytes (256 KB), cut after a blank line
-- where there is one near: each part is a document to the rules and
-- stages (a name links to its full form, a pronoun to its speaker, within
-- the part), and the results come back at the whole text's positions, so
-- that the memory such a text needs is its results' and one part's.
-- @tparam string text
-- @tparam[opt] table opts `dct` (document date, "YYYY-MM-DD"), `id`
-- @treturn table a document: `id`, `dct`, `text`, `entities` (each with
-- `first`, `last`, `label`, `text`, `canonical`, `rule`, …), `quotes`,
-- `sentences` (`first`, `last`), `tokens` (the `glean.Tokens`)
function Extractor:extract (text, opts)
  check_text(text, "extract")
  argcheck(opts == nil or type(opts) == "table", 2, "extract", "table expected")
  opts = opts or {}
  local long, part = M.LONG_TEXT, M.PART
  if type(long) ~= "number" or type(part) ~= "number" or part ~= part or part < 1 then
    error("glean: glean.LONG_TEXT and glean.PART must be numbers, PART at least 1", 2)
  end
  if #text >= long and #text > part * 1.5 then
    return extract_long(self, text, opts)
  end
  return extract_one(self, text, opts)
end

local REGISTERED = NAMED

--- The distinct entities of a document: one record per label and
-- canonical name, in order of first mention, with its mentions (the
-- entities themselves: `first`, `last`, `text`, …), its `titles` and
-- `affiliations` (each once, in order),
-- its `kind` when one is known, and `count`.
-- @tparam table entities a document's entities
-- @treturn table the registry
function M.registry (entities)
  local reg, at = {}, {}
  for _, e in ipairs(entities) do
    if REGISTERED[e.label] then
      local name = e.canonical or e.text
      local key = e.label .. "\0" .. name
      local r = at[key]
      if not r then
        r = { label = e.label, canonical = name, mentions = {}, titles = {},
              affiliations = {}, count = 0, _seen = {} }
        at[key] = r
        reg[#reg + 1] = r
      end
      r.count = r.count + 1
      r.mentions[r.count] = e
      r.kind = r.kind or e.kind
      local v = e.title
      if v and not r._seen["title\0" .. v] then
        r._seen["title\0" .. v] = true
        r.titles[#r.titles + 1] = v
      end
      v = e.affiliation
      if v and not r._seen["affiliation\0" .. v] then
        r._seen["affiliation\0" .. v] = true
        r.affiliations[#r.affiliations + 1] = v
      end
    end
  end
  for _, r in ipairs(reg) do r._seen = nil end
  return reg
end

-- a document's registry is made when it is first asked for
DOC_MT = { __index = function (doc, k)
  if k == "registry" then
    local r = M.registry(rawget(doc, "entities") or {})
    rawset(doc, "registry", r)
    return r
  elseif k == "sentences" then
    local sents, out = rawget(doc, "_sentences"), {}
    if sents then
      for i = 1, #sents do
        local v = sents[i]
        out[i] = { first = v.first, last = v.last }
      end
    end
    rawset(doc, "sentences", out)
    return out
  end
end }

local default_extractor

--- Extract with the default English packs (see `Extractor:extract`).
function M.extract (text, opts)
  check_text(text, "extract")
  if not default_extractor then default_extractor = M.new() end
  return default_extractor:extract(text, opts)
end

-- }======================================================

M.core = core
M.data = data
M.gazetteer = gazetteer
M.json = core.json


return M
