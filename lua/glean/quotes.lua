--- The quote stage: direct, mixed and reported speech with the speaker
-- resolved. It runs after the entity passes (`glean.STAGES`) and fills
-- `doc.quotes` in text order; each quote has `first`, `last` (the content,
-- 1-based inclusive bytes), `text`, `kind` ("direct", "mixed" or
-- "indirect"), `speaker` (the canonical name of the resolved entity, or the
-- mention's text), `speaker_first`, `speaker_last` (the mention), `cue`,
-- `cue_first`, `cue_last`, `rule` and, when the cue names a listener,
-- `addressee`; `speakers`, the names, when several joined by "and" speak
-- ("Acme and Beta Corp said"); `parts`, the content's two pieces, when it
-- runs on past its own attribution ("“A,” she said. “B.”").
--
-- How: the rules of `glean.rules.en.quotes` (patterns over tokens, the
-- dictionary's `reporting_verb` list and the entities) run in one sweep of
-- the C matcher over the whole text; quote marks are found with one LPeg
-- scan of the bytes and paired per paragraph. Lua then looks only at the
-- matches and the quotations: where the content starts and stops, what
-- kind it is, who the speaker is (a pronoun or "the minister" goes to the
-- most recent fitting person; a quotation paragraph with no cue goes to the
-- speaker of the quote before it). Work is linear in the text: no Lua table
-- per token, and bad input (unbalanced marks, invalid bytes) never raises.
-- @module glean.quotes

local core = require "glean.core"
local lpeg = require "lpeg"
local P = require "glean.pattern"
local data = require "glean.data"
local gazetteer = require "glean.gazetteer"

-- (LuaJIT: the functions of this file run in the interpreter; a trace
-- would stop at each of their many calls into the C core, and stitching
-- the pieces together makes them several times slower, not faster)
local jit = rawget(_G, "jit")
if jit then jit.off(true, true) end

local error, ipairs, next, pairs, setmetatable, tostring, type =
      error, ipairs, next, pairs, setmetatable, tostring, type
local byte = string.byte

local M = {}

-- the methods of a token list, taken once per run (a method call through
-- the userdata's __index costs a second C call)
local KEY, KIND, IS, FIRST, LAST, FIND, FLAGS

-- token flags (`toks:flags`: every flag of a token in one call, where
-- several `toks:is` would each be one). A flag f is set in flags x when
-- x % (2 * f) >= f (no bit operators in Lua 5.1).
-- (what a span with no reading reads as: no title)
local NO_READING = {}
local F_SINGLE, F_OPEN, F_CLOSE = core.FLAG.single, core.FLAG.open, core.FLAG.close
local F_SPACE, F_NEWLINE = core.FLAG.space_before, core.FLAG.newline_before
local F_JOINPREV, F_LOWER = core.FLAG.joined_prev, core.FLAG.lower
local F_CAP, F_UPPER = core.FLAG.cap, core.FLAG.upper

-- whether a key ends with a suffix ("ed", "ing", "ly"), kept per key: the
-- same few words ("said", "told", "saying") are asked about at every cue,
-- and `w:sub(-2)` is a call into C and a string made at each ask. (Bounded:
-- a stream of new words starts the memo afresh now and then.)
local function ending (suffix, except)
  local from, size = -#suffix, 0
  except = except or {}
  return setmetatable({}, { __index = function (memo, w)
    local yes = w:sub(from) == suffix and not except[w]
    if size >= 20000 then
      for k in pairs(memo) do memo[k] = nil end
      size = 0
    end
    size = size + 1
    memo[w] = yes
    return yes
  end })
end

-- ("ated" ends with "ed": a past tense or a participle either way)
-- (nouns in "ly" are no adverbs: "her family said", "the daily reported")
local ENDS_ED, ENDS_ING = ending "ed", ending "ing"
local ENDS_LY = ending("ly", { family = true, ally = true, assembly = true, daily = true,
  weekly = true, monthly = true, quarterly = true, monopoly = true,
  supply = true, anomaly = true, italy = true, july = true })

-- the words that open a noun phrase
local DETERMINERS = { the = true, a = true, an = true, his = true, her = true,
  their = true, its = true, our = true, my = true, your = true, this = true,
  these = true, those = true }

-- quantifiers that head a noun phrase before "of" ("some of the critics")
local OF_QUANTIFIERS = { some = true, many = true, most = true, all = true,
  several = true, one = true, two = true, three = true, few = true, both = true,
  each = true, any = true, none = true, half = true, dozens = true }

-- Arrays of numbers that a run lists (the marks' positions, the entity
-- spans of the layer, the matches' offsets, cues and order) are kept from
-- run to run: a fresh array grows a step at a time, each step a copy, for
-- every text. They hold nothing of a text, and no more than SCRATCH_MAX
-- numbers (a longer list has an array of its own).
local SCRATCH_MAX = 2048

-- array t, filled from 1 to n, cut there: the numbers a longer list left
-- after n are cleared, so that #t is n (t has no hole before its end)
local function cut (t, n)
  for i = #t, n + 1, -1 do t[i] = nil end
end

-- {======================================================
-- Compiling the rules
-- =======================================================

local function set_of (list)
  local s = {}
  for _, w in ipairs(list or {}) do s[core.fold(w)] = true end
  return s
end

-- the dictionary and entity names a pattern refers to (outs[0], outs[1]:
-- the names of layers 0 and 1). The rules share their parts ("speaker",
-- "aux" …): a part already seen is not walked again.
local function names_in (p, outs, seen)
  if type(p) ~= "table" or seen[p] then return end
  seen[p] = true
  if p.tag == "span" and outs[p.layer] then
    local out = outs[p.layer]
    for _, l in ipairs(p.labels) do out[l] = true end
  elseif p.tag == "test" then
    local t = p.test
    if outs[t.layer] then
      local out = outs[t.layer]
      for _, l in ipairs(t.labels or {}) do out[l] = true end
    end
    if outs[t.xlayer] then
      local out = outs[t.xlayer]
      for _, l in ipairs(t.xlabels or {}) do out[l] = true end
    end
  end
  if p.items then for _, q in ipairs(p.items) do names_in(q, outs, seen) end end
  if p.p then names_in(p.p, outs, seen) end
end

local function bits_of (names, extra)
  local list, seen = {}, {}
  for n in pairs(names) do list[#list + 1] = n; seen[n] = true end
  for _, n in ipairs(extra or {}) do
    if not seen[n] then list[#list + 1] = n; seen[n] = true end
  end
  table.sort(list)
  local map = {}
  for i, n in ipairs(list) do map[n] = 2 ^ (i - 1) end
  return map
end

local ENTITY_LABELS = { "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "TIME" }

--- Compile a rule set (a table shaped like `glean.rules.en.quotes`).
-- @raise on a malformed rule (`glean: quotes rule '…': …`)
function M.compile (set)
  local dict_names, ent_names = {}, {}
  local outs, seen = { [0] = dict_names, [1] = ent_names }, {}
  for _, r in ipairs(set.rules) do
    if type(r.id) ~= "string" or not P.is_pattern(r.pattern) then
      error("glean: quotes rule '" .. tostring(r.id) .. "': needs an id and a pattern", 2)
    end
    if r.content ~= "after" and r.content ~= "before" and r.content ~= "auto" then
      error("glean: quotes rule '" .. r.id .. "': content must be after, before or auto", 2)
    end
    names_in(r.pattern, outs, seen)
  end
  local c = {
    set = set, rules = set.rules,
    dict_bits = bits_of(dict_names),
    ent_bits = bits_of(ent_names, ENTITY_LABELS),
    tail = set_of(set.TAIL_WORDS),
    needs = set_of(set.NEEDS_COMPLEMENT),
    stops = set_of(set.CLAUSE_STOPS),
    to_verbs = set_of(set.TO_VERBS),
    addressee_nouns = set_of(set.ADDRESSEE_NOUNS or {}),
    to_object = set_of(set.TO_OBJECT_VERBS or {}),
    np_verbs = set_of(set.NP_VERBS),
    subordinators = set_of(set.SUBORDINATORS),
    subjects = set_of(set.CLAUSE_SUBJECTS),
    not_head = set_of(set.NOT_MODIFIERS),
    not_head2 = set_of(set.NOT_HEADS),
    not_speakers = set_of(set.NOT_SPEAKERS),
    np_stops = set_of(set.NP_STOPS),
    not_gerunds = set_of(set.NOT_CLAUSE_GERUNDS),
    not_before_cue = set_of(set.NOT_BEFORE_CUE),
    raising = set_of(set.RAISING),
    time_det = set_of(set.TIME_DETERMINERS),
    time_words = set_of(set.TIME_WORDS),
    time_adverbs = set_of(set.TIME_ADVERBS or {}),
    not_inverted = set_of(set.NOT_INVERTED or {}),
    finite_subjects = set_of(set.GERUND_SUBJECTS or {}),
    prep_objects = set_of(set.PREPOSITION_OBJECTS),
    appositive = set_of(set.APPOSITIVE_OPENERS),
    relatives = set_of(set.RELATIVES),
    honorifics = set_of(set.HONORIFICS or {}),
    body_parts = set_of(set.BODY_PART_NOUNS or {}),
    objects_after_time = set_of(set.OBJECTS_AFTER_TIME),
    finite = set_of(set.FINITE_VERBS),
    not_that = set_of(set.NOT_THAT_VERBS),
    aux = set_of(set.AUX),
    postnominals = set_of(set.POSTNOMINALS or {}),
    seat_letters = set_of(set.SEAT_LETTERS or {}),
    tell = set_of(set.TELL or {}),
    body_nouns = set_of(set.BODY_NOUNS or {}),
    not_bank_heads = set_of(set.NOT_BANK_HEADS or {}),
    named_body_nouns = set_of(set.NAMED_BODY_NOUNS or {}),
    outlet_nouns = set_of(set.OUTLET_NOUNS or {}),
    described_body_nouns = set_of(set.DESCRIBED_BODY_NOUNS or {}),
    roles = set_of(set.SIDE_ROLES or {}),
    heads = set_of(set.SOURCE_NOUNS or {}),
    not_people = set_of(set.NOT_PEOPLE or {}),
    called_events = set_of(set.CALLED_EVENTS or {}),
    epithets = set_of(set.EPITHETS or {}),
    np_not_speech = set_of(set.NP_NOT_SPEECH or {}),
    coord_belief = set_of(set.COORD_BELIEF_VERBS or {}),
    roles_of = set_of(set.ROLES_OF or {}),
    title_letters = set.TITLE_LETTERS or {},
    say_clause = set_of(set.SAY_CLAUSE_VERBS or {}),
    prize_verbs = set_of(set.PRIZE_VERBS or {}),
    prize_nouns = set_of(set.PRIZE_NOUNS or {}),
    prize_followers = set_of(set.PRIZE_FOLLOWERS or {}),
    gerund_subjects = set_of(set.CLAUSE_SUBJECTS),
    be = set_of(set.BE or { "is", "are", "was", "were", "been", "be", "being" }),
    pronouns = set.PRONOUNS or {},
    min_floating = set.MIN_FLOATING_WORDS or 4,
    min_words = set.MIN_WORDS or 3,
    min_np_words = set.MIN_NP_WORDS or set.MIN_WORDS or 3,
  }
  for _, w in ipairs(set.GERUND_SUBJECTS or {}) do c.gerund_subjects[w] = true end
  -- (the bits of the dictionary labels that a longer name around them
  -- takes away)
  c.inside_drop = 0
  for _, name in ipairs(set.NOT_INSIDE_NAMES or {}) do
    c.inside_drop = c.inside_drop + (c.dict_bits[name] or 0)
  end
  c.compiler = P.compiler({ [0] = c.dict_bits, [1] = c.ent_bits })
  for _, r in ipairs(set.rules) do c.compiler:add(r.pattern) end
  c.program = c.compiler:program()
  -- where each rule's "cue" capture sits among its captures
  c.cue_slot, c.that_slot = {}, {}
  for r, names in ipairs(c.compiler.captures) do
    for k, name in ipairs(names) do
      if name == "cue" then c.cue_slot[r] = k end
      if name == "that" then c.that_slot[r] = k end
    end
  end
  return c
end

local default -- the English rules, compiled on first use

--- Compile the English rules now (`glean.new` calls it), not on the first
-- run: a run started inside that one (from a hook, a finalizer) would
-- find the rules half made.
function M.prepare ()
  default = default or M.compile(require "glean.rules.en.quotes")
end

-- }======================================================


-- {======================================================
-- Quote marks and quotations
-- =======================================================

-- double quote marks (straight, two apostrophes as one, curly, low,
-- guillemets, full-width): their byte positions, in order. Each mark is
-- looked for with a plain search (memchr, a few bytes an instruction; one
-- LPeg pass over the text cost some 18 instructions a byte). No mark can
-- start inside another, and '' is taken left to right, two bytes at a time:
-- the positions are those of one scan from the start.
local MARKS = { '"', "''", "\226\128\156", "\226\128\157", "\226\128\158",
                "\226\128\159", "\194\171", "\194\187", "\239\188\130" }
-- single marks, which British papers quote with: an apostrophe inside a
-- word ("don't", "Lee's") is none, and is left out of the scan (plain
-- searches: a pattern's class read at every byte of the text cost the
-- quote stage as much as all its rules)
local SINGLE_MARKS = { "'", "\226\128\152", "\226\128\153" }

-- whether byte b is a letter or a digit (ASCII, or a byte of a UTF-8
-- sequence: a letter outside ASCII)
local function wordish (b)
  return b ~= nil and ((b >= 48 and b <= 57) or (b >= 65 and b <= 90) or (b >= 97 and b <= 122) or
                       b >= 128)
end

local POSITIONS = {}          -- (kept: see SCRATCH_MAX)

local function scan_marks (text)
  local out, n, kinds = POSITIONS, 0, 0
  for k = 1, #MARKS do
    local m = MARKS[k]
    local p = text:find(m, 1, true)
    if p then
      kinds = kinds + 1
      repeat
        n = n + 1
        out[n] = p
        p = text:find(m, p + #m, true)
      until not p
    end
  end
  -- (single marks not between letters or digits: an apostrophe inside a
  -- word, "don't", "Lee's", is no mark, nor one of '', read as double)
  local singles = 0
  for k = 1, #SINGLE_MARKS do
    local m = SINGLE_MARKS[k]
    local len = #m
    local p = text:find(m, 1, true)
    while p do
      local b0, b1 = p > 1 and byte(text, p - 1) or nil, byte(text, p + len)
      if not (wordish(b0) and wordish(b1)) and b0 ~= 39 and b1 ~= 39 then
        n, singles = n + 1, singles + 1
        out[n] = p
      end
      p = text:find(m, p + len, true)
    end
  end
  if singles > 0 then kinds = kinds + 2 end
  cut(out, n)
  -- (a text of many marks keeps the array it grew: the next starts anew)
  if n > SCRATCH_MAX then POSITIONS = {} end
  if kinds > 1 then table.sort(out) end
  return out
end

-- the first token that starts at or after byte pos (n + 1 when none)
local function token_from (toks, pos)
  local lo, hi = 1, #toks + 1
  while lo < hi do
    local mid = lo + (hi - lo - (hi - lo) % 2) / 2
    if FIRST(toks, mid) < pos then lo = mid + 1 else hi = mid end
  end
  return lo
end

-- quotation q, left open, ends at the end of its paragraph (of n tokens)
local function end_at_paragraph (text, toks, n, q)
  local at = text:find("\n", FIRST(toks, q.o), true)
  q.e = at and token_from(toks, at) - 1 or n
end

--[[ Quotations: balanced pairs of double marks inside a paragraph (a line);
an opening mark left open ends its quotation at the paragraph's end, and a
paragraph that starts with an opening mark right after such a quotation
continues it (a quote over several paragraphs). Each quotation: `o`, `ob`
(first and last token of the opening mark: two for '' marks), `c`, `ce`
(the closing mark; nil when unclosed), `e` (last token inside), `prev`
(the quotation it continues). ]]
local SINGLE = 1             -- (the style of a quotation of single marks)

local function quotations (text, toks)
  local qs = {}
  local positions = scan_marks(text)
  if #positions == 0 then return qs end
  local n = #toks
  local nl                    -- the next newline after the last mark
  local cur                   -- the open quotation
  local left_open             -- the previous quotation, when left open
  nl = text:find("\n", 1, true) or (#text + 1)
  for x = 1, #positions do
    local pos = positions[x]
    if pos > nl then
      -- a paragraph ended since the last mark
      if cur and cur.style == SINGLE then
        qs[#qs], cur, left_open = nil, nil, nil    -- (a single mark left open: none)
      elseif cur then
        end_at_paragraph(text, toks, n, cur)
        left_open, cur = cur, nil
      end
      nl = text:find("\n", pos, true) or (#text + 1)
    end
    local t = FIND(toks, pos)
    if t and KIND(toks, t) == "quote" then
      local t2 = t
      local fl = FLAGS(toks, t)
      local double = fl % (2 * F_SINGLE) < F_SINGLE
      if not double and text:byte(pos + 1) == 39 and t < n and
         FIRST(toks, t + 1) == pos + 1 then
        t2, double = t + 1, true         -- '' as one mark
      end
      -- (a double mark while single ones are open: nested where the single
      -- ones open a paragraph or follow a comma or colon, ‘… “…” …’; else
      -- those were no quotation, "shoot 'em up")
      if double and cur and cur.style == SINGLE then
        if cur.lead then
          double = false
        else
          qs[#qs], cur = nil, nil
        end
      end
      if double then
        local open = fl % (2 * F_OPEN) >= F_OPEN
        local close = (t2 > t and FLAGS(toks, t2) or fl) % (2 * F_CLOSE) >= F_CLOSE
        if t2 > t then
          -- two marks: opening before a word, closing after one
          open = not IS(toks, t2 + 1 <= n and t2 + 1 or t2, "space_before") and
                 fl % (2 * F_SPACE) >= F_SPACE or t == 1 or fl % (2 * F_NEWLINE) >= F_NEWLINE
          close = not open
        elseif open and close then
          open = cur == nil
          close = not open
        elseif not open and not close then
          if cur then close = true else open = true end
        end
        if cur then
          if close then
            cur.c, cur.ce, cur.e = t, t2, t - 1
            cur = nil
            left_open = nil
          end
          -- a second opening mark in an open quotation: nested, ignored
        elseif open then
          -- (every field a quotation gets is named: the table never grows)
          cur = { o = t, ob = t2, style = t2 > t and 39 or text:byte(pos), i = nil,
                  e = nil, c = nil, ce = nil, prev = nil }
          -- at the start of a paragraph, after a quotation left open with
          -- the same kind of mark
          if left_open and left_open.e + 1 == t and fl % (2 * F_NEWLINE) >= F_NEWLINE and
             left_open.style == cur.style then
            cur.prev = left_open
          end
          left_open = nil
          qs[#qs + 1] = cur
          cur.i = #qs
        end
        -- a closing mark with nothing open: a stray mark, ignored
      elseif cur then
        -- (a single mark inside a quotation of double ones is nested; one
        -- closes a quotation of single marks after punctuation or a word
        -- not in "s", whose mark may be a plural's: "the players' union")
        if cur.style == SINGLE and fl % (2 * F_SINGLE) >= F_SINGLE and
           fl % (2 * F_CLOSE) >= F_CLOSE and t > cur.o + 1 then
          local p = t - 1
          local k = KIND(toks, p)
          if k == "punct" or (k == "word" and byte(text, pos - 1) ~= 115) then
            cur.c, cur.ce, cur.e = t, t, t - 1
            cur, left_open = nil, nil
          end
        end
      elseif fl % (2 * F_OPEN) >= F_OPEN and not wordish(byte(text, pos - 1)) then
        -- a single mark that opens a word: a quotation of single marks
        -- ("'90s" and "'em" open none: a digit, or never closed in the
        -- paragraph)
        local b1 = byte(text, pos + (byte(text, pos) == 39 and 1 or 3))
        if wordish(b1) and not (b1 >= 48 and b1 <= 57) then
          local pk = t > 1 and KEY(toks, t - 1)
          cur = { o = t, ob = t, style = SINGLE, i = nil, e = nil, c = nil, ce = nil,
                  prev = nil, lead = t == 1 or fl % (2 * F_NEWLINE) >= F_NEWLINE or
                                    pk == "," or pk == ":" }
          left_open = nil
          qs[#qs + 1] = cur
          cur.i = #qs
        end
      end
    end
  end
  if cur and cur.style == SINGLE then
    qs[#qs] = nil
  elseif cur then
    end_at_paragraph(text, toks, n, cur)
  end
  return qs
end

-- the index of the first quotation whose opening mark is at or after token
-- t (a binary search, after a look at where the last one ended: most
-- questions come in text order)
local function quotation_from (qs, t)
  local h = qs.hint or 1
  local q = qs[h]
  if q and q.o >= t and (h == 1 or qs[h - 1].o < t) then return h end
  q = qs[h + 1]
  if q and q.o >= t and qs[h].o < t then qs.hint = h + 1; return h + 1 end
  local lo, hi = 1, #qs + 1
  while lo < hi do
    local mid = lo + (hi - lo - (hi - lo) % 2) / 2
    if qs[mid].o < t then lo = mid + 1 else hi = mid end
  end
  if lo <= #qs then qs.hint = lo end
  return lo
end

-- the quotation that closes with mark token t
local function closing_at (qs, t)
  local k = quotation_from(qs, t) - 1
  while k >= 1 do
    local q = qs[k]
    if q.ce == t then return q end
    if q.ce and q.ce < t then return nil end
    k = k - 1
    if k < 1 or t - qs[k].o > 5000 then return nil end
  end
  return nil
end

-- the last quotation of the chain that q starts (following continuations)
local function chain_end (qs, q)
  local k = q.i
  while qs[k + 1] and qs[k + 1].prev == qs[k] do k = k + 1 end
  return qs[k]
end

local function chain_start (q)
  while q.prev do q = q.prev end
  return q
end

-- }======================================================


-- {======================================================
-- Sentences and paragraphs
-- =======================================================

-- the view of sentence i ({first_token, last_token}; nil outside the
-- list), made once per run: `sents[i]` would make a table of four fields
-- in C at each ask
local function sentence_at (st, i)
  local s = st.smemo[i]
  if not s then
    local f = st.sfirst[i]
    if not f then return nil end
    s = { first_token = f, last_token = st.slast[i] }
    st.smemo[i] = s
  end
  return s
end

-- whether sentence s has a relative pronoun (" who ", " which ") and a
-- clause joined by ", and" or ", but": asked of its text once, kept on
-- its view
local function sentence_words (st, s)
  local who = s.who
  if who == nil then
    local piece = st.text:sub(FIRST(st.toks, s.first_token), LAST(st.toks, s.last_token))
    -- (the words searched without their space before: a search for a
    -- space stops at every word)
    who = (piece:find("who ", 1, true) or piece:find("which ", 1, true)) ~= nil
    s.who = who
    s.joined = (piece:find(", and ", 1, true) or piece:find(", but ", 1, true)) ~= nil
  end
  return who, s.joined
end

-- the sentence that holds token t (the last one that starts at or before
-- it; the first when none does): its view and its index. The search reads
-- the sentences' first tokens as a Lua array (`sents:arrays()`, taken once
-- per run): no view, and no call into C, per step.
local function sentence_of (st, t)
  local sf = st.sfirst
  local n = #sf
  -- (mostly asked in text order: try the last answer and the next one)
  local i = st.shint
  if not (sf[i] <= t and (i == n or sf[i + 1] > t)) then
    if i < n and sf[i + 1] <= t and (i + 1 == n or sf[i + 2] > t) then
      i = i + 1
    else
      local lo, hi = 1, n
      while lo < hi do
        local mid = lo + (hi - lo + 1 - (hi - lo + 1) % 2) / 2
        if sf[mid] <= t then lo = mid else hi = mid - 1 end
      end
      i = lo
    end
    st.shint = i
  end
  return sentence_at(st, i), i
end

-- the number of the sentence that holds token t
local function sentence_index (st, t)
  local _, i = sentence_of(st, t)
  return i
end

-- (keys are folded: every dash is "-")
-- the most tokens one cue's content scan looks at
local MAX_CONTENT = 150

local SEPARATORS = { [","] = true, ["-"] = true, ["--"] = true }

local TERMINAL = { ["."] = true, ["!"] = true, ["?"] = true, [";"] = true }

-- }======================================================


-- {======================================================
-- Speakers
-- =======================================================

-- the index of the first entity that starts at or after token t (as
-- quotation_from: the last answer first)
local function entity_from (st, t)
  local ents = st.ents
  local h = st.ehint
  local e = ents[h]
  if e and e.first_token >= t and (h == 1 or ents[h - 1].first_token < t) then return h end
  local n = #ents
  local lo, hi = 1, n + 1
  if e and e.first_token < t then
    -- (forward from the last answer, in growing steps)
    local step = 1
    lo = h + 1
    while h + step <= n do
      if ents[h + step].first_token >= t then hi = h + step break end
      lo = h + step + 1
      step = step * 2
    end
  end
  while lo < hi do
    local mid = lo + (hi - lo - (hi - lo) % 2) / 2
    if ents[mid].first_token < t then lo = mid + 1 else hi = mid end
  end
  st.ehint = lo
  return lo
end

-- the date or time entity that starts at token t, if any
local function time_at (st, t)
  local e = st.ents[entity_from(st, t)]
  if e and e.first_token == t and (e.label == "DATE" or e.label == "TIME") then return e end
  return nil
end

local function entity_at (st, a, b)
  local ents = st.ents
  local k = entity_from(st, a)
  local e = ents[k]
  if e and e.first_token == a and e.last_token <= b then return e end
  return nil
end

-- the sex the given-name reading of token t gives, among its readings:
-- "m", "f" or false
local function given_name_sex (st, t)
  for _, r in ipairs(st.ctx.dict(t, t, true)) do
    if r.list == "given_names" then return data.name_sex(r.extra) or false end
  end
  return false
end

-- gender of a person from the given-name list ("m", "f" or nil; kept per
-- first token: the pronouns of an article ask about the same persons)
local function gender_of (st, e)
  local t = e.first_token
  local g = st.gender[t]
  if g == nil then
    -- (the honorific's or the kin's noun's, "Ms Atlas", "his mother, Ann Lee",
    -- else the given name's)
    g = data.person_sex(e.title)
    -- (a role's "-man" says less than the given name: "Nirosha Fernando,
    -- chairman of the Tea Board" is a woman)
    if g and e.last_token > t and e.title:lower():find("man$") then
      local gs = given_name_sex(st, t)
      if gs and gs ~= g then g = gs end
    end
    -- (a Vietnamese name's middle word: "Thị" a woman's, "Văn" a man's)
    -- (not a Dutch particle in capitals: "Anna Van den Broeck")
    if not g and e.last_token >= t + 2 and IS(st.toks, t + 1, "title") then
      local k1, k2 = KEY(st.toks, t + 1), KEY(st.toks, t + 2)
      if k1 == "thi" then g = "f"
      elseif k1 == "van" and k2 ~= "den" and k2 ~= "der" and k2 ~= "de" then g = "m" end
    end
    -- (a Sikh woman's name: "Amrit Kaur Sandhu", "Harpreet Kaur")
    if e.last_token > t then
      for i = t + 1, e.last_token do
        if KEY(st.toks, i) == "kaur" then g = "f" break end
      end
    end
    -- (a name's short form is the full name's, though its first word may
    -- read as a given name: "Van der Meulen" for "Femke van der Meulen",
    -- "Yoon" for "Yoon Seo-jin")
    local c = e.canonical
    local short = c and #c > #e.text
    -- (nor a Chinese family name of three words that is a given name
    -- elsewhere: "Teo Hui Min" is no Teo's; her sex is unknown)
    local chinese = not g and not short and e.last_token == t + 2 and st.ctx.dict and
                    IS(st.toks, t + 1, "cap") and IS(st.toks, t + 2, "cap")
    if chinese then
      chinese = false
      for _, r in ipairs(st.ctx.dict(t, t, true)) do
        if r.list == "surnames" and (r.extra or ""):find("lang=[%a,]*zh") then
          chinese = true
          break
        end
      end
    end
    if not g and not short and not chinese then
      local d = st.ctx.dict and st.ctx.dict(t, t)
      g = d and data.name_sex(d.extra) or false
      -- (a given name that reads first as a town: "Anthony"; not a weak
      -- one before a hyphenated given name, a Korean family name's, "Yoon
      -- Seo-jin")
      if not g and d and d.list ~= "given_names" and e.last_token > t and
         not (e.last_token >= t + 3 and KIND(st.toks, t + 2) == "hyphen") then
        g = given_name_sex(st, t)
      end
      -- (a family name written first: the given name after it, "Terada
      -- Shun")
      if not g and e.rule == "person.en.surname_first" and e.last_token > t then
        g = given_name_sex(st, e.last_token)
      end
    end
    -- (a last name alone: the full name's, where the article gives it,
    -- "Delgado" as "Anthony R. Delgado")
    if not g and c and c ~= e.text then
      local byname = st.gender_of_name
      if not byname then
        byname = {}
        st.gender_of_name = byname
      end
      g = byname[c]
      if g == nil then
        g = false
        for _, x in ipairs(st.ents) do
          if x.label == "PERSON" and x.first_token ~= t and x.text == c then
            g = gender_of(st, x) or false
            break
          end
        end
        byname[c] = g
      end
    end
    st.gender[t] = g
  end
  return g or nil
end

local POSSESSIVE = { ["'s"] = true, ["\226\128\153s"] = true, ["'"] = true }

-- whether tokens a to b (one to three) read as a title in lower case
local function title_between (st, a, b)
  if b < a or b > a + 2 or not st.ctx.dict then return false end
  for i = a, b do if not IS(st.toks, i, "lower") then return false end end
  local d = st.ctx.dict(a, b)
  if d and d.list == "titles" then return true end
  for _, r in ipairs(st.ctx.dict(a, b, true)) do
    if r.list == "titles" then return true end
  end
  return false
end

-- the months a dateline's date may name ("CAIRO, March 3 (AP) —")
local DATELINE_MONTHS = set_of { "jan", "jan.", "feb", "feb.", "mar", "mar.", "march",
  "apr", "apr.", "april", "may", "june", "jun", "jun.", "july", "jul", "jul.", "aug",
  "aug.", "august", "sep", "sep.", "sept", "sept.", "september", "oct", "oct.",
  "october", "nov", "nov.", "november", "dec", "dec.", "december", "january",
  "february" }

-- past a dateline at the start of a sentence ("WASHINGTON ― …",
-- "LONDON (Reuters) — …", "KOCHI, India (Reuters) - …", "SPRINGFIELD,
-- Ill. — …"): the first token after it
local function after_dateline (st, a, p)
  local toks = st.toks
  -- (an agency in brackets opens a wire story: "(Bloomberg) -- Acme …")
  if KEY(toks, a) == "(" and a + 3 < p and KEY(toks, a + 2) == ")" and IS(toks, a + 1, "cap") then
    local w = KEY(toks, a + 3)
    if KIND(toks, a + 3) == "dash" or w == "-" or w == "--" then return a + 4 end
  end
  -- (a place in capitals: not "A" of "A 34-year-old man"; or in title
  -- case before a date and the agency: "Guwahati, July 7 (PTI) The …")
  local titled = not IS(toks, a, "upper")
  if (titled and not (IS(toks, a, "cap") and KEY(toks, a + 1) == "," and
                      DATELINE_MONTHS[KEY(toks, a + 2)])) or #KEY(toks, a) < 2 then
    return a
  end
  local place = false        -- past the place in capitals and a comma or bracket
  local agency               -- the agency's closing bracket
  for i = a + 1, math.min(a + 12, p - 1) do
    local k = KIND(toks, i)
    local w = KEY(toks, i)
    if k == "dash" or ((w == "-" or w == "--") and IS(toks, i, "space_before")) then
      return i + 1
    end
    if not place and (w == "," or w == "(") then place = true end
    if w == ")" and i > a + 2 and KEY(toks, i - 2) == "(" and IS(toks, i - 1, "upper") then
      agency = i
    end
    -- (a date may follow the place: "CAIRO, March 3 (AP) —", "Aug 28";
    -- so may its country or state, and the agency: "India (Reuters)")
    if not (IS(toks, i, "upper") or k == "punct" or k == "number" or
            DATELINE_MONTHS[w] or (place and IS(toks, i, "cap") and not agency)) then
      -- (the agency's bracket ends it where no dash follows)
      return agency and agency + 1 or a
    end
    if titled and i > a + 6 and not agency then return a end
  end
  return a
end

-- prepositions whose object is no subject of a cue after it
-- (opening the sentence; not "after", "before", "since": conjunctions
-- too, "After it said …")
local PREP_BEFORE_SUBJECT = { on = true, ["in"] = true, at = true, from = true,
  into = true, onto = true, under = true, during = true, without = true, through = true,
  about = true, over = true, between = true, among = true, outside = true, inside = true,
  near = true, behind = true, beyond = true, despite = true, within = true }

-- is entity k the first person or body its sentence names?
local first_named
do
  -- (the singular verbs of a clause of its own; main-chunk locals are
  -- near Lua's 200)
  local SINGULAR_VERBS = { is = true, was = true, has = true, says = true, does = true }
  function first_named (st, k)
    -- (the answer for an entity is kept: pronouns ask about the same
    -- persons again and again)
    local known = st.subj[k]
    if known ~= nil then return known end
    local _, si = sentence_of(st, st.ents[k].first_token)
    local s = sentence_at(st, si)
    local ents = st.ents
    local j = k - 1
    local stop = k - 50                  -- (a bound: work stays linear)
    local ok = true
    local toks = st.toks
    local from = s.first_token
    local e = ents[k]
    -- (nor a name after the preposition that opens the sentence: "On Raheem
    -- Sterling, who joined on Friday, he said")
    if e.first_token == from + 1 and PREP_BEFORE_SUBJECT[KEY(toks, from)] then
      st.subj[k] = false
      return false
    end
    -- (nor one further inside that phrase, before its comma: "In a filing
    -- to the Singapore Exchange on Aug 11, the company said")
    if PREP_BEFORE_SUBJECT[KEY(toks, from)] and KEY(toks, from) ~= "among" then
      local c, z = from + 1, math.min(from + 30, #toks)
      while c < z and KEY(toks, c) ~= "," do c = c + 1 end
      if c > e.last_token and KEY(toks, c) == "," then
        st.subj[k] = false
        return false
      end
    end
    -- (nor the object of a verb: "the coach refused to discuss Okafor",
    -- "he thanked Ann Lee"; not "the embattled Ann Lee")
    if e.label == "PERSON" and e.first_token > from + 1 and
       KIND(toks, e.first_token - 1) == "word" and IS(toks, e.first_token - 1, "lower") then
      local v, v2 = KEY(toks, e.first_token - 1), KEY(toks, e.first_token - 2)
      if (v2 == "to" and not PREP_BEFORE_SUBJECT[v] and v ~= "to" and not DETERMINERS[v]) or
         (ENDS_ED[v] and not DETERMINERS[v2] and not PREP_BEFORE_SUBJECT[v2]) then
        st.subj[k] = false
        return false
      end
    end
    -- (the subject of a sentence turned round, after its verb: "Among
    -- those who joined the case was Ann Lee, whose …")
    if e.first_token > from + 2 and KEY(toks, from) == "among" then
      local pb = KEY(toks, e.first_token - 1)
      if pb == "was" or pb == "were" or pb == "is" then
        st.subj[k] = true
        return true
      end
    end
    -- (a clause of its own after "and" or "but", its verb singular: "…
    -- leaders Barcelona and Owen is confident …"; not "Acme and Varnok
    -- are …")
    local pa = e.first_token > from + 1 and KEY(toks, e.first_token - 1)
    if (pa == "and" or pa == "but") and e.last_token < #toks and
       SINGULAR_VERBS[KEY(toks, e.last_token + 1)] then
      st.subj[k] = true
      return true
    end
    if j >= 1 and ents[j].first_token >= from then
      from = after_dateline(st, from, e.first_token)
      -- (past a clause that opens the sentence: "When a reporter suggested
      -- that Tottenham …, Arteta smiled"; or a gerund's or a preposition's
      -- phrase: "Speaking outside the Royal Courts of Justice, Farahani
      -- read …")
      local k0 = KEY(toks, from)
      -- (not "Among …", a sentence turned round)
      -- (or a participle's: "Asked whether the rivalry with Lindqvist had
      -- become personal, Okafor smiled")
      if (st.c.subordinators[k0] or ENDS_ING[k0] or
          (PREP_BEFORE_SUBJECT[k0] and k0 ~= "among") or
          (ENDS_ED[k0] and from < e.first_token and IS(toks, from + 1, "lower"))) and
         ents[j].first_token >= from then
        local c = from + 1
        while c < e.first_token and KEY(toks, c) ~= "," do c = c + 1 end
        if c < e.first_token and c - from < 40 then from = c + 1 end
      end
    end
    while j >= 1 and j > stop and ents[j].first_token >= from do
      local l = ents[j].label
      -- (a body's acronym in brackets after its name is one with it:
      -- "Acme Party (AP) leader Ann Lee said")
      local lt = ents[j].last_token
      if l == "ORG" and KEY(toks, lt + 1) == ")" and j == k - 1 and KEY(toks, lt - 1) == "(" then
        lt = lt + 1
      end
      -- (a body that owns the title before a name is not named first:
      -- "The party's leader, Ann Lee, welcomed …")
      -- (nor a person whose relative the next name is: "Tom Price's mother,
      -- Ann Price, 41, stood …")
      -- (and the name before that acronym)
      local named = ents[j + 1]
      local before_acronym = l == "ORG" and j + 1 < k and named.label == "ORG" and
                             named.first_token == ents[j].last_token + 2 and
                             KEY(toks, ents[j].last_token + 1) == "("
      if not before_acronym and (l == "PERSON" or l == "ORG") and
         not (l == "ORG" and ents[j].label ~= ents[k].label and
              (POSSESSIVE[KEY(toks, ents[j].last_token + 1)] or
               -- ("Liverpool boss Ann Lee", "Acme chief executive Ann Lee")
               (j == k - 1 and
                (title_between(st, lt + 1, ents[k].first_token - 1) or
                 -- ("Senate President Ann Lee": a title in capitals)
                 (ents[k].title and ents[k].first_token > ents[j].last_token + 1 and
                  ents[k].first_token <= ents[j].last_token + 3 and
                  IS(toks, ents[j].last_token + 1, "cap")))) or
               -- ("The Conservative Party MP for Leeds, Ann Lee, has written")
               (KEY(toks, ents[k].first_token - 1) == "," and st.ctx.dict and
                (st.ctx.dict(ents[j].last_token + 1, ents[j].last_token + 1) or
                 NO_READING).list == "titles"))) and
         not (l == "PERSON" and j == k - 1 and ents[k].label == "PERSON" and
              POSSESSIVE[KEY(toks, ents[j].last_token + 1)] and
              ents[k].first_token <= ents[j].last_token + 5 and
              KEY(toks, ents[k].first_token - 1) == ",") then
        ok = false
        break
      end
      j = j - 1
    end
    st.subj[k] = ok
    return ok
  end
end

-- is entity e (index k) the subject of its sentence: the first person or
-- body named in it, or the speaker of a quote already found?
local function in_subject (st, e, k)
  return st.speaker_at[e.first_token] or first_named(st, k)
end

-- whether token t lies inside quotation marks
local function in_marks (st, t)
  local qs = st.qs
  local q = qs[quotation_from(qs, t) - 1]
  return q ~= nil and q.e >= t
end

-- each person's titles in the article, lower-cased, one string a name,
-- each title once (worked out once a run)
local function titles_of (st)
  local t = st.titles
  if t then return t end
  t = {}
  local seen = {}
  local ents, toks, dict = st.ents, st.toks, st.ctx.dict
  local function add (name, title)
    local key = name .. "\0" .. title
    if not seen[key] then
      seen[key] = true
      t[name] = (t[name] or "") .. "|" .. title
    end
  end
  for k = 1, #ents do
    local e = ents[k]
    if e.label == "PERSON" then
      if e.title then add(e.canonical or e.text, e.title:lower()) end
      -- (and a role in apposition before the name: "The committee's
      -- chairman, Sen. Ann Lee, …"; asked only after a comma)
      local p = e.first_token - 1
      local f = e.first_token
      if dict and f > 3 and (KEY(toks, f - 1) == "," or KEY(toks, f - 2) == "," or
                             KEY(toks, f - 3) == ",") then
        while p > f - 3 and p > 1 and (dict(p, p) or NO_READING).list == "titles" do
          p = p - 1
        end
      end
      if dict and p > 1 and KEY(toks, p) == "," and IS(toks, p - 1, "lower") then
        local r = dict(p - 1, p - 1)
        if r and r.list == "titles" then add(e.canonical or e.text, r.canonical:lower()) end
      elseif dict and p > 2 and KEY(toks, p) == "," and IS(toks, p - 1, "cap") and
             KIND(toks, p - 1) == "word" then
        -- (a title in capitals with what it is of: "Cameroon's Minister of
        -- Arts and Culture, Ann Lee")
        -- (after an article or a possessive: not "as US President, Tony
        -- Blair has said")
        for j = p - 1, math.max(2, p - 6), -1 do
          if KIND(toks, j) ~= "word" then break end
          local r = dict(j, j)
          if r and r.list == "titles" then
            local o = j - 1
            while o > 1 and o > j - 3 and IS(toks, o, "cap") and KIND(toks, o) == "word" do
              o = o - 1
            end
            local ko = KEY(toks, o)
            if POSSESSIVE[ko] or ko == "the" then
              add(e.canonical or e.text, r.canonical:lower())
            end
            break
          end
        end
      end
    end
  end
  st.titles = t
  return t
end

-- words before a title that make it another post: "the prime minister"
-- is not the deputy prime minister, "the foreign secretary" not the shadow one
local OTHER_POST = { shadow = true, former = true, deputy = true, vice = true,
  acting = true, assistant = true, junior = true, ex = true, ["ex-"] = true,
  under = true, interim = true, outgoing = true, late = true,
  -- ("the minister" is no prime minister's, nor a first minister's)
  prime = true, first = true }

-- posts that news names so whatever the rank before them ("the coroner"
-- is the assistant coroner)
local ANY_RANK = { coroner = true }
-- whether titles (see titles_of) hold title as a post of its own
local function has_title (titles, title)
  if not titles then return false end
  local from = 1
  while true do
    local i = titles:find(title, from, true)
    if not i then return false end
    -- (a whole word of the title: "council" is no "councillor")
    local after = titles:byte(i + #title)
    if not after or after == 124 or after == 32 then
      local before = titles:sub(1, i - 1):match("([%a%-]+)[%s%-]*$")
      if not (before and OTHER_POST[before]) or ANY_RANK[title] then return true end
    end
    from = i + 1
  end
end

-- the person a pronoun (or "the minister") at token t stands for
local function antecedent (st, t, want, title, aff)
  local ents = st.ents
  local k = entity_from(st, t) - 1
  local seen, steps = 0, 0
  local limit = FIRST(st.toks, t) - 3000
  while k >= 1 and seen < 60 and steps < 300 do
    steps = steps + 1
    local e = ents[k]
    if e.first < limit then break end
    -- (not a person the quote itself names: "“I met Ann Lee,” he said";
    -- of a quotation, in its marks: not "Ann Lee said: “…,” he said".
    -- Nor, for a pronoun, one any quotation names: "Ann Lee said: “…
    -- Tom Hill knows it.” She added: …" is Ann Lee)
    if e.label == "PERSON" and
       not (e.first_token >= st.skip_a and e.last_token <= st.skip_b and
            (not st.skip_marks or in_marks(st, e.first_token))) and
       (title or not in_marks(st, e.first_token)) then
      seen = seen + 1
      local ok = true
      if title then
        -- (any title the article gives the person, before or after: "the
        -- chancellor" after "Gordon Brown" when "Chancellor Gordon Brown"
        -- comes later)
        -- (or any of a few, for a general noun: "the lawmaker" is an MEP;
        -- and of the country the mention says: "the Polish lawmaker")
        local held = titles_of(st)[e.canonical or e.text]
        if type(title) == "table" then
          ok = false
          for i = 1, #title do
            if has_title(held, title[i]) then ok = true break end
          end
        else
          ok = has_title(held, title)
        end
        if ok and aff and e.affiliation and e.affiliation ~= aff then ok = false end
      else
        -- (or the sex of the pronoun a quote of theirs had: "Osbourne said
        -- …. He added …" is a man's name, whatever the lists know)
        -- (the text's word first: "Ann Lee, a nurse, said she had …")
        local g = (want == "m" or want == "f") and
                  (st.said_sex[e.canonical or e.text] or gender_of(st, e))
        if g and g ~= want then ok = false end
        ok = ok and in_subject(st, e, k)
      end
      if ok then return e end
    end
    k = k - 1
  end
  return nil
end


-- prepositions: words of what a person is stop before one ("a friend of")
local ROLE_STOPS = { of = true, ["for"] = true, to = true, with = true, by = true,
  from = true, at = true, ["in"] = true, on = true, about = true, like = true, unlike = true,
  as = true, including = true, alongside = true, than = true, led = true, ["and"] = true }

-- words before a name at the end of a mention that make it no speaker
-- (not "by" or "from": "a survey by Acme", "figures from the Bank" are theirs)
local NOT_OWNER_BEFORE = { of = true, with = true, to = true, against = true,
  about = true, into = true, on = true, at = true, ["in"] = true }

-- whether entity e owns what follows it or is the agent of a passive
-- ("Maurice Greene's record", "was threatened by City boss Kevin Keegan"):
-- named first in its sentence, but not its subject
local function owner_or_agent (st, e)
  local toks = st.toks
  local nx = e.last_token + 1
  if nx <= #toks and POSSESSIVE[KEY(toks, nx)] then return true end
  for t = e.first_token - 1, math.max(1, e.first_token - 4), -1 do
    if KEY(toks, t) == "by" then return true end
    if KIND(toks, t) ~= "word" then break end
  end
  return false
end

-- whether a person is named (out of quotation marks) between tokens a and b
local function person_between (st, a, b)
  local ents = st.ents
  local k = entity_from(st, a + 1)
  local e = ents[k]
  while e and e.first_token < b do
    if e.label == "PERSON" and e.first_token > a and not in_marks(st, e.first_token) then
      return true
    end
    k = k + 1
    e = ents[k]
  end
  return false
end

-- whether the person who spoke last (st.lp_*) may be who token a stands
-- for: they spoke before it, in its sentence or the one before, or no one
-- else was named since
local function last_speaker_near (st, a)
  return st.lp_tok < a and (sentence_index(st, st.lp_cue) >= sentence_index(st, a) - 1 or
                            not person_between(st, st.lp_tok, a))
end

-- the person the article is most about before token t: named most often
-- (not in quotation marks), the one named first of those
local function salient_person (st, t)
  local ents = st.ents
  local count, best, most = {}, nil, 0
  for k = 1, entity_from(st, t) - 1 do
    local e = ents[k]
    if e.label == "PERSON" and not in_marks(st, e.first_token) then
      local name = e.canonical or e.text
      local n = (count[name] or 0) + 1
      count[name] = n
      if n > most then best, most = e, n end
    end
  end
  return best
end

-- whether the text calls body e by one of the nouns (a set of keys) next
-- to a mention of it: "regulator Icstis", "the media watchdog, Reporters
-- Without Borders", "Ofwat, the industry regulator,"; or the lists know it
-- as a regulator, or an agency named as one ("the Financial Conduct
-- Authority", "the Securities and Exchange Commission", "Ofcom")
local function described_as (st, e, nouns)
  local toks = st.toks
  local d = st.ctx.dict and st.ctx.dict(e.first_token, e.last_token)
  if d and d.label == "ORG" then
    if d.kind == "regulator" then return true end
    local name = d.canonical or ""
    local last = name:match("(%a+)%W*$")
    if d.kind == "agency" and (last == "Authority" or last == "Commission" or
                               name:find("^Of%l") ~= nil) then
      return true
    end
    -- (a central bank regulates banks: "the Central Bank of Nigeria …
    -- the regulator said")
    if name:find("Central Bank", 1, true) or name:find("^Reserve Bank") or
       (name:find("^Bank of ") and d.kind == "agency") or
       name:find("Monetary Authority", 1, true) then
      return true
    end
  end
  -- (a body no list knows, named as regulators are: "the Korea Data
  -- Protection Authority")
  if not d then
    local last = (e.canonical or e.text):match("(%a+)%W*$")
    if last == "Authority" or last == "Commission" or last == "Regulator" or
       last == "Ombudsman" or last == "Watchdog" then
      return true
    end
  end
  local p = e.first_token - 1
  if p >= 1 and KEY(toks, p) == "," then p = p - 1 end
  if p >= 1 and nouns[KEY(toks, p)] then return true end
  local n = #toks
  local q = e.last_token + 1
  if q < n and KEY(toks, q) == "," then
    for i = q + 1, math.min(n, q + 7) do
      local k = KEY(toks, i)
      if nouns[k] then return true end
      if k == "," or TERMINAL[k] then break end
    end
  end
  return false
end

-- nouns of a firm, which no agency, party or university is ("The company
-- said" after "the regulator said")
local FIRM_NOUNS = { company = true, firm = true, carmaker = true, automaker = true,
  manufacturer = true, retailer = true, bank = true, lender = true, insurer = true,
  airline = true, carrier = true, supplier = true, producer = true, chipmaker = true,
  brewer = true, miner = true, developer = true, startup = true, ["start-up"] = true,
  conglomerate = true, business = true, brokerage = true, broker = true }
local NOT_FIRM_KINDS = { agency = true, government = true, legislature = true, party = true,
  university = true, intl_org = true, ngo = true, think_tank = true, union = true,
  police = true, military = true, court = true, religious = true, hospital = true,
  club = true, militant = true, market = true, regulator = true }
-- the last words of a body's name that no firm's has
local NOT_FIRM_HEADS = { administration = true, agency = true, authority = true, watch = true,
  alliance = true, campaign = true, society = true,
  commission = true, ministry = true, department = true, office = true, council = true,
  court = true, police = true, bureau = true, committee = true, parliament = true,
  assembly = true, university = true, institute = true, federation = true,
  association = true, party = true, government = true, congress = true, senate = true,
  tribunal = true, regulator = true, inspectorate = true, ombudsman = true, board = true,
  service = true, force = true, army = true, navy = true, school = true, college = true,
  hospital = true, foundation = true, charity = true,
  league = true, forum = true, coalition = true, directorate = true, secretariat = true }
-- (the answer kept per name for the run: "the company" asks of many
-- bodies)
local function not_firm (st, e)
  if NOT_FIRM_KINDS[e.kind or ""] then return true end
  -- (a body the lists know by its kind: "Health Canada", an agency)
  local d = st.ctx.dict and e.first_token and st.ctx.dict(e.first_token, e.last_token)
  if d and d.label == "ORG" and NOT_FIRM_KINDS[d.kind or ""] then return true end
  local name = e.canonical or e.text
  local known = st.firms
  if not known then
    known = {}
    st.firms = known
  end
  local no = known[name]
  if no == nil then
    -- (the head before "of": "Securities and Exchange Board of India")
    local last = name:match("(%a+) of ") or name:match("(%a+)%W*$")
    no = last ~= nil and NOT_FIRM_HEADS[last:lower()] ~= nil
    -- (or its first word: "Department for Transport", "Office for
    -- National Statistics")
    local first = name:match("^(%a+) ")
    if not no and first and NOT_FIRM_HEADS[first:lower()] then no = true end
    -- (a central bank: "the Czech National Bank", "the Reserve Bank of
    -- India"; not "First National Bank"; nor an exchange, where a firm's
    -- shares are listed)
    local lower = name:lower()
    if not no and (lower:find("central bank", 1, true) or lower:find("reserve bank", 1, true) or
                   lower:find("stock exchange", 1, true) or
                   (lower:find("^%a+ national bank$") and first ~= "First")) then
      no = true
    end
    known[name] = no
  end
  return no
end

-- the body "the company" (noun: "company") at token t stands for: the
-- last one named before it (within the 60 entities and 3,000 bytes before
-- it) that is an outlet for an outlet's noun, else no outlet, and has the
-- noun in its name for a noun that says what the body is ("the court")
-- words before a name that make it no subject ("rivals such as Acme")
local OBJECT_BEFORE = { as = true, including = true, like = true, than = true,
  against = true, over = true, from = true, to = true, with = true, on = true,
  into = true }

-- whether entity e is a preposition's object, no source's ("rivals such
-- as Acme"; not "according to Acme")
local function object_of (st, e)
  local toks, f = st.toks, e.first_token
  local k = f > 1 and KEY(toks, f - 1)
  -- (past an article, in a phrase that opens the sentence: "On the
  -- NSE, …")
  if k == "the" and f > 2 and IS(toks, f - 2, "cap") then
    f = f - 1
    k = KEY(toks, f - 1)
  end
  if not (k and OBJECT_BEFORE[k]) then return false end
  return not (k == "to" and f > 2 and KEY(toks, f - 2) == "according")
end

-- whether tokens a..b are a compound of place before a body's noun:
-- "Eindhoven-based" (not "Paris-based pressure": a kind of body)
local function based_modifier (toks, a, b)
  return b == a + 2 and KIND(toks, a + 1) == "hyphen" and IS(toks, a + 2, "lower") and
         IS(toks, a, "cap")
end

local PARTY_HEADS = { alliance = true, congress = true, front = true, movement = true }
-- nouns news uses for a body whose name does not hold them, and the words
-- of such names: the last one ("the army" for the Sudanese Armed Forces),
-- or any one (anywhere: "the district" for Columbus City Schools Board of
-- Education)
local BODY_NOUN_NAMES = {
  army = { words = { forces = true, army = true, military = true, tatmadaw = true } },
  district = { words = { district = true, schools = true }, anywhere = true },
  -- ("the central bank": "the Central Bank of Brazil", "the Reserve Bank
  -- of India", "the Bundesbank")
  ["central bank"] = { words = { central = true, reserve = true, bundesbank = true,
                                 riksbank = true, nationalbank = true, norges = true },
                       anywhere = true,
                       -- ("the Bank of Thailand", "the People's Bank of
                       -- China", "the National Bank of Poland")
                       starts = { "bank of ", "people's bank of ", "national bank of " } } }
BODY_NOUN_NAMES.military = BODY_NOUN_NAMES.army
-- ("the force": West Yorkshire Police, the Garda Síochána)
BODY_NOUN_NAMES.force = { words = { police = true, constabulary = true, force = true,
                                    garda = true, gendarmerie = true, carabinieri = true,
                                    polizei = true, policja = true } }
-- ("a police spokeswoman": a police force's, not the body named before)
-- (any word of its name: "Police Scotland"; not a "Force" of another
-- kind, "the Farmers Defence Force")
BODY_NOUN_NAMES.police = { words = { police = true, constabulary = true, garda = true,
                                     gendarmerie = true, carabinieri = true, polizei = true,
                                     policja = true, politie = true },
                           anywhere = true }
-- (mod: a word in lower case before the noun, "the food bank": a body
-- whose name ends with both, "Swansea Bay Food Bank", named in the last
-- 6,000 bytes, comes first)
local function body_antecedent (st, t, noun, mod)
  local ents = st.ents
  local k = entity_from(st, t) - 1
  local c = st.c
  if mod then
    local limit, tail = FIRST(st.toks, t) - 6000, " " .. mod .. " " .. noun
    for j = k, math.max(1, k - 60), -1 do
      local e = ents[j]
      if e.first < limit then break end
      if e.label == "ORG" and not in_marks(st, e.first_token) then
        local name = (e.canonical or e.text):lower()
        if name:sub(-#tail) == tail then return e end
        -- (or a body of its noun "of" the modifier's field: "the antiquities
        -- ministry" is the Ministry of Tourism and Antiquities)
        if name:sub(1, #noun + 4) == noun .. " of " and
           name:find(" " .. mod, #noun + 3, true) then
          return e
        end
      end
    end
  end
  local names = BODY_NOUN_NAMES[noun]
  if names then
    -- (a body an article is about is named far back: 6,000 bytes)
    local limit = FIRST(st.toks, t) - 6000
    local words = names.words
    for j = k, math.max(1, k - 60), -1 do
      local e = ents[j]
      if e.first < limit then break end
      if e.label == "ORG" and not in_marks(st, e.first_token) then
        local name = e.canonical or e.text
        if words[(name:match("(%a+)%W*$") or ""):lower()] then return e end
        if names.anywhere then
          for w in name:gmatch("%a+") do
            if words[w:lower()] then return e end
          end
        end
        if names.starts then
          local lname = name:lower()
          for _, h in ipairs(names.starts) do
            if lname:sub(1, #h) == h then return e end
          end
        end
      end
    end
    return nil
  end
  local outlet = c.outlet_nouns[noun] or false
  local named = c.named_body_nouns[noun]
  -- (a firm of another trade is no bank: "Hanbit Electronics")
  local other_trades = (noun == "bank" or noun == "lender") and c.not_bank_heads
  -- (a watchdog is a body the text has called one)
  local described = c.described_body_nouns[noun]
  if not (outlet or named or described or c.body_nouns[noun]) then return nil end
  local limit = FIRST(st.toks, t) - 3000
  local seen = 0
  local fallback
  while k >= 1 and seen < 60 do
    local e = ents[k]
    if e.first < limit then break end
    -- (not a body a quotation names: "“… MTV is marketing …” The watchdog …";
    -- nor one the quote's own content names: "Backers X and Y also added
    -- money, the company said")
    -- (a club is no body the lists know as another kind: "The Senate
    -- confirmed …. The club said …")
    local other = (noun == "club" or noun == "team" or noun == "side") and e.label == "ORG" and
                  e.rule == "org.en.dict" and st.ctx.dict
    if other then
      local d = st.ctx.dict(e.first_token, e.last_token)
      other = d and d.kind and d.kind ~= "club" and d.kind ~= "league" and d.kind ~= "association"
    end
    if e.label == "ORG" and not other and not in_marks(st, e.first_token) and
       not (e.first_token >= st.skip_a and e.first_token <= st.skip_b) then
      seen = seen + 1
      if described then
        if described_as(st, e, c.described_body_nouns) then return e end
      elseif (e.kind == "media") == outlet and
             not (FIRM_NOUNS[noun] and not_firm(st, e) and
                  -- (a central bank is "the bank" too)
                  not (noun == "bank" and (e.canonical or e.text):find("Bank", 1, true))) and
             not (other_trades and
                  other_trades[((e.canonical or e.text):match("(%a+)%W*$") or ""):lower()]) then
        -- (a body any noun stands for is one that spoke, or the subject of
        -- its sentence: "EMI said albums by Coldplay were late. The
        -- company …" is EMI)
        -- (not one after a preposition, though first named: "the
        -- results showed it gaining on rivals such as Acme")
        if not named and (outlet or (in_subject(st, e, k) and not object_of(st, e))) then
          return e
        end
        -- (a named body's noun for the body that spoke just before, whatever
        -- its name: "Loddon Water said …. The authority said …")
        if named and not fallback and st.speaker_at[e.first_token] and
           sentence_index(st, e.first_token) >= sentence_index(st, t) - 1 then
          fallback = e
        end
        local name = (e.canonical or e.text):lower()
        -- (a party's name may say "Alliance", "Congress", "Front" or
        -- "Movement": "the People's Progressive Alliance … the party")
        -- (or the text gave the noun before the name: "the polling
        -- institute Acme")
        -- (or after it: "the IG Metall union")
        if name:find(noun, 1, true) or
           (named and e.first_token > 1 and KEY(st.toks, e.first_token - 1) == noun) or
           -- (or the name it is known as: "the policy committee, known as
           -- Copom")
           (named and e.first_token > 4 and KEY(st.toks, e.first_token - 1) == "as" and
            KEY(st.toks, e.first_token - 2) == "known" and
            (KEY(st.toks, e.first_token - 3) == noun or
             (KEY(st.toks, e.first_token - 3) == "," and
              KEY(st.toks, e.first_token - 4) == noun))) or
           (named and e.last_token < #st.toks and KEY(st.toks, e.last_token + 1) == noun) or
           (noun == "party" and (e.kind == "party" or PARTY_HEADS[name:match("(%a+)%W*$") or ""]))
        then
          return e
        end
      end
    end
    k = k - 1
  end
  -- (a regulator or watchdog the lede names before the text does stands
  -- for the first one it names within the next 1,500 bytes: "the
  -- country's data protection regulator warned …. … the Korea Data
  -- Protection Authority (KDPA)")
  if described and not fallback then
    local stop = FIRST(st.toks, t) + 1500
    for j = entity_from(st, t), math.min(#ents, entity_from(st, t) + 40) do
      local e = ents[j]
      if e.first > stop then break end
      if e.label == "ORG" and not in_marks(st, e.first_token) and
         described_as(st, e, c.described_body_nouns) then
        return e
      end
    end
  end
  -- (else a firm's noun stands for the firm the article opens with, its
  -- lede's subject, however far back: "Acme will shut … . [3,000 bytes
  -- on] …, the company said")
  if not fallback and FIRM_NOUNS[noun] and not named and not outlet then
    local s2 = st.sfirst[3] or math.huge
    for j = 1, math.min(#ents, 12) do
      local e = ents[j]
      if e.first_token >= s2 or e.first_token >= t then break end
      if e.label == "ORG" and e.kind ~= "media" and not not_firm(st, e) and
         in_subject(st, e, j) and not object_of(st, e) and
         not (other_trades and
              other_trades[((e.canonical or e.text):match("(%a+)%W*$") or ""):lower()]) then
        return e
      end
    end
  end
  return fallback
end

-- words that end a noun phrase before them
local PREPOSITIONS = { among = true, amongst = true, between = true, into = true,
  through = true, during = true, without = true, within = true, against = true,
  under = true, over = true, across = true, towards = true, toward = true,
  despite = true, like = true, unlike = true, beyond = true, via = true, than = true }

-- the first token of the noun phrase that ends at token p, a noun ("the
-- Paris-based watchdog", "some analysts", "the Bankers' Association"):
-- back over the words of a sentence (hyphenated ones, a possessive's
-- mark) to an article (taken) or to a word no noun phrase has; nil when p
-- is no noun (a function word, a verb or an adverb). Second: whether a
-- hyphenated word was among them.
local function noun_phrase_before (st, p)
  local toks, c = st.toks, st.c
  local w = KEY(toks, p)
  if KIND(toks, p) ~= "word" or IS(toks, p, "upper") or c.not_head[w] or c.aux[w] or
     c.not_speakers[w] or ENDS_ED[w] or ENDS_ING[w] or ENDS_LY[w] or st.cue_at[p] then
    return nil
  end
  local s = sentence_of(st, p)
  local a = p
  local hyphen = false
  while a > s.first_token and a > p - 6 do
    local k = KIND(toks, a - 1)
    local v = KEY(toks, a - 1)
    if DETERMINERS[v] or OF_QUANTIFIERS[v] then return a - 1, hyphen end
    if k == "word" and a - 3 >= s.first_token and KIND(toks, a - 2) == "hyphen" and
       KIND(toks, a - 3) == "word" then
      a = a - 3                          -- ("Paris-based", "well-known")
      -- (and the rest of a chain: "non-seasonally-adjusted", "34-year-old")
      while a - 2 >= s.first_token and KIND(toks, a - 1) == "hyphen" and
            (KIND(toks, a - 2) == "word" or KIND(toks, a - 2) == "number") do
        a = a - 2
      end
      hyphen = true
    elseif (k == "quote" and (v == "'" or v == "\226\128\153")) or
           (k == "word" or k == "number") and not (c.not_head[v] or c.aux[v] or
           c.not_speakers[v] or c.be[v] or st.cue_at[a - 1] or ENDS_ED[v] or
           PREPOSITIONS[v]) or
           -- (an acronym is a name, whatever word it spells: "a WHO
           -- spokesperson")
           (k == "word" and #v > 1 and IS(toks, a - 1, "upper")) then
      a = a - 1                          -- (a possessive's mark: "Bankers'")
    else
      break
    end
  end
  -- (a word in "ing" opens no noun phrase with no article before it:
  -- "… saying analysts", but "a shipping watchdog")
  if a < p and ENDS_ING[KEY(toks, a)] then a = a + 1 end
  return a, hyphen
end

-- the roles that speak for a body
local SPOKES = { spokesman = true, spokeswoman = true, spokesperson = true }

-- people known by their role only ("a spokesman said"), whom no name
-- stands for
local NAMELESS_ROLES = { spokesman = true, spokeswoman = true, spokesperson = true,
  official = true, source = true, correspondent = true, aide = true, dealer = true,
  analyst = true, insider = true, representative = true }

-- the verbs an unnamed subject speaks with ("A neighbour told …")
local SAY_VERBS = { said = true, says = true, told = true, tells = true, added = true,
  adds = true, explained = true, recalled = true, admitted = true, insisted = true,
  warned = true, wrote = true, asked = true, replied = true, claimed = true }

-- whether the mention [a, b] is one person by a role, with no name for it
-- ("a senior minister", "the spokesman": not "the chancellor", who has a
-- name): a "he" or "she" may go on with it
local function role_mention (st, a, b, cue)
  local toks = st.toks
  local head = KEY(toks, b)
  if NAMELESS_ROLES[head] then return true end
  local first = KEY(toks, a)
  if first ~= "a" and first ~= "an" and first ~= "one" then return false end
  if head:find("s$") or not IS(toks, b, "lower") then return false end
  local d = st.ctx.dict and st.ctx.dict(b, b)
  if d ~= nil and d.list == "titles" then return true end
  -- (someone the text does not name: "A neighbour, who did not want to be
  -- named, told the BBC …. “…,” she said"; not a document, "a report")
  -- (the subject of its cue, or one with an aside: not "tipped Ann Lee for
  -- a best supporting actor prize")
  return cue ~= nil and b > a and not st.c.heads[head] and not st.c.not_people[head] and
         ((b + 1 == cue and SAY_VERBS[KEY(toks, cue)]) or (b < #toks and KEY(toks, b + 1) == ","))
end

-- whether the body named from token a is spoken for by a role before it:
-- "a spokesman for the Acme Institute", "an official of Acme"
local function role_of (st, a)
  local toks = st.toks
  local p = a - 1
  if p >= 1 and KEY(toks, p) == "the" then p = p - 1 end
  if p < 2 then return false end
  local w = KEY(toks, p)
  return (w == "for" or w == "of" or w == "at") and NAMELESS_ROLES[KEY(toks, p - 1)] == true
end

-- nouns of groups that do not end in "s"
local GROUP_NOUNS = { police = true, people = true, staff = true, crew = true,
  personnel = true, clergy = true, public = true, youth = true }

-- the person a role in the headline, ending at token b, names: the first
-- the article gives that title to ("…, mayor says": "Mayor Ann Lee"),
-- within its first 600 tokens
local function headline_person (st, b)
  local head = KEY(st.toks, b)
  -- (not a group: "…, police say"; a short word only in capitals, "…, says
  -- MP")
  if (#head < 4 and not (#head >= 2 and IS(st.toks, b, "upper"))) or GROUP_NOUNS[head] or
     head:byte(-1) == 115 then
    return nil
  end
  local titles = titles_of(st)
  local ents = st.ents
  for k = entity_from(st, b + 1), #ents do
    local e = ents[k]
    if e.first_token > b + 600 then break end
    -- (or the title the headline's letters stand for: "…, says CEO" of
    -- "its chief executive, Halvard Brekke")
    if e.label == "PERSON" and (has_title(titles[e.canonical or e.text], head) or
                                (st.c.title_letters[head] and
                                 has_title(titles[e.canonical or e.text],
                                           st.c.title_letters[head]))) then
      return e
    end
  end
  return nil
end

-- whether the mention that ends at token b names several (a "they" may go
-- on with it): a noun in "s" ("officials", "the MPs"), or one of a group
local function plural_mention (st, b)
  local w = KEY(st.toks, b)
  if GROUP_NOUNS[w] then return true end
  return #w > 3 and w:sub(-1) == "s" and w:sub(-2) ~= "ss" and not st.c.pronouns[w] and
         IS(st.toks, b, "lower")
end

-- verbs whose "it" names nobody: "it emerged that …", "it seems that …"
local IMPERSONAL = { emerged = true, emerges = true, appears = true, appeared = true,
  seems = true, seemed = true, transpired = true, follows = true, turns = true,
  turned = true, remains = true, means = true, meant = true }

-- the body that is the subject of the sentence of token t, before t, or
-- of the sentence before: the first person or body a sentence names, when
-- it is a body (an "it" after it is that body)
local function subject_body (st, t)
  local ents = st.ents
  local k = entity_from(st, t) - 1
  local si = sentence_index(st, t)
  local stop = k - 60                       -- (the 60 entities before it)
  while k >= 1 and k > stop do
    local e = ents[k]
    local ei = sentence_index(st, e.first_token)
    if ei < si - 1 then break end
    -- (a country too, as the subject of a verb in this sentence: "the
    -- United States presented what it called …")
    if (e.label == "PERSON" or e.label == "ORG" or
        (e.label == "GPE" and ei == si and IS(st.toks, e.last_token + 1, "lower") and
         (ENDS_ED[KEY(st.toks, e.last_token + 1)] or
          st.c.finite[KEY(st.toks, e.last_token + 1)]))) and first_named(st, k) then
      return e.label ~= "PERSON" and e or nil
    end
    k = k - 1
  end
  return nil
end

-- how many people the article has named before token t (worked out once
-- a run, for every entity)
local function people_before (st, t)
  local d = st.distinct
  if not d then
    d = {}
    local seen, n, ents = {}, 0, st.ents
    for k = 1, #ents do
      local e = ents[k]
      if e.label == "PERSON" then
        local name = e.canonical or e.text
        if not seen[name] then
          seen[name] = true
          n = n + 1
        end
      end
      d[k] = n
    end
    st.distinct = d
  end
  local k = entity_from(st, t) - 1
  return k >= 1 and d[k] or 0
end

-- the person an epithet [a, b] stands for ("the 28-year-old", "the
-- former Wales international"), as "he" does: the person who spoke last
-- when no one else was named since, else the subject of this sentence or
-- the one before, named with no title ("Henry will captain the side. And
-- the striker said …"), else the person the article is most about
local function epithet_person (st, a, b)
  local toks = st.toks
  local head = KEY(toks, b)
  -- (a hyphenated noun is one: "the left-hander")
  if b > a + 2 and KIND(toks, b - 1) == "hyphen" and KIND(toks, b - 2) == "word" and
     st.c.epithets[KEY(toks, b - 2) .. "-" .. head] then
    head = KEY(toks, b - 2) .. "-" .. head
  end
  -- (an age: "the 28-year-old", one word or five)
  local age = head:find("^%d+%-year%-old$") or
              (head == "old" and b - 4 > a and KEY(toks, b - 2) == "year" and
               KIND(toks, b - 4) == "number") or
              -- (an age before a noun: "the 34-year-old nurse")
              (b == a + 6 and KEY(toks, b - 1) == "old" and KEY(toks, b - 3) == "year" and
               KIND(toks, a + 1) == "number")
  -- (a role with a side's or a body's name: "the Arsenal manager")
  local side = b == a + 2 and IS(toks, a + 1, "cap") and IS(toks, b, "lower") and
               st.c.roles[head] and KEY(toks, a + 1)
  if not (IS(toks, b, "lower") and (st.c.epithets[head] or age) or
          (b == a + 1 and st.c.epithets[head]) or side) then
    return nil
  end
  local lp = st.lp_ent
  if lp and last_speaker_near(st, a) then return st.lp_name, lp end
  -- a side's role: the person named with that name before the role
  -- ("Arsenal manager Ann Lee"), else the person the article is about
  -- (not whoever was the subject last: that may be the other side's)
  if side then
    local ents = st.ents
    for k = entity_from(st, a) - 1, 1, -1 do
      local p = ents[k]
      if p.label == "PERSON" and p.first_token > 2 and KEY(toks, p.first_token - 1) == head and
         KEY(toks, p.first_token - 2) == side then
        return p.canonical or p.text, p
      end
    end
    local e = salient_person(st, a)
    if e then return e.canonical or e.text, e end
    return nil
  end
  local e = antecedent(st, a)
  if not (e and not e.title and sentence_index(st, e.first_token) >= sentence_index(st, a) - 1 and
          not owner_or_agent(st, e)) then
    e = salient_person(st, a)
  end
  if e then return e.canonical or e.text, e end
  return nil
end

-- a reply's cues, and a question's: the one who replies is not the one
-- who asked
local REPLIES = { replied = true, replies = true, answered = true, answers = true,
  responded = true, responds = true }
local ASKS = { asked = true, asks = true, wondered = true, queried = true }

-- the person a noun phrase from token a is in apposition to: "Ann Lee,
-- 63, a retired army officer …" (back over its words in lower case, a
-- comma, an age), or nil
local function apposition_person (st, a)
  local toks = st.toks
  local a0 = a
  while a0 > 2 and a0 > a - 5 and KIND(toks, a0 - 1) == "word" and IS(toks, a0 - 1, "lower") do
    a0 = a0 - 1
  end
  if a0 > 2 and KEY(toks, a0 - 1) == "," then
    local c = a0 - 2
    if c > 2 and KIND(toks, c) == "number" and KEY(toks, c - 1) == "," then c = c - 2 end
    local y = st.ents[entity_from(st, c + 1) - 1]
    if y and y.last_token == c and y.label == "PERSON" then return y end
  end
  return nil
end

-- documents a body writes: "the report said", "the survey found"
local DOC_NOUNS = { study = true, report = true, survey = true, poll = true, research = true,
  analysis = true, review = true, audit = true, findings = true, filing = true,
  statement = true, document = true, assessment = true, estimate = true, estimates = true }
-- and what a body's own ("its website", "Acme's forecast")
local OWNED_DOCS = { outlook = true, forecast = true, forecasts = true, projections = true,
  website = true, figures = true, data = true }
for k in pairs(DOC_NOUNS) do OWNED_DOCS[k] = true end
local DOC_BY = { by = true, from = true, of = true, ["for"] = true }

-- the body that wrote the document the mention at token a names ("the
-- report"): the body named with the last document before it ("a survey
-- by the polling institute Acme", "the Acme survey", "Acme's report",
-- "Acme said in a filing"), or nil
local function doc_source (st, a)
  local toks, ents = st.toks, st.ents
  local limit = FIRST(toks, a) - 3000
  local seen = 0
  for t = a - 1, 1, -1 do
    if seen >= 6 or FIRST(toks, t) < limit then break end
    local k = KEY(toks, t)
    if DOC_NOUNS[k] and IS(toks, t, "lower") then
      seen = seen + 1
      -- (a body just before it, past words in lower case and a possessive)
      local j = t - 1
      while j > 1 and j > t - 4 and KIND(toks, j) == "word" and IS(toks, j, "lower") and
            not DETERMINERS[KEY(toks, j)] and not DOC_BY[KEY(toks, j)] do
        j = j - 1
      end
      if j >= 1 and POSSESSIVE[KEY(toks, j)] then
        j = j - 1
        -- ("the institute's study": the body that noun stands for)
        if j > 1 and IS(toks, j, "lower") and KEY(toks, j - 1) == "the" then
          local x = body_antecedent(st, j - 1, KEY(toks, j))
          if x then return x end
        end
      end
      local e = j >= 1 and ents[entity_from(st, j + 1) - 1]
      if e and e.last_token == j and e.label == "ORG" then return e end
      -- (a body after "by", "from", "of": "a survey by the polling
      -- institute Acme")
      if t < #toks and DOC_BY[KEY(toks, t + 1)] then
        local x = ents[entity_from(st, t + 2)]
        if x and x.first_token <= t + 6 and x.label == "ORG" then
          local plain = true
          for i = t + 2, x.first_token - 1 do
            if KIND(toks, i) ~= "word" then plain = false break end
          end
          if plain then return x end
        end
      end
      -- (one who spoke "in a filing" just before it)
      if t > 3 and (KEY(toks, t - 2) == "in" or KEY(toks, t - 3) == "in") then
        local found = st.found
        for q = #found, math.max(1, #found - 30), -1 do
          local y = found[q]
          if y.cue_tok and y.cue_tok < t and y.cue_tok >= t - 6 and y.speaker and
             y.sp_label == "ORG" then
            return { canonical = y.speaker }
          end
        end
      end
    end
  end
  return nil
end

-- the owners of a relative's noun ("her son")
local KIN_OWNERS = { his = true, her = true, their = true }

-- who a mention [a, b] (tokens) names: canonical name, first and last byte
local SPORTS = { football = true, rugby = true, cricket = true, hockey = true, basketball = true,
  baseball = true }
-- short forms of titles: "the PM" is the prime minister
local ROLE_ALIASES = { pm = "prime minister" }
-- (a member of any house is a lawmaker)
do
  local members = { "lawmaker", "legislator", "mep", "mp", "senator", "congressman",
    "congresswoman", "representative", "deputy", "assemblyman", "assemblywoman", "msp", "td",
    "member of parliament", "parliamentarian" }
  ROLE_ALIASES.lawmaker, ROLE_ALIASES.legislator = members, members
  ROLE_ALIASES.parliamentarian = members
  -- (a side's manager is its coach and boss)
  local coaches = { "coach", "manager", "head coach", "boss", "team manager" }
  ROLE_ALIASES.coach, ROLE_ALIASES.manager, ROLE_ALIASES.boss = coaches, coaches, coaches
end
local WHERE_WORDS = { regional = true, ["local"] = true, provincial = true, state = true,
  city = true, county = true, district = true, federal = true, municipal = true }
local ROLE_PREPS = { at = true, of = true, ["for"] = true, with = true }
local STATEMENT_HEADS = { statement = true, letter = true, post = true, note = true, memo = true,
  email = true, message = true, release = true, filing = true, tweet = true }
local OUTLET_HEADS = { agency = true, newspaper = true, paper = true, broadcaster = true,
  network = true, channel = true, station = true, magazine = true, website = true,
  daily = true, tabloid = true, weekly = true }
-- the person the article's first lines name, in the next sentences, with
-- the title of the mention a .. b ("…, the regional governor said. Governor
-- Ann Lee said …", "a High Court judge ruled …. Mr Justice Ann Lee found …"):
-- its words, or its last past words that say where ("the foreign
-- secretary" is no home secretary)
local lede_person
do
  -- whether a relative clause after token b keeps the one it is about
  -- nameless: ", who spoke on condition of anonymity", ", who asked not to
  -- be named"
  local function nameless_after (st, b)
    local toks = st.toks
    local n = #toks
    if b + 2 > n or KEY(toks, b + 1) ~= "," or KEY(toks, b + 2) ~= "who" then return false end
    for i = b + 3, math.min(n, b + 12) do
      local k = KEY(toks, i)
      if k == "anonymity" or k == "anonymously" or
         ((k == "named" or k == "identified") and KEY(toks, i - 2) == "not") then
        return true
      end
      if k == "," or TERMINAL[k] then break end
    end
    return false
  end

  function lede_person (st, a, b)
    if nameless_after(st, b) then return nil end
    local toks = st.toks
    -- (past the fifth sentence: no need to ask which it is)
    if (st.sfirst[5] and a >= st.sfirst[5]) or not IS(toks, b, "lower") then return nil end
    local whole = st.text:sub(FIRST(toks, a + 1), LAST(toks, b)):lower()
    local head = whole
    if b == a + 2 and WHERE_WORDS[KEY(toks, a + 1)] then head = KEY(toks, b) end
    -- (or past a body's name: "a High Court judge")
    local named = b > a + 1
    for i = a + 1, b - 1 do
      if not IS(toks, i, "cap") then named = false break end
    end
    if named then head = KEY(toks, b) end
    if head == "judge" then head = "justice" end
    local titles, ents = titles_of(st), st.ents
    local stop = (st.sfirst[sentence_index(st, a) + 3] or #toks + 1) - 1
    for k = entity_from(st, b + 1), #ents do
      local y = ents[k]
      if y.first_token > stop then break end
      if y.label == "PERSON" and not in_marks(st, y.first_token) then
        local ts = titles[y.canonical or y.text]
        if has_title(ts, whole) or has_title(ts, head) then return y end
        -- (or one the article gives no title, who opens the next
        -- sentence: "The former chief executive of Acme told senators …
        -- . Ann Lee, who led the bank for nine years, said …")
        if not ts and st.ctx.dict and first_named(st, k) and
           y.first_token == sentence_of(st, y.first_token).first_token then
          for j = a + 1, b do
            if (st.ctx.dict(j, b) or NO_READING).list == "titles" then return y end
          end
        end
        return nil
      end
    end
    return nil
  end
end

local function resolve (st, a, b)
  local toks, text = st.toks, st.text
  local first, last = FIRST(toks, a), LAST(toks, b)
  local e = entity_at(st, a, b)
  if e and e.last_token == b then
    -- ("the German said": a nationality after "the" stands for a person,
    -- as an epithet does)
    -- (and after an age or words in lower case: "the 24-year-old Briton",
    -- "the veteran Australian")
    local t = a - 1
    while t > 1 and t > a - 7 and (IS(toks, t, "lower") and KEY(toks, t) ~= "the" or
          KIND(toks, t) == "number" or KIND(toks, t) == "hyphen") do
      t = t - 1
    end
    if e.label == "NORP" and a == b and t >= 1 and KEY(toks, t) == "the" then
      local name, p = epithet_person(st, a - 1, b)
      if name then return name, first, last, "PERSON", p end
    end
    -- (a seat before its member's letters is the member: "the Dublin Bay
    -- North TD said", the TD the article named)
    if (e.label == "GPE" or e.label == "LOC") and b < #toks and IS(toks, b + 1, "upper") and
       st.c.seat_letters[KEY(toks, b + 1)] then
      local p = antecedent(st, a, nil, KEY(toks, b + 1))
      if p then return p.canonical or p.text, first, last, "PERSON", p end
      local f0 = a > 1 and KEY(toks, a - 1) == "the" and a - 1 or a
      return text:sub(FIRST(toks, f0), LAST(toks, b + 1)), FIRST(toks, f0), LAST(toks, b + 1)
    end
    -- (a town after "the" opens a firm's noun past its state: "The San
    -- Jose, California-based company, which …, said")
    if e.label == "GPE" and a > 1 and KEY(toks, a - 1) == "the" and b + 4 <= #toks and
       KEY(toks, b + 1) == "," then
      for j = b + 2, math.min(#toks - 1, b + 6) do
        if KEY(toks, j) == "based" then
          local x = IS(toks, j + 1, "lower") and body_antecedent(st, a - 1, KEY(toks, j + 1))
          if x then return x.canonical or x.text, first, last, "ORG", x end
          break
        end
      end
    end
    return e.canonical or e.text, first, last, e.label, e
  end
  -- (a body's panel or board speaks for it: "the three-member CAS panel
  -- said")
  if b > a and IS(toks, b, "lower") and st.c.body_parts[KEY(toks, b)] then
    local y = st.ents[entity_from(st, b) - 1]
    if y and y.label == "ORG" and y.last_token == b - 1 and y.first_token >= a then
      return y.canonical or y.text, first, last, "ORG", y
    end
  end
  -- (a body and where it sits: "according to the National Disaster
  -- Management Authority in Islamabad")
  do
    local y = entity_at(st, (KEY(toks, a) == "the" and a < b) and a + 1 or a, b)
    local p = y and y.label == "ORG" and y.last_token + 2 <= b and KEY(toks, y.last_token + 1)
    if p == "in" or p == "at" then
      local x = entity_at(st, y.last_token + 2, b)
      if x and (x.last_token == b or x.last_token == b - 1 and IS(toks, b, "lower")) and
         (x.label == "GPE" or x.label == "LOC") then
        return y.canonical or y.text, first, last, "ORG", y
      end
    end
  end
  -- (a people's noun no list knows, in capitals, after "the": "the
  -- Cornishman said")
  if not e and a == b and a > 1 and KEY(toks, a - 1) == "the" and st.c.epithets[KEY(toks, a)] then
    local name, p = epithet_person(st, a - 1, b)
    if name then return name, first, last, "PERSON", p end
  end
  local mention = text:sub(first, last)
  local ka = KEY(toks, a)
  -- (an outlet's noun after its name: "the Tollan Presse (TP) news agency
  -- reported", where the mention may be the noun alone)
  local kb = KEY(toks, b)
  if OUTLET_HEADS[kb] and IS(toks, b, "lower") then
    local p = b - 1
    -- (past the outlet's trade: "the Nikkei business daily reported")
    local kp = KEY(toks, p)
    if p > 1 and (kp == "news" or kp == "business" or kp == "financial" or kp == "sports" or
                  kp == "economic") then
      p = p - 1
    end
    if p > 3 and p < a and KEY(toks, p) == ")" and KEY(toks, p - 2) == "(" then p = p - 3 end
    local x = st.ents[entity_from(st, p + 1) - 1]
    if x and x.last_token == p and x.label == "ORG" and x.first_token >= p - 6 then
      return x.canonical or x.text, first, last, "ORG", x
    end
  end
  -- (a role in the headline is the person the article names with it
  -- later: "…, mayor says" and "Mayor Ann Lee said …")
  -- (and the headline's first word: "Superintendent says …")
  if b <= a + 2 and (st.sfirst[2] or 0) > b and
     (IS(toks, b, "lower") or b == 1 or IS(toks, b, "upper")) and not st.c.pronouns[ka] then
    local p = headline_person(st, b)
    if p then return p.canonical or p.text, first, last, "PERSON", p end
  end
  -- ("the scheme, whose trustee said …": the body before "whose", whose
  -- voice its role is; a person's lawyer is no person)
  if ka == "whose" and b > a and a > 2 then
    local p = a - 1
    if SEPARATORS[KEY(toks, p)] then p = p - 1 end
    if p > 3 and KEY(toks, p) == ")" and KEY(toks, p - 2) == "(" then p = p - 3 end
    local k = entity_from(st, p + 1) - 1
    local x = st.ents[k]
    -- (or the body an apposition before it is about: "the Universities
    -- Superannuation Scheme (USS), the country's largest pension scheme,
    -- whose trustee said")
    if x and x.last_token ~= p and KEY(toks, p + 1) == "," then
      while x and x.last_token >= p - 14 do
        if x.label == "ORG" and (KEY(toks, x.last_token + 1) == "," or
                                 (KEY(toks, x.last_token + 1) == "(" and
                                  KEY(toks, x.last_token + 4) == ",")) then
          break
        end
        k = k - 1
        x = st.ents[k]
      end
      if x and x.last_token < p - 14 then x = nil end
    end
    if x and x.label == "ORG" and (x.last_token == p or KEY(toks, p + 1) == ",") then
      return x.canonical or x.text, first, last, "ORG", x
    end
    return text:sub(FIRST(toks, a + 1), last), FIRST(toks, a + 1), last
  end
  if a == b and a > 1 and st.c.relatives[ka] then
    -- "Ann Lee, who said …": the name just before it (past an acronym in
    -- brackets: "the Air Transport Association (IATA), which said")
    local p = a - 1
    if p > 1 and SEPARATORS[KEY(toks, p)] then p = p - 1 end
    -- (past an age: "King, 30, who describes …")
    if p > 2 and KIND(toks, p) == "number" and KEY(toks, p - 1) == "," then p = p - 2 end
    if p > 3 and KEY(toks, p) == ")" and KEY(toks, p - 2) == "(" then p = p - 3 end
    local k = entity_from(st, p + 1) - 1
    local x = st.ents[k]
    -- ("Ann Lee, 29, a nurse in Toledo, Ohio, who said", "Sen. Ann Lee,
    -- Republican of Ohio, who said": "who" is the person the place's
    -- apposition is about)
    -- (and a body an apposition's preposition names: "Ann Lee, an analyst
    -- at Acme Securities, who estimated …")
    if x and x.last_token == p and (x.label == "GPE" or x.label == "LOC" or x.label == "DATE" or
                                    x.label == "TIME" or
                                    (x.label == "ORG" and x.first_token > 1 and
                                     ROLE_PREPS[KEY(toks, x.first_token - 1)])) and
       (ka == "who" or ka == "whom") then
      local s0 = sentence_of(st, a).first_token
      for j = k - 1, 1, -1 do
        local y = st.ents[j]
        if y.first_token < s0 or y.last_token < p - 14 then break end
        -- (or a place's preposition: "Judge Ann Lee in Columbus, who …")
        local nx = KEY(toks, y.last_token + 1)
        if y.label == "PERSON" and
           (nx == "," or (y.last_token + 2 == x.first_token and nx == "in")) then
          x = y
          break
        end
      end
      if x.label == "PERSON" then return x.canonical or x.text, first, last, "PERSON", x end
    end
    if x and x.last_token == p and x.canonical and x.label ~= "DATE" and x.label ~= "TIME" and
       -- (a place is no "who": "a farmer from the Jezreel Valley, who …")
       not ((ka == "who" or ka == "whom") and (x.label == "GPE" or x.label == "LOC")) then
      return x.canonical, first, last, x.label, x
    end
    -- (a person before an apposition that names places: "Ann Lee, a
    -- farmer from Moshav Dror in the Jezreel Valley, who said")
    if (ka == "who" or ka == "whom") and SEPARATORS[KEY(toks, a - 1)] and
       not (x and x.last_token == p and x.label == "PERSON") then
      local s0 = sentence_of(st, a).first_token
      for j = k, 1, -1 do
        local y = st.ents[j]
        if not y or y.first_token < s0 or y.last_token < p - 24 then break end
        local o = y.last_token < p - 2 and KEY(toks, y.last_token + 2)
        if y.label == "PERSON" and o and KEY(toks, y.last_token + 1) == "," and
           (o == "a" or o == "an" or o == "the") then
          return y.canonical or y.text, first, last, "PERSON", y
        end
      end
    end
    -- ("the watchdog, which said", "some analysts who had expected": the
    -- noun phrase before it)
    local np = p >= 1 and noun_phrase_before(st, p)
    -- (a place after a preposition ends the noun phrase of the people
    -- from it: "several Māori landowners from Gisborne, who said")
    local pw = x and x.last_token == p and (x.label == "GPE" or x.label == "LOC") and
               (ka == "who" or ka == "whom") and x.first_token > 2 and
               KEY(toks, x.first_token - 1)
    if pw == "from" or pw == "in" or pw == "of" or pw == "at" or pw == "near" then
      local h = noun_phrase_before(st, x.first_token - 2)
      if h and IS(toks, x.first_token - 2, "lower") then np = h end
    end
    -- (an apposition's noun phrase is the person's before it: "Ann Lee,
    -- 63, a retired army officer who said …")
    local y = np and (ka == "who" or ka == "whom") and apposition_person(st, np)
    if y then return y.canonical or y.text, first, last, "PERSON", y end
    if np then
      return text:sub(FIRST(toks, np), LAST(toks, p)), first, last, nil
    end
    return mention, first, last
  end
  if a == b then
    local want = st.c.pronouns[ka]
    if want == "m" or want == "f" then
      local p = antecedent(st, a, want)
      -- (a person who spoke in this sentence or the one before, after
      -- the person named last as a subject: "The opposition leader
      -- countered that …. He declared: …")
      local lp = st.lp_name
      -- (not the one who asked, for a reply: "“…?” one journalist asked.
      -- “…,” she replied.")
      if lp and st.cur_cue > 0 and st.lp_cue > 1 and REPLIES[KEY(toks, st.cur_cue)] and
         ASKS[KEY(toks, st.lp_cue)] and not st.c.be[KEY(toks, st.lp_cue - 1)] then
        lp = nil                       -- (but "was asked" is the one who replies)
      end
      -- (or further back, when no one was named since: "A spokesman
      -- said …. But …. “…,” he said.")
      -- (nor one named inside what that person said: "The spokesman said
      -- that Ann Lee had his confidence. He added …" is the spokesman)
      if lp and (not p or p.first_token < st.lp_tok or
                 (p.first_token >= st.lp_a and p.last_token <= st.lp_b)) and
         last_speaker_near(st, a) then
        local g = st.lp_ent and gender_of(st, st.lp_ent)
        if not g or g == want then return lp, first, last, "PERSON" end
      end
      if p then return p.canonical or p.text, first, last, "PERSON", p end
      return mention, first, last
    end
    -- "Acme said …. It added …": "it" goes on with a body that spoke in
    -- the sentence before or in this one
    -- (and "they" with a body, a people or a group that spoke: "The
    -- Tories said …. They added …", "Police said …. They added …")
    -- ("it is believed that …", "it emerged that …" name nobody)
    local nobody = ka == "it" and a < #toks and
                   (st.c.be[KEY(toks, a + 1)] or IMPERSONAL[KEY(toks, a + 1)])
    local prev = st.prev_name
    if prev and not nobody and
       ((ka == "it" and (st.prev_label == "ORG" or st.prev_label == "BARE")) or ka == "they") and
       sentence_index(st, st.prev_cue) >= sentence_index(st, a) - 1 then
      return prev, first, last, st.prev_label
    end
    -- (else "it" is a body that is the subject of this sentence or the one
    -- before: "BA's profits rose, and it expects …")
    if ka == "it" and not nobody then
      local x = subject_body(st, a)
      if x then return x.canonical or x.text, first, last, x.label, x end
    end
  end
  -- ("South Korea's central bank": the country's central bank the article
  -- names, "the Bank of Korea")
  if KEY(toks, b) == "bank" and b > a + 2 and KEY(toks, b - 1) == "central" and
     POSSESSIVE[KEY(toks, b - 2)] and st.ctx.dict then
    local g = st.ents[entity_from(st, a)]
    local gd = g and g.first_token == a and g.last_token == b - 3 and g.label == "GPE" and
               st.ctx.dict(a, b - 3)
    local code = gd and (gd.extra or ""):match("country=(%u%u)")
    if code then
      local ents = st.ents
      for k = 1, #ents do
        local x = ents[k]
        local d = x.label == "ORG" and st.ctx.dict(x.first_token, x.last_token)
        if d and d.label == "ORG" and (d.canonical or ""):find("Bank", 1, true) and
           (d.extra or ""):match("country=(%u%u)") == code then
          return x.canonical or x.text, first, last, "ORG", x
        end
      end
    end
  end
  -- ("Her son said": the person the article named as her son, "her son,
  -- the saxophonist Ann Lee", "Tsehay's mother, Aster Woldemariam")
  if b == a + 1 and KIN_OWNERS[ka] and IS(toks, b, "lower") and data.person_sex(kb) then
    for t = a - 2, math.max(2, a - 1500), -1 do
      if KEY(toks, t) == kb and KEY(toks, t + 1) == "," and
         (KIN_OWNERS[KEY(toks, t - 1)] or POSSESSIVE[KEY(toks, t - 1)]) then
        local k = entity_from(st, t + 2)
        local x = st.ents[k]
        if x and x.label == "PERSON" and x.first_token <= t + 5 then
          return x.canonical or x.text, first, last, "PERSON", x
        end
        break
      end
    end
  end
  -- ("the statement said": the one who spoke "in a statement" just
  -- before)
  if b == a + 1 and ka == "the" and STATEMENT_HEADS[KEY(toks, b)] then
    local noun, found = KEY(toks, b), st.found
    for k = #found, math.max(1, #found - 6), -1 do
      local q = found[k]
      if q.cue_tok and q.cue_tok < a and q.speaker and q.cue and q.cue:find(noun, 1, true) and
         sentence_index(st, q.cue_tok) >= sentence_index(st, a) - 2 then
        return q.speaker, first, last, q.sp_label
      end
    end
  end
  -- "the report said", "the institute's study found": the body that
  -- wrote the document
  if ka == "the" and b <= a + 3 and DOC_NOUNS[KEY(toks, b)] and IS(toks, b, "lower") then
    local x
    if b == a + 3 and POSSESSIVE[KEY(toks, a + 2)] and IS(toks, a + 1, "lower") then
      x = body_antecedent(st, a, KEY(toks, a + 1))
    elseif b == a + 1 or
           (IS(toks, a + 1, "lower") and (b == a + 2 or IS(toks, a + 2, "lower"))) then
      x = doc_source(st, a)
    end
    if x then return x.canonical or x.text, first, last, "ORG" end
  end
  -- "Acme's estimates", "its seasonal outlook": the body whose document
  -- it is ("its": the body of the sentence before)
  if b > a and OWNED_DOCS[KEY(toks, b)] and IS(toks, b, "lower") and b <= a + 4 then
    local x
    if ka == "its" then
      x = subject_body(st, a)
    else
      local o = entity_at(st, a, b)
      -- (or the noun right after the name: "according to ACP data")
      if o and o.label == "ORG" and o.last_token == b - 1 then
        x = o
      elseif o and o.label == "ORG" and o.last_token < b and
         POSSESSIVE[KEY(toks, o.last_token + 1)] then
        local plain = true
        for i = o.last_token + 2, b - 1 do
          if not IS(toks, i, "lower") then plain = false break end
        end
        x = plain and o
      end
    end
    if x then return x.canonical or x.text, first, last, "ORG" end
  end
  -- "its spokesman", "its leadership": the body's voice, for the body of
  -- the sentence before
  if ka == "its" and b == a + 1 and IS(toks, b, "lower") and
     (SPOKES[KEY(toks, b)] or KEY(toks, b) == "leadership" or KEY(toks, b) == "management" or
      KEY(toks, b) == "board") then
    local x = subject_body(st, a)
    if x then return x.canonical or x.text, first, last, "ORG" end
  end
  -- ("the investor said" after "One Rotterdam-based investor … said": the
  -- one who spoke just before with that noun, no body)
  if ka == "the" and b == a + 1 and IS(toks, b, "lower") then
    local noun, found = " " .. KEY(toks, b), st.found
    for k = #found, math.max(1, #found - 4), -1 do
      local q = found[k]
      local sp = q.speaker and q.cue_tok and q.cue_tok < a and q.speaker:lower()
      if sp and sp:sub(-#noun) == noun and not q.sp_label and
         sentence_index(st, q.cue_tok) >= sentence_index(st, a) - 3 then
        return q.speaker, first, last
      end
    end
  end
  -- "the company", "the engine maker": the body named before it
  if ka == "the" and (b == a + 1 or (b == a + 2 and IS(toks, a + 1, "lower")) or
                      based_modifier(toks, a + 1, b - 1)) then
    -- (not a club of others': "the supporters club")
    local noun = KEY(toks, b)
    if noun == "bank" and b == a + 2 and KEY(toks, a + 1) == "central" then
      noun = "central bank"
    end
    local x = not (b == a + 2 and noun == "club" and
                   not SPORTS[KEY(toks, a + 1)]) and
              body_antecedent(st, a, noun, b == a + 2 and IS(toks, a + 1, "lower") and
                                           KEY(toks, a + 1))
    if x then return x.canonical or x.text, first, last, "ORG" end
  end
  -- ("the country's antiquities ministry": the nation's possessive and a
  -- modifier before the noun)
  if ka == "the" and b == a + 4 and IS(toks, b, "lower") and IS(toks, a + 3, "lower") and
     (KEY(toks, a + 1) == "country" or KEY(toks, a + 1) == "nation") and
     POSSESSIVE[KEY(toks, a + 2)] then
    local x = body_antecedent(st, a, KEY(toks, b), KEY(toks, a + 3))
    if x then return x.canonical or x.text, first, last, "ORG" end
  end
  -- "the Serie A club", "the Yorkshire club": a league's or a place's
  -- side, the club named before it
  if KEY(toks, b) == "club" and IS(toks, b, "lower") and b > a and b <= a + 3 and
     ((ka == "the" and b > a + 1 and IS(toks, a + 1, "cap")) or
      (IS(toks, a, "cap") and a > 1 and KEY(toks, a - 1) == "the")) then
    local x = body_antecedent(st, a, "club")
    if x then return x.canonical or x.text, first, last, "ORG" end
  end
  -- "a department spokesperson", "the ministry spokesman": the body's
  -- spokesperson, for the body named before it
  -- (and its office: "the National Weather Service office", "the White
  -- House press office")
  local office = b >= a + 2 and KEY(toks, b) == "office" and IS(toks, b, "lower")
  -- (the body's name first, its article outside the mention: "A Department
  -- for Education spokesperson")
  if b > a and SPOKES[KEY(toks, b)] and IS(toks, b, "lower") and a > 1 and
     (KEY(toks, a - 1) == "a" or KEY(toks, a - 1) == "an" or KEY(toks, a - 1) == "the") then
    local x = entity_at(st, a, b - 1)
    if x and x.label == "ORG" and x.last_token == b - 1 then
      return x.canonical or x.text, first, last, "ORG"
    end
  end
  if b >= a + 2 and (ka == "a" or ka == "the" or ka == "an") and
     (SPOKES[KEY(toks, b)] or office) then
    local x
    if b == a + 2 and IS(toks, a + 1, "lower") then
      x = not office and body_antecedent(st, a, KEY(toks, a + 1))
    else
      -- ("an IMF spokesperson", "a Foreign Ministry spokesman": the body)
      local z = office and b > a + 2 and KEY(toks, b - 1) == "press" and b - 2 or b - 1
      x = entity_at(st, a + 1, z)
      x = x and x.label == "ORG" and x.last_token == z and x
    end
    -- (the one the article named as the body's spokesperson: "Ann Lee, a
    -- UNHCR spokesperson, …. The UNHCR spokesperson added …")
    if x and ka == "the" and not office then
      local p = antecedent(st, a, nil, KEY(toks, b))
      local xc = x.canonical or x.text
      if p and p.affiliation ~= nil and p.affiliation ~= xc then p = nil end
      if p and p.affiliation == nil then
        local k, ok = entity_from(st, p.last_token + 1), false
        local y = st.ents[k]
        while y and y.first_token <= p.last_token + 6 do
          if (y.canonical or y.text) == xc then ok = true break end
          k = k + 1
          y = st.ents[k]
        end
        if not ok then p = nil end
      end
      if p then return p.canonical or p.text, first, last, "PERSON", p end
    end
    if x then return x.canonical or x.text, first, last, "ORG" end
  end
  -- (and a firm's noun after modifiers the mention lost: "the Santa
  -- Clara, California-based company said")
  if a == b and (FIRM_NOUNS[ka] or st.c.described_body_nouns[ka]) and IS(toks, a, "lower") and
     a > 2 and KIND(toks, a - 1) == "word" then
    local x = body_antecedent(st, a, ka)
    if x then return x.canonical or x.text, first, last, "ORG" end
  end
  -- "the minister", "Italy's defense minister": a person with that title
  -- (the whole title first, "the prime minister", then its last word)
  -- (a body's noun is no person's: "the party said")
  -- (nor a side's: "the opposition bellowed")
  if b > a and st.c.set and ka == "the" and not st.c.named_body_nouns[KEY(toks, b)] and
     KEY(toks, b) ~= "opposition" and KEY(toks, b) ~= "government" then
    local p = b > a + 1 and antecedent(st, a, nil, text:sub(FIRST(toks, a + 1), last):lower())
    -- (a people's adjective first is the person's country: "the Polish
    -- lawmaker" is no Dutch one)
    local aff
    if b > a + 1 and st.ctx.dict then
      local n = entity_at(st, a + 1, a + 1)
      if n and n.label == "NORP" then aff = gazetteer.country_of(st.ctx.dict(a + 1, a + 1)) end
    end
    -- (past a modifier: "the new head coach" is the head coach)
    if not p and b > a + 2 then
      p = antecedent(st, a, nil, text:sub(FIRST(toks, a + 2), last):lower(), aff)
    end
    p = p or antecedent(st, a, nil, ROLE_ALIASES[KEY(toks, b)] or KEY(toks, b), aff)
    -- (a judge of the High Court is "Mr Justice Ann Lee")
    if not p and KEY(toks, b) == "judge" then p = antecedent(st, a, nil, "justice") end
    if p then return p.canonical or p.text, first, last, "PERSON", p end
    -- ("Ann Lee says …. The minister said …": the one person the article
    -- has named, who spoke just before, when no one has the title)
    local lp = st.lp_ent
    if lp and st.lp_tok < a and people_before(st, a) == 1 and
       sentence_index(st, st.lp_cue) >= sentence_index(st, a) - 2 then
      local head = KEY(toks, b)
      -- (a title in lower case: "the Scottish Executive" is a body)
      if st.ctx.dict and not NAMELESS_ROLES[head] and not head:find("s$") and
         IS(toks, b, "lower") then
        for j = a + 1, b do                -- (the title: "prime minister")
          local d = st.ctx.dict(j, b)
          if d and d.list == "titles" then return st.lp_name, first, last, "PERSON", lp end
        end
      end
    end
    local y = lede_person(st, a, b)
    -- (a role of a body: "The former chief executive of Acme told …")
    if not y then
      for i = a + 2, b - 1 do
        if KEY(toks, i) == "of" then
          if IS(toks, i - 1, "lower") then y = lede_person(st, a, i - 1) end
          break
        end
      end
    end
    if y then return y.canonical or y.text, first, last, "PERSON", y end
    local name, p2 = epithet_person(st, a, b)
    if name then return name, first, last, "PERSON", p2 end
  end
  -- (and an indefinite one: "a High Court judge ruled …"; not one the
  -- text keeps nameless: "a diplomat, who spoke on condition of
  -- anonymity")
  if b > a + 1 and (ka == "a" or ka == "an") and st.c.set then
    local y = lede_person(st, a, b)
    if y then return y.canonical or y.text, first, last, "PERSON", y end
  end
  -- ("England's World Cup-winning fly-half said": an epithet after a
  -- side's or a country's name)
  if b > a + 1 and KIND(toks, a) == "word" and IS(toks, a, "cap") then
    for j = a + 1, math.min(b - 1, a + 4) do
      if POSSESSIVE[KEY(toks, j)] then
        local x = entity_at(st, a, j - 1)
        if x and x.last_token == j - 1 and x.label ~= "PERSON" then
          local name, p = epithet_person(st, a, b)
          if name then return name, first, last, "PERSON", p end
        end
        break
      end
    end
  end
  -- a name at the end of the mention ("German newspaper Bild"; not what
  -- "of" names: "the head of the agency", nor one after "with", "in":
  -- "a document filed with the SEC", "a spokesman quoted in China Daily")
  local k = entity_from(st, a)
  local x = st.ents[k]
  while x and x.first_token <= b do
    local o = x.first_token - 1
    if o > a and DETERMINERS[KEY(toks, o)] then o = o - 1 end
    -- (past the person's title: "The Chancellery of President Ann Lee")
    if x.label == "PERSON" and o > a and x.title and st.ctx.dict then
      local d = st.ctx.dict(o, o)
      if d and d.list == "titles" then o = o - 1 end
    end
    if x.last_token == b and (x.label == "PERSON" or x.label == "ORG") and
       not (o > a and NOT_OWNER_BEFORE[KEY(toks, o)]) then
      return x.canonical or x.text, FIRST(toks, x.first_token), last, x.label, x
    end
    k = k + 1
    x = st.ents[k]
  end
  -- (a noun phrase in apposition is the person's before it: "Ann Lee, 63,
  -- a retired army officer who said …")
  -- (not a body's noun: "In a statement signed by its secretary, Ann
  -- Lee, the party said"; nor several: "… sign Ann Lee, league sources
  -- said")
  local y = IS(toks, b, "lower") and not st.c.named_body_nouns[KEY(toks, b)] and
            not plural_mention(st, b) and apposition_person(st, a)
  if y then return y.canonical or y.text, first, last, "PERSON", y end
  return mention, first, last
end

-- the names a speaker's name is joined to by "and", when together they
-- open the sentence's subject ("The WHO and Unicef said", "Ann Lee, Tom
-- Hart and Sue Ray told"; after an opening phrase: "In Geneva, Acme and
-- Beta said"): the entities first to last, or nil. All of one label: a
-- place in a list of bodies is where they are, not one of them.
local function coordinated (st, e)
  local toks = st.toks
  local t = e.first_token - 1
  if t < 2 or KEY(toks, t) ~= "and" then return nil end
  local list = { e }
  repeat
    local k = entity_from(st, t) - 1
    local x = st.ents[k]
    if not (x and x.last_token == t - 1 and x.label == e.label) then
      if #list == 1 then return nil end
      break                       -- (the comma before the list)
    end
    table.insert(list, 1, x)
    t = x.first_token - 1
  until t < 1 or KEY(toks, t) ~= ","
  local s = sentence_of(st, e.first_token).first_token
  if t >= s and KEY(toks, t) == "the" then t = t - 1 end
  if t >= s and KEY(toks, t) ~= "," then return nil end
  return list
end

-- whether quote q's speaker is a person or a body named, or a pronoun
-- (what a source's report may hold: "Ann Lee said …, according to aides")
local function named_speaker (st, q)
  local e = entity_at(st, q.sp_a, q.sp_b)
  if e and (e.label == "PERSON" or e.label == "ORG") then return true end
  -- (not "it": "It is thought that …, according to …" names no one)
  local k = q.sp_a == q.sp_b and KEY(st.toks, q.sp_a)
  return k and k ~= "it" and st.c.pronouns[k] ~= nil or false
end

-- the subject of the sentence that holds token t, before t: a speaker
-- already found there, else the first person or body named, else a
-- pronoun at the sentence start
local PERSON_PRONOUNS = { he = true, she = true, they = true, we = true, i = true }

-- who speaks for the one a possessive names ("The governor's office")
local OWNED_SPEAKERS = { office = true, spokesman = true, spokeswoman = true,
  spokesperson = true, lawyer = true, lawyers = true, team = true, campaign = true,
  family = true, attorney = true, attorneys = true, aides = true }

-- verbs in the past that end in no "-ed" (and "lasted", "follows"): they
-- end a subject ("Egypt's central bank kept rates unchanged, saying …";
-- B.PAST_FORMS too)
local IRREGULAR_PAST = set_of { "ran", "went", "came", "took", "made", "began", "saw", "fell",
  "rose", "grew", "left", "led", "held", "kept", "met", "won", "lost", "broke", "gave", "got",
  "became", "brought", "bought", "caught", "fought", "sought", "drew", "spoke", "drove",
  "flew", "knew", "stood", "sat", "hit", "cut", "shut", "lasted", "follows",
  "sent", "spent", "built", "sold", "paid", "put", "set", "threw", "wore", "struck",
  "found", "felt", "meant", "dealt", "shook", "swept", "hung" }

local function subject_before (st, t)
  local s = sentence_of(st, t)
  -- (the subject of a clause after ", but": "Ann Lee won, but his main
  -- challenger rejected the result and said …")
  for k = t - 2, s.first_token + 2, -1 do
    local toks = st.toks
    if KEY(toks, k) == "but" and KEY(toks, k - 1) == "," then
      local a = k + 1
      local e = st.ents[entity_from(st, a)]
      if e and e.first_token == a and e.last_token < t - 1 and
         (e.label == "PERSON" or e.label == "ORG") then
        return e.first_token, e.last_token
      end
      if DETERMINERS[KEY(toks, a)] then
        local c = a
        while c + 1 < t - 1 and c < a + 4 and KIND(toks, c + 1) == "word" and
              IS(toks, c + 1, "lower") do
          local v = KEY(toks, c + 1)
          if ENDS_ED[v] or IRREGULAR_PAST[v] or st.c.finite[v] or st.c.aux[v] or st.c.be[v] or
             st.cue_at[c + 1] or PREPOSITIONS[v] or st.c.not_head[v] then
            break
          end
          c = c + 1
        end
        local v = KEY(toks, c + 1)
        if c > a and (ENDS_ED[v] or IRREGULAR_PAST[v] or st.c.finite[v]) then return a, c end
      end
      break
    end
  end
  -- (the subject after an opening phrase and its comma: "Shortly after
  -- collecting a trophy, a Mercedes convertible and a cheque, Federer
  -- addressed the crowd and …", whose names are none of it)
  do
    local toks = st.toks
    local f = s.first_token
    local w = KEY(toks, f)
    if PREP_BEFORE_SUBJECT[w] or w == "after" or w == "before" or w == "shortly" or
       w == "following" or w == "having" or w == "despite" then
      for k = t - 2, f + 2, -1 do
        if KEY(toks, k) == "," and KIND(toks, k + 1) == "word" and IS(toks, k + 1, "cap") then
          local b = k + 1
          while b + 1 < t and b < k + 4 and KIND(toks, b + 1) == "word" and
                IS(toks, b + 1, "cap") do
            b = b + 1
          end
          local v = KEY(toks, b + 1)
          if b + 1 < t and IS(toks, b + 1, "lower") and
             (ENDS_ED[v] or IRREGULAR_PAST[v] or st.c.finite[v]) then
            return k + 1, b
          end
          break
        end
      end
    end
  end
  -- (the last speaker before t in the sentence, but a named one first,
  -- the first of them: a later one may be inside its content, "The Journal
  -- reported that Washington was considering …, citing …")
  local last, named, nq
  for k = #st.found, math.max(1, #st.found - 50), -1 do
    local q = st.found[k]
    -- (not a noun cue's agent, nor a name in its content: "Ann Lee
    -- dismissed the claim by traders that Acme …, saying …" is Ann Lee's)
    -- (a silent one, no words, only where it names its speaker)
    if q.cue_tok and q.cue_tok < t and q.cue_tok >= s.first_token and q.sp_a and
       not (q.silent and not named_speaker(st, q)) then
      if q.noun then
        nq = nq or q
      else
        last = last or q
        if named_speaker(st, q) and (not named or q.cue_tok < named.cue_tok) then named = q end
      end
    end
    if q.cue_tok and q.cue_tok < s.first_token then break end
  end
  local q = named or last
  if q then return q.sp_a, q.sp_b end
  -- (a pronoun that opens the sentence is its subject: "She singled out
  -- her opponent, Governor Ann Lee, accusing him …")
  local f = s.first_token
  if f < t and PERSON_PRONOUNS[KEY(st.toks, f)] then return f, f end
  local ents = st.ents
  -- (not the place or agency of a dateline: "ABUJA (Reuters) - Acme …")
  local first_k = after_dateline(st, s.first_token, t)
  local k = entity_from(st, first_k)
  local stop = k + 50
  while ents[k] and k < stop and ents[k].first_token < t do
    local e = ents[k]
    if (e.label == "PERSON" or e.label == "ORG") and
       not (nq and e.first_token >= nq.a and e.first_token <= nq.b) then
      -- (a body before a person's title is the person's: "Acme Chairman
      -- Ann Lee … said")
      local x = ents[k + 1]
      -- (nor a possessor before the person: "Holloway's attorney, Ann
      -- Lee, had asked …, arguing")
      if x and x.label == "PERSON" and x.first_token < t and
         POSSESSIVE[KEY(st.toks, e.last_token + 1)] and x.first_token <= e.last_token + 6 then
        local plain = true
        for i = e.last_token + 2, x.first_token - 1 do
          local k2 = KIND(st.toks, i)
          if not (k2 == "word" or KEY(st.toks, i) == ",") then plain = false break end
        end
        if plain then return x.first_token, x.last_token end
      end
      -- (a possessor inside the subject is not it: "Police investigating
      -- Ann Lee's murder … said")
      if POSSESSIVE[KEY(st.toks, e.last_token + 1)] and e.first_token > first_k + 1 and
         ENDS_ING[KEY(st.toks, e.first_token - 1)] and
         not (x and x.label == "PERSON" and x.first_token <= e.last_token + 6) then
        break
      end
      -- ("Acme director of rugby Ann Lee")
      if e.label == "ORG" and x and x.label == "PERSON" and x.first_token < t and
         x.first_token <= e.last_token + 5 then
        local words, dict = true, st.ctx.dict
        for i = e.last_token + 1, x.first_token - 1 do
          local w = KEY(st.toks, i)
          local d = dict and dict(i, i) or NO_READING
          if KIND(st.toks, i) ~= "word" or
             not (IS(st.toks, i, "cap") or d.list == "titles" or
                  not (ENDS_ED[w] or ENDS_ING[w] or st.c.finite[w] or st.c.aux[w] or
                       st.c.be[w] or st.cue_at[i] or d.label == "reporting_verb")) then
            words = false
            break
          end
        end
        if words then return x.first_token, x.last_token end
      end
      return e.first_token, e.last_token
    end
    k = k + 1
  end
  local toks = st.toks
  for i = s.first_token, math.min(t - 1, s.first_token + 4) do
    local w = st.c.pronouns[KEY(toks, i)]
    if w then return i, i end
  end
  -- the words that open the sentence: "Authorities …", "The president …"
  -- (after a dateline: "BUENOS AIRES — Argentina's new government …")
  local a = after_dateline(st, s.first_token, t)
  local w = KEY(toks, a)
  if a + 1 < t and (w == "the" or w == "a" or w == "an") and KIND(toks, a + 1) == "word" then
    -- (and what a possessive names: "The governor's office")
    if a + 3 < t and POSSESSIVE[KEY(toks, a + 2)] and OWNED_SPEAKERS[KEY(toks, a + 3)] then
      return a, a + 3
    end
    return a, a + 1
  end
  if a < t and IS(toks, a, "cap") and KIND(toks, a) == "word" and
     not st.c.subordinators[KEY(toks, a)] and not PREP_BEFORE_SUBJECT[KEY(toks, a)] then
    local b = a
    -- (a hyphenated name too: "Al-Otaibi")
    while b + 1 < t and ((IS(toks, b + 1, "cap") and KIND(toks, b + 1) == "word") or
                         (KIND(toks, b + 1) == "hyphen" and b + 2 < t and
                          IS(toks, b + 2, "cap") and not IS(toks, b + 1, "space_before"))) do
      b = b + (KIND(toks, b + 1) == "hyphen" and 2 or 1)
    end
    -- (and what a possessive names: "Argentina's new government")
    if b + 2 < t and POSSESSIVE[KEY(toks, b + 1)] then
      local c = b + 1
      while c + 1 < t and c < b + 4 and KIND(toks, c + 1) == "word" and
            IS(toks, c + 1, "lower") do
        local v = KEY(toks, c + 1)
        if ENDS_ED[v] or ENDS_LY[v] or st.c.aux[v] or st.c.be[v] or st.cue_at[c + 1] or
           PREPOSITIONS[v] or DETERMINERS[v] or st.c.not_head[v] or IRREGULAR_PAST[v] then
          break
        end
        c = c + 1
      end
      if c > b + 1 then b = c end
    elseif b == a and b + 2 < t and KEY(toks, b + 1) == "of" and
           (w == "thousands" or w == "hundreds" or w == "dozens" or w == "millions" or
            w == "scores" or w == "tens") then
      -- (a crowd's number and what it is of: "Thousands of farmers drove
      -- …, to protest against a levy that they said …")
      local c = b + 2
      if KEY(toks, c) == "the" then c = c + 1 end
      local z = c
      while z < t and z < c + 2 and KIND(toks, z) == "word" and IS(toks, z, "lower") do
        local v = KEY(toks, z)
        if ENDS_ED[v] or IRREGULAR_PAST[v] or st.c.finite[v] or st.c.aux[v] or st.c.be[v] or
           st.cue_at[z] then
          break
        end
        z = z + 1
      end
      if z > c then b = z - 1 end
    elseif b + 2 < t and KIND(toks, b + 1) == "word" and IS(toks, b + 1, "lower") then
      -- (and the plural noun its words qualify, before the verb:
      -- "Environmental groups welcomed …, but said")
      local n, v = KEY(toks, b + 1), KEY(toks, b + 2)
      if #n > 3 and n:sub(-1) == "s" and not (ENDS_ED[n] or st.c.finite[n] or st.c.aux[n] or
                                               st.c.be[n] or st.cue_at[b + 1]) and
         IS(toks, b + 2, "lower") and (ENDS_ED[v] or IRREGULAR_PAST[v] or st.c.finite[v]) and
         not (st.c.subordinators[w] or w == "but" or w == "and" or w == "or" or w == "yet" or
              w == "so") then
        b = b + 1
      end
    end
    return a, b
  end
  return nil
end

-- }======================================================


-- {======================================================
-- Content
-- =======================================================

-- the kind of content [a, b] (tokens) by its share inside quote marks
local function kind_of (st, a, b)
  local toks, qs = st.toks, st.qs
  local k = quotation_from(qs, a)
  local inside, total = 0, LAST(toks, b) - FIRST(toks, a) + 1
  while qs[k] and qs[k].o <= b do
    local q = qs[k]
    local e = q.e
    if e > b then e = b end
    if e > q.o then inside = inside + LAST(toks, e) - FIRST(toks, q.o) + 1 end
    k = k + 1
  end
  if total <= 0 or inside == 0 then return "indirect" end
  local share = inside / total
  if share >= 0.9 then return "direct" end
  if share >= 0.15 then return "mixed" end
  return "indirect"
end

-- whether tokens a to last hold a verb of their own: a lower-case finite
-- auxiliary or past tense (and, given the subjects, a pronoun subject:
-- "he would …"; finite_only: no word in -ed, "the eulogy delivered by …")
local function verb_between (st, a, last, subjects, finite_only)
  local toks, finite = st.toks, st.c.finite
  for j = a, last do
    if KIND(toks, j) == "word" and IS(toks, j, "lower") then
      local k = KEY(toks, j)
      if finite[k] or (subjects and subjects[k]) or (ENDS_ED[k] and not finite_only) then
        return true
      end
    end
  end
  return false
end

-- the comma that ends an apposition starting at token a ("head of
-- research at Acme,"): a noun phrase of up to 20 words with no verb of its
-- own nor a cue; false when words of a clause come first (no apposition),
-- nil when it ends the sentence
local CONJUNCTIONS = { ["and"] = true, but = true, ["or"] = true, yet = true, so = true }

local function apposition_end (st, a, s_last)
  local toks, finite, aux = st.toks, st.c.finite, st.c.aux
  if CONJUNCTIONS[KEY(toks, a)] then return false end
  for j = a, math.min(a + 20, s_last - 1) do
    local k = KEY(toks, j)
    if k == "," then return j > a and j or nil end
    if TERMINAL[k] or st.cue_at[j] or KIND(toks, j) == "quote" then return nil end
    if KIND(toks, j) == "word" and IS(toks, j, "lower") and
       (finite[k] or aux[k] or st.c.relatives[k] or st.c.subjects[k] or
        st.c.subordinators[k] or (ENDS_ED[k] and KIND(toks, j - 1) ~= "hyphen")) then
      return false
    end
  end
  return nil
end

-- does the content go on past token i? A comma outside quote marks before a
-- clause of its own ends it (", highlighting …", ", according to …")
local function opens_clause (st, i)
  local toks = st.toks
  if i > #toks then return true end
  local w = KEY(toks, i)
  if st.c.stops[w] then return true end
  -- "— and he noted …", ", and Republicans want …": a clause of its own
  -- (not ", and Ukraine's integrity …", a noun phrase that goes on)
  if w == "and" and i < #toks then
    local w2 = KEY(toks, i + 1)
    -- (", and when pressed, she replied …": a clause of the speaker's)
    if st.c.subjects[w2] or st.c.subordinators[w2] then return true end
    if IS(toks, i + 1, "cap") and KIND(toks, i + 1) == "word" and
       (i + 1 >= #toks or KEY(toks, i + 2) ~= "'s") then
      -- (not after a content's first name and its aside, with no verb
      -- yet: "… said that Acme, based in Leeds, and Tollway had broken
      -- the law" names two subjects)
      local a = st.content_a
      if a and a < i and i - a <= 12 and IS(toks, a, "cap") then
        local c = st.c
        for t = a, i - 2 do
          local k = KEY(toks, t)
          if c.finite[k] or c.be[k] then return true end
        end
        return false
      end
      return true
    end
  end
  -- (", while the institute urged …": a clause with a cue of its own)
  if w == "while" or w == "whereas" then
    for j = i + 2, math.min(i + 16, #toks) do
      if st.cue_at[j] then return true end
      if TERMINAL[KEY(toks, j)] then break end
    end
    return false
  end
  -- (", a position Ann Lee described as …": a noun phrase whose clause
  -- has a cue of its own; not "- a wasp that refuses …", "a backlog of
  -- claims was …". The cues are found first: most noun phrases have none,
  -- and the words before one are asked of the C core only then)
  if w == "a" or w == "an" then
    local cue_at = st.cue_at
    for j = i + 2, math.min(i + 7, #toks) do
      if cue_at[j] then
        for t = i + 1, j - 1 do
          if KIND(toks, t) ~= "word" or st.c.relatives[KEY(toks, t)] then return false end
        end
        return j == #toks or not (st.c.be[KEY(toks, j + 1)] or st.c.aux[KEY(toks, j + 1)])
      end
    end
    return false
  end
  if not (#w > 4 and ENDS_ING[w] and IS(toks, i, "lower") and not st.c.not_gerunds[w]) then
    return false
  end
  if st.cue_at[i] then return true end
  -- ", using an average of …" after a noun phrase or an infinitive ("shows
  -- Lee ahead by three points, using …"), not after a clause with a verb
  -- of its own ("said the plan would work, allowing …")
  local a = st.content_a
  if not a or a > i or i - a > MAX_CONTENT then return false end
  local last = i - 1
  if last > a + 12 then last = a + 12 end     -- (a verb comes early in a clause)
  return not verb_between(st, a, last)
end

-- does the content from token a up to token i (exclusive) have a verb of
-- its own: a finite auxiliary, a past tense or a pronoun subject ("he
-- would …")? A noun phrase ("his tax plan") has none.
local function has_verb (st, a, i)
  if i - 1 > a + 12 then return true end      -- (a long content: assume a clause)
  return verb_between(st, a, i - 1, st.c.subjects)
end

local function clause_ends (st, i, depth)
  local toks = st.toks
  if depth > 0 then return false end
  local k = KEY(toks, i)
  if k == ";" then return true end
  -- (a comma before a verb of saying with its own content ends the clause:
  -- "…, after Warsaw pledged to restore judicial independence, said it
  -- was …", the subject's verb after a relative clause)
  local k1 = k == "," and i < #toks and KEY(toks, i + 1)
  if (k1 == "said" or k1 == "says" or k1 == "added" or k1 == "warned") and
     st.cue_at[i + 1] and IS(toks, i + 1, "lower") and i + 2 <= #toks and
     IS(toks, i + 2, "lower") and
     (KEY(toks, i + 2) == "it" or KEY(toks, i + 2) == "that" or KEY(toks, i + 2) == "they" or
      KEY(toks, i + 2) == "he" or KEY(toks, i + 2) == "she") then
    -- (the comma that closes a relative clause: ", which …, said")
    for j = i - 1, math.max(2, i - 30), -1 do
      local kj = KEY(toks, j)
      if (kj == "which" or kj == "who") and KEY(toks, j - 1) == "," then return true end
      if kj == "," or TERMINAL[kj] then break end
    end
  end
  if st.sep[k] then return opens_clause(st, i + 1) end
  -- "… and said …", "… but told …": another cue of the same speaker
  if (k == "and" or k == "but") and i < #toks then
    local cue_at = st.cue_at
    -- "outlined his plan and vowed to …", "signaled willingness to change
    -- it but has been met with …": after a noun phrase with no verb of its
    -- own, a verb after "and" is the subject's next act, not the content
    -- (a past tense only before an object or "to": "and increased
    -- spending" may be a noun phrase)
    local a = st.content_a
    if a and a < i then
      local j = i + 1
      while j < #toks and j < i + 3 and st.c.aux[KEY(toks, j)] and IS(toks, j, "lower") and
            not st.c.finite[KEY(toks, j)] do
        j = j + 1
      end
      local w = KEY(toks, j)
      local verb = st.c.finite[w]
      if not verb and ENDS_ED[w] and j < #toks then
        local nw = KEY(toks, j + 1)
        verb = st.c.prep_objects[nw] or nw == "to"
      end
      if verb and IS(toks, j, "lower") and KIND(toks, j) == "word" and not has_verb(st, a, i) then
        return true
      end
    end
    for j = i + 1, math.min(i + 4, #toks) do
      local w = KEY(toks, j)
      -- (not "… and refused to drop it": an intention goes on the content)
      if cue_at[j] then
        return not st.c.needs[w] and
               not (st.c.to_verbs[w] and j < #toks and KEY(toks, j + 1) == "to")
      end
      -- ("… and Democrats accused …", "… and the mayor said …": a subject
      -- of its own)
      if not (st.c.aux[w] or (j < i + 4 and (w == "the" or
              (KIND(toks, j) == "word" and IS(toks, j, "cap"))))) then
        break
      end
    end
    -- (and a longer subject, with what it is of: "…, and a spokesman for
    -- the Energy Regulatory Office said …"; words only, no verb, no
    -- relative pronoun)
    local w1 = KEY(toks, i + 1)
    if w1 == "a" or w1 == "an" or w1 == "the" then
      for j = i + 3, math.min(i + 10, #toks) do
        local w = KEY(toks, j)
        -- (a cue in the past: not "the ongoing dispute over …", "in
        -- favour of …")
        if cue_at[j] and (ENDS_ED[w] or w == "said" or w == "told" or w == "wrote") then
          return not st.c.needs[w] and
               not (st.c.to_verbs[w] and j < #toks and KEY(toks, j + 1) == "to")
        end
        local kj = KIND(toks, j)
        if (kj ~= "word" and kj ~= "hyphen") or st.c.finite[w] or st.c.relatives[w] or
           w == "that" or w == "to" then
          break
        end
      end
    end
  end
  -- "… as before,” highlighting …"
  if i > 2 and KIND(toks, i - 1) == "quote" and KEY(toks, i - 2) == "," then
    return opens_clause(st, i)
  end
  return false
end

-- from a byte of a content's text, past white space and plain words (ASCII
-- letters and digits: a word or a number, never a mark) other than "and"
-- and "but": the match ends at the next byte that a token which may end
-- the clause starts with or holds (a mark, a non-ASCII letter, "and" …).
-- The scan of a content steps over the plain words with one LPeg match
-- instead of asking the kind and length of each (two or three calls into C
-- a word). (A plain word is a token of its own: the tokenizer never cuts a
-- run of ASCII letters and digits.)
local NEXT_STOP
do
  local plain, space = lpeg.R("az", "AZ", "09"), lpeg.S " \t\r\n\f\v"
  local conj = (lpeg.S "aA" * lpeg.S "nN" * lpeg.S "dD" + lpeg.S "bB" * lpeg.S "uU" * lpeg.S "tT") *
               -plain
  -- (one span over the bytes that cannot start "and" or "but"; an a or a
  -- b stops the scan only at the start of a word that is one of them)
  local ab = lpeg.S "aAbB"
  NEXT_STOP = ((space + plain - ab) ^ 1 + (ab - (-lpeg.B(plain) * conj))) ^ 0
end

-- adverbs set off by commas between a cue and its content
local ASIDE_ADVERBS = { however = true, though = true, too = true, also = true,
  again = true, meanwhile = true, moreover = true, nevertheless = true, instead = true }

-- content after token t up to the end of the clause or sentence:
-- first and last token, or nil
local function content_after (st, t, s_last, np)
  local toks = st.toks
  -- (a bound on the words one cue may claim: a sentence of thousands of
  -- tokens, a flood of marks, must not make the work quadratic)
  if s_last > t + MAX_CONTENT then s_last = t + MAX_CONTENT end
  st.content_a = nil
  local a = t + 1
  local aside = false        -- "that, like him, …": a parenthetical opens it
  while a <= s_last do
    local k = KEY(toks, a)
    if k == "that" or k == "," or k == ":" or k == "-" or k == "--" then
      if k == "," and KEY(toks, a - 1) == "that" then aside = true end
      a = a + 1
    elseif ASIDE_ADVERBS[k] and KEY(toks, a - 1) == "," and a < s_last and
           KEY(toks, a + 1) == "," then
      a = a + 2                         -- "warned, however, that …"
    elseif ENDS_LY[k] and a < s_last and KEY(toks, a + 1) == "that" and IS(toks, a, "lower") then
      a = a + 1                         -- "found unanimously that …"
    elseif (k == "which" or k == "who" or k == "whose") and KEY(toks, a - 1) == "," then
      -- "According to the Acme Foundation, which backs such shops, more
      -- than …": past the clause about the source
      local c = a + 1
      while c <= s_last and c < a + 25 and KEY(toks, c) ~= "," and not TERMINAL[KEY(toks, c)] do
        c = c + 1
      end
      if c > s_last or KEY(toks, c) ~= "," then break end
      a = c + 1
    else break end
  end
  -- ("told reporters outside the jail:" and the quotation as the next
  -- paragraph: a place or time before the colon is the cue's)
  -- (and a listener before them: "told the crew through an interpreter:")
  -- (or a quotation after the colon in the sentence: "said in an
  -- interview: “…”")
  -- (looked at only where a colon comes soon: the text's colons found
  -- once, then a binary search)
  local colon = false
  if a <= s_last then
    local cs = st.colons
    if not cs then
      cs = {}
      local text, p = st.text, 0
      while true do
        p = text:find(":", p + 1, true)
        if not p then break end
        cs[#cs + 1] = p
      end
      st.colons = cs
    end
    local from, lo, hi = FIRST(toks, a), 1, #cs
    while lo <= hi do
      local mid = math.floor((lo + hi) / 2)
      if cs[mid] < from then lo = mid + 1 else hi = mid - 1 end
    end
    colon = lo <= #cs and cs[lo] <= LAST(toks, a + 10 < s_last and a + 10 or s_last)
  end
  if colon and (PREP_BEFORE_SUBJECT[KEY(toks, a)] or st.c.tail[KEY(toks, a)] or
                DETERMINERS[KEY(toks, a)]) then
    local plain, prep, c = true, not DETERMINERS[KEY(toks, a)], a
    -- (a noun phrase after the preposition holds no cue of its own: "said
    -- in an emailed response to questions from Reuters:")
    local phrase = PREP_BEFORE_SUBJECT[KEY(toks, a)] and a < s_last and
                   DETERMINERS[KEY(toks, a + 1)]
    while c <= s_last and c - a <= 10 do
      local k = KEY(toks, c)
      if k == ":" then break end
      -- (a cue's preposition is the place's: "said in an interview:")
      if KIND(toks, c) ~= "word" or
         (st.cue_at[c] and not PREP_BEFORE_SUBJECT[k] and not phrase) or
         k == "that" then
        plain = false
        break
      end
      if PREP_BEFORE_SUBJECT[k] then prep = true end
      c = c + 1
    end
    if plain and prep and c <= s_last and KEY(toks, c) == ":" and c < #toks and
       (c == s_last and IS(toks, c + 1, "newline_before") or
        c < s_last and KIND(toks, c + 1) == "quote" and IS(toks, c + 1, "open")) then
      a = c + 1
    end
  end
  if a > s_last then
    -- "The Times reports:" and the quotation as the next paragraph; "The
    -- governor added:" and a paragraph of quotation with no marks
    local o = s_last + 1
    if KEY(toks, s_last) == ":" and s_last < #toks and IS(toks, o, "newline_before") then
      if KIND(toks, o) == "quote" then
        local q = st.qs[quotation_from(st.qs, o)]
        if q and q.o == o then
          local z = chain_end(st.qs, q)
          if z.e >= q.ob + 1 then return q.ob + 1, z.e, "direct" end
        end
      elseif KIND(toks, o) == "word" then
        -- (to the paragraph's end: a bounded look)
        local n, b = #toks, o
        while b < n and b - o < 400 and not IS(toks, b + 1, "newline_before") do b = b + 1 end
        while b > o and TERMINAL[KEY(toks, b)] do b = b - 1 end
        if b - o + 1 >= 4 then return o, b end
      end
    end
    return nil
  end
  -- a quotation: its inside, over several paragraphs when it goes on
  if KIND(toks, a) == "quote" then
    local q = st.qs[quotation_from(st.qs, a)]
    if q and q.o == a then
      local z = chain_end(st.qs, q)
      if z == q and q.ce and q.ce < s_last then
        -- words after the closing mark ("he said “…” is over"): mixed
        local nx = q.ce + 1
        local w = KEY(toks, nx)
        -- (but "“development” and “good governance” had won": a second
        -- quotation after "and" goes on with the clause)
        -- (nor "he said “budget reforms” and the collection of taxes
        -- would pay": a short quoted phrase and a noun phrase after "and")
        if not (TERMINAL[w] or opens_clause(st, nx) or
                (w == "and" and not (nx < s_last and KIND(toks, nx + 1) == "quote" and
                                     IS(toks, nx + 1, "open")) and
                 not (q.ce - q.o <= 6 and nx < s_last and DETERMINERS[KEY(toks, nx + 1)] and
                      not st.c.not_inverted[KEY(toks, t)] and
                      KIND(toks, q.ce - 1) == "word" and IS(toks, q.o + 1, "lower"))) or
                st.c.subordinators[w] or
                ((w == "," or st.sep[w]) and opens_clause(st, nx + 1))) then
          q = nil
        end
      end
      if q then
        if z.e < q.ob + 1 then return nil end
        return q.ob + 1, z.e, "direct"
      end
    end
  end
  -- a noun phrase: up to the first preposition or conjunction outside
  -- quote marks
  if np and KIND(toks, a) ~= "quote" then
    local b, depth = a, 0
    for i = a, s_last do
      local kind = KIND(toks, i)
      if kind == "quote" then
        if IS(toks, i, "open") then depth = depth + 1
        elseif IS(toks, i, "close") then depth = depth > 0 and depth - 1 or 0 end
      elseif i > a and depth == 0 then
        local k = KEY(toks, i)                -- (asked once)
        if kind ~= "hyphen" and st.c.np_stops[k] then
          break                        -- (not at the hyphen of "fact-checkers")
        elseif np == "subject" and kind == "word" and (st.c.finite[k] or ENDS_ED[k]) and
               IS(toks, i, "lower") then
          break                        -- ("her remarks about the fees angered …")
        elseif k == "and" and i < s_last then
          -- "… and an end to …" goes on, "… and refused to …" does not
          local w = KEY(toks, i + 1)
          if st.c.aux[w] or st.cue_at[i + 1] or
             (ENDS_ED[w] and IS(toks, i + 1, "lower")) then
            break
          end
        end
      end
      b = i
    end
    while b > a and TERMINAL[KEY(toks, b)] do b = b - 1 end
    return a, b
  end
  -- (one kind per token; keys only where a clause may end)
  st.content_a = a
  local b, depth = a, 0
  local i = a
  local prev, comma = nil, -1
  -- (the plain words between are stepped over in the window's bytes: see
  -- NEXT_STOP)
  local off = FIRST(toks, a) - 1
  local win = st.text:sub(off + 1, LAST(toks, s_last))
  while i <= s_last do
    local kind = KIND(toks, i)
    if kind == "quote" then
      local fl = FLAGS(toks, i)
      if fl % (2 * F_SINGLE) < F_SINGLE then
        if fl % (2 * F_OPEN) >= F_OPEN then depth = depth + 1
        elseif fl % (2 * F_CLOSE) >= F_CLOSE then depth = depth > 0 and depth - 1 or 0
        else depth = depth > 0 and depth - 1 or 1 end
      elseif i < s_last and KIND(toks, i + 1) == "quote" and IS(toks, i + 1, "single") then
        -- '' as one double mark (as the quotations read it): "one of
        -- ''suffering and delight, one of fear'' …" goes on past its commas
        local q = st.qs[quotation_from(st.qs, i)]
        if q and q.o == i and q.ob == i + 1 then depth = depth + 1
        elseif depth > 0 and closing_at(st.qs, i + 1) then depth = depth - 1 end
      end
    elseif i > a and depth == 0 then
      if kind == "word" then
        if prev == "quote" and comma == i - 2 then
          if clause_ends(st, i, 0) then break end
        elseif LAST(toks, i) - FIRST(toks, i) == 2 then
          -- (only "and", "but": a key is folded and copied at each ask)
          local w = KEY(toks, i)
          if (w == "and" or w == "but") and clause_ends(st, i, 0) then break end
        end
      elseif kind == "punct" or kind == "dash" then
        if aside and KEY(toks, i) == "," then
          aside = false                          -- (the parenthetical's end)
        elseif clause_ends(st, i, 0) then
          break
        end
      end
    end
    local last                  -- (the token's last byte, once asked)
    if kind == "punct" then
      -- (a comma is always a token of its own, and no other punctuation
      -- token ends with one: one look at the last byte tells)
      last = LAST(toks, i)
      if byte(win, last - off) == 44 then comma = i end
    end
    prev = kind
    b = i
    i = i + 1
    -- (the token after a quote mark is read whatever it is)
    if kind ~= "quote" and i <= s_last then
      local from = (last or LAST(toks, b)) - off + 1
      local j
      repeat
        local p = lpeg.match(NEXT_STOP, win, from)
        if p > #win then
          j = s_last + 1
        else
          j = FIND(toks, p + off)
          from = p + 1            -- (a byte between tokens: a space of its own)
        end
      until j
      if j > i then
        prev, b, i = nil, j - 1, j
      end
    end
  end
  -- no sentence-final stop (a closing mark after it stays)
  while b > a and TERMINAL[KEY(toks, b)] do b = b - 1 end
  if b < a then return nil end
  return a, b
end

local APPOSITION_ARTICLES = { the = true, a = true, an = true }
local SINGULAR_DETS = { a = true, an = true, the = true, this = true, that = true,
  his = true, her = true, its = true }

-- prepositions after a subject before the noun of a cue ("critics of the")
local SUBJECT_PREPS = { of = true, behind = true, at = true, ["in"] = true, ["for"] = true,
  from = true, with = true, on = true, among = true, by = true, to = true, across = true }
local NOUN_CUES = set_of { "call", "claim", "report", "note", "comment", "estimate",
  "promise", "pledge", "vow", "reply", "answer", "demand", "hope", "fear", "plan",
  "review", "warning", "appeal", "request", "order", "offer", "complaint", "charge",
  "quote", "tweet", "post", "blog", "notice", "remark", "response", "boast", "bet",
  "guess", "question", "doubt", "concern", "view", "assessment", "poll", "test",
  "signal", "decision", "update", "briefing", "interview", "survey", "study", "attack",
  "show" }

-- whether the cue word at t (key: its key, when the caller has it), a
-- word also a noun, is a noun after an article and a noun: "a conference
-- call", "the final report" (a verb after a singular subject ends in "s",
-- "the firm calls for …"; a plural subject's does not, "the ministers
-- claim", but its noun ends in "s")
local function noun_cue (toks, t, key)
  if t < 3 or not NOUN_CUES[key or KEY(toks, t)] or KIND(toks, t - 1) ~= "word" then
    return false
  end
  -- (a name's noun after an article: "the latest IAEA report seen by
  -- AFP", "a Treasury forecast"; not "Arsenal confirm", "the Greens
  -- claim")
  if not IS(toks, t - 1, "lower") then
    local p = t - 1
    while p > 1 and t - p < 5 and KIND(toks, p) == "word" and IS(toks, p, "cap") do p = p - 1 end
    if p == t - 1 or KEY(toks, t - 1):find("s$") then return false end
    -- (a verb ends its clause: "Said the Pew report: “…”")
    -- (at the text's end too: "Leaders Unite Behind Climate Plan")
    if t == #toks then return false end
    local nk = KEY(toks, t + 1)
    if nk == ":" or KIND(toks, t + 1) == "quote" then return false end
    for q = p, math.max(1, p - 2), -1 do
      local k = KEY(toks, q)
      if SINGULAR_DETS[k] and k ~= "that" then
        -- ("Officials at the IAEA report that …"; but "according to the
        -- IAEA report")
        local k1 = q > 1 and KEY(toks, q - 1)
        return not (k1 and SUBJECT_PREPS[k1] and not (k1 == "to" and q > 2 and
                                                       KEY(toks, q - 2) == "according"))
      end
      if not (KIND(toks, q) == "word" and IS(toks, q, "lower")) then return false end
    end
    return false
  end
  -- (after "a" and two words too: "a possible terrorist attack"; and after
  -- another determiner, "kept its annual dividend forecast unchanged")
  if t > 3 and SINGULAR_DETS[KEY(toks, t - 3)] and KEY(toks, t - 3) ~= "that" and
     IS(toks, t - 2, "lower") and KIND(toks, t - 2) == "word" then
    return not KEY(toks, t - 1):find("s$")
  end
  if not SINGULAR_DETS[KEY(toks, t - 2)] then return false end
  -- (not the noun of a preposition after the subject: "critics of the
  -- ruling claim", "the developers behind the system claim"; but after
  -- "a" the word is a noun: "on a conference call")
  local det = KEY(toks, t - 2)
  if t > 3 and det ~= "a" and det ~= "an" and SUBJECT_PREPS[KEY(toks, t - 3)] then
    return false
  end
  return not KEY(toks, t - 1):find("s$")
end
local DEMONSTRATIVES = { this = true, these = true, those = true, that = true }

-- roles of someone's that "to" names ("advisers to Mr. Obama")
local TO_ROLES = { adviser = true, advisers = true, advisor = true, advisors = true, aide = true,
  aides = true, spokesman = true, spokeswoman = true, spokesperson = true, counsel = true,
  envoy = true, consultant = true, consultants = true, successor = true, heir = true }

-- content before token t (the first token of the match): the quotation
-- that closes just before it, or the sentence up to the comma before it
local function content_before (st, t)
  local toks = st.toks
  local SEP = st.sep
  -- p: the mark before the content; pk, pd: its key and kind, asked once
  -- (a quote mark's key is never a separator: not asked)
  local p = t
  local pd = KIND(toks, t)
  local pk = pd ~= "quote" and KEY(toks, t)
  if not (pd == "quote" or SEP[pk]) then          -- (else the rule's own mark)
    p = t - 1
    -- "…, the IMF said", "“…,” White House press secretary Ann Lee said":
    -- the words of the mention before a name
    -- (past hyphenated words: "“…,” CBI director-general Ann Lee said",
    -- "…, the 47-year-old director said")
    local stop = t - 7
    local joined = false          -- (whether the token after p is a hyphen inside a word)
    while p >= 1 and p > stop and not IS(toks, p, "newline_before") do
      local k = KIND(toks, p)
      if k == "hyphen" then
        -- (a hyphenated word counts as one; a spaced one is a dash)
        stop = stop - 2
        joined = true
      elseif k == "number" then
        if not joined then break end
        joined = false
      elseif k ~= "word" then
        break
      elseif joined then
        joined = false          -- (a word before a hyphen: "47-year-old")
      else
        local w = KEY(toks, p)
        -- (a clause another verb reports has no content before its subject:
        -- "said the figures were “unacceptable” and that she had written")
        if (w == "and" or w == "but") and KEY(toks, p + 1) == "that" then return nil end
        -- (past a role's "to": "…, advisers to Mr. Obama say, …"; and what
        -- a source is close to: "…, sources close to the talks tell the FT")
        -- (and past what a role is of: "“…,” a spokesman for the firm said",
        -- "the head of the agency said")
        if st.c.aux[w] and not (w == "to" and p > 1 and (TO_ROLES[KEY(toks, p - 1)] or
                                                        KEY(toks, p - 1) == "close")) and
           not ((w == "for" or w == "of" or w == "at" or w == "with") and p > 2 and
                KIND(toks, p - 1) == "word" and IS(toks, p - 1, "lower") and
                st.c.roles_of[KEY(toks, p - 1)]) then
          break
        end
        local d = st.ctx.dict and st.ctx.dict(p, p)
        -- (but a word of a role's title: "“…,” state prosecutor Ann Lee
        -- told Reuters")
        if d and d.label == "reporting_verb" and not title_between(st, p + 1, p + 1) then break end
      end
      p = p - 1
    end
    if p >= 1 then
      pd = KIND(toks, p)
      pk = pd ~= "quote" and KEY(toks, p)
    end
    if p < 1 or not (SEP[pk] or pd == "quote") then
      p = t - 1
      if p < 1 then return nil end
      pd = KIND(toks, p)
      pk = pd ~= "quote" and KEY(toks, p)
    end
  end
  if p < 1 then return nil end
  local s, si = sentence_of(st, t)
  -- "“Stop!” Crosetto said." cut after the quotation: the sentence before
  if p < s.first_token then
    if pd == "quote" and IS(toks, p, "close") and
       not IS(toks, t, "newline_before") then
      s = sentence_at(st, si - 1)
    else
      return nil
    end
  end
  if SEP[pk] then
    if p - 1 >= s.first_token and KIND(toks, p - 1) == "quote" then p, pd = p - 1, "quote" end
  elseif pd ~= "quote" then
    return nil
  end
  if pd == "quote" then
    local q = closing_at(st.qs, p)
    if q then
      local a = chain_start(q).ob + 1
      if q.c - 1 < a then return nil end
      -- "Not paying taxes ''makes me smart,'' he said": from the sentence
      -- start (a mixed quote)
      local o = chain_start(q).o
      if o > s.first_token and o - s.first_token <= 40 and not IS(toks, o, "newline_before") then
        local f = s.first_token
        while f < o and (KIND(toks, f) == "bullet" or KIND(toks, f) == "dash") do f = f + 1 end
        -- (a quotation that a cue with a colon opens is that cue's: "Ann
        -- Lee said: “…,” she said" makes one quote, of "said:")
        -- (a quotation after a colon or a semicolon is the content whole,
        -- no mixed quote's end: "Festival axed: 'We ran out of road',
        -- organiser says")
        local ko = KEY(toks, o - 1)
        if o - 2 >= f and ko == ":" then
          for i = o - 2, math.max(f, o - 5), -1 do
            if st.cue_at[i] then return nil end
          end
        end
        if ko == ":" or ko == ";" then return a, q.c - 1, "direct" end
        if f < o then return f, q.ce end
      end
      return a, q.c - 1, "direct"
    end
    if IS(toks, p, "close") then
      -- a closing mark that opened nowhere: from the paragraph start
      local a = s.first_token
      if KIND(toks, a) == "quote" then a = a + 1 end
      if p - 1 < a then return nil end
      return a, p - 1
    end
    return nil
  end
  local a = s.first_token
  while a < p and (KIND(toks, a) == "bullet" or KIND(toks, a) == "dash") do a = a + 1 end
  a = after_dateline(st, a, p)
  if p - 1 < a then return nil end
  -- (nor a list of names: "Members Ann Lee, Tom Hart, Nora Lee-Baines and
  -- Ed Kerr voted against")
  if p - a <= 30 and IS(toks, a, "cap") then
    local comma, lower = false, false
    for i = a + 1, p - 1 do
      if IS(toks, i, "lower") then lower = true break end
      if KEY(toks, i) == "," then comma = true end
    end
    if comma and not lower then return nil end
  end
  -- (a name and its apposition are no content: "Sen. Ann Lee of Ohio,
  -- the lead negotiator, defended the deal" is a subject, its verb and
  -- the verb's object)
  local e = entity_at(st, a, p - 1) or (a + 1 < p and entity_at(st, a + 1, p - 1))
  if e and e.first_token <= a + 1 and (e.label == "PERSON" or e.label == "ORG") then
    -- (the apposition: a comma, maybe after "of" and a place, and an article)
    local c = e.last_token + 1
    if c + 1 < p and KEY(toks, c) == "of" then c = c + 2 end
    while c < p and KEY(toks, c) ~= "," and IS(toks, c, "cap") do c = c + 1 end
    if c + 1 < p and KEY(toks, c) == "," and APPOSITION_ARTICLES[KEY(toks, c + 1)] and
       not has_verb(st, c + 1, p) then
      return nil
    end
  end
  return a, p - 1
end

-- }======================================================


-- {======================================================
-- The stage
-- =======================================================

-- the entities that may stand before a source noun as its modifier: "Saudi
-- state media", "UK media reports"
local MODIFIER_LABELS = { NORP = true, GPE = true }

-- the words of an amount that may open a content after its cue: "as many
-- as", "as much as"; "about", "over", "under" before a number
local AS_AMOUNTS = { many = true, much = true, few = true, little = true, high = true,
  low = true }
local NUMBER_BEFORE = { about = true, over = true, under = true }

-- a time counted in units: "hours after", "days later"
local TIME_UNITS = { minutes = true, hours = true, days = true, weeks = true, months = true,
  years = true, moments = true }
local TIME_AFTER = { after = true, before = true, later = true, earlier = true, ago = true }
local COUNT_WORDS = { two = true, three = true, four = true, five = true, six = true,
  seven = true, eight = true, nine = true, ten = true, several = true, few = true }

-- words of a time before its preposition: "said early on Monday"
local EARLY_LATE = { early = true, late = true, earlier = true, later = true }

-- what follows the cue (and addressee) at token t decides "auto": the end
-- of the sentence, a comma, a time or a place mean the content came first
local function tail_only (st, t, s_last, ckey, w)
  local toks = st.toks
  local nx = t + 1
  if nx > s_last then return true end
  w = w or KEY(toks, nx)                 -- (the key of nx, when the caller has it)
  if TERMINAL[w] or w == "," or w == ")" then return true end
  -- ("she says firmly.", "he said quietly, …": a manner)
  if ENDS_LY[w] and IS(toks, nx, "lower") and
     (nx == s_last or TERMINAL[KEY(toks, nx + 1)] or KEY(toks, nx + 1) == ",") then
    return true
  end
  -- ("said early on Monday", "said late on Friday that …": a time)
  if EARLY_LATE[w] and nx < s_last and KEY(toks, nx + 1) == "on" then return true end
  -- "said to the TV", but "pledged to cut taxes"
  if w == "to" and not st.c.to_verbs[ckey] and not st.c.to_object[ckey] then return true end
  if KIND(toks, nx) == "quote" and not IS(toks, nx, "open") then return true end
  -- an amount opens the content: "said as he left", but "said as many as
  -- 3,000 firms …"; "said at least three people …", "said about 500,000
  -- people …" (not "said on 12 March")
  if nx < s_last and (w == "as" or w == "at" or NUMBER_BEFORE[w]) then
    local w2 = KEY(toks, nx + 1)
    if (w == "as" and AS_AMOUNTS[w2] and nx + 2 <= s_last and KEY(toks, nx + 2) == "as") or
       (w == "at" and (w2 == "least" or w2 == "most")) or
       (NUMBER_BEFORE[w] and KIND(toks, nx + 1) == "number" and
        not (time_at(st, nx) or time_at(st, nx + 1))) then
      return false
    end
  end
  -- ("wrote on X hours after the announcement": a time of units; "said
  -- two weeks ago that …", "wrote two weeks ago: …": a time before the
  -- clause)
  if TIME_UNITS[w] and nx < s_last and TIME_AFTER[KEY(toks, nx + 1)] then return true end
  if COUNT_WORDS[w] then
    local d = time_at(st, nx)
    local k = d and d.last_token < s_last and KEY(toks, d.last_token + 1)
    if k == "that" or k == ":" then return true end
  end
  -- (a word joined by a hyphen is none: "said by-elections were …")
  if st.c.tail[w] and not (nx < s_last and (KEY(toks, nx + 1) == "'s" or
                                            (KIND(toks, nx + 1) == "hyphen" and
                                             not IS(toks, nx + 1, "space_before")))) then
    -- ("said this week", but "knew this hatred was wrong")
    if st.c.time_det[w] and not (nx < s_last and st.c.time_words[KEY(toks, nx + 1)]) then
      return false
    end
    return true
  end
  return false
end

-- "“…,” he said. “…”": the quotation that follows the cue in the same
-- paragraph goes on with the same quote (the content then spans the cue)
local function merge_next (st, t, b)
  local toks, qs = st.toks, st.qs
  local q = qs[quotation_from(qs, t + 1)]
  if not q or q.prev then return b end
  -- (not when the sentence of that quotation has a cue of its own)
  local s2 = sentence_of(st, q.o)
  local cues = st.cues
  local lo, hi = 1, #cues + 1
  while lo < hi do
    local mid = lo + (hi - lo - (hi - lo) % 2) / 2
    if cues[mid] < q.o then lo = mid + 1 else hi = mid end
  end
  if cues[lo] and cues[lo] <= s2.last_token then return b end
  -- (nor when another cue stands between in the sentence: "“…,” he said,
  -- adding, “…”"; one in a clause about the speaker before the next
  -- sentence is no bar: "“…,” said Ann Lee, speaking of the storm. “…”")
  local between = lo > 1 and cues[lo - 1] > t
  if q.o > t + 3 then
    local s, si = sentence_of(st, t)
    -- a quotation later in the same sentence ("“…,” he said, pointing to
    -- the map, “…”"), or the one that makes the next sentence of the
    -- paragraph
    if q.o <= s.last_token and q.o > t then
      if between then return b end
      return chain_end(qs, q).e, q.ob + 1
    end
    if q.o ~= s.last_token + 1 or IS(toks, q.o, "newline_before") then return b end
    local nx = st.sfirst[si + 1]
    if not nx or nx ~= q.o then return b end
    return chain_end(qs, q).e, q.ob + 1
  end
  if between then return b end
  for i = t + 1, q.o do
    if IS(toks, i, "newline_before") then return b end
    if i < q.o and KIND(toks, i) ~= "punct" then
      local w = KEY(toks, i)
      -- ("…,” he said, but “…”"; "…,” Ann Lee said Monday. “…”": a time)
      if w ~= "but" and w ~= "and" and not st.c.time_words[w] and not st.c.tail[w] then
        return b
      end
    end
  end
  return chain_end(qs, q).e, q.ob + 1
end

local function add_quote (st, q)
  st.found[#st.found + 1] = q
end

local VERB_THAT = "quote.en.verb_that"

-- past forms not in "ed"
local PAST_FORMS = { saw = true, said = true, spent = true, had = true, made = true, got = true,
  went = true, took = true, gave = true, kept = true, felt = true, thought = true, knew = true,
  told = true, left = true, began = true, paid = true, sold = true, bought = true, grew = true,
  fell = true, rose = true, won = true, lost = true, ran = true, came = true, became = true }

-- whether tokens a to b hold a verb of their own: a finite form, a past
-- one ("ed" not after a comma), a cue ("the woman, named locally as …" has
-- none)
local function has_clause (st, a, b)
  local toks = st.toks
  for i = a, math.min(b, a + 30) do
    local k = KEY(toks, i)
    if IS(toks, i, "lower") and (st.c.finite[k] or PAST_FORMS[k] or st.cue_at[i] or
                                 (ENDS_ED[k] and (i == 1 or KEY(toks, i - 1) ~= ","))) then
      return true
    end
  end
  return false
end

-- word sets of the build's checks, in one table (a function of Lua 5.1
-- and LuaJIT has at most 60 upvalues, and build is near them)
local B = {}

-- an appointment's confirmation: "confirmed the appointment of …",
-- "confirmed Ann Lee as treasurer", "… for a second term", "… to lead …"
-- adverbs between a "be" and its participle ("was also told", "were
-- later warned")
B.PASSIVE_ADVERBS = { also = true, later = true, earlier = true, previously = true,
  ["then"] = true, again = true, once = true, reportedly = true, repeatedly = true,
  recently = true, still = true, even = true, already = true, just = true, further = true,
  allegedly = true, first = true, never = true, ["not"] = true, apparently = true }
-- participles whose passive has the one shown for its subject: "the jury
-- was shown a recorded interview"
B.SHOWN = { shown = true }
B.STATES = set_of { "disappointed", "surprised", "determined", "concerned", "worried",
  "convinced", "pleased", "delighted", "satisfied", "frustrated", "alarmed", "shocked",
  "relieved", "persuaded", "dismayed", "astonished", "amazed", "annoyed", "angered",
  "encouraged", "heartened", "saddened", "disgusted", "outraged", "troubled", "disturbed",
  "unconvinced", "assured", "reassured", "thrilled", "gratified", "stunned", "horrified",
  "incensed", "infuriated", "irritated", "puzzled", "baffled", "bemused", "intrigued" }
B.AGREE = { agree = true, agrees = true, agreed = true, agreeing = true }
B.CONFIRM_VERBS = { confirm = true, confirms = true, confirmed = true, confirming = true }
B.APPOINTMENTS = { appointment = true, appointments = true, nomination = true,
  nominations = true, selection = true, election = true, reappointment = true }
B.APPOINTED_AS = { as = true, ["for"] = true, to = true }

-- what one tells that is no one's words
B.TOLD_THINGS = { story = true, stories = true, truth = true, lie = true, lies = true,
  joke = true, jokes = true, tale = true, tales = true, anecdote = true }

-- the verbs of a finding, and those who find things more often than facts
B.FIND_VERBS = { find = true, finds = true, found = true }
B.FINDERS = { officers = true, officer = true, police = true, detectives = true,
  detective = true, crews = true, firefighters = true, rescuers = true, divers = true,
  searchers = true, paramedics = true, soldiers = true, troops = true, groundstaff = true,
  staff = true, workers = true, volunteers = true, residents = true, neighbours = true,
  neighbors = true, walkers = true, archaeologists = true, engineers = true,
  guards = true, agents = true, customs = true, forces = true, teams = true }

-- signs of money before a prize's sum
B.CURRENCY = { ["$"] = true, ["\194\163"] = true, ["\226\130\172"] = true }

-- the hearings that are told, in a headline's passive
B.HEARINGS = { court = true, inquest = true, jury = true, tribunal = true, hearing = true,
  trial = true, inquiry = true }
-- the labels of a page or a results line before a colon
B.PAGE_LABELS = { live = true, analysis = true, update = true, updated = true, breaking = true,
  watch = true, video = true, opinion = true, comment = true, explainer = true,
  exclusive = true, factbox = true, timeline = true, review = true, editorial = true,
  profile = true, obituary = true, latest = true, background = true, tries = true,
  scorers = true, goals = true, cons = true, pens = true, subs = true, attendance = true,
  referee = true, venue = true, teams = true, result = true, results = true, photos = true }

-- whether a quotation closes just before the clause that starts at token
-- t ("“…,” she told …")
function B.quoted_before (st, t)
  local pa, _, pk = content_before(st, t)
  return pa ~= nil and pk == "direct"
end

-- the forms of "swear", which "in" after them makes an oath of office
B.SWEAR = { swear = true, swears = true, swore = true, sworn = true, swearing = true }

-- words that open a question a cue may name, and those that deny it
B.WH_WORDS = { how = true, what = true, whether = true, ["if"] = true, when = true,
  where = true, why = true, which = true, who = true }
B.NEGATIONS = { ["not"] = true, ["n't"] = true, never = true }
B.ISSUE_VERBS = { released = true, issued = true, published = true, posted = true,
  sent = true, releases = true, issues = true, publishes = true, posts = true }
B.LISTENER_TAIL = { of = true, near = true, ["in"] = true, from = true, across = true,
  along = true, around = true }
B.PLEAD = { plead = true, pleads = true, pleaded = true, pled = true, pleading = true }
B.PLEAS = { guilty = true, ["not"] = true, innocent = true }

-- the words of a vote's count
B.VOTE_WORDS = { votes = true, vote = true, ["to"] = true }
B.NUMBER_WORDS = set_of { "one", "two", "three", "four", "five", "six", "seven", "eight",
  "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
  "seventeen", "eighteen", "nineteen", "twenty" }

-- the pronouns of everyone or someone ("everybody in the room knew")
B.EVERYONE = { everybody = true, everyone = true, someone = true, somebody = true,
  anyone = true, anybody = true, nobody = true, noone = true }
-- plurals of nouns that are cues too, NOUN_CUES' and more ("Refugee
-- advocates gathered …")
B.PLURAL_CUE_NOUNS = { advocates = true, forecasts = true, critics = true }
for w in pairs(NOUN_CUES) do B.PLURAL_CUE_NOUNS[w .. "s"] = true end
-- words that are no bare noun after a quotation (see quote_bare_subject)
B.ROLE_DETERMINERS = { a = true, an = true, the = true, one = true, ["and"] = true }
-- prepositions that join a noun phrase to its head's (see build)
B.NP_LINKS = { ["in"] = true, of = true }
-- prepositions after which a cue's word is a noun ("for report stage")
B.NOUN_CUE_AFTER = { ["for"] = true, of = true, at = true, with = true, from = true,
  ["in"] = true, on = true, about = true, into = true }
B.NOT_BARE_NOUNS = { he = true, she = true, they = true, it = true, we = true, i = true,
  you = true, which = true, who = true, that = true, ["and"] = true, but = true,
  ["or"] = true, as = true, the = true, a = true, an = true, this = true, there = true,
  what = true, one = true, also = true, ["then"] = true, now = true, still = true }
-- participles in "-en" and others of verbs of saying ("written by …")
B.EN_PARTICIPLES = { written = true, spoken = true, shown = true, given = true, told = true,
  said = true, known = true, drawn = true, put = true }
B.WRITE = { wrote = true, write = true, writes = true, writing = true, written = true }
-- prepositions of what one is told about ("warned Ann Lee about the …")
B.TOPIC_PREPOSITIONS = { about = true, of = true, over = true, on = true, ["for"] = true,
  with = true, ["and"] = true, but = true }
B.OPENING_PARTICIPLES = { asked = true, pressed = true, questioned = true, quizzed = true,
  interviewed = true, challenged = true, reached = true, contacted = true }
B.RATE_UNITS = { percentage = true, basis = true, index = true, ["one"] = true, two = true,
  three = true, four = true, five = true, half = true }
-- letters after a name ("Ann Lee KC, the family's barrister")
B.POSTNOMINALS = { kc = true, qc = true, sc = true, mp = true, msp = true, obe = true,
  cbe = true, mbe = true, kbe = true, dbe = true, phd = true }
B.RELATIVE_OPENERS = { whose = true, which = true, who = true, whom = true }
-- prepositions of a role's noun phrase ("a spokesman for the prosecutor")
B.ROLE_PREPOSITIONS = { by = true, of = true, ["for"] = true, with = true, from = true,
  at = true, ["in"] = true }
-- the auxiliaries of a perfect ("and has said that …")
B.PERFECT = { has = true, have = true, had = true }
-- the keys of a hyphen token ("-", U+2010, U+2011)
B.HYPHENS = { ["-"] = true, ["\226\128\144"] = true, ["\226\128\145"] = true }

-- the words of what a source knows of, before "on", "with", "about", "to"
B.KNOWING = { briefed = true, familiar = true, knowledgeable = true, involved = true,
  working = true, close = true }
B.KNOWING_PREPS = { on = true, with = true, about = true, to = true }

-- the words before a storm's name
B.STORMS = { hurricane = true, storm = true, typhoon = true, cyclone = true }

-- verbs of likeness, which "to" or "with" right after them make no saying
B.LIKENED = { compared = true, likened = true, compare = true, compares = true,
  liken = true, likens = true }

-- words after "ruled" that make it no ruling said
B.RULED_NOT = { ["in"] = true, against = true, ["for"] = true, out = true }

-- the last of the quotes before quote x (in out, at most eight back and
-- six sentences before token t) whose speaker test(p) accepts, or nil
function B.recent_quote (st, out, x, t, test)
  local si = sentence_index(st, t)
  for y = x - 1, math.max(1, x - 8), -1 do
    local p = out[y]
    if p.sp_a then
      if sentence_index(st, p.sp_a) < si - 6 then return nil end
      if test(p) then return p end
    end
  end
  return nil
end

-- whether a person or a body the entities name ends the span a..b
function B.named_at (st, a, b)
  local e = st.ents[entity_from(st, b + 1) - 1]
  return e ~= nil and e.last_token == b and e.first_token >= a and
         (e.label == "PERSON" or e.label == "ORG")
end

-- a firm's figures, which it reports, posts or announces (no speech)
B.REPORT_VERBS = { report = true, reports = true, reported = true, reporting = true,
  post = true, posts = true, posted = true, posting = true }
B.FIGURES = { profit = true, profits = true, loss = true, losses = true, revenue = true,
  revenues = true, sales = true, earnings = true, income = true, results = true,
  turnover = true, ebitda = true, dividend = true, surplus = true, deficit = true,
  margin = true, margins = true }

-- verbs of a mind at work, no speech after "is" or "was"
B.MULLING = { thinking = true, considering = true, planning = true, weighing = true,
  wondering = true, hoping = true, mulling = true, pondering = true }

-- verbs of finding, whose noun phrase is no content
B.FIND_VERBS = { found = true, find = true, finds = true, finding = true }

-- pronouns that are no content alone
B.LONE_OBJECTS = { it = true, this = true, that = true, them = true, him = true, her = true,
  these = true, those = true, one = true }

B.CALL_VERBS = { call = true, calls = true, called = true, calling = true }
B.CHARGE_VERBS = { charge = true, charges = true, charged = true, charging = true }
-- people found somewhere, in some state ("found one man lying …")
B.FOUND_PEOPLE = { man = true, woman = true, men = true, women = true, boy = true,
  girl = true, child = true, children = true, person = true, people = true, body = true,
  bodies = true, victim = true, victims = true, driver = true, teenager = true }
B.DECLARE = { declare = true, declares = true, declared = true, declaring = true }
-- what is declared, not said: "declared a state of emergency"
B.DECLARED = { emergency = true, disaster = true, bankruptcy = true,
  insolvency = true, martial = true, independence = true, mourning = true,
  dividend = true, holiday = true, curfew = true, lockdown = true, ceasefire = true,
  truce = true, default = true, quarantine = true, famine = true, pandemic = true,
  epidemic = true, outbreak = true }
B.DECLINE_VERBS = { decline = true, declines = true, declined = true, declining = true,
  refuse = true, refuses = true, refused = true, refusing = true }
B.NO_COMMENT = { comment = true, respond = true, elaborate = true, discuss = true,
  say = true, speculate = true, answer = true, confirm = true }

-- states someone is found in: no finding of theirs
B.FOUND_STATES = { dead = true, alive = true, guilty = true, unconscious = true,
  injured = true, safe = true, hanged = true, stabbed = true, shot = true, murdered = true,
  drowned = true, collapsed = true, unharmed = true, ["not"] = true }

-- "not to be named": a source's wish to stay unnamed
B.ANONYMOUS = { named = true, identified = true, quoted = true }

-- nouns before "of" that name a part or a time of something, no speaker
-- ("the end of November", "the eve of the talks", "part of a group"), and
-- particles ("out of Germany")
local NOT_OF_HEADS = { ["end"] = true, eve = true, start = true, beginning = true,
  middle = true, course = true, wake = true, rest = true, part = true, top = true,
  front = true, back = true, side = true, behalf = true, out = true, up = true,
  off = true, because = true, instead = true, ahead = true, outside = true,
  inside = true, spite = true, light = true, terms = true, favour = true,
  favor = true, view = true, regardless = true }

-- the first token of the noun phrase that ends at token h, just before an
-- "of" ("the head", "other proponents"), or nil when h is no noun: a
-- word, in lower case, opening the sentence or after an article ("a Top
-- of the Pops spokesperson"), no verb, adverb, time or
-- function word; with up to three words before it that are neither (nor
-- a lower-case word in "s"), or a determiner (which ends it)
local function of_head (st, toks, first, h)
  local hk = KEY(toks, h)
  local c = st.c
  if KIND(toks, h) ~= "word" or IS(toks, h, "upper") or
     not (IS(toks, h, "lower") or h == first or
          (h > first and DETERMINERS[KEY(toks, h - 1)])) or
     c.not_head[hk] or c.aux[hk] or c.time_words[hk] or ENDS_ED[hk] or ENDS_ING[hk] or
     ENDS_LY[hk] or (c.not_head2[hk] and not OF_QUANTIFIERS[hk]) or
     (NOT_OF_HEADS[hk] and IS(toks, h, "lower")) then
    return nil
  end
  local a = h
  -- (an age is one word: "the 22-year-old")
  if hk == "old" and h - 4 >= first and KEY(toks, h - 2) == "year" and
     KIND(toks, h - 4) == "number" and KIND(toks, h - 1) == "hyphen" then
    a = h - 4
    if a > first and DETERMINERS[KEY(toks, a - 1)] then a = a - 1 end
    return a
  end
  -- (a quantifier takes a determiner at most: "won three of the four")
  local most = OF_QUANTIFIERS[hk] and 1 or 3
  while a > first and a > h - most do
    local w = KEY(toks, a - 1)
    if KIND(toks, a - 1) ~= "word" then break end
    if DETERMINERS[w] then a = a - 1 break end
    if OF_QUANTIFIERS[hk] or c.be[w] then break end
    -- (a word in lower case that ends in "s" may be a verb: "the ad uses
    -- footage of …")
    if c.not_head[w] or c.aux[w] or c.not_speakers[w] or ENDS_ED[w] or ENDS_ING[w] or
       ENDS_LY[w] or st.cue_at[a - 1] or
       (IS(toks, a - 1, "lower") and w:sub(-1) == "s") then
      break
    end
    a = a - 1
  end
  return a
end

-- whether the subject of a passive that ends at token t (its "be") is a
-- person or a personal pronoun: "he had been told by …" (a listener),
-- not "the story was told by …" (what was said)
local function listener_before (st, t)
  local toks = st.toks
  local i = t - 1
  while i >= 1 and i > t - 6 and (st.c.aux[KEY(toks, i)] or st.c.be[KEY(toks, i)]) do
    i = i - 1
  end
  if i < 1 then return false end
  local want = st.c.pronouns[KEY(toks, i)]
  if want == "m" or want == "f" or want == "group" or want == "self" then return true end
  local k = entity_from(st, i + 1) - 1
  local e = st.ents[k]
  return e ~= nil and e.last_token == i and e.label == "PERSON"
end

-- prepositions before a place or body inside a speaker's mention
B.SPEAKER_PREPOSITIONS = { ["in"] = true, at = true, of = true, ["for"] = true, from = true,
                           with = true }
-- words that open a source after a cue ("said in an interview")
B.STARTS_SOURCE = { ["in"] = true, according = true, on = true, at = true }
B.INDEFINITE = { a = true, an = true }
B.SUBJECT_PRONOUNS = { he = true, she = true, they = true, we = true, i = true, it = true }
-- verbs of showing, and the words for a person that may be their subject
B.SHOW_VERBS = { show = true, shows = true, showed = true, shown = true }
B.CONDITIONS = { whether = true, unless = true }
B.ADD_VERBS = { add = true, adds = true, added = true, adding = true }
-- what a side or a player adds in a game ("added a penalty", "added a
-- second", "added another try")
B.SCORE_NOUNS = { penalty = true, try = true, goal = true, conversion = true,
  touchdown = true, wicket = true, run = true, century = true, birdie = true,
  basket = true, ["drop-goal"] = true, second = true, third = true, fourth = true,
  fifth = true, sixth = true, late = true, fine = true, brace = true, header = true }
B.CALLED = { called = true, named = true, dubbed = true }
B.QUOTED = { quoted = true, quotes = true, quoting = true }
B.CALLING = { call = true, calls = true, called = true, calling = true, styled = true,
  styling = true, dubbed = true, dubbing = true }
B.REFLEXIVES = { itself = true, himself = true, herself = true, themselves = true }
B.POSSESSIVE_DET = { his = true, her = true, their = true, its = true }
-- (nouns of a number or a group before a plural: "a few critics", "a
-- dozen workers", "a union members' …")
B.GROUP_NOUNS = { few = true, dozen = true, couple = true, handful = true, number = true,
  lot = true, host = true, group = true, crowd = true, majority = true, minority = true,
  pair = true, trio = true, team = true, bunch = true, score = true, panel = true,
  series = true, string = true, coalition = true, delegation = true, family = true,
  million = true, thousand = true, hundred = true, billion = true, total = true }
B.ARTICLE = { a = true, an = true, the = true, another = true }
-- (but "the day her husband said he would resign" is speech)
B.WHEN_NOUNS = { day = true, week = true, month = true, year = true, moment = true,
  time = true, night = true, morning = true, evening = true, afternoon = true, hour = true }
B.NOUN_PREPOSITIONS = { about = true, against = true, over = true, on = true, of = true,
  ["for"] = true, with = true, at = true, ["in"] = true }
B.PLAN_VERBS = { plan = true, plans = true, planned = true, planning = true }
-- past forms that open no clause of what was said after "that" (the
-- "that" is a relative pronoun): "… a meeting that ran past midnight"
B.PAST_FORMS = IRREGULAR_PAST
B.OPENING_TIMES = { after = true, before = true, following = true, amid = true,
  during = true, since = true }
B.TIME_PREPOSITIONS = { on = true, at = true, ["in"] = true, by = true, since = true,
  ["until"] = true, during = true, from = true, to = true, over = true }
-- (what is offered is a thing even with a verb's word in it: "offered a 6
-- per cent rise"; but "offered no proof that …", "offered some advice")
B.OFFER_VERBS = { offer = true, offers = true, offered = true, offering = true }
B.SAID_THINGS = { advice = true, proof = true, insight = true, insights = true,
  condolences = true, apology = true, apologies = true, explanation = true, details = true,
  comment = true, comments = true, assurance = true, assurances = true, praise = true,
  criticism = true, thoughts = true, views = true, view = true, opinion = true,
  evidence = true, words = true, reassurance = true, guidance = true, suggestions = true,
  warning = true, warnings = true, defence = true, defense = true, reasons = true,
  account = true, analysis = true, assessment = true, prediction = true, glimpse = true }
B.PERSON_WORDS = { who = true, he = true, she = true, i = true, we = true }

-- whether a noun phrase's first words name something said: "some pointed
-- advice", "no proof that …"
local function said_thing (st, a, b)
  for t = a, math.min(b, a + 3) do
    if B.SAID_THINGS[KEY(st.toks, t)] then return true end
  end
  return false
end


B.PLACE_PREPOSITIONS = { ["in"] = true, from = true, near = true, outside = true }
B.RECALL = { recall = true, recalls = true, recalled = true }
B.TO_ROLES = TO_ROLES
B.PREP_BEFORE_SUBJECT = PREP_BEFORE_SUBJECT
B.OF_QUANTIFIERS = OF_QUANTIFIERS
B.SAY = { said = true, says = true, added = true, adds = true, wrote = true, writes = true,
  told = true, tells = true, explained = true, warned = true, noted = true }
B.ROLE_AT_PREPS = { ["for"] = true, at = true, from = true }
-- cues that are nouns too ("a pay claim", "the warning")
B.NOUN_CUES = { claim = true, claims = true, report = true, reports = true, warning = true,
  warnings = true, estimate = true, estimates = true, forecast = true, forecasts = true,
  promise = true, promises = true, pledge = true, pledges = true, demand = true,
  demands = true, complaint = true, complaints = true, statement = true }
-- whether a quote's speaker opens a relative clause of its own, after a
-- comma, right before its cue: "…, which he said offered …" (its own
-- speech, inside another's content)
function B.relative_speaker (st, q)
  local a, toks = q.sp_a, st.toks
  if not (a and a > 2 and q.sp_b == q.cue_tok - 1) then return false end
  local k = KEY(toks, a - 1)
  return (k == "which" or k == "who") and KEY(toks, a - 2) == ","
end
B.HYPHEN_NUMBERS = { one = true, two = true, three = true, four = true, five = true,
  several = true, many = true, some = true }
B.PLACE_NOUN_SPEAKERS = { state = true, country = true, city = true, region = true,
  area = true, province = true, county = true, town = true, capital = true }
B.RESPOND = { respond = true, responded = true, responds = true, responding = true,
  reply = true, replied = true, replies = true, replying = true }
B.POST_MODIFIERS = { ["in"] = true, with = true, close = true, familiar = true,
  involved = true, briefed = true, knowledgeable = true, inside = true, within = true,
  near = true, on = true, outside = true }
-- prepositions whose object is no subject of a gerund after it ("resigned
-- from the board citing …")
B.GERUND_OBJECT_PREPS = { from = true, to = true, into = true, at = true, on = true,
  against = true }
B.STATEMENT_NOUNS = { statement = true, letter = true, post = true, interview = true,
  note = true, memo = true, report = true, email = true, video = true, message = true,
  release = true, filing = true, tweet = true, speech = true }
-- (prepositions before a noun that reads as a cue: "on promises to …")
B.BEFORE_NOUNS = { on = true, of = true, ["in"] = true, with = true, ["for"] = true,
  after = true, despite = true, amid = true, over = true, about = true, against = true }
-- (what no outlet's name after its noun is: "told the paper Norway would")
local NOT_OUTLET_NAME = { GPE = true, NORP = true, PERSON = true, LOC = true }
B.SUBJECT_RELATIVES = { who = true, which = true }
B.CLAUSE_OPENERS = { where = true, when = true, which = true, who = true, whose = true,
  whom = true, ["while"] = true, after = true, before = true, as = true }
B.ASK_AFTER = { about = true, whether = true, ["if"] = true, to = true, ["for"] = true,
  why = true, how = true, what = true, when = true }
B.MODALS = { has = true, have = true, had = true, will = true, would = true, could = true,
  can = true, may = true, might = true, should = true, must = true }
B.SHOW_NOUNS = { show = true, programme = true, program = true, podcast = true,
  series = true, documentary = true, newspaper = true, magazine = true, channel = true,
  station = true, broadcast = true, newsletter = true }
B.PLACE_SIDES = { northern = true, southern = true, eastern = true, western = true,
  northeastern = true, northwestern = true, southeastern = true, southwestern = true,
  central = true, rural = true, coastal = true, neighbouring = true, neighboring = true }
-- where a speaker after its cue names where it is before its relative
-- clause: "said a shopkeeper in the city centre who asked not to be named"
-- (from token i, a few words of a place and then a relative pronoun)
local function place_then_end (st, i, s_last)
  local toks = st.toks
  for t = i, math.min(s_last, i + 5) do
    local k = KEY(toks, t)
    if t > i and k ~= "that" and st.c.relatives[k] then return true end
    if KIND(toks, t) ~= "word" or st.c.finite[k] or st.c.tail[k] or
       st.c.relatives[k] or st.cue_at[t] then
      return false
    end
  end
  return false
end
-- whether the sentence from token f opens with a phrase of a preposition
-- (or a gerund and one: "Speaking after the vote, …") that runs, with no
-- comma, up to token p
local function opening_phrase (st, f, p)
  local toks = st.toks
  local k = KEY(toks, f)
  if not (PREP_BEFORE_SUBJECT[k] or B.OPENING_TIMES[k]) then
    -- (a gerund's or a participle's: "Speaking after the vote,", "Asked
    -- about the merger at a press conference,")
    if not (ENDS_ING[k] or B.OPENING_PARTICIPLES[k]) or f + 1 >= p then return false end
    local k0 = k
    k = KEY(toks, f + 1)
    -- (and its agent: "Reached by telephone in Douala,"; "to" after a
    -- gerund: "Responding to the speech,")
    -- (or its object: "Addressing protesters at the Unity Fountain in
    -- Abuja,")
    if not (PREP_BEFORE_SUBJECT[k] or B.OPENING_TIMES[k] or
            (k == "by" and B.OPENING_PARTICIPLES[k0]) or (k == "to" and ENDS_ING[k0]) or
            (ENDS_ING[k0] and IS(toks, f + 1, "lower") and KIND(toks, f + 1) == "word" and
             not st.c.finite[k] and not st.c.aux[k])) then
      return false
    end
  end
  -- (or a place of the phrase after a comma, with its preposition: "In
  -- Deir al-Balah, in central Gaza, where …, Ann Lee, …, said")
  local k1, k2 = KEY(toks, p - 1), p - 2 > f and KEY(toks, p - 2)
  if PREP_BEFORE_SUBJECT[k1] or (k2 and PREP_BEFORE_SUBJECT[k2] and IS(toks, p - 1, "lower")) then
    return p - f <= 20
  end
  if p - f > 12 then return false end
  for i = f + 1, p - 1 do
    if KEY(toks, i) == "," then return false end
  end
  return true
end

-- whether "that" or a colon comes within n tokens from i, before the
-- sentence's end or a quote mark
local function that_within (st, i, s_last, n)
  local toks = st.toks
  for j = i, math.min(s_last, i + n) do
    local k = KEY(toks, j)
    if k == "that" or k == ":" then return j end
    if KIND(toks, j) == "quote" then return false end
  end
  return false
end

-- the comma that opens a relative clause on the subject of sentence s,
-- when the comma at token c closes it
-- and the subject opens the sentence: "A senior negotiator from an
-- oil-producing state, who asked not to be named, told Reuters that …"
-- (a subject no pattern reads, its hyphenated modifier among its words)
function B.relative_closed (st, s, c)
  if KEY(st.toks, c) ~= "," or not sentence_words(st, s) then return false end
  local toks = st.toks
  for i = c - 2, math.max(s.first_token + 2, c - 30), -1 do
    local k = KEY(toks, i)
    if k == "," then
      local w = KEY(toks, i + 1)
      if w ~= "who" and w ~= "which" then return false end
      -- (the subject: no comma, no verb of saying, from the sentence's start;
      -- a word of its that is also a cue may be a noun, "an oil-producing
      -- Gulf state")
      for j = s.first_token, i - 1 do
        local kj = KEY(toks, j)
        if kj == "," or SAY_VERBS[kj] then return false end
      end
      return i
    end
  end
  return false
end

-- the person named at the end of an apposition that the comma at token c
-- closes, after its words of what the person is: "One of them, retired
-- schoolteacher Ann Lee, said …"
function B.apposed_person (st, c)
  local toks = st.toks
  if c < 4 or KEY(toks, c) ~= "," then return nil end
  local x = st.ents[entity_from(st, c) - 1]
  if not (x and x.label == "PERSON" and x.last_token == c - 1) then return nil end
  for i = x.first_token - 1, math.max(1, x.first_token - 5), -1 do
    local k = KEY(toks, i)
    if k == "," then return i > 1 and x or nil end
    -- (words of what the person is: not "led by", "the brainchild of")
    if not (KIND(toks, i) == "word" and IS(toks, i, "lower")) or B.ROLE_PREPOSITIONS[k] then
      return nil
    end
  end
  return nil
end

-- whether a cue stands at a token of a..b (a clause with a speaker of
-- its own: "…, according to analysts, while Kyiv said …")
function B.cue_within (st, a, b)
  local cue_at = st.cue_at
  for j = a, b do
    if cue_at[j] then return true end
  end
  return false
end

-- whether tokens a .. z are modifiers in lower case joined by hyphens and
-- then a body, with its acronym in brackets, to the sentence's end ("…
-- state-run Hellenic Broadcasting Corporation (ERT).")
function B.body_to_end (st, a, z)
  local toks = st.toks
  while z > a and TERMINAL[KEY(toks, z)] do z = z - 1 end
  if z > a + 2 and KEY(toks, z) == ")" and KEY(toks, z - 2) == "(" then z = z - 3 end
  local mods = 0
  while a + 2 <= z and IS(toks, a, "lower") and KIND(toks, a + 1) == "hyphen" do
    a, mods = a + 3, mods + 1
  end
  if mods == 0 then return false end
  local e = st.ents[entity_from(st, a)]
  return e ~= nil and e.first_token == a and e.last_token == z and e.label == "ORG"
end
-- verbs of making a work, in a passive (see build)
B.MADE = { published = true, written = true, broadcast = true, produced = true,
  directed = true, composed = true, printed = true, aired = true, filmed = true,
  recorded = true, translated = true, edited = true, supported = true, sponsored = true,
  funded = true, organised = true, organized = true, hosted = true }
-- prepositions of place and movement no cue's content opens with (see
-- build)
B.MOVE_PREPS = { from = true, into = true, onto = true, through = true, across = true,
  off = true, behind = true, toward = true, towards = true, inside = true, outside = true,
  past = true, near = true }
-- words of a contrast after a comma, before a subject (see build)
B.CONTRAST_BEFORE = { ["while"] = true, whereas = true, whilst = true, but = true }
-- whether the subject at token t (back over its capitalized words) opens
-- the nouns of a body an apposition after "according to" ends with (see
-- build: "According to Acme, the country's main news agency, …")
B.APPOSED_BODIES = set_of { "agency", "lobby", "group", "association", "body", "union",
  "newspaper", "daily", "broadcaster", "firm", "company", "organisation", "organization",
  "federation", "institute", "council", "ministry", "authority", "regulator", "watchdog",
  "think-tank", "charity", "network", "bank", "monitor", "office", "service" }
-- cues that are the last word of a compound noun after the word given
B.COMPOUNDS = { slam = "grand", slams = "grand" }
-- the words a place ends a phrase after (see build: a body named after
-- the place)
B.PLACE_ENDS = { ["and"] = true, of = true, ["in"] = true, at = true, from = true, to = true }
-- the prepositions between a role and what it is of ("a spokesman for the
-- firm"; the roles: the rule pack's ROLES_OF)
B.ROLE_PREPS = { ["for"] = true, of = true, at = true, with = true }
-- a contrast after a comma
function B.after_contrast (st, t, first)
  local toks = st.toks
  while t > first and KIND(toks, t - 1) == "word" and IS(toks, t - 1, "cap") do
    t = t - 1
  end
  return t > 2 and B.CONTRAST_BEFORE[KEY(toks, t - 1)] and KEY(toks, t - 2) == ","
end
-- verbs of a plural subject (see build: "Consumer advocates see …")
B.PLURAL_VERBS = { see = true, say = true, want = true, believe = true, think = true,
  fear = true, worry = true, hope = true, expect = true, argue = true, warn = true,
  claim = true, agree = true, disagree = true, feel = true, know = true, remain = true }

local function build (st, m, rule)
  local toks, text = st.toks, st.text
  local caps = m.captures
  local cue = caps.cue
  if not cue then return nil end
  -- (a cue in title case inside a sentence in lower case is a word of a
  -- work's or a campaign's name: "Do They Know It's Christmas", "the
  -- North East Says No campaign"; a headline in title case has its
  -- attributions: "Trump Says Clinton Hid …")
  if cue[1] > 1 and IS(toks, cue[1], "cap") and not IS(toks, cue[1], "upper") and
     KIND(toks, cue[1] - 1) == "word" and not IS(toks, cue[1], "newline_before") then
    local s = sentence_of(st, cue[1])
    local lower = 0
    for t = s.first_token, math.min(s.last_token, s.first_token + 40) do
      if KIND(toks, t) == "word" and IS(toks, t, "lower") and #KEY(toks, t) > 4 then
        lower = lower + 1
        if lower >= 2 then return nil end
      end
    end
  end
  -- (a bare name before an apposition, which the pattern reads where a
  -- sentence or a dash opens it, is a whole one, no common word and no
  -- place: "Scamwatch, the service run by …, said"; not "Ultimately, says
  -- …")
  if rule.id == "quote.en.name_apposition_cue" then
    local a0 = caps.speaker[1]
    local e0 = entity_at(st, a0, a0)
    if data.is_common(KEY(toks, a0)) or (e0 and e0.label ~= "ORG" and e0.label ~= "PERSON") then
      return nil
    end
  end
  -- (a hyphenated name is one: "Díaz-Canel said", not "Canel" with a
  -- content that ends in "Díaz-"; see also below)
  local sp0 = caps.speaker
  -- (a noun phrase after "in" or "of" is its head's: "The two front-runners
  -- in Poland's presidential election accused …")
  if rule.id == "quote.en.subject_cue" and sp0 and sp0[1] > 3 and
     B.NP_LINKS[KEY(toks, sp0[1] - 1)] and KIND(toks, sp0[1] - 2) == "word" and
     IS(toks, sp0[1] - 2, "lower") then
    local j = sp0[1] - 2
    local c = st.c
    while j > 1 and j > sp0[1] - 8 and (KIND(toks, j - 1) == "word" and IS(toks, j - 1, "lower") or
                                         KIND(toks, j - 1) == "number" or
                                         KIND(toks, j - 1) == "hyphen" or
                                         DETERMINERS[KEY(toks, j - 1)]) and
          not DETERMINERS[KEY(toks, j)] do
      -- (no verb in it: not "His comments come in a documentary")
      local k = KEY(toks, j)
      if c.finite[k] or c.aux[k] or c.be[k] or st.cue_at[j] then j = 0 break end
      j = j - 1
    end
    if j > 0 and (c.finite[KEY(toks, j)] or c.aux[KEY(toks, j)]) then j = 0 end
    if j > 0 and DETERMINERS[KEY(toks, j)] and
       (j == 1 or IS(toks, j, "newline_before") or TERMINAL[KEY(toks, j - 1)]) then
      sp0[1] = j
      m.first_token = j
    end
  end
  -- (a place after "in" or "from", or listed after one, before a relative
  -- clause on it, is no subject: "Workers from factories in Ashulia and
  -- Gazipur, which …, want …")
  local ap0 = caps.apposition
  if sp0 and sp0[1] > 1 and sp0[1] < cue[1] and ap0 and ap0[1] < ap0[2] and
     KEY(toks, ap0[1]) == "," and KEY(toks, ap0[1] + 1) == "which" then
    local x = entity_at(st, sp0[1], sp0[2])
    if x and (x.label == "GPE" or x.label == "LOC") and x.last_token == sp0[2] then
      local p = sp0[1] - 1
      local k = KEY(toks, p)
      if (k == "and" or k == ",") and p > 2 then
        local y = st.ents[entity_from(st, p) - 1]
        if y and y.last_token == p - 1 and (y.label == "GPE" or y.label == "LOC") then
          p = y.first_token - 1
          k = p >= 1 and KEY(toks, p)
        end
      end
      if B.PLACE_PREPOSITIONS[k] then return nil end
    end
  end
  -- (a cue that is a compound noun's last word: "her first grand slam
  -- semi-final")
  if cue[1] > 1 and B.COMPOUNDS[KEY(toks, cue[1])] == KEY(toks, cue[1] - 1) then return nil end
  -- (a cue after a preposition is a noun: "to the Dáil for report stage";
  -- not a gerund, "criticised for saying …")
  if cue[1] > 1 and B.NOUN_CUE_AFTER[KEY(toks, cue[1] - 1)] and IS(toks, cue[1] - 1, "lower") and
     not ENDS_ING[KEY(toks, cue[1])] then
    return nil
  end
  local fl0 = sp0 and sp0[1] == m.first_token and sp0[1] > 2 and FLAGS(toks, sp0[1])
  if fl0 and fl0 % (2 * F_JOINPREV) >= F_JOINPREV and KIND(toks, sp0[1] - 1) == "hyphen" then
    if rule.id == "quote.en.name_cue" and not IS(toks, sp0[1] - 2, "cap") then return nil end
    sp0[1] = sp0[1] - 2
    m.first_token = sp0[1]
  elseif rule.hyphen_subject then
    local j, hyphen = noun_phrase_before(st, sp0[1])
    -- (or a number: "One Leeds-based investor said")
    if not (j and hyphen and (DETERMINERS[KEY(toks, j)] or B.HYPHEN_NUMBERS[KEY(toks, j)])) then
      return nil
    end
    sp0[1] = j
    m.first_token = j
  elseif fl0 and sp0[2] == sp0[1] and fl0 % (2 * F_LOWER) >= F_LOWER and not rule.relative then
    -- (a noun phrase with a hyphenated modifier, which the patterns do
    -- not read: "the state-run news agency said", "the Paris-based
    -- watchdog said": back to its article; the patterns read a bare
    -- head alone)
    local j, hyphen = noun_phrase_before(st, sp0[1])
    if hyphen and DETERMINERS[KEY(toks, j)] then
      sp0[1] = j
      m.first_token = j
    end
  end
  local s = sentence_of(st, m.first_token)
  local s_last = s.last_token
  local ckey = KEY(toks, cue[1])
  -- (a cue in "-s" before a verb is a plural noun after a common word
  -- that opens the sentence: "Consumer advocates see it differently")
  if rule.id == "quote.en.name_cue" and sp0 and sp0[1] == sp0[2] and cue[1] == cue[2] and
     cue[2] < s_last and ckey:sub(-1) == "s" and data.is_common(KEY(toks, sp0[1])) and
     IS(toks, cue[2] + 1, "lower") and
     (st.c.finite[KEY(toks, cue[2] + 1)] or B.PLURAL_VERBS[KEY(toks, cue[2] + 1)]) then
    return nil
  end
  -- (a page's label before a colon is no speaker: "LIVE: …", "Analysis:
  -- …", "Tries: …")
  if ckey == ":" and sp0 and B.PAGE_LABELS[KEY(toks, sp0[1])] then return nil end
  -- (a hearing told, with no article, is a headline's passive: "Inquest
  -- told man waited 11 hours", "…, court told")
  if ckey == "told" and sp0 and sp0[1] == sp0[2] and B.HEARINGS[KEY(toks, sp0[1])] and
     (sp0[1] == 1 or not DETERMINERS[KEY(toks, sp0[1] - 1)]) then
    return nil
  end
  -- (a noun phrase that ends with a pronoun is the pronoun: "On the
  -- Asian tsunami he said …", "During an interview on This Morning she
  -- said …")
  if sp0 and sp0[2] > sp0[1] and sp0[2] == cue[1] - 1 and
     st.c.pronouns[KEY(toks, sp0[2])] and IS(toks, sp0[2], "lower") then
    sp0[1] = sp0[2]
  end
  -- (no time is a speaker: "A day earlier, a group of embassies, …, had
  -- said …")
  local tm = sp0 and sp0[1] < cue[1] and rule.content ~= "before" and sp0[1] == s.first_token
  if tm then
    -- (asked once per sentence)
    tm = s.time_open
    if tm == nil then
      tm = time_at(st, s.first_token) or false
      s.time_open = tm
    end
  end
  -- (a time's possessive is a mention of its own: "Monday's report said")
  if tm and POSSESSIVE[KEY(toks, tm.last_token + 1)] then tm = nil end
  if tm and tm.last_token + 1 < sp0[2] then
    -- ("This week opposition politicians called on …": the words after it)
    sp0[1] = tm.last_token + (KEY(toks, tm.last_token + 1) == "," and 2 or 1)
    m.first_token = sp0[1]
  elseif tm then
    -- (the speaker is the first part of what the rule read as the time's
    -- apposition, and the rest the speaker's)
    local ap = caps.apposition
    if not (ap and KEY(toks, ap[1]) == "," and ap[1] + 1 < ap[2]) then return nil end
    local c = ap[1] + 1
    while c < ap[2] and KEY(toks, c) ~= "," do c = c + 1 end
    if c == ap[1] + 1 then return nil end
    sp0[1], sp0[2] = ap[1] + 1, c - 1
    m.first_token = sp0[1]
    if c < ap[2] then ap[1] = c else caps.apposition = nil end
  end
  -- (a bare noun after a quotation, a headline's "…', organiser says":
  -- no pronoun, article or word that joins)
  if rule.bare then
    for i = sp0[1], sp0[2] do
      local k = KEY(toks, i)
      if B.NOT_BARE_NOUNS[k] or st.c.aux[k] or st.c.subordinators[k] then return nil end
    end
  end
  -- (a role in lower case before a name after the cue is no clause of
  -- the content's: not "…, suggested they should get Ann Lee, …")
  if sp0 and rule.content == "before" and sp0[1] > cue[2] and IS(toks, sp0[1], "lower") and
     KEY(toks, cue[1]) ~= "according" then
    local i = sp0[1]
    while i < sp0[2] and IS(toks, i, "lower") and KIND(toks, i) == "word" do i = i + 1 end
    local p = i > sp0[1] and entity_at(st, i, sp0[2])
    if p and p.label == "PERSON" and p.first_token == i then
      for j = sp0[1], i - 1 do
        local k = KEY(toks, j)
        -- ("said a proud coach Ann Lee", "said chairman and chief
        -- executive Ann Lee")
        if k == "and" and j == sp0[1] or
           (B.NOT_BARE_NOUNS[k] and not B.ROLE_DETERMINERS[k]) or st.c.aux[k] or
           st.c.subordinators[k] or (ROLE_STOPS[k] and k ~= "and") or st.cue_at[j] then
          return nil
        end
      end
    end
  end
  -- (no speaker opens with a preposition: "Among the day's agreed
  -- arrivals: …")
  if sp0 and sp0[1] == s.first_token and sp0[1] < cue[1] and
     PREP_BEFORE_SUBJECT[KEY(toks, sp0[1])] then
    return nil
  end
  -- (a verb no list has, before "that" in a passive, reports for "it"
  -- only: "it was agreed that …"; not "the promise when they were passed
  -- that they would …")
  -- (a state of mind is one's view: "analysts were disappointed that …")
  if caps.that and sp0 and KEY(toks, sp0[1]) ~= "it" and cue[1] > 1 and
     st.c.be[KEY(toks, cue[1] - 1)] and not B.STATES[ckey] then
    return nil
  end
  -- (nor "those" of a sentence turned round after "among": "Among those
  -- who have criticised the plans are …" names its speakers after the
  -- verb, no content)
  if sp0 and KEY(toks, s.first_token) == "among" and
     (KEY(toks, sp0[1]) == "those" or (rule.relative and KEY(toks, sp0[1] - 1) == "those")) then
    return nil
  end
  -- (an asker's object is no inverted speaker: "Sen. Ann Lee, a former
  -- pilot, asked Haverford about the crash")
  if rule.content == "before" and sp0 and sp0[1] > cue[2] and st.c.tell[ckey] and
     m.last_token < #toks and B.ASK_AFTER[KEY(toks, m.last_token + 1)] then
    return nil
  end
  -- (a noun after a preposition: "won on promises to ease the burden")
  if cue[1] == cue[2] and cue[1] > 1 and ckey:byte(-1) == 115 and
     B.BEFORE_NOUNS[KEY(toks, cue[1] - 1)] then
    return nil
  end
  -- ("known across the town as “Gus”": a name, not what one knows, which
  -- "that" opens)
  if ckey == "known" and cue[2] < s_last and KEY(toks, cue[2] + 1) ~= "that" then
    return nil
  end
  -- (a phrase that opens with "in" after a noun no one is: "struck a
  -- similar tone in a post on X" is no quote of the tone's)
  if ckey == "in" and sp0 and sp0[2] == cue[1] - 1 and sp0[2] > sp0[1] and
     IS(toks, sp0[2], "lower") and not st.c.heads[KEY(toks, sp0[2])] and
     not entity_at(st, sp0[1], sp0[2]) then
    return nil
  end
  -- (a cue word in capitals inside a body's name is the name's: "the
  -- Manhattan Project."; not in a headline in title case, where names
  -- run into the verbs: "Poll Shows Minor Bump")
  if cue[1] > s.first_token and IS(toks, cue[1], "cap") then
    local k = entity_from(st, cue[1] + 1) - 1
    local e = st.ents[k]
    if e and e.first_token < cue[1] and e.last_token >= cue[1] and e.label ~= "PERSON" and
       not (e.last_token < #toks and IS(toks, e.last_token + 1, "cap")) then
      return nil
    end
  end
  -- a cue inside a quotation is the quoted speaker's ("I think …")
  if st.inq[cue[1]] then return nil end
  -- (a plural noun joined to another by "and" is no verb: "boos and chants
  -- aimed at the board")
  if cue[1] > 2 and ckey ~= "says" and ckey:sub(-1) == "s" and cue[1] < s_last and
     KEY(toks, cue[1] - 1) == "and" then
    local pk, nk = KEY(toks, cue[1] - 2), KEY(toks, cue[1] + 1)
    if pk:sub(-1) == "s" and IS(toks, cue[1] - 2, "lower") and not st.cue_at[cue[1] - 2] and
       (ENDS_ED[nk] or B.SPEAKER_PREPOSITIONS[nk]) and IS(toks, cue[1] + 1, "lower") then
      return nil
    end
  end
  -- (a plural noun before the sentence's verb in the past is the
  -- subject's head: "Refugee advocates gathered outside", "Treasury
  -- forecasts published on Monday show")
  if cue[1] == cue[2] and cue[1] < s_last and ckey ~= "says" and
     B.PLURAL_CUE_NOUNS[ckey] then
    local nk = KEY(toks, cue[1] + 1)
    if (ENDS_ED[nk] or B.PAST_FORMS[nk]) and IS(toks, cue[1] + 1, "lower") then return nil end
  end
  -- a cue after a hyphen is part of a word ("the little-known firm", "the
  -- TV-viewing public")
  if cue[1] > 1 and KIND(toks, cue[1] - 1) == "hyphen" then return nil end
  -- (taking an oath of office is no saying: "was sworn in as president";
  -- nor a likeness: "was often compared to Trump", "compared with 2023")
  if (B.SWEAR[ckey] or B.LIKENED[ckey]) and cue[2] < #toks then
    local w = KEY(toks, cue[2] + 1)
    if B.SWEAR[ckey] then
      if w == "in" then return nil end
    elseif w == "to" or w == "with" then
      return nil
    end
  end
  -- the variants of a rule ("quote.en.subject_cue" with an apposition or
  -- a verb before "that")
  local rid = rule.id
  local finite, verb_like, appos = rule.finite, rule.verb_like, rule.apposition
  -- (no part of an apposition opens with a verb: "The operation,
  -- codenamed Black Smoke, was built on …, said the police chief" is the
  -- police chief's content)
  if caps.apposition then
    local ap = caps.apposition
    -- (but a relative clause's own apposition: "Ann Lee, whose brother,
    -- Tom Lee, was among the passengers, said")
    if not B.RELATIVE_OPENERS[KEY(toks, ap[1] + 1)] then
      -- (nor with a past verb and its object: "The chairman, Ann Lee,
      -- opened the hearing by reading a memo in which Acme, the grid's
      -- operator, warned …")
      -- (nor after a relative inside it: "Ann Lee, a nurse whose employer,
      -- Acme, is a client, said")
      for i = ap[1], ap[2] - 1 do
        if B.RELATIVE_OPENERS[KEY(toks, i)] then break end
        if KEY(toks, i) == "," and IS(toks, i + 1, "lower") then
          local w = KEY(toks, i + 1)
          if st.c.be[w] or B.MODALS[w] or
             ((ENDS_ED[w] or B.PAST_FORMS[w]) and
              (B.ARTICLE[KEY(toks, i + 2)] or B.POSSESSIVE_DET[KEY(toks, i + 2)])) then
            return nil
          end
        end
      end
    end
    finite, appos = true, true
    rid = rule.ids and rule.ids.apposition or rid
  end
  if caps.that then
    verb_like = true
    rid = rule.ids and rule.ids.that or rid
  end
  -- ("is endorsing", "were calling for": a gerund after "be" is finite)
  if finite and ENDS_ING[ckey] and not rule.quoted_as and
     not (cue[1] > 1 and st.c.be[KEY(toks, cue[1] - 1)]) then
    return nil
  end
  -- a capitalized cue inside a sentence is part of a name ("the Cook
  -- Political Report"), unless the line is a headline in capitals
  if IS(toks, cue[1], "cap") and not IS(toks, cue[1], "upper") and cue[1] > s.first_token and
     ckey ~= "according" then
    local prev = KIND(toks, cue[1] - 1)
    if prev == "word" and IS(toks, cue[1] - 1, "lower") then return nil end
    if prev == "word" and not IS(toks, cue[1] - 1, "cap") then return nil end
    if prev == "word" then
      -- capitalized words before it too: a name, or a headline in title case
      -- ("…, Former Aide Says.": a headline's cue ends it)
      local nx = cue[2] + 1
      local title_case = (nx > s.last_token or IS(toks, nx, "cap") or TERMINAL[KEY(toks, nx)]) and
                         IS(toks, s.first_token, "cap") and IS(toks, s.first_token + 1, "cap")
      if not title_case then return nil end
    end
  end
  -- a noun or an infinitive, not a verb of saying: "the plan", "their
  -- support", "to challenge"
  -- (the key of the word before the cue is asked again below)
  local pkey = cue[1] > s.first_token and KEY(toks, cue[1] - 1)
  -- (a participle after "than" is a comparison's: "a year later than
  -- projected in December", "higher than expected")
  if pkey == "than" then return nil end
  -- (nor "so called" a word of a name: "these so called MMORPGs")
  if pkey == "so" and ckey == "called" then return nil end
  -- the passive of a verb that takes its listener: "Ann Lee was told that
  -- …", "was also told", "Voters were warned that …", "the jury was shown
  -- …", who saw it (the subject heard it: neither it nor the sentence
  -- before is what was said); in a passive's own rule, with its agent, only
  -- "told" may have what was said for its subject: "the story was told
  -- by …"
  if pkey and (st.c.tell[ckey] or B.SHOWN[ckey]) and not ENDS_ING[ckey] and
     (cue[1] == cue[2] or KEY(toks, cue[2]) == "that") then
    if rule.passive then
      if st.c.be[pkey] and cue[1] == cue[2] and st.c.tell[ckey] and
         (ckey ~= "told" or listener_before(st, cue[1] - 1)) then
        return nil
      end
    else
      local b = cue[1] - 1
      while b > s.first_token and b > cue[1] - 3 and B.PASSIVE_ADVERBS[KEY(toks, b)] do
        b = b - 1
      end
      if st.c.be[KEY(toks, b)] then return nil end
    end
  end
  -- ("The Age quoted a minister as saying …": the one quoted speaks, by
  -- the rule of its own)
  if B.QUOTED[ckey] and not rule.quoted_as then
    for i = cue[2] + 1, math.min(s_last - 1, cue[2] + 12) do
      if KEY(toks, i) == "as" and KEY(toks, i + 1) == "saying" then return nil end
    end
  end
  -- ("Western brands, including …": a people's adjective before a noun
  -- in the plural is no subject of a verb)
  if caps.speaker and caps.speaker[1] == caps.speaker[2] and cue[1] == cue[2] and
     caps.speaker[2] == cue[1] - 1 and ckey:byte(-1) == 115 and
     (entity_at(st, caps.speaker[1], caps.speaker[2]) or NO_READING).label == "NORP" and
     not KEY(toks, caps.speaker[1]):find("s$") then
    return nil
  end
  -- (a noun's cue before a verb of its own clause: "talks over a 25 per
  -- cent pay claim broke down")
  -- (a noun in lower case before it, no subject's: "pay claim"; not
  -- "which Yukos claims was …", "which its makers claim is …")
  local pk0 = cue[1] > 1 and KEY(toks, cue[1] - 1)
  if cue[1] == cue[2] and B.NOUN_CUES[ckey] and cue[2] < s_last and pk0 and
     IS(toks, cue[1] - 1, "lower") and KIND(toks, cue[1] - 1) == "word" and
     not st.c.heads[pk0] and not st.c.pronouns[pk0] and not pk0:find("s$") and
     IS(toks, cue[2] + 1, "lower") and
     (B.PAST_FORMS[KEY(toks, cue[2] + 1)] or st.c.be[KEY(toks, cue[2] + 1)]) then
    return nil
  end
  -- (a verb of motion before "into": "the hurricane slammed into the
  -- island", "lashed into")
  if cue[2] < s_last and (KEY(toks, cue[2] + 1) == "into" or KEY(toks, cue[2] + 1) == "onto") then
    return nil
  end
  -- ("a group calling itself Crimson Moth": a name it gives itself)
  if B.CALLING[ckey] and cue[2] < s_last and B.REFLEXIVES[KEY(toks, cue[2] + 1)] then
    return nil
  end
  -- (a body's name in apposition after "according to" and a description
  -- is the source: see quote.en.according_to_named)
  if rule.id == "quote.en.according_to" and m.last_token + 2 <= s_last and
     DETERMINERS[KEY(toks, cue[2] + 1)] then
    local x = entity_at(st, m.last_token + 1, s_last)
    if x and x.label == "ORG" and KEY(toks, x.last_token + 1) == "," then return nil end
  end
  -- (what one responded to is the content, as the annotated news has it,
  -- "did not respond to a request for comment"; but not where another
  -- speaker's words are in it: "responded to a challenge from Ann Lee,
  -- who said …")
  if B.RESPOND[ckey] and cue[2] < s_last and KEY(toks, cue[2] + 1) == "to" then
    for j = cue[2] + 2, math.min(s_last, cue[2] + 20) do
      local k = KEY(toks, j)
      if k == ":" then break end
      if st.cue_at[j] and st.c.relatives[KEY(toks, j - 1)] then return nil end
    end
  end
  -- ("a parent group called Missouri Families for …", "a nonprofit called
  -- Tollway Recovery": a name given, after an indefinite noun phrase)
  if B.CALLED[ckey] and caps.speaker and B.INDEFINITE[KEY(toks, caps.speaker[1])] and
     cue[2] < s_last and IS(toks, cue[2] + 1, "cap") and KIND(toks, cue[2] + 1) == "word" then
    -- (not what one called a person: "a senator called Obama a liar")
    local j = cue[2] + 1
    while j < s_last and IS(toks, j, "cap") and KIND(toks, j) == "word" do j = j + 1 end
    if not (DETERMINERS[KEY(toks, j)] or KIND(toks, j) == "quote") then return nil end
  end
  -- ("a medley of jokes about …", "a wave of attacks against …": a noun
  -- after "of" before its preposition, but a gerund may be a cue there,
  -- "accused of saying", and so may a noun of speech before a clause, "a
  -- series of tweets saying …")
  if pkey == "of" and not ENDS_ING[ckey] and not rule.noun and
     (cue[2] > cue[1] or (cue[2] < s_last and B.NOUN_PREPOSITIONS[KEY(toks, cue[2] + 1)])) then
    return nil
  end
  if pkey and st.c.not_before_cue[pkey] and not rule.noun and not rule.contracted then
    return nil
  end
  -- nor after a noun with an article: "a conference call that …", "the
  -- final report" (a verb after a singular subject ends in "s": "the firm
  -- calls for …"; a plural subject, "the ministers claim", is no noun's)
  if not rule.noun and cue[1] == cue[2] and cue[1] > s.first_token + 1 and
     noun_cue(toks, cue[1], ckey) then
    return nil
  end
  -- (an inverted participle with its agent is a passive's: "The
  -- decision, written by Justice Ann Lee, upheld …")
  if rule.content == "before" and not rule.passive and cue[1] == cue[2] and cue[2] < s_last and
     KEY(toks, cue[2] + 1) == "by" and (ENDS_ED[ckey] or B.EN_PARTICIPLES[ckey]) then
    return nil
  end
  -- declining to speak is no speech: "declined to comment", "refused to
  -- say whether …"
  if B.DECLINE_VERBS[ckey] and cue[1] == cue[2] and cue[2] + 2 <= s_last and
     KEY(toks, cue[2] + 1) == "to" and B.NO_COMMENT[KEY(toks, cue[2] + 2)] then
    return nil
  end
  if B.NO_COMMENT[ckey] and cue[1] > 2 and KEY(toks, cue[1] - 1) == "to" and
     B.DECLINE_VERBS[KEY(toks, cue[1] - 2)] then
    return nil
  end
  -- (nor what is not known: "It is not known whether …"; what someone
  -- did not say is an attribution, as annotators mark it: "would not say
  -- whether …")
  if ckey == "known" and cue[1] > 2 and cue[2] < s_last and B.WH_WORDS[KEY(toks, cue[2] + 1)] and
     B.NEGATIONS[KEY(toks, cue[1] - 1)] then
    return nil
  end
  -- (what someone is thinking about or considering is no speech: "Ann
  -- Lee is thinking about moving", "it was considering action")
  if B.MULLING[ckey] and cue[1] == cue[2] and cue[1] > 1 and st.c.be[KEY(toks, cue[1] - 1)] then
    return nil
  end
  -- (a gerund after a quotation's comma reports only with "that": "…,”
  -- adding that …"; "…,” highlighting divergences" is the quotation's aside)
  if rule.id == "quote.en.gerund" and KIND(toks, m.first_token + 1) == "quote" and
     KEY(toks, cue[2]) ~= "that" and not (cue[2] < s_last and KEY(toks, cue[2] + 1) == "that") then
    return nil
  end
  -- (counsel's side, as court reports write it: "Ann Lee SC, defending,
  -- said …", "for the State, prosecuting,")
  if (ckey == "defending" or ckey == "prosecuting") and cue[2] < s_last and
     KEY(toks, cue[2] + 1) == "," then
    return nil
  end
  -- (a number called is no call: "call 911"; a charge laid on someone is
  -- no speech, "police charge two men after …", but "charged that …" is)
  if B.CALL_VERBS[ckey] and cue[1] == cue[2] and cue[2] < s_last and
     KIND(toks, cue[2] + 1) == "number" and
     (cue[2] + 1 == s_last or KIND(toks, cue[2] + 2) ~= "word") then
    return nil
  end
  -- (nor a suspect's description: "a man suspected of starting fires")
  if (ckey == "suspected" or ckey == "accused") and cue[1] == cue[2] and cue[2] < s_last and
     KEY(toks, cue[2] + 1) == "of" and cue[1] > 1 and IS(toks, cue[1] - 1, "lower") and
     not st.c.aux[KEY(toks, cue[1] - 1)] then
    return nil
  end
  if B.CHARGE_VERBS[ckey] and cue[1] == cue[2] and cue[2] < s_last and
     KEY(toks, cue[2] + 1) ~= "that" and not that_within(st, cue[2] + 1, s_last, 12) then
    return nil
  end
  -- (a think tank thinks nothing: "a Sofia think tank, said …")
  if ckey == "think" and cue[2] < s_last and
     (KEY(toks, cue[2] + 1) == "tank" or KEY(toks, cue[2] + 1) == "tanks") then
    return nil
  end
  -- a plea is no speech: "pleaded guilty to fraud", "pleads not guilty"
  if B.PLEAD[ckey] and cue[2] < s_last and B.PLEAS[KEY(toks, cue[2] + 1)] then return nil end
  -- calling an event is no speech: "called a snap election", "calls a
  -- strike" (but "called for a ceasefire", "called the plan a disaster")
  -- (nor declaring one: "declared a state of emergency", "declared
  -- bankruptcy")
  local declare = B.DECLARE[ckey]
  if (B.CALL_VERBS[ckey] or declare) and cue[1] == cue[2] then
    for j = cue[2] + 1, math.min(s_last, cue[2] + 5) do
      local k = KEY(toks, j)
      if declare then
        if B.DECLARED[k] then return nil end
        if k == "that" then break end
      elseif st.c.called_events[k] then
        -- (unless something is said of it: "called the vote “a victory
        -- for common sense”", "called the election a farce")
        local nk = j < s_last and KEY(toks, j + 1)
        if not (nk and (KIND(toks, j + 1) == "quote" or nk == "a" or nk == "an")) then
          return nil
        end
        break
      end
      if j == cue[2] + 1 and (k == "for" or k == "on") then break end
      if KIND(toks, j) ~= "word" and KIND(toks, j) ~= "hyphen" then break end
    end
  end
  -- a story told is no words: "the figures told a different story",
  -- "she told the truth"
  if st.c.tell[ckey] and cue[1] == cue[2] then
    for j = cue[2] + 1, math.min(s_last, cue[2] + 4) do
      local k = KEY(toks, j)
      if B.TOLD_THINGS[k] then
        local nk = j < s_last and KEY(toks, j + 1)
        if not nk or nk == "," or nk == "." or nk == "about" or nk == "of" or nk == "to" or
           nk == "in" or nk == "on" or nk == "and" then
          return nil
        end
        break
      end
      if KIND(toks, j) ~= "word" or not IS(toks, j, "lower") then break end
    end
  end
  -- (nor a request's "for comment on …")
  if KEY(toks, cue[1]) == "comment" and cue[1] > 1 and KEY(toks, cue[1] - 1) == "for" then
    return nil
  end
  -- naming is no speech: "whom neighbours called Bablu", "a man they
  -- call Tiger," (a name alone, then the clause ends)
  if B.CALL_VERBS[ckey] and cue[1] == cue[2] and cue[2] < s_last and
     IS(toks, cue[2] + 1, "cap") and KIND(toks, cue[2] + 1) == "word" then
    local j = cue[2] + 1
    while j < s_last and j < cue[2] + 3 and IS(toks, j + 1, "cap") and
          KIND(toks, j + 1) == "word" do
      j = j + 1
    end
    local nx = j < s_last and KEY(toks, j + 1)
    if not nx or nx == "," or nx == "." or nx == ";" or nx == ")" then return nil end
  end
  -- (a rate's move is no pointing: "a quarter of a percentage point to
  -- 2.75 percent", "four basis points to 2.21 percent")
  if (ckey == "point" or ckey == "points") and pkey and B.RATE_UNITS[pkey] then return nil end
  -- writing someone off is no writing: "analysts wrote her off"
  if B.WRITE[ckey] and cue[1] == cue[2] and cue[2] + 1 <= s_last and
     (KEY(toks, cue[2] + 1) == "off" or
      (cue[2] + 2 <= s_last and KEY(toks, cue[2] + 2) == "off")) then
    return nil
  end
  -- what was found of someone is no quote: "woman found dead in flat"
  if ckey == "found" and cue[1] == cue[2] and cue[2] < s_last and
     B.FOUND_STATES[KEY(toks, cue[2] + 1)] then
    return nil
  end
  -- the wish of an unnamed source is no quote: "asked not to be named",
  -- "declined to be identified"
  do
    local j = cue[2] + 1
    if j <= s_last and KEY(toks, j) == "not" then j = j + 1 end
    if j + 2 <= s_last and KEY(toks, j) == "to" and KEY(toks, j + 1) == "be" and
       B.ANONYMOUS[KEY(toks, j + 2)] then
      return nil
    end
  end
  -- a passive that reports no one's words: what someone is called ("would
  -- be known as …", "was described as …"), what is likely ("are expected
  -- to be allowed …"), what was found ("was found dead", "was shown on TV")
  if pkey and st.c.be[pkey] and cue[1] == cue[2] then
    local nk = cue[2] < s_last and KEY(toks, cue[2] + 1)
    if (nk == "as" or (ckey == "expected" and nk == "to")) and
       (ENDS_ED[ckey] or ckey:sub(-1) == "n") then
      return nil
    end
    if (ckey == "found" or ckey == "shown") and nk ~= "that" then return nil end
  end
  -- "postponed plans to …", "rejected claims that …": a noun in "s" after a
  -- verb in "ed" is its object
  if pkey and not rule.noun and cue[1] == cue[2] and ENDS_ED[pkey] and
     IS(toks, cue[1] - 1, "lower") and ckey:sub(-1) == "s" and not st.c.aux[pkey] then
    return nil
  end
  -- "Ann Lee's repeated claim": a participle between a possessive and the
  -- cue makes it a noun
  if not rule.noun and cue[1] > s.first_token + 1 and ENDS_ED[pkey] and
     IS(toks, cue[1] - 1, "lower") and st.c.not_before_cue[KEY(toks, cue[1] - 2)] then
    return nil
  end
  -- any verb before "that": a lower-case word that looks like a verb
  if verb_like and not (ENDS_ED[ckey] and IS(toks, cue[1], "lower")) then
    return nil
  end
  if rule.opens and cue[1] > s.first_token and SEPARATORS[KEY(toks, cue[1] - 1)] then
    return nil
  end
  local sp = caps.speaker
  -- ("…, a charge her campaign called “misleading”", "a label her
  -- supporters noted applied …": a relative clause without its pronoun,
  -- its subject a possessive's noun phrase right after a noun)
  if sp and sp[2] < cue[1] then
    -- ("a move critics called reckless", "a discussion observers expect
    -- …": an article, a noun and a plural are no noun phrase; the mention
    -- may end with the cue's auxiliary yet, "a charity has warned")
    -- (the article asked first: most speakers have none)
    if sp[2] >= sp[1] + 2 and B.INDEFINITE[KEY(toks, sp[1])] then
      local z = sp[2]
      while z > sp[1] and st.c.aux[KEY(toks, z)] do z = z - 1 end
      if z == sp[1] + 2 and IS(toks, z, "lower") and
         IS(toks, sp[1] + 1, "lower") and KEY(toks, z):sub(-1) == "s" and
         KEY(toks, sp[1] + 1):sub(-1) ~= "s" and KEY(toks, z):sub(-2) ~= "ss" and
         not B.GROUP_NOUNS[KEY(toks, sp[1] + 1)] then
        return nil
      end
    end
    for i = math.max(sp[1], s.first_token + 2), math.min(sp[2] - 1, sp[1] + 3) do
      if B.POSSESSIVE_DET[KEY(toks, i)] and KIND(toks, i - 1) == "word" and
         IS(toks, i - 1, "lower") and B.ARTICLE[KEY(toks, i - 2)] and
         not B.WHEN_NOUNS[KEY(toks, i - 1)] then
        return nil
      end
    end
  end
  -- ("said in a message posted on social media that …": the message is
  -- no speaker of its own)
  if sp and sp[1] > 1 and ENDS_ED[ckey] and B.STATEMENT_NOUNS[KEY(toks, sp[2])] and
     KEY(toks, sp[1] - 1) == "in" then
    return nil
  end
  -- (", a problem linked to a flaw that …": a participle after an
  -- apposition's noun is the noun's)
  if not rule.passive and cue[1] == cue[2] and ENDS_ED[ckey] and cue[2] < s_last and
     KEY(toks, cue[2] + 1) == "to" and sp and sp[1] > 1 and sp[2] == cue[1] - 1 and
     B.INDEFINITE[KEY(toks, sp[1])] and KEY(toks, sp[1] - 1) == "," then
    return nil
  end
  -- ("Data published by Acme on Monday showed …": a participle before
  -- "by" is the subject's)
  if not rule.passive and cue[1] == cue[2] and ENDS_ED[ckey] and cue[2] < s_last and
     KEY(toks, cue[2] + 1) == "by" and sp and sp[2] < cue[1] then
    return nil
  end
  -- (a dateline is no speaker: "SAN JOSE, Calif. (AP) — Acme, the chip
  -- maker, said …" is Acme's)
  local s0 = s.first_token
  if sp and sp[1] < cue[1] and (sp[1] == s0 or (sp[1] == s0 + 1 and KEY(toks, s0) == "(")) then
    -- (the dateline's end, read once a sentence)
    local d = st.datelines[s0]
    if d == nil then
      d = (IS(toks, s0, "upper") or KEY(toks, s0) == "(") and after_dateline(st, s0, s_last) or s0
      st.datelines[s0] = d
    end
    if d > sp[1] and d < cue[1] then
      local x = st.ents[entity_from(st, d)]
      if not (appos and x and x.first_token == d and x.last_token < cue[1] and
              (x.label == "ORG" or x.label == "PERSON")) then
        return nil
      end
      sp[1], sp[2] = d, x.last_token
      caps.apposition = nil
    end
  end
  -- (the place or event a sentence opens with is no speaker: "Outside
  -- the party's rally, Ann Lee, 34, a nurse, said …" is Lee's)
  -- (or a clause of a gerund: "Speaking after the vote, the mayor, Ann
  -- Lee, described …")
  -- (the phrase may name a place with its words: "In the working-class
  -- commune of Puente Alto, retired teacher Ann Lee, 68, said")
  if appos and sp and sp[1] > 1 and KEY(toks, sp[2] + 1) == "," and caps.apposition and
     opening_phrase(st, s.first_token, sp[1]) then
    local ap = caps.apposition
    local x = st.ents[entity_from(st, sp[2] + 2)]
    -- (not an owner: "Ann Lee's barrister, Fiona Hart, said")
    while x and (x.label ~= "PERSON" or POSSESSIVE[KEY(toks, x.last_token + 1)]) and
          x.last_token < ap[2] do
      x = st.ents[entity_from(st, x.last_token + 1)]
    end
    -- (the person opens a part of the apposition, not a clause inside it:
    -- "a spokesperson for the hospital, where Ann Lee worked, said")
    if x and x.label == "PERSON" then
      local c = x.first_token - 1
      while c > sp[2] + 1 and KEY(toks, c) ~= "," do c = c - 1 end
      if B.CLAUSE_OPENERS[KEY(toks, c + 1)] then x = nil end
    end
    if not (x and x.label == "PERSON") and DETERMINERS[KEY(toks, sp[2] + 2)] and
       st.c.heads[KEY(toks, sp[2] + 3)] then
      -- (no person: the apposition's first noun phrase, "In a statement, a
      -- spokesperson for the hospital, where …, said")
      local c = sp[2] + 3
      while c < ap[2] and KEY(toks, c + 1) ~= "," do c = c + 1 end
      sp[1], sp[2] = sp[2] + 2, c
      caps.apposition = c + 1 < ap[2] and { c + 1, ap[2] } or nil
      x = nil
    elseif not (x and x.label == "PERSON") then
      -- (or a body: "Outside Westminster, the County Councils Forum, which
      -- …, said")
      local f = sp[2] + 2
      if DETERMINERS[KEY(toks, f)] then f = f + 1 end
      local y = entity_at(st, f, ap[2])
      if y and y.label == "ORG" and KEY(toks, y.last_token + 1) == "," then
        sp[1], sp[2] = sp[2] + 2, y.last_token
        caps.apposition = y.last_token + 1 < ap[2] and { y.last_token + 1, ap[2] } or nil
        x = nil
      end
    end
    if x and x.label == "PERSON" and x.last_token < cue[1] and x.first_token <= ap[2] and
       KEY(toks, x.first_token - 1) ~= "of" then
      sp[1], sp[2] = x.first_token, x.last_token
      if KEY(toks, x.last_token + 1) == "," and x.last_token + 1 < ap[2] then
        caps.apposition = { x.last_token + 1, ap[2] }
      else
        caps.apposition = nil
      end
    end
  end
  -- (a role's noun phrase and the person named in its apposition: "The
  -- EU's lead negotiator, Danish Climate Minister Ann Lee, said" is Lee's)
  -- (a relative clause on a person after a body: "Ann Lee of the
  -- Vancouver firm Acme LLP, who represents the class, said" is Lee's)
  if appos and sp and caps.apposition and KEY(toks, caps.apposition[1]) == "," and
     KEY(toks, caps.apposition[1] + 1) == "who" then
    local x = entity_at(st, sp[1], sp[2])
    local p = st.ents[entity_from(st, s.first_token)]
    if x and x.label == "ORG" and p and p.label == "PERSON" and p.last_token < sp[1] and
       p.first_token <= s.first_token + 2 and
       (KEY(toks, p.last_token + 1) == "of" or KEY(toks, p.last_token + 1) == "at") then
      sp[1], sp[2] = p.first_token, p.last_token
    end
  end
  if appos and sp and caps.apposition and sp[2] < cue[1] and IS(toks, sp[2], "lower") and
     KEY(toks, caps.apposition[1]) == "," then
    local ap = caps.apposition
    local c = ap[1] + 1
    while c < ap[2] and KEY(toks, c) ~= "," do c = c + 1 end
    -- (past a postnominal: "Ann Lee KC")
    local z = c - 1
    if z > ap[1] + 1 and B.POSTNOMINALS[KEY(toks, z)] then z = z - 1 end
    local x = c - ap[1] <= 9 and st.ents[entity_from(st, z + 1) - 1]
    -- (the name opens the part, after its titles: not "led by Ann Lee",
    -- "the brainchild of Ann Lee"; nor the apposition of a noun after
    -- "for")
    if x and x.label == "PERSON" and x.last_token == z and x.first_token > ap[1] and
       not (sp[1] > 1 and B.ROLE_PREPOSITIONS[KEY(toks, sp[1] - 1)]) then
      -- (in the speaker's words too: "a spokesman for the prosecutor,
      -- Comptroller Ann Lee, said")
      for i = sp[1] + 1, sp[2] - 1 do
        if B.ROLE_PREPOSITIONS[KEY(toks, i)] then x = nil break end
      end
      for i = ap[1] + 1, x and x.first_token - 1 or 0 do
        local k = KEY(toks, i)
        if B.ROLE_PREPOSITIONS[k] or ENDS_ED[k] or B.PAST_FORMS[k] then x = nil break end
      end
    end
    if x and x.label == "PERSON" and x.last_token == z and x.first_token > ap[1] then
      sp[1], sp[2] = x.first_token, x.last_token
      if c < ap[2] then ap[1] = c else caps.apposition = nil end
    end
  end
  -- (", a move he announced shortly after": the object of a clause on a
  -- noun phrase came before its cue, no words of the speaker's after it;
  -- but "a position she described as …", whose speaker is "she")
  if sp and sp[1] > 1 and sp[2] < cue[1] and sp[2] > sp[1] + 1 and
     B.INDEFINITE[KEY(toks, sp[1])] and B.SUBJECT_PRONOUNS[KEY(toks, sp[2])] then
    if SEPARATORS[KEY(toks, sp[1] - 1)] then
      if KEY(toks, cue[2] + 1) ~= "as" then return nil end
      sp[1] = sp[2]                              -- (the pronoun speaks)
    end
  end
  -- a relative clause ("the agency, which said …"): not a question ("Who
  -- said …?"), nor "that" after a verb or a conjunction ("said that shows",
  -- "so that says"); after a comma it ends at the next one
  local relative
  if rule.relative and sp then
    local r = sp[1]
    if r <= s.first_token then return nil end
    local pk = KEY(toks, r - 1)
    if KEY(toks, r) == "that" and (st.c.not_that[pk] or KIND(toks, r - 1) ~= "word" or
                                   st.cue_at[r - 1]) then
      return nil
    end
    relative = SEPARATORS[pk] and "aside" or "bound"
    if relative == "bound" then
      -- (in an apposition too: "Ann Lee, one of the senators who backed the
      -- bill, told …")
      for i = r - 2, math.max(s.first_token + 1, r - 20), -1 do
        local k = KEY(toks, i)
        if k == "," then
          relative = "aside"
          break
        end
        if TERMINAL[k] or k == "and" or st.c.finite[k] or st.cue_at[i] then break end
      end
    end
  end
  -- "…, said Ann Lee." but not "― explains America's history": a speaker
  -- after its cue ends the clause
  if sp and sp[1] > cue[2] and rule.content == "before" and sp[2] < s_last and
     not rule.passive then
    -- (a verb that takes an object is no cue before its speaker: "Ann
    -- Lee, the lead negotiator, defended the deal")
    if st.c.not_inverted[ckey] then return nil end
    -- (nor a demonstrative: "…, stressed this point")
    if DEMONSTRATIVES[KEY(toks, sp[1])] then return nil end
    -- (nor the subject of the content's verb: "…, said the latest draft
    -- was “an insult”")
    if sp[2] > sp[1] and st.c.be[KEY(toks, sp[2])] then return nil end
    -- (a hyphenated word goes on with the noun phrase: "said one over-60
    -- woman who …")
    if KIND(toks, sp[2] + 1) == "hyphen" then
      local j = sp[2]
      while j + 2 <= s_last and KIND(toks, j + 1) == "hyphen" and
            (KIND(toks, j + 2) == "word" or KIND(toks, j + 2) == "number") do
        j = j + 2
      end
      local words = 0
      while j < s_last and words < 3 and KIND(toks, j + 1) == "word" and
            IS(toks, j + 1, "lower") and not st.c.relatives[KEY(toks, j + 1)] and
            not st.c.tail[KEY(toks, j + 1)] do
        j, words = j + 1, words + 1
      end
      sp[2] = j
    end
    -- (or a relative clause of the speaker's: "…, said an aide who asked
    -- not to be named"; a noun phrase may have read its pronoun)
    if sp[2] > sp[1] and KEY(toks, sp[2]) ~= "that" and st.c.relatives[KEY(toks, sp[2])] then
      sp[2] = sp[2] - 1              -- (the match's own span, refilled per match)
    end
    -- ("said the Factory Records founder": a body's role after it)
    if sp[2] + 1 < s_last and IS(toks, sp[2] + 1, "lower") then
      local k2 = KEY(toks, sp[2] + 2)
      if (TERMINAL[k2] or k2 == ",") and (st.c.heads[KEY(toks, sp[2] + 1)] or
                                           title_between(st, sp[2] + 1, sp[2] + 1)) then
        local x = entity_at(st, sp[1], sp[2])
        if x and x.last_token == sp[2] and x.label ~= "PERSON" then
          sp[2] = sp[2] + 1
          if sp[1] > cue[2] + 1 and KEY(toks, sp[1] - 1) == "the" then sp[1] = sp[1] - 1 end
        end
      end
    end
    -- ("said a shopkeeper in the city centre who …": the noun phrase read
    -- the place's preposition as a word of its own)
    for i = sp[1] + 1, ckey ~= "according" and sp[2] or 0 do
      -- (not a hyphenated word's: "an in-depth study")
      local ki = KEY(toks, i)
      -- (what an unnamed source knows is its own: "said two people
      -- familiar with the matter", read below)
      if B.KNOWING[ki] and B.KNOWING_PREPS[KEY(toks, i + 1)] then
        sp[2] = i - 1
        break
      end
      if (B.PLACE_PREPOSITIONS[ki] or (B.POST_MODIFIERS[ki] and sp[1] > cue[2] and B.SAY[ckey])) and
         KIND(toks, i + 1) ~= "hyphen" then
        if place_then_end(st, i + 1, s_last) or (sp[1] > cue[2] and B.SAY[ckey]) then
          sp[2] = i - 1
        end
        break
      end
    end
    -- (what an unnamed source knows after the pattern's noun phrase: "said
    -- two people familiar with the matter")
    if sp[1] > cue[2] and sp[2] + 3 < s_last and B.KNOWING[KEY(toks, sp[2] + 1)] and
       B.KNOWING_PREPS[KEY(toks, sp[2] + 2)] then
      local j = sp[2] + 2
      while j < s_last and j < sp[2] + 6 and KIND(toks, j + 1) == "word" and
            IS(toks, j + 1, "lower") do
        j = j + 1
      end
      if j > sp[2] + 2 and (TERMINAL[KEY(toks, j + 1)] or KEY(toks, j + 1) == ",") then
        sp[2] = j
      end
    end
    -- ("said a spokesperson for Acme": the pattern read "for" as a word of
    -- the noun phrase, and stopped before the name)
    local kz = KEY(toks, sp[2])
    if kz == "the" and sp[2] > sp[1] + 1 then kz = KEY(toks, sp[2] - 1) end
    if (kz == "for" or kz == "of" or kz == "at") and sp[2] > sp[1] and sp[2] < s_last then
      local x = entity_at(st, sp[2] + 1, s_last) or
                (KEY(toks, sp[2] + 1) == "the" and entity_at(st, sp[2] + 2, s_last))
      if x and x.label ~= "DATE" and x.label ~= "TIME" then
        sp[2] = x.last_token
      elseif sp[1] > cue[2] and B.SAY[ckey] then
        -- (no name after it: the noun phrase of a role ends before the
        -- preposition, "said a spokesman for the firm")
        local z = KEY(toks, sp[2]) == "the" and sp[2] - 2 or sp[2] - 1
        if z >= sp[1] and (SPOKES[KEY(toks, z)] or title_between(st, z, z)) then
          -- (and the body the article named before, for "the company":
          -- "said a spokesman for the company" is Acme's)
          local t = z + 2
          if t + 1 <= s_last and KEY(toks, t) == "the" and IS(toks, t + 1, "lower") and
             (TERMINAL[KEY(toks, t + 2)] or KEY(toks, t + 2) == ",") and
             body_antecedent(st, t, KEY(toks, t + 1)) then
            sp[1], sp[2] = t, t + 1
          else
            sp[2] = z
          end
        end
      end
    end
    -- (nothing after the speaker at the text's end: the terminal's place)
    local w = sp[2] < #toks and KEY(toks, sp[2] + 1) or "."
    -- ("said the company's chief executive": a role of the possessor's)
    if POSSESSIVE[w] and sp[1] > cue[2] and sp[2] + 2 <= #toks then
      local j = sp[2] + 2
      while j < s_last and j <= sp[2] + 5 and (KIND(toks, j) == "hyphen" or
            (KIND(toks, j) == "word" and IS(toks, j, "lower"))) do
        j = j + 1
      end
      local kj = KEY(toks, j)
      if j > sp[2] + 2 and (TERMINAL[kj] or kj == ",") and
         (st.c.heads[KEY(toks, j - 1)] or title_between(st, j - 1, j - 1) or
          (j > sp[2] + 3 and title_between(st, j - 2, j - 1))) then
        sp[2], w = j - 1, kj
        if sp[1] > cue[2] + 1 and KEY(toks, sp[1] - 1) == "the" then sp[1] = sp[1] - 1 end
      end
    end
    -- (a verb of telling and its listener: "…, warned the department of
    -- “…”")
    if st.c.tell[ckey] and (w == "of" or w == "that" or w == "to" or w == "about") then
      return nil
    end
    -- (nor the subject of a cue of its own: "During the trial, advocate
    -- depute Ann Lee told jurors …")
    if sp[2] < s_last and IS(toks, sp[2] + 1, "lower") and st.cue_at[sp[2] + 1] and
       (st.c.finite[w] or ENDS_ED[w] or B.SAY[w] or st.c.tell[w]) then
      return nil
    end
    if not (TERMINAL[w] or w == "," or w == "(" or w == ":" or KIND(toks, sp[2] + 1) == "quote" or
            KIND(toks, sp[2] + 1) == "dash" or st.c.tail[w] or
            (w ~= "that" and st.c.relatives[w]) or
            (B.PLACE_PREPOSITIONS[w] and place_then_end(st, sp[2] + 2, s_last)) or
            -- (a post-modifier to the end, no clause: "…, said one source in
            -- the room", "…, said two people familiar with the talks", "…,
            -- said a spokesman for the firm")
            ((B.POST_MODIFIERS[w] or B.ROLE_AT_PREPS[w]) and sp[1] > cue[2] and B.SAY[ckey] and
             s_last - sp[2] <= 12 and
             TERMINAL[KEY(toks, s_last)] and not verb_between(st, sp[2] + 2, s_last - 1))) then
      return nil
    end
  end
  -- between a speaker and its cue: auxiliaries and adverbs only
  if sp and sp[2] < cue[1] and not appos and not rule.noun and not rule.quoted_as and
     not rule.contact then
    local aux = st.c.aux
    -- (after letters that follow a name: "Ann Lee MP said")
    local post, lead = st.c.postnominals, true
    local when_end = 0                 -- (the last token of a date between)
    for i = sp[2] + 1, cue[1] - 1 do
      local w = KEY(toks, i)
      if not (lead and post[w] and IS(toks, i, "upper")) then lead = false end
      -- ("Ann Lee on Wednesday urged …", "Acme last week said …")
      -- (not a year after a name: "Transport 2000 said" is a body's name)
      if i > when_end then
        local d = (w == "on" and i + 1 < cue[1]) and time_at(st, i + 1) or
                  (KIND(toks, i) == "word" and time_at(st, i))
        if d and d.last_token < cue[1] then when_end = d.last_token end
      end
      if not lead and i > when_end and not (aux[w] or (w == "'s" and rule.contracted)) and
         not ENDS_LY[w] and not (KIND(toks, i) == "number" and KEY(toks, i - 1) == "in") then
        return nil
      end
      -- ("in" only before a year: "the panel in 2001 found")
      if w == "in" and KIND(toks, i + 1) ~= "number" then return nil end
      -- ("appeared to suggest", not "requires candidates to disclose")
      if w == "to" and not st.c.raising[KEY(toks, i - 1)] then return nil end
    end
  end
  -- (the object of a relative clause without commas is no speaker: "A
  -- city official who was not authorized to discuss the negotiations said
  -- …" is the official's)
  local rw = sp and sp[1] > s.first_token + 2 and sp[2] < cue[1] and not appos and
             not rule.relative
  -- (asked of the sentence's text first: most have no "who")
  if rw then rw = sentence_words(st, s) and not entity_at(st, sp[1], sp[2]) end
  if rw then
    local w = sp[1] - 1
    local stop = math.max(s.first_token + 1, sp[1] - 14)
    while w > stop and KEY(toks, w) ~= "," and not B.SUBJECT_RELATIVES[KEY(toks, w)] do
      w = w - 1
    end
    if w > stop and B.SUBJECT_RELATIVES[KEY(toks, w)] and w < sp[1] - 2 and
       (st.c.be[KEY(toks, w + 1)] or B.MODALS[KEY(toks, w + 1)] or
        ENDS_ED[KEY(toks, w + 1)]) then
      local y = st.ents[entity_from(st, w) - 1]
      if y and y.last_token == w - 1 and (y.label == "PERSON" or y.label == "ORG") then
        sp[1], sp[2] = y.first_token, y.last_token
      else
        local np = noun_phrase_before(st, w - 1)
        if np and np >= s.first_token then sp[1], sp[2] = np, w - 1 end
      end
    end
  end
  local after_tok = m.last_token
  -- (no listener when a verb follows: "warned the board risked …" is the
  -- content's subject)
  local ad0 = caps.addressee
  -- (nor a "that" that opens the content: "warned that vulnerable people,
  -- including children, could …")
  if ad0 and ad0[2] == after_tok and KEY(toks, ad0[1]) == "that" then
    caps.addressee, ad0 = nil, nil
    after_tok = cue[2]
  end
  if ad0 and ad0[2] == after_tok and after_tok < s_last and IS(toks, after_tok + 1, "lower") then
    local w = KEY(toks, after_tok + 1)
    -- (not a participle of the listener's before "that": "told reporters
    -- gathered outside that …")
    if (ENDS_ED[w] or B.PAST_FORMS[w] or st.c.finite[w]) and
       not that_within(st, after_tok + 2, s_last, 8) then
      caps.addressee, ad0 = nil, nil
      after_tok = cue[2]
    end
  end
  -- (an outlet's medium after its name is the listener's: "told Al Arabiya
  -- television last month that …")
  if ad0 and ad0[2] == after_tok and after_tok < s_last then
    -- (the medium after the listener's name, "told Al Arabiya television",
    -- "told US TV network"; or the listener's own last word is an
    -- outlet's noun, "told state broadcaster ERT", not "told the paper
    -- Norway would")
    local j = after_tok
    if st.c.outlet_nouns[KEY(toks, j + 1)] then
      j = j + 1
      if j < s_last and st.c.outlet_nouns[KEY(toks, j + 1)] then j = j + 1 end
    elseif not ((st.c.outlet_nouns[KEY(toks, j)] or
                 -- ("told the Swedish news agency TT that …")
                 (KEY(toks, j) == "agency" and KEY(toks, j - 1) == "news" and
                  not (j + 2 <= s_last and POSSESSIVE[KEY(toks, j + 2)]))) and
                KIND(toks, j + 1) == "word" and
                IS(toks, j + 1, "cap") and
                not NOT_OUTLET_NAME[(entity_at(st, j + 1, j + 1) or NO_READING).label]) then
      j = nil
    end
    if j then
      -- (and the outlet's name after its medium: "told US TV network Fox
      -- News on Sunday that …")
      local e = j
      while e < s_last and e < j + 4 and
            ((KIND(toks, e + 1) == "word" and IS(toks, e + 1, "cap")) or
             KIND(toks, e + 1) == "number") do
        e = e + 1
      end
      after_tok = e
      caps.addressee = { ad0[1], e }
    end
  end
  -- (a body's listeners after its possessive: "told the Bundestag's
  -- budget committee", "told Germany's parliament")
  if ad0 and caps.addressee and caps.addressee[2] == after_tok and after_tok + 2 <= s_last and
     POSSESSIVE[KEY(toks, after_tok + 1)] then
    local j = after_tok + 2
    while j < s_last and j < after_tok + 4 and IS(toks, j, "lower") and
          not st.c.addressee_nouns[KEY(toks, j)] do
      j = j + 1
    end
    if IS(toks, j, "lower") and st.c.addressee_nouns[KEY(toks, j)] then
      after_tok = j
      caps.addressee = { ad0[1], j }
    end
  end
  -- (and what the listeners are of or where they are, before an
  -- infinitive: "asked agents of all candidates to remain", "urged
  -- residents near rivers to move")
  if caps.addressee and caps.addressee[2] == after_tok and after_tok + 3 <= s_last and
     st.c.to_verbs[ckey] and B.LISTENER_TAIL[KEY(toks, after_tok + 1)] then
    local j = after_tok + 2
    while j < s_last and j <= after_tok + 5 and KIND(toks, j) == "word" and KEY(toks, j) ~= "to" do
      j = j + 1
    end
    if KEY(toks, j) == "to" and j > after_tok + 2 and j < s_last and IS(toks, j + 1, "lower") then
      after_tok = j - 1
      caps.addressee = { caps.addressee[1], j - 1 }
    end
  end
  -- (a show's name in quote marks after the listener is no content: "he
  -- told the talk show “Good Evening” on CBC", "told the podcast 'Lee
  -- Talks'")
  if caps.addressee and after_tok < s_last and B.SHOW_NOUNS[KEY(toks, after_tok)] and
     KIND(toks, after_tok + 1) == "quote" then
    local j = after_tok + 2
    while j < s_last and j < after_tok + 10 and KIND(toks, j) ~= "quote" do j = j + 1 end
    if KIND(toks, j) ~= "quote" then return nil end
    -- (and its channel: "on CBC")
    if j + 2 <= s_last and KEY(toks, j + 1) == "on" and IS(toks, j + 2, "cap") then
      j = j + 2
      while j < s_last and IS(toks, j + 1, "cap") and KIND(toks, j + 1) == "word" do
        j = j + 1
      end
    end
    after_tok = j
  end
  local a, b, kind, np_content
  local subject_start, subject_end  -- (the subject, before a relative clause or in an apposition)
  local gap_a, gap_b          -- the words between the content's two parts
  local listener              -- a listener no pattern read ("told Radio Formula that")
  local mode = rule.content
  local that
  -- a listener no list knows, in capitals, after a verb of telling: before
  -- the sentence's end the content came first ("“…,” he told KOCO-TV.",
  -- "she told the Daily Oklahoman."), before "that" it follows ("told
  -- Radio Formula that …")
  local lj, lk
  if st.c.tell[ckey] and not caps.addressee and after_tok < s_last then
    local i = after_tok + 1
    if KEY(toks, i) == "the" then i = i + 1 end
    local j = i
    -- (with an outlet's medium among the words: "told TV network Fox News";
    -- and peoples' listeners, "told Israeli and Palestinian officials that")
    while j <= s_last and j < i + 6 and (KIND(toks, j) == "hyphen" or
          (KIND(toks, j) == "word" and (IS(toks, j, "cap") or
                                        (j > i and (st.c.outlet_nouns[KEY(toks, j)] or
                                                    st.c.addressee_nouns[KEY(toks, j)] or
                                                    (KEY(toks, j) == "and" and j < s_last and
                                                     IS(toks, j + 1, "cap"))))))) do
      j = j + 1
    end
    lk = j > i and (j > s_last and "." or KEY(toks, j))
    -- (in a headline, a bare noun or two to the line's end: "…, mayor
    -- tells vigil")
    if j == i and i <= s_last and s_last <= i + 1 and KIND(toks, s_last) == "word" and
       IS(toks, i, "lower") and IS(toks, s_last, "lower") and
       (s_last == #toks or IS(toks, s_last + 1, "newline_before")) then
      j, lk = s_last + 1, "."
    end
    -- (and a listener in lower case to the sentence's end after a
    -- quotation: "“I am proud of you,” Mr. Lee told some of the miners.")
    if j == i and i < s_last and s_last <= i + 5 and TERMINAL[KEY(toks, s_last)] and
       IS(toks, i, "lower") and not verb_between(st, i, s_last - 1, st.c.subjects) then
      local pa, _, pk = content_before(st, m.first_token)
      if pa and pk == "direct" then j, lk = s_last, KEY(toks, s_last) end
    end
    local le = j - 1                               -- (the listener's last word)
    -- (and a day after it: "told CNN on Sunday that …")
    if lk and lk ~= "that" and j < s_last then
      -- ("told ERT early on Monday.": the time's own word before it)
      local o = j
      if EARLY_LATE[lk] and o + 1 < s_last and KEY(toks, o + 1) == "on" then o = o + 1 end
      local d = ((lk == "on" or o > j) and time_at(st, o + 1)) or time_at(st, o)
      if d and d.last_token < s_last and KEY(toks, d.last_token + 1) == "that" then
        j = d.last_token + 1
        lk = "that"
      elseif d and d.last_token == s_last - 1 and TERMINAL[KEY(toks, s_last)] then
        j = s_last
        lk = KEY(toks, s_last)
      end
    end
    if lk and (TERMINAL[lk] or (lk == "that" and j < s_last)) then
      listener, lj = { i, le }, j
    elseif lk and st.c.tail[lk] and not B.TOPIC_PREPOSITIONS[lk] and j < s_last and
           not that_within(st, j, s_last, 12) then
      -- (and a tail to the end: "“…,” he told SuperSport after play.")
      listener, lj, lk = { i, le }, j, "."
    end
  end
  if mode == "auto" and listener and lk ~= "that" then mode = "before" end
  if mode == "auto" then
    local nx = after_tok + 1
    local w = nx < s_last and KEY(toks, nx)
    if (w == "," or w == ":") and KIND(toks, nx + 1) == "quote" and IS(toks, nx + 1, "open") then
      -- "He said, “…”", but "“…,” he said, “…”" is one quote around the cue
      -- (not "“… involved.” Ann Lee said: “…”": a colon after the cue
      -- opens the quotation its own, and one that ended its sentence
      -- before the speaker is someone else's)
      local pa, pb, pk = content_before(st, m.first_token)
      mode = (pa and pk == "direct" and not (w == ":" and KEY(toks, pb) == "."))
             and "before" or "after"
    elseif (cue[2] == cue[1] and ckey or KEY(toks, cue[2])) == "that" then
      mode = "after"                             -- "noted that, like him, …"
    elseif s_last - after_tok <= 11 and KEY(toks, s_last) == ":" and s_last < #toks and
           IS(toks, s_last + 1, "newline_before") and
           not content_before(st, m.first_token) then
      mode = "after"           -- ("told reporters outside the jail:" and a paragraph)
    elseif w == "as" and nx < s_last and st.c.np_verbs[ckey] then
      mode, that = "after", nx + 1        -- "a plan she described as “a farce”"
    elseif w == "to" and not st.c.to_verbs[ckey] and after_tok + 1 < s_last and
           IS(toks, after_tok + 2, "lower") and not st.c.prep_objects[KEY(toks, after_tok + 2)] then
      return nil                   -- "agreed to send troops": an intention, no quote
    elseif w and cue[2] > cue[1] and (ENDS_ED[w] or B.PAST_FORMS[w]) and
           B.STATEMENT_NOUNS[KEY(toks, cue[2])] and that_within(st, nx, s_last, 8) then
      -- ("said in a statement issued on Monday that …": after "that")
      local j = that_within(st, nx, s_last, 8)
      that = KEY(toks, j) == "that" and j or j + 1
      mode = "after"
    elseif w and caps.addressee and ENDS_ED[w] and IS(toks, nx, "lower") and
           KEY(toks, that_within(st, nx, s_last, 10) or nx) == "that" then
      -- ("told thousands of supporters gathered outside the party's
      -- headquarters that …": the listener's participle, then "that")
      that = that_within(st, nx, s_last, 10)
      mode = "after"
    elseif (w and cue[2] > cue[1] and (ENDS_ED[w] or B.PAST_FORMS[w]) and
            B.STATEMENT_NOUNS[KEY(toks, cue[2])]) or
           tail_only(st, after_tok, s_last, ckey, w) then
      -- (a participle after a statement is the statement's: "said in a
      -- statement released on Monday")
      mode = "before"
      -- "said on Tuesday that …", "says at a stop in Toledo, Ohio, that …",
      -- "said after the convention he would …"
      local commas = 0
      local pw                                   -- (the key before token i)
      for i = nx, math.min(after_tok + 14, s_last - 1) do
        local wi = i == nx and w or KEY(toks, i)
        if wi == "that" then
          -- (not "that" after a noun of the tail before a verb: "told
          -- reporters after a meeting at the chancellery that ran past
          -- midnight" is a relative clause)
          local v = i > after_tok + 2 and i < s_last and w ~= "and" and w ~= "but" and
                    IS(toks, i + 1, "lower") and KEY(toks, i + 1)
          -- (but a participle before a noun and its verb is the clause's
          -- subject: "said in a note to managers that affected staff would
          -- be told")
          if v and (st.c.finite[v] or ENDS_ED[v] or B.PAST_FORMS[v]) and
             IS(toks, i - 1, "lower") and
             not (ENDS_ED[v] and i + 3 <= s_last and KIND(toks, i + 2) == "word" and
                  IS(toks, i + 2, "lower") and
                  (B.MODALS[KEY(toks, i + 3)] or st.c.be[KEY(toks, i + 3)])) then
            break
          end
          -- (nor "that" after a noun and its article past a comma: "said
          -- on Friday, a move that sent shares tumbling")
          if commas > 0 and B.ARTICLE[KEY(toks, i - 2)] and IS(toks, i - 1, "lower") then
            break
          end
          that = i; mode = "after"; break
        end
        -- ("said on Monday he …", "said earlier it would …"; not "said
        -- after he …": a clause of the time's own)
        -- (or after an adverb: "said separately it was …")
        local lyp = i == after_tok + 2 and pw and ENDS_LY[pw]
        if (i > after_tok + 2 or st.c.time_adverbs[pw] or st.c.time_words[pw] or lyp) and
           commas == 0 and
           (st.c.subjects[wi] or (st.c.finite_subjects[wi] and st.c.finite[KEY(toks, i + 1)])) and
           (not st.c.tail[pw] or st.c.time_words[pw] or st.c.time_adverbs[pw] or lyp) and
           pw ~= "'s" and IS(toks, i, "lower") then
          that = i; mode = "after"; break
        end
        -- ("said this year's edition had …": the time is the subject's)
        if POSSESSIVE[wi] and i > nx and commas == 0 then
          local d = time_at(st, nx)
          if d and d.last_token == i - 1 then that = nx; mode = "after"; break end
        end
        -- "announced on Friday the arrest of …", "said Tuesday the plan
        -- …": a noun phrase after a time
        if i > after_tok + 1 and commas == 0 and st.c.objects_after_time[wi] and
           st.c.time_words[pw] and IS(toks, i, "lower") then
          that = i; mode = "after"; break
        end
        if wi == "," then
          commas = commas + 1
          -- (", as did the campaign, that …" goes on)
          -- (nor ", however, that …", ", however, he …": the aside's
          -- commas do not count)
          local aside = i == after_tok + 1 and ASIDE_ADVERBS[KEY(toks, i + 1)] and
                        KEY(toks, i + 2) == ","
          if aside then commas = commas - 2 end
          -- (or an aside of a few words before "that": "wrote on X,
          -- formerly known as Twitter, that …")
          if commas == 1 and i <= after_tok + 4 and not aside then
            for j = i + 2, math.min(i + 7, s_last - 1) do
              local kj = KEY(toks, j)
              if kj == "," then
                if KEY(toks, j + 1) == "that" then aside = j + 1 end
                break
              end
              if TERMINAL[kj] or KIND(toks, j) == "quote" then break end
            end
            if aside then that = aside; mode = "after"; break end
          end
          if commas > 2 or (i == after_tok + 1 and KEY(toks, i + 1) ~= "as" and not aside) then
            break
          end
        end
        -- "told his audience on Monday, “…”": a quotation after a time or
        -- a place (unless one came before the cue: "“…,” he told
        -- reporters on Monday, “…”" is one quote around it)
        local ki = KIND(toks, i)
        if ki == "quote" and IS(toks, i, "open") and i > after_tok + 2 and
           (pw == "," or pw == ":") then
          local pa, _, pk = content_before(st, m.first_token)
          if not (pa and pk == "direct") then that = i; mode = "after" end
          break
        end
        -- (a participle after a statement is no cue of its own: "said in a
        -- message posted on social media that …")
        -- (nor a statement's noun that is also a cue: "wrote in a Facebook
        -- post: “…”")
        -- (nor the place of the verb's own words, "said in an interview:
        -- “…”")
        -- (nor a noun after its article or participle, or a plural after
        -- "to": "said in an emailed response to questions from Reuters:
        -- “…”")
        if TERMINAL[wi] or ki == "quote" or
           (st.cue_at[i] and not (B.STATEMENT_NOUNS[pw] and ENDS_ED[wi]) and
            not B.STATEMENT_NOUNS[wi] and
            not (i == after_tok + 1 and PREP_BEFORE_SUBJECT[wi]) and
            not (i > nx and (DETERMINERS[pw] or (ENDS_ED[pw] and IS(toks, i - 1, "lower")) or
                             (pw == "to" and wi:sub(-1) == "s")))) then
          break
        end
        pw = wi
      end
    elseif w and KIND(toks, nx) == "word" and caps.addressee and
           not has_clause(st, nx, s_last) and not that_within(st, nx, s_last, 12) and
           -- (not what the listener was told to do: "told ministers not to
           -- “compromise”")
           w ~= "to" and not (w == "not" and nx < s_last and KEY(toks, nx + 1) == "to") and
           B.quoted_before(st, m.first_token) then
      -- ("“…,” she told reporters outside police headquarters on Balmoral
      -- Street.": the quotation before it, when what follows the listener
      -- has no verb)
      mode = "before"
    elseif w and not caps.addressee and st.c.tell[ckey] and B.ARTICLE[w] and
           B.body_to_end(st, nx + 1, s_last) and B.quoted_before(st, m.first_token) then
      -- ("“…,” he told the state-run Hellenic Broadcasting Corporation
      -- (ERT).": a body after hyphenated modifiers, the listener, which
      -- no pattern reads)
      caps.addressee = { nx, s_last }
      mode = "before"
    else
      mode = "after"
    end
  end
  -- (a rule that ends with the opening mark: the quotation is the content)
  -- ("The alliance warned in a statement that …": a long subject's cue
  -- with a tail before "that")
  if rule.long_subject and after_tok < s_last and st.c.tail[KEY(toks, after_tok + 1)] then
    local j = that_within(st, after_tok + 1, s_last, 8)
    if j and KEY(toks, j) == "that" then that = j end
  end
  if rule.quotation then that = m.last_token end
  -- "urged Republicans to join …": the listener and the infinitive are
  -- the content
  local object
  if mode == "after" and caps.addressee and not that and after_tok < s_last and
     KEY(toks, after_tok + 1) == "to" and KIND(toks, after_tok + 2) == "word" then
    object = caps.addressee[1]
  elseif mode == "after" and not caps.addressee and not that and st.c.tell[ckey] and
         after_tok + 2 < s_last and IS(toks, after_tok + 1, "lower") then
    -- (and a listener no pattern read: "urged both camps to sheathe their
    -- swords", "urged anyone with family on higher ground to stay")
    for j = after_tok + 2, math.min(after_tok + 9, s_last - 2) do
      local w = KEY(toks, j)
      if w == "to" then
        if KIND(toks, j + 1) == "word" and IS(toks, j + 1, "lower") and
           not st.c.prep_objects[KEY(toks, j + 1)] then
          object = after_tok + 1
        end
        break
      end
      if KIND(toks, j) ~= "word" or st.c.finite[w] or ENDS_ED[w] or w == "that" or
         st.cue_at[j] then
        break
      end
    end
  end
  local before, bkey = cue[1] - 1, pkey
  local ed = not rule.passive and ENDS_ED[ckey]
  if ed then
    while before > s.first_token and before > cue[1] - 4 and st.c.aux[bkey] and
          not st.c.be[bkey] do
      before = before - 1
      bkey = KEY(toks, before)
    end
  end
  if ed and before >= s.first_token and st.c.be[bkey] and
     (cue[2] == cue[1] and ckey or KEY(toks, cue[2])) ~= "that" then
    -- "have been criticized for …", "were admitted": a passive with no
    -- agent is no attribution ("is expected to …", "was reported that …" are)
    local w = cue[2] < s_last and KEY(toks, cue[2] + 1)
    if not (w == "that" or w == "to" or w == ":" or (w and KIND(toks, cue[2] + 1) == "quote")) then
      return nil
    end
    -- ("were called to the property": "to" before a noun phrase is a place)
    if w == "to" and cue[2] + 1 < s_last and st.c.prep_objects[KEY(toks, cue[2] + 2)] then
      return nil
    end
  end
  local nearest
  if rule.as_clause then
    local nx = after_tok + 1
    while nx < s_last and nx < after_tok + 8 and KEY(toks, nx) ~= "," and
          not TERMINAL[KEY(toks, nx)] and KIND(toks, nx) ~= "quote" do
      nx = nx + 1                              -- ("put it in an essay, …")
    end
    if nx < s_last and KEY(toks, nx) == "," and not TERMINAL[KEY(toks, nx + 1)] then
      mode, that = "after", nx + 1
    else
      mode, nearest = "before", true
    end
  end
  if rule.passive then
    -- the subject: from the sentence start (past an opening phrase) to the
    -- verb "be"
    a, b = s.first_token, m.first_token - 1
    if b < a then return nil end             -- (no subject: a text cut off)
    while b > a and st.c.aux[KEY(toks, b)] do b = b - 1 end
    if b > a and KEY(toks, b) == "," then
      -- "Ann Lee, meanwhile, is backed by …": not the aside
      local j = b - 1
      while j > a and j > b - 5 and KEY(toks, j) ~= "," do j = j - 1 end
      b = (KEY(toks, j) == "," and j > a) and j - 1 or b - 1
    end
    for i = a, math.min(b - 1, a + 12) do
      if KEY(toks, i) == "," then a = i + 1 break end
    end
    -- (a thing made is no statement: "The book was published by …", "The
    -- song was written by …"; "The closure was reported by …" is)
    if B.MADE[ckey] and b - a + 1 < st.c.min_words and B.ARTICLE[KEY(toks, a)] then
      return nil
    end
    -- (a relative clause's passive is no statement: "Ann Lee, whose
    -- campaign was backed by the party, has until Thursday …")
    if B.RELATIVE_OPENERS[KEY(toks, a)] then return nil end
    -- (nor a time: "A decision is expected by the end of June")
    local by = caps.speaker
    if by then
      local x = entity_at(st, by[1], by[2]) or
                (by[1] < by[2] and KEY(toks, by[1]) == "the" and entity_at(st, by[1] + 1, by[2]))
      if x and (x.label == "DATE" or x.label == "TIME") then return nil end
    end
    -- (nor one inside what someone said: "He said the method had been
    -- recommended by the office")
    for i = a, b do
      if B.SAY[KEY(toks, i)] and st.cue_at[i] then return nil end
    end
    kind = nil
    mode = "passive"
  end
  if rule.paragraph then
    -- (no dateline's place in capitals: "ISLAMABAD: The prime minister …")
    local e = caps.speaker and entity_at(st, caps.speaker[1], caps.speaker[2])
    if e and (e.label == "GPE" or e.label == "LOC") then return nil end
    -- the rest of the paragraph (a bounded look)
    local n = #toks
    a = after_tok + 1
    if a > n or IS(toks, a, "newline_before") then return nil end
    b = a
    while b < n and b - a < 400 and not IS(toks, b + 1, "newline_before") do b = b + 1 end
    -- '"PENCE: …' left open, and the paragraphs that go on with an
    -- opening mark: the answer goes on up to the next speaker's label
    local o = m.first_token
    if KIND(toks, o) == "quote" then
      local q = st.qs[quotation_from(st.qs, o)]
      if q and q.o == o and not q.c then
        local nq = st.qs[q.i + 1]
        local steps = 0
        while nq and nq.prev == q and steps < 50 do
          local x = nq.ob + 1
          local y = x
          while y < n and y < x + 3 and KIND(toks, y) == "word" and IS(toks, y, "upper") do
            y = y + 1
          end
          if y > x and KEY(toks, y) == ":" then break end
          q, nq, steps = nq, st.qs[nq.i + 1], steps + 1
        end
        if q.e > b then b = q.e end
      end
    end
    if KIND(toks, b) == "quote" and not IS(toks, b, "open") then b = b - 1 end
    while b > a and TERMINAL[KEY(toks, b)] do b = b - 1 end
    if b - a + 1 < st.c.min_words then return nil end
    mode = "paragraph"
  end
  if mode == "after" then
    local nx = after_tok + 1
    local w = nx <= s_last and KEY(toks, nx)
    -- (a place's preposition right after the cue is a movement, no words:
    -- "attacking from a breakaway", "… and demand from China weakens")
    -- (for a verb read after its subject's clause: not "told reporters
    -- outside the jail:" and a quotation)
    if rule.speaker == "subject" and not that and not object and w and B.MOVE_PREPS[w] then
      return nil
    end
    if not that and not object and cue[1] == cue[2] and st.c.needs[ckey] and not rule.noun and
       not (w == "that" or
       w == ":" or (w and KIND(toks, nx) == "quote") or (w == "to" and st.c.to_verbs[ckey]) or
       (w == "," and nx < s_last and KIND(toks, nx + 1) == "quote") or
       -- ("she recalls arriving …": a memory, not goods; and a clause with
       -- no "that", "recalled the plant had closed")
       (B.RECALL[ckey] and w and ((ENDS_ING[w] and IS(toks, nx, "lower")) or
                                  verb_between(st, nx, math.min(s_last, nx + 8), nil,
                                               true)))) then
      return nil
    end
    -- ("added 22 points", "added 5.3% to 740 yen": an amount added, unless
    -- a verb follows the number, "added 2006 is where …", "added 10 people
    -- had died")
    if B.ADD_VERBS[ckey] and w and KIND(toks, nx) == "number" and not that and
       KEY(toks, cue[2]) ~= "that" then
      local verb = false
      for i = nx + 1, math.min(nx + 3, s_last) do
        if st.c.finite[KEY(toks, i)] then verb = true break end
      end
      if not verb then return nil end
    end
    -- ("added a penalty", "added a second", "added another try": a score;
    -- "added a further 2 percent", "added another 3%": an amount)
    if B.ADD_VERBS[ckey] and cue[2] == cue[1] and not that and nx < s_last and
       (w == "a" or w == "another" or w == "his" or w == "her" or w == "their") then
      local k1 = KEY(toks, nx + 1)
      local k2 = nx + 1 < s_last and KEY(toks, nx + 2)
      if B.SCORE_NOUNS[k1] or (k2 and B.SCORE_NOUNS[k2]) or
         (w == "another" and KIND(toks, nx + 1) == "number") or
         (w == "a" and k1 == "further" and k2 and KIND(toks, nx + 2) == "number") then
        return nil
      end
    end
    if rule.speaker == "subject" and ckey == "according" then return nil end
    if rule.speaker == "subject" and not ENDS_ING[ckey] and not rule.quotation and
       not rule.anonymous and
       not ((m.first_token == cue[1] - 1 or
             (m.first_token == cue[1] - 2 and B.PERFECT[KEY(toks, cue[1] - 1)])) and
            (KEY(toks, m.first_token) == "and" or KEY(toks, m.first_token) == "but")) and
       not (m.first_token == cue[1] - 1 and (B.relative_closed(st, s, m.first_token) or
                                             B.apposed_person(st, m.first_token))) then
      return nil                 -- "…, adding", "… and said", "… and has said that"
    end
    local ap_person = rule.speaker == "subject" and not ENDS_ING[ckey] and
                      KEY(toks, m.first_token) == "," and B.apposed_person(st, m.first_token)
    if ap_person then
      subject_start, subject_end = ap_person.first_token, ap_person.last_token
    elseif rule.speaker == "subject" and not ENDS_ING[ckey] and KEY(toks, m.first_token) == "," then
      subject_end = B.relative_closed(st, s, m.first_token) - 1
    elseif rule.anonymous then
      -- (the subject, before its relative pronoun: "A senior Verdi
      -- negotiator who asked not to be named told")
      for i = m.first_token - 1, math.max(s.first_token + 1, m.first_token - 8), -1 do
        local k = KEY(toks, i)
        if k == "who" or k == "that" then subject_end = i - 1 break end
        if k == "," then break end
      end
    end
    local cue_key = cue[2] > cue[1] and
                    st.text:sub(FIRST(toks, cue[1]), LAST(toks, cue[2])):lower() or ckey
    local np_verb = st.c.np_verbs[cue_key]
    if not np_verb and not that and st.ctx.dict and ENDS_ING[ckey] then
      -- (the gerund of a verb the list names: "endorsing" as "endorse")
      local d = st.ctx.dict(cue[1], cue[2])
      np_verb = d and d.canonical and st.c.np_verbs[d.canonical]
    end
    if not that and listener and lk == "that" then that = lj end
    local np = not that and (np_verb or rule.np) and
               (after_tok >= #toks or KEY(toks, after_tok + 1) ~= "that")
    np_content = np and not object
    a, b, kind = content_after(st, that and that - 1 or object and object - 1 or after_tok,
                               s_last, np and not object and (rule.noun and "subject" or true))
    -- "When Ann Lee said …, the council …": the content ends at the comma
    if a and not kind and st.c.subordinators[KEY(toks, s.first_token)] then
      local depth = m.first_token - s.first_token > 40 and -1 or 0
      for i = s.first_token, m.first_token do
        if depth ~= 0 then break end
        if KEY(toks, i) == "," then depth = -1 end
      end
      if depth == 0 then
        for i = a + 1, b do
          local k = KIND(toks, i)
          if k == "quote" then
            if IS(toks, i, "open") then depth = depth + 1
            elseif depth > 0 then depth = depth - 1 end
          elseif depth == 0 and k == "punct" and KEY(toks, i) == "," then
            b = i - 1
            break
          end
        end
      end
    end
    -- "Ann Lee, who said the vote was unfair, left": the relative clause
    -- ends at the next comma outside quote marks
    if a and not kind and relative == "aside" then
      local depth = 0
      for i = a + 1, b do
        local k = KIND(toks, i)
        if k == "quote" then
          if IS(toks, i, "open") then depth = depth + 1
          elseif depth > 0 then depth = depth - 1 end
        elseif depth == 0 and (k == "punct" or k == "dash") and SEPARATORS[KEY(toks, i)] then
          b = i - 1
          break
        end
      end
    end
    -- ("Residents who oppose the plan, many of them members of the
    -- group, claimed …": a bound relative clause ends at the comma before
    -- its subject's own cue)
    if a and not kind and relative == "bound" then
      local comma
      for i = a + 1, b do
        if KIND(toks, i) == "punct" and KEY(toks, i) == "," then
          if comma and st.cue_at[i + 1] and IS(toks, i + 1, "lower") then
            b = comma - 1
            break
          end
          comma = comma or i
        end
      end
    end
    -- (a plan is an intention or a clause: not "the local planning
    -- authority", "two projects planned within 15 miles")
    if a and B.PLAN_VERBS[ckey] and not kind and not that and KEY(toks, a) ~= "to" then
      return nil
    end
    if a and not kind and not object then
      local wa = KEY(toks, a)
      -- "Everything Trump says is a lie": what was said came before the
      -- cue; "an hourlong show that aired …": a weak cue is a noun before
      -- a relative clause
      -- (but after a relative pronoun the verb is the clause's: "the red
      -- card, which he said had “changed the whole game”")
      if a == after_tok + 1 and st.c.finite[wa] and IS(toks, a, "lower") then
        if not (sp and sp[1] > 1 and B.RELATIVE_OPENERS[KEY(toks, sp[1] - 1)] and
                KEY(toks, sp[1] - 1) ~= "whose") then
          return nil
        end
        -- (the clause ends at its comma: "The plan, which officials say
        -- will cost billions, was approved")
        for i = a + 1, b do
          if KEY(toks, i) == "," then b = i - 1 break end
        end
      end
      -- ("Media reports say …", "the Acme report found …": a cue in "s" or
      -- a noun before a cue is a noun of the subject; not "said in an
      -- interview", "found support")
      if a == after_tok + 1 and st.cue_at[a] and cue[1] == cue[2] and
         (ckey:sub(-1) == "s" or NOUN_CUES[ckey]) and IS(toks, a, "lower") and
         not B.STARTS_SOURCE[wa] then
        return nil
      end
      if a == after_tok + 2 and KEY(toks, after_tok + 1) == "that" and IS(toks, a, "lower") and
         (st.c.finite[wa] or ENDS_ED[wa]) then
        local d = st.ctx.dict and st.ctx.dict(cue[1], cue[2])
        if d and d.weak then return nil end
      end
    end
    -- ("his remarks on Saturday": a time, no topic)
    if a and rule.np and st.c.time_words[KEY(toks, a)] then return nil end
    -- ("estimated a month ago": a time alone is no content)
    if a and not kind and b - a < 6 then
      local d = time_at(st, a)
      if d and d.last_token >= b then return nil end
    end
    -- "In a statement, the company said …": the inner cue is the quote
    -- (to the sentence's end: "In a statement, a spokesperson for the
    -- hospital, where …, said")
    if a and rule.source then
      for i = a, math.min(s_last, a + 60) do
        if st.cue_at[i] then return nil end
      end
    end
    -- ("Mr Lee, responding for the minister, said that …": a gerund in an
    -- aside before its subject's own cue is none)
    if a and rule.speaker == "subject" and ENDS_ING[ckey] and KEY(toks, cue[1] - 1) == "," then
      for i = a + 1, b do
        if st.cue_at[i] and KEY(toks, i - 1) == "," and IS(toks, i, "lower") and
           not ENDS_ING[KEY(toks, i)] then
          return nil
        end
      end
    end
    -- "agreed to send …": an intention, not something said
    -- ("responded to the ruling": a preposition, the content)
    if a and not kind and KEY(toks, a) == "to" and not st.c.to_verbs[ckey] and
       not st.c.to_object[ckey] then
      return nil
    end
    if object then caps.addressee = nil end
  elseif mode ~= "paragraph" and mode ~= "passive" then
    if relative then return nil end              -- ("…, who said so.")
    local ap = caps.apposition
    local c                   -- a comma inside the apposition
    if ap and sp and KEY(toks, ap[1]) == "," and ap[2] > ap[1] + 1 then
      for i = ap[1] + 1, ap[2] - 1 do
        if KEY(toks, i) == "," then c = i break end
      end
    end
    -- "The plan failed, her son, Ann Lee, said", "…after a short illness,
    -- her son, Ann Lee, said": what the pattern read as a subject ends
    -- with a verb, or a role and a name follow it; it ends the content,
    -- and the speaker is in the apposition (its name in the apposition's
    -- own)
    -- (or a place that ends a phrase of the content, a body named after
    -- it: "… in the states of Pará and Mato Grosso, the Amazon Forest
    -- Monitoring Institute (IMFA), a research group based in Belém, said")
    local place = c and sp[1] > s.first_token + 1 and B.PLACE_ENDS[KEY(toks, sp[1] - 1)] and
                  entity_at(st, sp[1], sp[2])
    if place and (place.label == "GPE" or place.label == "LOC") then
      local j = ap[1] + 1
      if KEY(toks, j) == "the" then j = j + 1 end
      local x = entity_from(st, j)
      x = st.ents[x]
      place = x and x.first_token == j and x.last_token < c and
              (x.label == "ORG" or x.label == "PERSON") and x
    else
      place = false
    end
    if c and (place or
              sp[1] == s.first_token and sp[2] > sp[1] and IS(toks, sp[2], "lower") and
              (st.c.finite[KEY(toks, sp[2])] or ENDS_ED[KEY(toks, sp[2])]) or
              (not entity_at(st, sp[1], sp[2]) and entity_at(st, c + 1, ap[2] - 1) and
               entity_at(st, c + 1, ap[2] - 1).label == "PERSON")) then
      a, b = after_dateline(st, s.first_token, ap[1]), ap[1] - 1
      caps.speaker = place and { place.first_token, place.last_token } or { ap[1] + 1, c - 1 }
      caps.apposition = { c, ap[2] }
    else
      local t0 = m.first_token
      if rule.aside then
        -- "“…,” the leader of the council, Ann Lee, said": before the words
        -- of what the named speaker is (a subject no noun phrase read)
        local j = t0 - 1
        while j >= s.first_token and j > t0 - 12 and KIND(toks, j) == "word" do j = j - 1 end
        if j >= s.first_token then a, b, kind = content_before(st, j + 1) end
      elseif not B.after_contrast(st, t0, s.first_token) and
             not (sp and sp[1] > 1 and st.c.subordinators[KEY(toks, sp[1] - 1)] and
                  KEY(toks, sp[1] - 1) ~= "as") then
        -- (not the clause a contrast answers: "Goldman advised Redhawk,
        -- while JPMorgan advised Sandline."; nor a subordinate clause's
        -- subject, "… ready to restart inspections if the parties agreed")
        a, b, kind = content_before(st, t0)
        -- (not a subject's relative clause that the comma closes: "One of
        -- them, who asked not to be named, said the draft …"; a short
        -- subject, the clause's first words)
        if a and not kind and sp and sp[1] > cue[2] and ckey ~= "according" then
          local i = b
          while i > a and KEY(toks, i) ~= "," and KIND(toks, i) ~= "quote" and
                i > b - 16 do
            i = i - 1
          end
          if i > a and i - a <= 4 and KEY(toks, i) == "," and st.c.relatives[KEY(toks, i + 1)] and
             KEY(toks, i + 1) ~= "that" then
            return nil
          end
        end
      end
      -- (a source noun's modifiers, a people's name among them, after the
      -- content: "…, Saudi state media said", "…, local police said")
      if not a and sp and sp[1] == m.first_token and sp[1] == sp[2] and sp[1] > 2 then
        local i = sp[1] - 1
        while i > sp[1] - 3 and i > 1 and KIND(toks, i) == "word" and
              (IS(toks, i, "lower") or MODIFIER_LABELS[(entity_at(st, i, i) or NO_READING).label])
              and not st.c.not_head[KEY(toks, i)] do
          i = i - 1
        end
        if i < sp[1] - 1 and SEPARATORS[KEY(toks, i)] then
          a, b, kind = content_before(st, i + 1)
          if a then sp[1] = i + 1 end
        end
      end
      -- (a noun phrase before the place the speaker is in: "“…,” a
      -- senior diplomat in Vienna told AFP"; the speaker is worked out
      -- below)
      if not a and sp and sp[1] == m.first_token and sp[1] > 3 and
         (KEY(toks, sp[1] - 1) == "in" or KEY(toks, sp[1] - 1) == "at") and
         IS(toks, sp[1] - 2, "lower") then
        local e = entity_at(st, sp[1], sp[2])
        local np = e and (e.label == "GPE" or e.label == "LOC") and
                   noun_phrase_before(st, sp[1] - 2)
        if np and np > 1 and (SEPARATORS[KEY(toks, np - 1)] or KIND(toks, np - 1) == "quote") then
          a, b, kind = content_before(st, np)
        end
      end
      -- ("…, double the number reported in 2023, …": words before a
      -- speaker that opens with an article are no part of its mention)
      -- (but a role's "to": "…, aides to the governor said")
      if a and sp and sp[1] < cue[1] and DETERMINERS[KEY(toks, sp[1])] and b + 2 < sp[1] and
         KIND(toks, sp[1] - 1) == "word" and IS(toks, sp[1] - 1, "lower") and
         not (KEY(toks, sp[1] - 1) == "to" and B.TO_ROLES[KEY(toks, sp[1] - 2)]) and
         -- (nor what a source knows of, read below: "…, two people
         -- familiar with the matter said")
         not (B.KNOWING_PREPS[KEY(toks, sp[1] - 1)] and B.KNOWING[KEY(toks, sp[1] - 2)]) and
         -- (nor "one of the people said")
         not (KEY(toks, sp[1] - 1) == "of" and
              (B.OF_QUANTIFIERS[KEY(toks, sp[1] - 2)] or KIND(toks, sp[1] - 2) == "number")) and
         -- (nor the body a role is of: "…, a spokesman for the firm said")
         not (B.ROLE_PREPS[KEY(toks, sp[1] - 1)] and st.c.roles_of[KEY(toks, sp[1] - 2)]) then
        return nil
      end
      -- (nor a name's other name: "The Army of X, or AOX, the largest
      -- group, agreed …" is no content before "AOX")
      if a and kind ~= "direct" and sp and sp[1] > 2 and KEY(toks, sp[1] - 1) == "or" and
         KEY(toks, sp[1] - 2) == "," then
        return nil
      end
    end
    -- "produced a tax plan.": a noun, unless a quotation came before it
    if a and kind ~= "direct" and cue[1] == cue[2] and st.c.needs[ckey] then return nil end
    if nearest and a and kind ~= "direct" then
      -- "…, the rule is a sham, as one critic put it": the last clause
      local depth = 0
      local stop = a + 1
      if stop < b - 400 then stop = b - 400 end    -- (a bounded look)
      for i = b, stop, -1 do
        local k = KIND(toks, i)
        if k == "quote" then
          if IS(toks, i, "close") then depth = depth + 1
          elseif depth > 0 then depth = depth - 1 end
        elseif depth == 0 and KEY(toks, i) == "," and i < b then
          a = i + 1
          local w = KEY(toks, a)
          if (w == "and" or w == "but" or w == "or") and a < b then a = a + 1 end
          break
        end
      end
    end
    local mixed_end = a and not kind and KIND(toks, b) == "quote" and m.first_token - b <= 2
    if mixed_end and b - a > 400 then mixed_end = false end
    if mixed_end then
      -- ("Both parties “saw …,” said Ann Lee. “…”": a mixed quote goes on
      -- the same way, unless it holds a cue of its own)
      for i = a, b do
        if st.cue_at[i] then mixed_end = false break end
      end
    end
    if kind == "direct" or mixed_end then
      local b2, a2 = merge_next(st, after_tok > m.last_token and after_tok or m.last_token, b)
      -- (the content runs on past its own attribution: its two parts)
      if a2 then gap_a, gap_b = b + 1, a2 - 1 end
      b = b2
    elseif a then
      -- "Too often, Mr. Clarke said, the debate …", "…, the agency said in
      -- a report, and …": both sides of the cue
      local inverted = caps.speaker and caps.speaker[1] > cue[2]
      for i = m.last_token + 1, math.min(m.last_token + 8, s_last - 1) do
        local w = KEY(toks, i)
        -- (past a tail, not an object: "Farther south, the director asked
        -- residents of Cedar Key, …, to be patient")
        if i == m.last_token + 1 and not inverted and
           ((w ~= "," and not st.c.tail[w]) or (w == "of" and caps.addressee)) then
          break
        end
        if w == "," then
          -- ("…, said Ann Lee, head of research at Acme, is …": past the
          -- speaker's apposition; not "…, said Ann Lee, director of the
          -- institute, who …", nor one that ends the sentence)
          if inverted and i == m.last_token + 1 and IS(toks, i + 1, "lower") then
            -- (an apposition to the sentence's end after a content of a
            -- word or two is a clause: "Then, says Ann Lee, the world found
            -- out")
            local z = apposition_end(st, i + 1, s_last)
            if (z == nil and b - a + 1 >= st.c.min_words) or
               (z and st.c.relatives[KEY(toks, z + 1)]) then
              break
            end
            if z then i = z end
          end
          local nw = KEY(toks, i + 1)
          -- (not a gerund clause, nor an apposition to the speaker: ",
          -- according to an analysis by Ann Lee, a former aide")
          -- (nor a clause about the saying: "…, she said, as the crowd
          -- cheered")
          local ger = #nw > 4 and ENDS_ING[nw] and not st.c.not_gerunds[nw]
          if ger and not st.cue_at[i + 1] then
            -- (but a gerund that is a clause's subject: "…, he said,
            -- replacing her would be much harder"; not a cue's, "…, she
            -- said, adding that it was …")
            for j = i + 2, math.min(i + 7, s_last) do
              local kj = KEY(toks, j)
              if kj == "," or TERMINAL[kj] then break end
              if st.c.finite[kj] and IS(toks, j, "lower") then ger = false break end
            end
          end
          -- (nor a writer's concession: "…, one of them said, though terms
          -- had not been finalised")
          if not ger and
             nw ~= "as" and nw ~= "though" and nw ~= "although" and
             not (st.c.appositive[nw] and inverted) and
             not (st.c.subordinators[nw] and B.cue_within(st, i + 2, i + 7)) then
            local a2, b2 = content_after(st, i - 1, s_last)
            -- (a clause's rest, not a noun phrase about the news: "…, state
            -- media said, the latest sign of warming ties")
            if b2 and a2 and b - a >= 3 and KIND(toks, a2) ~= "quote" and IS(toks, a2, "lower") and
               DETERMINERS[KEY(toks, a2)] and not verb_between(st, a2, b2, st.c.subjects) then
              b2 = nil
            end
            -- (nor one with a clause on it: "…, the watchdog said, a move
            -- its chief described as …")
            if b2 and a2 + 2 < b2 and B.INDEFINITE[KEY(toks, a2)] and IS(toks, a2 + 1, "lower") and
               (B.POSSESSIVE_DET[KEY(toks, a2 + 2)] or B.SUBJECT_PRONOUNS[KEY(toks, a2 + 2)]) then
              b2 = nil
            end
            if b2 then
              if b < cue[1] and a2 and a2 > m.last_token then gap_a, gap_b = b + 1, a2 - 1 end
              b = b2
            end
          end
          break
        end
        if TERMINAL[w] or KIND(toks, i) == "quote" then break end
      end
    end
  end
  if not a then return nil end
  -- (nor a label's list after a colon: "Cwmtawe: Tries: Huws, Rees")
  if ckey == ":" and a < s_last and KEY(toks, a + 1) == ":" then return nil end
  -- (an apposition of the source after its comma: "According to Ann Lee,
  -- an analyst at Acme, the group …")
  -- (a long one too, with a compound's participle: "a senior fellow at the
  -- Berlin-based Centre for Security Studies")
  -- (or one with "the", or a possessive, that ends with a body's noun:
  -- "According to the Acme Press Agency, the country's main news agency,
  -- …", "…, Chile's main industrial lobby, …")
  if rule.opens and a + 2 < b and (KEY(toks, a) == "the" or POSSESSIVE[KEY(toks, a + 1)]) then
    for i = a + 2, math.min(a + 8, b - 3) do
      local w = KEY(toks, i)
      if w == "," then
        if B.APPOSED_BODIES[KEY(toks, i - 1)] then a = i + 1 end
        break
      end
      if TERMINAL[w] or KIND(toks, i) ~= "word" or st.cue_at[i] or
         (IS(toks, i, "lower") and (st.c.finite[w] or ENDS_ED[w])) then
        break
      end
    end
  end
  if rule.opens and (KEY(toks, a) == "a" or KEY(toks, a) == "an") then
    for i = a + 2, math.min(a + 16, b - 3) do
      local w = KEY(toks, i)
      if w == "," then
        a = i + 1
        break
      end
      -- (a plural's possessive mark is no quotation: "the University of
      -- the Philippines' institute")
      if TERMINAL[w] or
         (KIND(toks, i) == "quote" and
          (IS(toks, i, "space_before") or KEY(toks, i - 1):sub(-1) ~= "s" or
           not IS(toks, i + 1, "space_before"))) or
         (IS(toks, i, "lower") and
          (st.c.finite[w] or (ENDS_ED[w] and KIND(toks, i - 1) ~= "hyphen") or st.cue_at[i])) then
        break
      end
    end
  end
  -- (a manner adverb and a colon before the content: "said bluntly: “…”")
  if a > cue[2] and a + 2 <= b and KEY(toks, a + 1) == ":" and ENDS_LY[KEY(toks, a)] and
     IS(toks, a, "lower") then
    a = a + 2
    kind = kind_of(st, a, b)
    if KIND(toks, a) == "quote" and a < b then a = a + 1 end
    if KIND(toks, b) == "quote" and b > a then b = b - 1 end
  end
  if not kind and b - a + 1 < (np_content and st.c.min_np_words or st.c.min_words) and
     not rule.passive then
    return nil
  end
  local sp_a, sp_b
  if caps.speaker then
    sp_a, sp_b = caps.speaker[1], caps.speaker[2]
    -- (a capitalized word after "of" or "for", no name, ends a longer
    -- name, "the Guinness Book of Records has declared …", or a title's
    -- portfolio: "Minister of Art, Culture and the Creative Economy, Ann
    -- Lee, told …" is no "Art")
    local k0 = sp_a == sp_b and sp_a > 2 and KEY(toks, sp_a - 1)
    if (k0 == "of" or k0 == "for") and IS(toks, sp_a, "cap") and IS(toks, sp_a - 2, "cap") and
       not entity_at(st, sp_a, sp_b) then
      local x = sp_a - 2
      while x > 2 and KIND(toks, x - 1) == "word" and not IS(toks, x, "para_before") do
        local k = KEY(toks, x - 1)
        if IS(toks, x - 1, "cap") then
          x = x - 1
        elseif (k == "of" or k == "for") and IS(toks, x - 2, "cap") then
          x = x - 2
        elseif k == "the" and x > 3 and (KEY(toks, x - 2) == "of" or KEY(toks, x - 2) == "for") and
               IS(toks, x - 3, "cap") then
          x = x - 3
        else
          break
        end
      end
      if KEY(toks, x) == "the" then x = x + 1 end
      if st.ctx.dict and (st.ctx.dict(x, x) or NO_READING).list == "titles" then return nil end
      sp_a = x
    end
    -- (after a comma, or the closing mark after one: "…,” one of them
    -- said")
    local p1 = m.first_token - 1
    if rule.after_comma and
       (p1 < 2 or not (KEY(toks, p1) == "," or KIND(toks, p1) == "dash" or
                       (KIND(toks, p1) == "quote" and KEY(toks, p1 - 1) == ","))) then
      return nil
    end
    if rule.lower_subject then
      for i = sp_a, sp_b do
        if KIND(toks, i) ~= "word" or not IS(toks, i, "lower") then return nil end
      end
    end
    -- (a participle before a gerund is a passive's: "Warm water found
    -- eating deeper under the glacier")
    local kc = rule.long_subject and KEY(toks, cue[2])
    if (kc == "found" or kc == "seen" or kc == "shown") and cue[2] < #toks and
       IS(toks, cue[2] + 1, "lower") and KEY(toks, cue[2] + 1):find("..ing$") and
       KEY(toks, cue[2] + 1) ~= "nothing" then
      return nil
    end
    -- ("Waiting list rises as think tank warns …": the subject of the
    -- clause after a conjunction; asked here, of the matches kept so far)
    if rule.long_subject then
      for i = sp_b - 1, sp_a + 1, -1 do
        if st.c.subordinators[KEY(toks, i)] then
          if KEY(toks, i + 1) ~= "to" then sp_a = i + 1 end
          break
        end
      end
    end
    -- ("Egyptian officials said", "US military officials": a people, a
    -- place or a body before a bare head is the mention's; read here, not
    -- in the patterns, where it cost the stage a tenth more)
    local e0 = sp_a > 1 and sp_b - sp_a <= 2 and entity_at(st, sp_a, sp_b)
    if sp_a > 1 and sp_b - sp_a <= 2 and not e0 and
       ((sp_a == sp_b and st.c.heads[KEY(toks, sp_a)]) or
        (st.ctx.dict and (st.ctx.dict(sp_a, sp_b) or NO_READING).list == "titles")) then
      local k = entity_from(st, sp_a) - 1
      local x = st.ents[k]
      if x and (x.label == "NORP" or x.label == "GPE" or x.label == "ORG") and
         (x.last_token == sp_a - 1 or
          (x.last_token == sp_a - 2 and sp_a == sp_b and IS(toks, sp_a - 1, "lower") and
           KIND(toks, sp_a - 1) == "word" and not st.c.not_head[KEY(toks, sp_a - 1)] and
           not DETERMINERS[KEY(toks, sp_a - 1)] and not st.cue_at[sp_a - 1])) then
        sp_a = x.first_token
      end
    elseif e0 and e0.label == "GPE" and e0.last_token == sp_b then
      -- ("Amnesty International Nigeria said": a body's branch in a
      -- country is the body)
      -- (past its acronym in brackets: "the Australian Medical
      -- Association (AMA) NSW")
      local x = st.ents[entity_from(st, sp_a) - 1]
      if x and x.last_token == sp_a - 2 and KEY(toks, sp_a - 1) == ")" and
         KEY(toks, x.first_token - 1) == "(" then
        local y = st.ents[entity_from(st, x.first_token - 1) - 1]
        x = y and y.last_token == x.first_token - 2 and y or nil
      elseif x and x.last_token ~= sp_a - 1 then
        x = nil
      end
      if x and x.label == "ORG" then
        sp_a, sp_b = x.first_token, x.last_token
      end
    elseif sp_a > 2 and sp_b < cue[1] then
      -- (the word before the mention, one question to the C core)
      local f1 = FLAGS(toks, sp_a - 1)
      local k1 = f1 % (2 * F_LOWER) >= F_LOWER and KEY(toks, sp_a - 1)
      if k1 and sp_a > 4 and not rule.passive and
         (k1 == "by" or (k1 == "the" and KEY(toks, sp_a - 2) == "by")) then
        -- ("A restructuring officer appointed by the court said": the
        -- agent of a participle after the subject is none; the subject is
        -- the noun phrase and its participle)
        local p = k1 == "by" and sp_a - 1 or sp_a - 2
        if ENDS_ED[KEY(toks, p - 1)] and IS(toks, p - 1, "lower") and
           IS(toks, p - 2, "lower") and KIND(toks, p - 2) == "word" then
          for j = p - 2, math.max(sentence_of(st, sp_a).first_token, p - 6), -1 do
            local k = KEY(toks, j)
            if DETERMINERS[k] then
              sp_a = j
              break
            end
            if KIND(toks, j) ~= "word" or st.c.finite[k] or st.c.aux[k] then break end
          end
        end
      elseif not e0 and f1 % (2 * F_CAP) >= F_CAP and f1 % (2 * F_UPPER) < F_UPPER and
             IS(toks, sp_a, "cap") and KIND(toks, sp_a - 1) == "word" and
             not st.c.pronouns[KEY(toks, sp_a)] and not entity_at(st, sp_a, sp_b) then
        -- ("A spokesperson for Straits Orient Line said": a name no list
        -- knows whose last words are a family name's is the whole run of
        -- capitalized words, not past the sentence's first word)
        local first = sentence_of(st, sp_a).first_token
        local c = sp_a - 1
        while c > sp_a - 3 and c - 1 > first and IS(toks, c - 1, "cap") and
              KIND(toks, c - 1) == "word" and not IS(toks, c - 1, "upper") do
          c = c - 1
        end
        local k = entity_from(st, c)
        local prev, x = st.ents[k - 1], st.ents[k]
        if c > first and not (x and x.first_token < sp_a) and
           not (prev and prev.last_token >= c) then
          sp_a = c
        end
      end
    end
    -- ("Residents who oppose the plan, many of them members of the group,
    -- claimed …": the subject of the relative clause's verb)
    if caps.apposition and sp_a > 3 and sp_a - 3 >= s.first_token and
       st.c.relatives[KEY(toks, sp_a - 2)] and KEY(toks, sp_a - 2) ~= "that" and
       IS(toks, sp_a - 1, "lower") and KIND(toks, sp_a - 1) == "word" then
      local x = st.ents[entity_from(st, sp_a - 2) - 1]
      if x and x.last_token == sp_a - 3 and (x.label == "PERSON" or x.label == "ORG") then
        sp_a, sp_b = x.first_token, x.last_token
      else
        local h = of_head(st, toks, s.first_token, sp_a - 3)
        if h then sp_a, sp_b = h, sp_a - 3 end
      end
    end
    -- "The Foreign Secretary, Ann Lee, said", "Manufacturers'
    -- organisation, the EEF, said": the name in the apposition after a
    -- speaker that is no name
    -- (a body's, "The party's leader, Ann Lee, said", is no name)
    local ap = caps.apposition
    local se = ap and entity_at(st, sp_a, sp_b)
    -- (a possessor is no name of the speaker: "Ann Lee's lawyer, Tom Ray of
    -- Ray & Co, said")
    if se and se.last_token < sp_b and POSSESSIVE[KEY(toks, se.last_token + 1)] then
      se = nil
    end
    -- (a place or body after a preposition is no name of the speaker:
    -- "The BBC's correspondent in Jakarta, Ann Lee, told", "The head of
    -- policy at the Resolution Trust, Ann Lee, said")
    -- ("A lawyer for Mr. Lee, Tom Ray, said": a person's too)
    if se then
      local p = sp_a - 1
      if p > 1 and (KEY(toks, p) == "the" or st.c.honorifics[KEY(toks, p)]) then p = p - 1 end
      if p >= 1 and B.SPEAKER_PREPOSITIONS[KEY(toks, p)] then se = nil end
    end
    -- (past an acronym in brackets: "The president of the Police
    -- Association (EPBA), Sgt. Ann Lee, said")
    local ap1 = ap and ap[1]
    if ap1 and KEY(toks, ap1) == "(" and ap1 + 2 < ap[2] and KEY(toks, ap1 + 2) == ")" then
      ap1 = ap1 + 3
    end
    -- (not a name in a relative clause: "a spokesperson for the hospital,
    -- where Ann Lee worked, said")
    if ap and not (se and se.last_token == sp_b) and KEY(toks, ap1) == "," and
       not B.CLAUSE_OPENERS[KEY(toks, ap1 + 1)] then
      local at = ap1 + 1
      local e = entity_at(st, at, ap[2])
      if not e and at < ap[2] and KEY(toks, at) == "the" then e = entity_at(st, at + 1, ap[2]) end
      -- (a place's name first is where: "In Astoria, Queens, Tom Ray, …")
      if e and (e.label == "GPE" or e.label == "LOC") and KEY(toks, e.last_token + 1) == "," then
        e = nil
      end
      -- (or after words of what the person is: "Outside court, one
      -- victim, retired teacher Ann Lee, 71, said"; not "…, a friend of
      -- Ann Lee, said")
      if not e then
        -- (past a place's name: "In Astoria, Queens, Tom Ray, who …, said")
        local xi = entity_from(st, at)
        local x = st.ents[xi]
        while x and (x.label == "GPE" or x.label == "LOC") and x.last_token < ap[2] and
              KEY(toks, x.last_token + 1) == "," do
          xi = xi + 1
          x = st.ents[xi]
        end
        if x and x.label == "PERSON" and x.last_token < ap[2] and x.first_token - at <= 6 then
          e = x
          for i = at, x.first_token - 1 do
            local k = KEY(toks, i)
            if KIND(toks, i) ~= "word" and k ~= "," or ROLE_STOPS[k] then e = nil break end
          end
        end
      end
      -- (the name may go on with its body: "…, Tom Ray of the firm Ray &
      -- Co, said")
      if e and (e.label == "PERSON" or e.label == "ORG") and e.last_token < ap[2] and
         (KEY(toks, e.last_token + 1) == "," or
          (KEY(toks, e.last_token + 1) == "of" and e.label == "PERSON" and
           not (se and se.label == "PERSON"))) then
        sp_a, sp_b = e.first_token, e.last_token
      end
    end
    -- ("according to results released by the commission late tonight":
    -- no time at the end of the mention)
    if sp_b > sp_a + 2 then
      local x = st.ents[entity_from(st, sp_b + 1) - 1]
      if x and x.last_token == sp_b and x.first_token > sp_a + 1 and
         (x.label == "DATE" or x.label == "TIME") and
         (IS(toks, x.first_token, "lower") or IS(toks, x.first_token - 1, "lower")) then
        sp_b = x.first_token - 1
        -- (and its preposition: "released at the end of 2004")
        if sp_b > sp_a + 1 and B.TIME_PREPOSITIONS[KEY(toks, sp_b)] then sp_b = sp_b - 1 end
      end
    end
    -- "the mayor also said": no adverb at the end of the mention
    while sp_b > sp_a and st.c.aux[KEY(toks, sp_b)] and IS(toks, sp_b, "lower") do
      -- ("a Senate majority to confirm …": an infinitive, no quote)
      if KEY(toks, sp_b) == "to" and not st.c.raising[KEY(toks, sp_b - 1)] then return nil end
      sp_b = sp_b - 1
    end
    if rule.passive and sp_a == sp_b and DETERMINERS[KEY(toks, sp_a)] then
      -- ("recommended by the WHO": a body whose name is a word the agent
      -- stops at)
      local x = entity_at(st, sp_b + 1, s_last)
      if x and (x.label == "ORG" or x.label == "PERSON") then sp_b = x.last_token end
    end
    -- (a sum is no agent: "supported by a $1.2m grant", "backed by a
    -- 2,000-strong crowd")
    if rule.passive and DETERMINERS[KEY(toks, sp_a)] and sp_a < s_last and
       (KIND(toks, sp_a + 1) == "symbol" or KIND(toks, sp_a + 1) == "number") then
      return nil
    end
    if rule.passive then
      -- "by dozens of papers ranging from …": the agent ends before a
      -- participle
      for i = sp_a + 1, sp_b do
        local w = KEY(toks, i)
        if (ENDS_ING[w] or ENDS_ED[w]) and IS(toks, i, "lower") then
          sp_b = i - 1
          break
        end
      end
    -- a noun phrase ends with a noun: not "the test and", "the men boarded"
    -- (a speaker after its cue is no subject: "according to a person
    -- familiar with his thinking")
    -- (a name's syllable after a hyphen is none: "Chang Mei-ling")
    elseif sp_b > sp_a and not rule.long_subject and IS(toks, sp_b, "lower") and
           sp_a < cue[1] and KIND(toks, sp_b - 1) ~= "hyphen" then
      local h = KEY(toks, sp_b)
      if st.c.not_head[h] or st.c.not_head2[h] or ENDS_ED[h] or ENDS_ING[h] or
         ENDS_LY[h] then
        -- the content may be right: the speaker is the sentence's subject
        local x, y = subject_before(st, sp_a)
        if x then sp_a, sp_b = x, y end
      end
    end
    -- "opponents of the bill said", "the head of the agency said", "some
    -- of the critics said": the speaker is the noun before "of", with its
    -- own words, not what "of" names
    -- (not before a gerund: "footage of Ann Lee saying …" is hers; nor
    -- "a vindication of his")
    local o = sp_a - 1
    if o > s.first_token and not rule.passive and not rule.relative and
       not rule.noun and not ENDS_ING[ckey] then
      local ko = KEY(toks, o)
      -- (past a word of the name's before it: "of the nearby Tollway
      -- Council")
      if o - 1 > s.first_token and IS(toks, o, "lower") and KIND(toks, o) == "word" and
         DETERMINERS[KEY(toks, o - 1)] and entity_at(st, sp_a, sp_b) then
        o = o - 1
        ko = KEY(toks, o)
      end
      if DETERMINERS[ko] then
        o = o - 1
        ko = o > s.first_token and KEY(toks, o)
      end
      -- (past a body and its place: "Ann Lee of the Faculty of Engineering
      -- at Oxford University said" is Ann Lee's)
      if (ko == "at" or ko == "in") and o - 1 > s.first_token then
        local y = st.ents[entity_from(st, o) - 1]
        if y and y.last_token == o - 1 and y.label == "ORG" and
           y.first_token > s.first_token + 1 then
          local t = y.first_token - 1
          if DETERMINERS[KEY(toks, t)] then t = t - 1 end
          if KEY(toks, t) == "of" and t > s.first_token then o, ko = t, "of" end
        end
      end
      -- (past a person's title: "The Chancellery of President Ann Lee")
      if ko and o - 1 > s.first_token and KEY(toks, o - 1) == "of" and st.ctx.dict and
         (st.ctx.dict(o, o) or NO_READING).list == "titles" then
        o = o - 1
        ko = "of"
      end
      -- (past a list of places before the last: "dairy groups from Ireland,
      -- France and the Netherlands wrote that …")
      if (ko == "and" or ko == ",") and o > s.first_token + 2 then
        local x = entity_at(st, sp_a, sp_b)
        if x and (x.label == "GPE" or x.label == "NORP") then
          local t, k = o, ko
          while t > s.first_token + 1 and (k == "and" or k == "," or DETERMINERS[k]) do
            local y = st.ents[entity_from(st, t) - 1]
            if not (y and y.last_token == t - 1 and y.label == x.label) then break end
            t = y.first_token - 1
            k = KEY(toks, t)
          end
          if k == "from" then o, ko = t, k end
        end
      end
      if (ko == "from" and o > sp_a - 12 and entity_at(st, sp_a, sp_b) and
          not rule.passive and KIND(toks, o - 1) == "word") or
         (ko == "of" and not (sp_a == sp_b and st.c.pronouns[KEY(toks, sp_a)])) or
         -- ("advisers to Mr. Obama say": the advisers)
         (ko == "to" and B.TO_ROLES[KEY(toks, o - 1)]) or
         -- ("A Western diplomat following the negotiations, who …, said": the
         -- diplomat, not what the participle is of)
         (ko and ENDS_ING[ko] and IS(toks, o, "lower") and IS(toks, o - 1, "lower") and
          KEY(toks, sp_a - 1) ~= "that" and KEY(toks, sp_a) ~= "that" and
          (st.c.heads[KEY(toks, o - 1)] or title_between(st, o - 1, o - 1)) and
          not entity_at(st, sp_a, sp_b)) or
         -- ("Three Republican strategists in the state, who …, said": the
         -- strategists, not the place)
         (ko == "in" and IS(toks, o - 1, "lower") and st.c.heads[KEY(toks, o - 1)] and
          KEY(toks, o - 1):find("s$") and B.PLACE_NOUN_SPEAKERS[KEY(toks, sp_b)]) then
        -- ("Ann Lee of the Harbour Trust said", "Ann Lee from Acme said":
        -- the person; "dairy organisations from Ireland … wrote": the
        -- organisations)
        -- ("The Health Ministry of Yemen's government said": the body)
        local x = st.ents[entity_from(st, o) - 1]
        -- (not a person's own body: "The Chancellery of President Ann Lee")
        if x and (x.label == "PERSON" or
                  (x.label == "ORG" and ko == "of" and
                   (entity_at(st, sp_a, sp_b) or NO_READING).label ~= "PERSON")) and
           x.last_token == o - 1 and x.first_token >= s.first_token then
          sp_a, sp_b = x.first_token, x.last_token
        else
          local h = of_head(st, toks, s.first_token, o - 1)
          -- (the place one is from is none of the speaker: "the
          -- 22-year-old from Carmarthen said"; a body's figures are its
          -- own, "figures from the Bank")
          local pl = h and ko == "from" and entity_at(st, sp_a, sp_b)
          sp_a = h or sp_a
          if pl and (pl.label == "GPE" or pl.label == "LOC") and
             (KEY(toks, o - 1) == "old" or st.c.epithets[KEY(toks, o - 1)]) then
            sp_b = o - 1
          end
        end
      elseif ko == "for" and
             (not entity_at(st, sp_a, sp_b) or
              -- ("The MP for Ealing North claimed": the member, not the seat)
              (st.c.seat_letters[KEY(toks, o - 1)] and
               ((entity_at(st, sp_a, sp_b) or NO_READING).label == "GPE"))) and
             not (sp_a == sp_b and st.c.pronouns[KEY(toks, sp_a)]) and
             (not SPOKES[KEY(toks, o - 1)] or st.c.epithets[KEY(toks, sp_b)]) then
        -- ("Lawyers for the migrants said": the lawyers; "a spokesman for
        -- Acme" stays the body's, "a spokesperson for the star" is the
        -- whole phrase)
        local h = of_head(st, toks, s.first_token, o - 1)
        if not h and st.c.seat_letters[KEY(toks, o - 1)] then
          h = (o > 2 and DETERMINERS[KEY(toks, o - 2)]) and o - 2 or o - 1
        end
        sp_a = h or sp_a
      end
    end
  elseif rule.speaker == "subject" then
    -- (the subject before a relative clause, whole: see B.relative_closed)
    if subject_end then sp_a, sp_b = subject_start or s.first_token, subject_end
    else sp_a, sp_b = subject_before(st, cue[1]) end
    -- (a second verb of saying joined by "and" is the first one's
    -- subject's, not that of the clause the first reported: "Ann Lee told
    -- jurors they must …, and warned that …")
    -- (when that clause's subject is no name and the first verb's is)
    local w0 = KEY(toks, m.first_token)
    if sp_a and (w0 == "and" or w0 == "but") and not B.named_at(st, sp_a, sp_b) then
      for j = sp_a - 1, s.first_token + 1, -1 do
        if st.cue_at[j] then
          local x, y = subject_before(st, j)
          if x and B.named_at(st, x, y) then sp_a, sp_b = x, y end
          break
        end
      end
    end
  elseif rule.speaker == "before" then
    -- the words before the cue back to a comma or the sentence start: "…,
    -- the 41-year-old mother of two replied, “…”" (a noun phrase no
    -- pattern of a speaker reads)
    local i = cue[1] - 1
    while i >= s.first_token and i > cue[1] - 13 do
      local k = KIND(toks, i)
      if not (k == "word" or k == "number" or k == "hyphen") then break end
      i = i - 1
    end
    if i >= s.first_token and not (SEPARATORS[KEY(toks, i)] or TERMINAL[KEY(toks, i)]) then
      return nil
    end
    -- (not a cue of its own: "Ann Lee, a doctor, said in an interview:
    -- “…”" is the speaker's cue and its place)
    if i + 1 < cue[1] and st.cue_at[cue[1] - 1] then return nil end
    if i + 1 < cue[1] then sp_a, sp_b = i + 1, cue[1] - 1 end
  end
  if not sp_a then return nil end
  -- (a person of a body the subject's words could not reach back to:
  -- "Professor Ann Lee of Acme College (AC) in Vellore, who …, said")
  if sp_a > 3 and sp_b < cue[1] then
    local a0 = sp_a
    -- (past its town after "in", and its acronym: "… College (AC) in
    -- Vellore")
    if KEY(toks, a0 - 1) == "in" then
      local j = a0 - 2
      if KEY(toks, j) == ")" and j > 3 and KEY(toks, j - 2) == "(" then j = j - 3 end
      local o = st.ents[entity_from(st, j + 1) - 1]
      if o and o.label == "ORG" and o.last_token == j then a0 = o.first_token end
    end
    -- (past where it is based: "Ann Lee of Singapore-based Acme Research")
    local o = a0 - 1
    if o > 4 and KEY(toks, o) == "based" and KIND(toks, o - 1) == "hyphen" and
       KIND(toks, o - 2) == "word" and IS(toks, o - 2, "cap") then
      o = o - 3
    end
    if o > 1 and KEY(toks, o) == "of" then
      local y = st.ents[entity_from(st, a0)]
      local x = y and y.first_token == a0 and y.label == "ORG" and
                st.ents[entity_from(st, o) - 1]
      if x and x.label == "PERSON" and x.last_token == o - 1 then
        sp_a, sp_b = x.first_token, x.last_token
      end
    end
  end
  -- (a role after the cue and the name in apposition: "“…,” said her
  -- brother, Tom Lee, reading a statement")
  -- (not a body with its article: "According to the FBI, Ann Lee, who …")
  if sp_a > cue[2] and sp_b + 2 <= s_last and KEY(toks, sp_b + 1) == "," and
     (entity_at(st, sp_a, sp_b) or NO_READING).last_token ~= sp_b and
     not B.named_at(st, sp_a, sp_b) then
    local x = entity_at(st, sp_b + 2, s_last)
    if x and x.label == "PERSON" then
      local nx = x.last_token < #toks and KEY(toks, x.last_token + 1) or "."
      if TERMINAL[nx] or nx == "," then sp_a, sp_b = x.first_token, x.last_token end
    end
  end
  if rule.speaker == "before" or rule.long_subject then
    -- (a second verb of the sentence's subject: "Ann Lee led the crowd
    -- in prayer and then said: “…”")
    local j, w = sp_b, KEY(toks, sp_b)
    if w == "then" or w == "also" or w == "later" then j = j - 1 end
    -- (the adverb alone after a comma: "She paused, then added: “…”")
    if j < sp_a then
      sp_a, sp_b = subject_before(st, sp_a)
      if not sp_a then return nil end
      j = sp_a - 1
    end
    w = KEY(toks, j)
    -- (or the conjunction alone after a comma: "…, but added: “…”")
    if j >= sp_a and (w == "and" or w == "but") then
      -- (the subject: a name that opens the span, or its words up to the
      -- first verb, "the Australian-born actress stopped …")
      local x = st.ents[entity_from(st, sp_a)]
      local e
      if x and x.first_token <= sp_a + 1 and x.last_token < j and
         (x.label == "PERSON" or x.label == "ORG") then
        sp_a, e = x.first_token, x.last_token
      else
        for i = sp_a + 1, j - 1 do
          local v = KEY(toks, i)
          if IS(toks, i, "lower") and (ENDS_ED[v] or st.c.finite[v]) then e = i - 1 break end
        end
      end
      if e then sp_b = e
      else
        sp_a, sp_b = subject_before(st, j)
        if not sp_a then return nil end
      end
    end
  end
  -- "Acme released a statement saying …": the one who released it
  if sp_b == sp_a + 1 and sp_a > 2 and B.ISSUE_VERBS[KEY(toks, sp_a - 1)] and
     B.STATEMENT_NOUNS[KEY(toks, sp_b)] and (KEY(toks, sp_a) == "a" or KEY(toks, sp_a) == "an") then
    local x, y = subject_before(st, sp_a - 1)
    if x and y < sp_a - 1 then sp_a, sp_b = x, y end
  end
  local pk = sp_a > 1 and KEY(toks, sp_a - 1)     -- (the word before the speaker)
  -- (a hyphenated word is one: "Non-European Union citizens said", "CSI's
  -- co-producer, Ann Lee, said"; but a word no list knows after "co-" is
  -- no name: "co-author of the Demos report")
  if B.HYPHENS[pk] and sp_a > 2 and KIND(toks, sp_a - 1) == "hyphen" and
     FLAGS(toks, sp_a) % (2 * F_JOINPREV) >= F_JOINPREV then
    if rule.id == "quote.en.name_cue" and not IS(toks, sp_a - 2, "cap") then return nil end
    sp_a = sp_a - 2
    pk = sp_a > 1 and KEY(toks, sp_a - 1)
  end
  -- (a bare name's words before it no list knows are its own: "Varnok
  -- Optics said", not "Optics")
  if rule.id == "quote.en.name_cue" and pk and sp_a > 2 and KIND(toks, sp_a - 1) == "word" and
     IS(toks, sp_a - 1, "cap") and not IS(toks, sp_a - 1, "upper") and
     not data.is_common(pk) and not st.c.time_words[pk] and
     not (st.ctx.dict and st.ctx.dict(sp_a - 1, sp_a - 1)) then
    sp_a = sp_a - 1
    pk = KEY(toks, sp_a - 1)
  end
  -- (nor a storm: "Hurricane Melissa slams Jamaica")
  if B.STORMS[pk] and IS(toks, sp_a - 1, "cap") then return nil end
  -- (a bare name inside a relative clause is no subject but its verb's
  -- object: "the host who also presents Stars In Their Eyes said", "Ms
  -- Robinson, who presents The Weakest Link tells …")
  if rule.id == "quote.en.name_cue" and pk and KIND(toks, sp_a - 1) == "word" then
    for i = sp_a - 1, math.max(s.first_token, sp_a - 8), -1 do
      local w = KEY(toks, i)
      if w == "," or KIND(toks, i) ~= "word" then break end
      -- (not the relative clause's own subject: "which Variety called …")
      if (w == "who" or w == "which") and i < sp_a - 1 then return nil end
    end
  end
  -- (a gerund after the object of a verb's preposition is the subject's:
  -- "Ann Lee resigned from the board citing “personal reasons”"; not "a
  -- letter from the label saying …")
  if ENDS_ING[ckey] and not rule.speaker and B.GERUND_OBJECT_PREPS[pk] and sp_b == cue[1] - 1 and
     sp_a > 2 and IS(toks, sp_a - 2, "lower") and
     (ENDS_ED[KEY(toks, sp_a - 2)] or B.PAST_FORMS[KEY(toks, sp_a - 2)]) then
    sp_a, sp_b = subject_before(st, sp_a - 1)
    if not sp_a then return nil end
  end
  -- (a day or a month is no speaker: "ministers on Monday backed …")
  if sp_a == sp_b then
    local e = entity_at(st, sp_a, sp_b)
    if e and (e.label == "DATE" or e.label == "TIME") or
       not e and st.c.time_words[KEY(toks, sp_a)] then
      return nil
    end
  end
  -- ("…, adding showbiz news and interviews": a gerund of these with a
  -- noun phrase, no clause nor infinitive, says nothing; "citing rising
  -- prices" does)
  -- (nor does a person who shows a noun phrase: "Ann Lee, who showed no
  -- emotion as the verdict was read", where a poll shows one; a clause
  -- of time after the noun phrase is none of the content's)
  -- ("claimed the first set", "will defend the title she won"; not
  -- "claimed the vote was rigged")
  if st.c.prize_verbs[ckey] and not that and cue[1] == cue[2] then
    -- (past a score and a prize's modifiers: "claimed a bonus-point 38-17
    -- victory", "the $10,000 winner's prize")
    for i = a, math.min(a + 8, b) do
      local w = KEY(toks, i)
      local nx = i < b and KEY(toks, i + 1)
      if st.c.prize_nouns[w] and not (nx and st.c.prize_nouns[nx]) then
        -- (the noun phrase's last word: not "the Championship race would …";
        -- "the gold medal" goes on to its last)
        if not nx or KIND(toks, i + 1) ~= "word" or st.c.prize_followers[nx] or
           st.c.gerund_subjects[nx] then
          return nil
        end
        break
      end
      local k = KIND(toks, i)
      if not (k == "word" or k == "number" or k == "hyphen" or w == "%" or w == "'s" or
              w == "\226\128\153s" or B.CURRENCY[w]) or st.c.finite[w] or st.c.be[w] then
        break
      end
    end
  end
  local np_silent, vb = st.c.np_not_speech[ckey], b
  local silent = false
  -- (but one agrees with someone's view: "agreed with Ann Lee about the
  -- winner")
  if np_silent and B.AGREE[ckey] and KEY(toks, a) == "with" then np_silent = false end
  -- (a person's name that ends the mention: "rival Ann Lee had shown";
  -- and no show of a channel's, "joined the Channel 4 show on Monday")
  local pe = B.SHOW_VERBS[ckey] and st.ents[entity_from(st, sp_b + 1) - 1]
  if pe and (ckey == "show" or ckey == "shows") and cue[1] > s.first_token + 1 and
     (KIND(toks, cue[1] - 1) == "number" or IS(toks, cue[1] - 1, "upper")) then
    return nil
  end
  if not np_silent and B.SHOW_VERBS[ckey] and
     (B.PERSON_WORDS[KEY(toks, sp_a)] or
      (pe and pe.label == "PERSON" and pe.last_token == sp_b)) then
    np_silent = true
    for i = a + 1, b do
      if st.c.subordinators[KEY(toks, i)] then vb = i - 1 break end
    end
  end
  -- (a person who showed a noun phrase, marks in it or not: "had shown
  -- bad judgment in using Ann Lee “as a paragon of virtue”")
  if (rule.speaker == "subject" or cue[1] == cue[2]) and np_silent and not that and
     KEY(toks, cue[2]) ~= "that" and KEY(toks, a) ~= "to" and
     ((kind or kind_of(st, a, b)) == "indirect" or
      (B.SHOW_VERBS[ckey] and (kind or kind_of(st, a, b)) == "mixed")) and
     ((B.OFFER_VERBS[ckey] and not said_thing(st, a, b)) or
      not verb_between(st, a, vb, st.c.gerund_subjects)) then
    -- (no quote, but its speaker stays the subject of what follows:
    -- "welcomed the move but added that …")
    silent = true
  end
  -- (an appointment confirmed is no words: "the board confirmed Ann Lee as
  -- treasurer", "the Senate confirmed her for a second term", "confirmed
  -- the appointment of …")
  if B.CONFIRM_VERBS[ckey] and not that and a < b then
    local w = KEY(toks, a) == "the" and KEY(toks, a + 1)
    if w and B.APPOINTMENTS[w] then return nil end
    -- (past a role in lower case: "confirmed longtime volunteer Ann Lee as …")
    local i = a
    while i < b and i < a + 4 and IS(toks, i, "lower") and KIND(toks, i) == "word" and
          not st.c.finite[KEY(toks, i)] do
      i = i + 1
    end
    local e = entity_at(st, i, b)
    if e and e.label == "PERSON" and e.last_token < b and
       B.APPOINTED_AS[KEY(toks, e.last_token + 1)] then
      return nil
    end
  end
  -- (those who find things, not facts: "officers found a knife in the
  -- car", "crews found heavy smoke pouring from …"; "officers found the
  -- man had been stabbed" is a finding, with its verb)
  if B.FIND_VERBS[ckey] and not that and KEY(toks, a) ~= "that" and
     B.FINDERS[KEY(toks, sp_b)] and sp_b < cue[1] then
    local verb = false
    for i = a, b do
      local w = KEY(toks, i)
      if w == "," or w == ";" or st.c.subordinators[w] then break end
      if st.c.finite[w] or st.c.be[w] then verb = true break end
    end
    if not verb then return nil end
  end
  -- ("Her publisher, Acme Books, announced her death": a subject with no
  -- verb before an inverted cue is no content)
  if rule.content == "before" and sp_a > cue[2] and not kind and a == s.first_token and
     b - a < 10 and b > a + 1 and b < #toks and KEY(toks, b + 1) == "," and
     not verb_between(st, a, b) then
    for i = a + 1, b - 1 do
      if KEY(toks, i) == "," then return nil end
    end
  end
  -- (nor a phrase that opens the sentence with a preposition: "In
  -- addition to the penalty, Acme also agreed to …")
  if a == s.first_token and sp_a < cue[1] and sp_a > b and not kind and b - a < 10 and
     B.PREP_BEFORE_SUBJECT[KEY(toks, a)] and KEY(toks, b + 1) == "," and
     not verb_between(st, a, b) then
    return nil
  end
  -- ("…, which both countries claim": the content is what "which" stands
  -- for, no clause of theirs)
  -- (nor "… a campaign that some MPs had feared …": what "that" stands for)
  if b < sp_a and sp_a > 1 then
    -- (past a title the mention leaves out: "which Mrs Kerr had declined")
    local p = sp_a - 1
    if p > 2 and KEY(toks, p) == "." then p = p - 1 end
    if p > 1 and IS(toks, p, "cap") and st.ctx.dict and
       (st.ctx.dict(p, p) or NO_READING).list == "titles" then
      p = p - 1
    end
    local r = p < sp_a - 1 and KEY(toks, p) or KEY(toks, sp_a - 1)
    -- (the mention may have read "that" as its determiner, or begin after
    -- one: "that some Labor MPs")
    local t = sp_a < sp_b and KEY(toks, sp_a) == "that" and sp_a
    if not t then
      t = sp_a - 1
      while t > 1 and t > sp_a - 3 and IS(toks, t, "lower") and KIND(toks, t) == "word" and
            KEY(toks, t) ~= "that" do
        t = t - 1
      end
      if KEY(toks, t) ~= "that" then t = nil end
    end
    if r == "which" or r == "whom" or (t and t > 1 and IS(toks, t - 1, "lower") and
                                       KIND(toks, t - 1) == "word" and not st.cue_at[t - 1]) then
      return nil
    end
  end
  -- ("voted against it": a pronoun alone is no content; "they were
  -- attacked by …" after "fishermen said" is no passive report)
  if np_content and a == b and B.LONE_OBJECTS[KEY(toks, a)] then return nil end
  -- (nor a firm's figures: "reported a first-quarter profit", "reported
  -- net income of …", "reports results next week")
  if B.REPORT_VERBS[ckey] and not that and KEY(toks, a) ~= "that" then
    for i = a, math.min(b, a + 14) do
      if B.FIGURES[KEY(toks, i)] then
        -- (a clause goes on: "reported profits fell 10%")
        local clause = false
        for j = i + 1, b do
          local k = KEY(toks, j)
          if #k > 1 and KIND(toks, j) == "word" and IS(toks, j, "lower") and
             (st.c.finite[k] or ENDS_ED[k] or B.PAST_FORMS[k] or B.MODALS[k]) then
            clause = true
            break
          end
        end
        -- (or opened before the figure: "… industry has registered record
        -- earnings")
        for j = a, i - 1 do
          local k = KEY(toks, j)
          if IS(toks, j, "lower") and (B.MODALS[k] or st.c.be[k]) then clause = true end
        end
        if not clause and (kind or kind_of(st, a, b)) == "indirect" then
          return nil
        end
        break
      end
    end
  end
  -- (nor is a relative pronoun, "…, which was rejected by the exchange",
  -- nor a determiner alone)
  if a == b and (st.c.relatives[KEY(toks, a)] or DETERMINERS[KEY(toks, a)]) then return nil end
  -- (nor a cue in a question another asks, "Asked whether she feared
  -- losing, …", nor in a condition, "unless the EU repeats the request")
  -- (the text is searched once for the words: most have neither)
  local cond = st.has_condition
  if cond == nil then
    cond = text:find("whether", 1, true) ~= nil or text:find("nless", 1, true) ~= nil
    st.has_condition = cond
  end
  if cond and sp_a > 2 and cue[1] == sp_b + 1 then
    local k = KEY(toks, sp_a - 1)
    if DETERMINERS[k] then k = KEY(toks, sp_a - 2) end
    if B.CONDITIONS[k] then return nil end
  end
  -- ("they found the woman, named locally as …": what a person found is
  -- no finding; "found that …", "found the council had failed", "the
  -- study found a link …" are)
  -- ("found one man lying in the car park": a state, no finding)
  if B.FIND_VERBS[ckey] and not that and a + 1 <= b then
    for i = a + 1, math.min(b, a + 3) do
      local k = KEY(toks, i)
      if (ENDS_ING[k] or B.FOUND_STATES[k]) and IS(toks, i, "lower") and
         B.FOUND_PEOPLE[KEY(toks, i - 1)] then
        return nil
      end
    end
  end
  if B.FIND_VERBS[ckey] and not kind and not that and not has_clause(st, a, b) then
    local e = st.ents[entity_from(st, sp_b + 1) - 1]
    local k = sp_a == sp_b and KEY(toks, sp_a)
    -- (a pronoun of people: "it" may be a survey's)
    if (k and st.c.pronouns[k] and st.c.pronouns[k] ~= "thing") or
       (e and e.label == "PERSON" and e.last_token == sp_b) then
      return nil
    end
  end
  -- (a ruling is a clause: not "ruled against …", "ruled in favour of …",
  -- nor "ruled out raising rates", a position)
  -- ("Ann Lee assessed a penalty, and Kerr asked for the referee": a
  -- subject after "and" or "but" reports no clause before it; nor does one
  -- after a noun and "a", a relative clause, "a shot Kerr challenged")
  if mode == "before" and not kind and sp_a and sp_a < cue[1] and sp_a > 2 and
     ((KEY(toks, sp_a - 2) == "," and (KEY(toks, sp_a - 1) == "and" or
                                       KEY(toks, sp_a - 1) == "but")) or
      (B.INDEFINITE[KEY(toks, sp_a - 2)] and IS(toks, sp_a - 1, "lower") and
       KIND(toks, sp_a - 1) == "word" and not title_between(st, sp_a - 1, sp_a - 1))) then
    return nil
  end
  if ckey == "ruled" and not kind and not that and not caps.that and
     KEY(toks, cue[2]) ~= "that" and (a == 1 or KEY(toks, a - 1) ~= "that") and
     (not has_clause(st, a, b) or (cue[2] < s_last and B.RULED_NOT[KEY(toks, cue[2] + 1)])) then
    return nil
  end
  if rule.passive and (verb_between(st, a, b) or st.c.subjects[KEY(toks, b)] or
                       KEY(toks, a) == "which" or KEY(toks, a) == "who") then
    return nil
  end
  -- (a count of votes is no agent: "was backed by nine votes to four")
  if rule.passive and sp_b > sp_a and B.VOTE_WORDS[KEY(toks, sp_a + 1)] and
     (KIND(toks, sp_a) == "number" or B.NUMBER_WORDS[KEY(toks, sp_a)]) then
    return nil
  end
  -- ("…, but that Israel had refused to …": a reported clause goes on, no
  -- speaker of its own)
  if a > cue[2] and sp_a < cue[1] and sp_a > 2 and KEY(toks, sp_a - 1) == "that" and
     (KEY(toks, sp_a - 2) == "but" or KEY(toks, sp_a - 2) == "and") then
    return nil
  end
  -- ("… that voters want to know …": the subject after "that")
  if sp_a < sp_b and sp_a < cue[1] and KEY(toks, sp_a) == "that" then sp_a, pk = sp_a + 1, nil end
  if sp_b > sp_a and KEY(toks, sp_b) == "'s" then sp_b = sp_b - 1 end  -- "Trump's claim"
  -- "But Flynn said": a function word before the speaker is no part of it
  while IS(toks, sp_a, "cap") and st.c.not_speakers[KEY(toks, sp_a)] and
        not entity_at(st, sp_a, sp_b) and
        not (sp_a < sp_b and KEY(toks, sp_a + 1) == "of") do
    if sp_a == sp_b then return nil end
    sp_a, pk = sp_a + 1, nil
  end
  if pk == nil and sp_a > 1 then pk = KEY(toks, sp_a - 1) end
  -- (what a source knows of is no speaker: "A Palestinian official briefed
  -- on the negotiations told Reuters", "a person familiar with the talks
  -- said")
  do
    local p, w = sp_a - 1, pk             -- (the preposition, past an article)
    if pk == "the" and sp_a > 2 then p, w = p - 1, KEY(toks, p - 1) end
    if B.KNOWING_PREPS[w] and p > 2 and p - 2 >= s.first_token and
       B.KNOWING[KEY(toks, p - 1)] then
      local np = noun_phrase_before(st, p - 2)
      if np then sp_a, pk = np, nil end
    end
  end
  if pk == nil and sp_a > 1 then pk = KEY(toks, sp_a - 1) end
  -- (a noun's article is its mention's: "…, says the watchdog")
  if pk == "the" and sp_a == sp_b and IS(toks, sp_a, "lower") then
    sp_a, pk = sp_a - 1, nil
    if sp_a > 1 then pk = KEY(toks, sp_a - 1) end
  end
  -- (a person after a body's "of" is the body's: "the Patriotic Alliance
  -- (PA) of Ann Lee also said")
  if pk == "of" and sp_a > 3 and sp_a < cue[1] and IS(toks, sp_a, "cap") then
    local x = st.ents[entity_from(st, sp_a - 1) - 1]
    local z = KEY(toks, sp_a - 2) == ")" and sp_a - 3 or sp_a - 2
    if x and x.last_token == z and x.label == "ORG" then
      local y = entity_at(st, sp_a, sp_b)
      if y and y.label == "PERSON" then sp_a, sp_b, pk = x.first_token, x.last_token, nil end
    end
  end
  -- (a place after "in" or "at" is where the speaker is: "The National
  -- Hurricane Center in Miami said", "Police in Leeds said")
  -- (past a side of the place: "Residents of a village in northern Kenya
  -- told …")
  local pa = sp_a
  if B.PLACE_SIDES[pk] and sp_a > 4 and IS(toks, sp_a - 1, "lower") then
    pa = sp_a - 1
    pk = KEY(toks, pa - 1)
  elseif pk == "the" and sp_a > 3 then
    -- (and past its article: "a hospital trust in the Midlands said")
    local k2 = KEY(toks, sp_a - 2)
    if k2 == "in" or k2 == "at" then pa, pk = sp_a - 1, k2 end
  end
  if (pk == "in" or pk == "at") and pa > 2 and pa - 2 >= s.first_token then
    local e = entity_at(st, sp_a, sp_b)
    if e and e.last_token == sp_b and (e.label == "GPE" or e.label == "LOC") then
      -- (past a body's acronym in brackets: "The European Court of Human
      -- Rights (ECHR) in Strasbourg found")
      if pa > 5 and KEY(toks, pa - 2) == ")" and KEY(toks, pa - 4) == "(" then pa = pa - 3 end
      local x = st.ents[entity_from(st, pa - 1) - 1]
      if x and x.last_token == pa - 2 and (x.label == "ORG" or x.label == "PERSON") then
        sp_a, sp_b, pk = x.first_token, x.last_token, nil
      elseif not x or x.last_token < pa - 2 then
        -- (a noun, with what it is of: "A spokesman for the embassy in
        -- Kyiv said")
        local p = pa - 2
        local np = (IS(toks, p, "lower") or p == s.first_token) and noun_phrase_before(st, p)
        if np then
          local o = np > 1 and KEY(toks, np - 1)
          local np2 = np - 2 >= s.first_token and (o == "for" or o == "of" or o == "at") and
                      noun_phrase_before(st, np - 2)
          sp_a, sp_b, pk = np2 or np, p, nil
        end
      end
    elseif not e and KEY(toks, sp_a) == "the" and IS(toks, sp_b, "lower") then
      -- (and a place no list knows, after one who speaks: "One Labour
      -- official at the count said", "everybody in the room knew")
      local r = KEY(toks, pa - 2)
      if NAMELESS_ROLES[r] or NAMELESS_ROLES[r:sub(1, -2)] or B.EVERYONE[r] then
        local np = noun_phrase_before(st, pa - 2)
        if np then sp_a, sp_b, pk = np, pa - 2, nil end
      end
    end
  end
  -- ("On the revamped chart show their …": the object of a preposition
  -- that opens the sentence is no subject of a reported clause)
  if sp_a > 1 and sp_a < cue[1] and not rule.passive and not rule.source and
     PREP_BEFORE_SUBJECT[pk or KEY(toks, sp_a - 1)] and sp_a - 1 == s.first_token and
     not entity_at(st, sp_a, sp_b) and (kind or kind_of(st, a, b)) == "indirect" then
    return nil
  end
  -- (a clause after ", and" with a cue of its own is another quote's: "had
  -- declared a state of emergency, and officials there warned that …")
  -- (asked of the text first: most contents have no ", and", ", but")
  -- (asked of the sentence's text first: most have no ", and")
  local rel_s, joined_s
  if a > cue[2] and b > a + 3 and kind ~= "direct" then rel_s, joined_s = sentence_words(st, s) end
  if joined_s or (rel_s and rule.opens) then
    for i = a + 1, math.min(b - 3, a + 60) do
      local k1 = KEY(toks, i) == "," and KEY(toks, i + 1)
      -- (and a relative clause's, after a source that opens the sentence:
      -- "According to family lore, the name came from Ann Lee, who said …")
      if k1 and ((k1 == "and" or k1 == "but") and KEY(toks, i + 2) ~= "that" or
                 (rule.opens and (k1 == "who" or k1 == "which"))) then
        local hit = false
        local dict = st.ctx.dict
        for j = i + 2, math.min(b, i + 6) do
          -- (the lists may read "warned that" as one phrase)
          if st.cue_at[j] or (dict and j < #toks and IS(toks, j, "lower") and
                              KEY(toks, j + 1) == "that" and
                              (dict(j, j) or dict(j, j + 1) or NO_READING).label ==
                              "reporting_verb") then
            hit = true
            break
          end
          if KIND(toks, j) ~= "word" then break end
        end
        if hit then
          b = i - 1
          break
        end
      end
    end
  end
  -- (an indirect content ends before a comma of its own: "… and Gaza City,
  -- and accused …")
  while b > a and KEY(toks, b) == "," and (kind or kind_of(st, a, b)) ~= "direct" do b = b - 1 end
  -- (a source's own phrase is no content of another cue: "According to
  -- Ann Lee, the coalition wrote to the company …" is hers)
  if KEY(toks, a) == "according" and KEY(toks, a + 1) == "to" and b < cue[1] and
     rule.id ~= "quote.en.according_to" then
    return nil
  end
  local q = { first = FIRST(toks, a), last = LAST(toks, b), a = a, b = b,
              kind = kind or kind_of(st, a, b), rule = rid,
              cue_first = FIRST(toks, cue[1]), cue_last = LAST(toks, cue[2]),
              cue_tok = cue[1], sp_a = sp_a, sp_b = sp_b, nests = rule.nests,
              noun = rule.noun }
  if gap_a and gap_a > a and gap_b < b then
    q.gap_first, q.gap_last = LAST(toks, gap_a - 1) + 1, FIRST(toks, gap_b + 1) - 1
  end
  q.cue = text:sub(q.cue_first, q.cue_last)
  q.silent = silent
  local ad = caps.addressee or listener
  if ad then
    local name, label
    -- ("the Guardian newspaper": the outlet its name stands for)
    -- ("the dpa news agency": past two words of its medium)
    for z = ad[2] - 1, math.max(ad[1], ad[2] - 2), -1 do
      local x = st.ents[entity_from(st, z + 1) - 1]
      if x and x.last_token == z and x.first_token >= ad[1] and IS(toks, z + 1, "lower") then
        -- (an outlet's; not "Italian radio", a people's medium)
        if x.label == "ORG" then name, label = x.canonical or x.text, "ORG" end
        break
      end
    end
    if not label then
      local n, _, _, _, ent = resolve(st, ad[1], ad[2])
      name = n
      -- (a listener is no one named before it: "Ann Lee, a spokesman,
      -- told state television")
      if ent and ent.last_token and ent.last_token < ad[1] then
        name = text:sub(FIRST(toks, ad[1]), LAST(toks, ad[2]))
      end
    end
    q.addressee = name
  end
  return q
end

-- quotations that no cue claimed: a paragraph of quotation (or a sentence
-- that is one) goes to the speaker of the quote before it
-- what ends a quotation's sentence; one that ends its line without them
-- is a headline
local HEADLINE_STOPS = { ["."] = true, ["!"] = true, ["?"] = true, [","] = true }

-- whether quotation q (to z, the last of its chain; content a .. b) is a
-- headline in marks: a line of its own with no stop ("'Acme will stand
-- firm'") or in title case ("'All Bets Are Off.'", a section's heading)
local function headline_in_marks (st, q, z, a, b)
  local toks = st.toks
  if not (z.ce and (z.ce == #toks or IS(toks, z.ce + 1, "newline_before"))) then
    return false
  end
  if not HEADLINE_STOPS[KEY(toks, b)] then return true end
  if z ~= q or b - a >= 12 then return false end
  local words, caps = 0, 0
  for i = a, b do
    if KIND(toks, i) == "word" then
      words = words + 1
      if IS(toks, i, "cap") then caps = caps + 1 end
    end
  end
  return words >= 2 and caps * 2 >= words
end

-- the person the line before quotation token o introduces, with no quote
-- of its own (prev: the quote before o): "Ann Lee, a teacher, held her
-- daughter's hand as the march passed." and a line of quotation is
-- hers, not the last speaker's. The person opens a sentence of that line
-- with an apposition ("Ann Lee, a teacher,", "…, Ann Lee, 41,", "Lee, speaking
-- to a radio station after the verdict,") or a verb.
local function introduced_before (st, o, prev)
  local toks = st.toks
  -- (the line's start: a sentence's that opens a line, asked by sentence;
  -- in a paragraph, the sentence before: "Her manager, Tom Ray, sat two
  -- booths away. “She'll talk all day.”")
  local _, i = sentence_of(st, o)
  local sf = st.sfirst
  local p
  if not IS(toks, o, "newline_before") then
    p = i > 1 and sf[i - 1]
    if not p or o - p >= 80 then return nil end
  else
    for j = i - 1, 1, -1 do
      if o - sf[j] >= 80 then return nil end
      if IS(toks, sf[j], "newline_before") then p = sf[j] break end
    end
  end
  if not p or (prev and prev.last >= FIRST(toks, p)) then return nil end
  local ents = st.ents
  for k = entity_from(st, p), #ents do
    local e = ents[k]
    if e.first_token >= o then break end
    if e.label == "PERSON" then
      local x = e.last_token + 1
      local kx, ky = KEY(toks, x), KEY(toks, x + 1)
      -- (past a title: "Sen. Ann Lee, a Louisiana Republican, …")
      local f = sentence_of(st, e.first_token).first_token
      local opens = e.first_token == f or (e.title and e.first_token - f <= 3) or
                    (e.first_token > 1 and KEY(toks, e.first_token - 1) == ",")
      if opens and ((kx == "," and (ky == "a" or ky == "an" or ky == "the" or ky == "who" or
                                    KIND(toks, x + 1) == "number" or
                                    (ENDS_ING[ky] and IS(toks, x + 1, "lower")) or
                                    -- ("Her manager, Tom Ray, sat …")
                                    (e.first_token > 1 and KEY(toks, e.first_token - 1) == "," and
                                     IS(toks, x + 1, "lower") and
                                     (ENDS_ED[ky] or B.PAST_FORMS[ky] or st.c.finite[ky])))) or
                    (kx ~= "," and e.first_token == p and IS(toks, x, "lower"))) then
        return e
      end
    end
  end
  return nil
end

local function floating (st, out)
  local toks, qs = st.toks, st.qs
  local covered = {}
  for x = 1, #out do
    local q = out[x]
    local k = math.max(1, quotation_from(qs, q.a) - 1)
    while qs[k] and qs[k].o <= q.b do
      if qs[k].e >= q.a then covered[k] = true end
      k = k + 1
    end
  end
  local extra = {}
  local j = 1               -- next quote of out after the quotation
  for k = 1, #qs do
    local q = qs[k]
    if not covered[k] and not q.prev then
      local z = chain_end(qs, q)
      local a, b = q.ob + 1, z.e
      local s = sentence_of(st, q.o)
      if b - a + 1 >= st.c.min_floating and s.first_token == q.o and
         not headline_in_marks(st, q, z, a, b) then
        while out[j] and out[j].a < q.o do j = j + 1 end
        local prev = out[j - 1]
        local who = introduced_before(st, q.o, prev)
        -- (not a quotation about that person: "Ann Lee has missed three
        -- games. “He will not play on Sunday,”")
        local k1 = KEY(toks, a)
        if who and (k1 == "he" or k1 == "she") and
           gender_of(st, who) ~= (k1 == "he" and "f" or "m") then
          who = nil
        end
        if who then
          local name = who.canonical or who.text
          local ents = st.ents
          for j2 = entity_from(st, a), #ents do
            local e = ents[j2]
            if e.first_token > b then break end
            if e.label == "PERSON" and (e.canonical or e.text) == name then who = nil break end
          end
        end
        if who then
          extra[#extra + 1] = { first = FIRST(toks, a), last = LAST(toks, b), a = a,
            b = b, kind = "direct", rule = "quote.en.floating",
            speaker = who.canonical or who.text, speaker_first = FIRST(toks, who.first_token),
            speaker_last = LAST(toks, who.last_token) }
        elseif prev and prev.speaker and FIRST(toks, q.o) - prev.last < 1500 then
          extra[#extra + 1] = { first = FIRST(toks, a), last = LAST(toks, b), a = a,
            b = b, kind = "direct", rule = "quote.en.floating",
            speaker = prev.speaker, speaker_first = prev.speaker_first,
            speaker_last = prev.speaker_last, speakers = prev.speakers }
        end
      end
    end
  end
  return extra
end

-- quotes in order of a numeric field, without a Lua comparator (a list
-- already in order is returned as it is; equal keys keep their order)
local function sorted_by (list, field)
  local n, ok = #list, true
  for i = 2, n do
    if list[i][field] < list[i - 1][field] then ok = false break end
  end
  if ok then return list end
  local buckets, keys = {}, {}
  for i = 1, n do
    local x = list[i]
    local k = x[field]
    local b = buckets[k]
    if b then b[#b + 1] = x
    else buckets[k] = { x }; keys[#keys + 1] = k end
  end
  table.sort(keys)
  local out, no = {}, 0
  for i = 1, #keys do
    local b = buckets[keys[i]]
    for j = 1, #b do
      no = no + 1
      out[no] = b[j]
    end
  end
  return out
end

-- the match a build reads (`rule`, `first_token`, `last_token`,
-- `captures`: name -> {first, last}, or false for a capture of the rule
-- that took no token): one view, and per rule one table of captures,
-- refilled for each match and kept from run to run, which holds the pairs
-- at 1 .. #names (build keeps none of them, and fresh tables per match
-- cost more than the build's own tests)
local CAPS = setmetatable({}, { __mode = "k" })   -- rule's names -> captures
local VIEW = { captures = false, rule = 0, first_token = 0, last_token = 0 }
-- the matches of the run at hand, as the program returned them (set by
-- M.run, which lets go of them at its end)
local M_RULES, M_FIRSTS, M_LASTS, M_SLOTS, M_OFFS, M_NAMES

-- (the arrays of numbers of M.run, kept: see SCRATCH_MAX)
local S_FIRST, S_LAST, S_BITS, S_OFFS, S_CUE, S_ORDER = {}, {}, {}, {}, {}, {}

-- match i as build reads it
local function match_at (i)
  local r = M_RULES[i]
  local names = M_NAMES[r]
  local caps = CAPS[names]
  if not caps then
    caps = {}
    for k = 1, #names do caps[k] = { 0, 0 } end
    CAPS[names] = caps
  end
  local base, slots = M_OFFS[i], M_SLOTS
  for k = 1, #names do
    local a, b = slots[base + 2 * k - 1], slots[base + 2 * k]
    if a > 0 and b > a then
      local span = caps[k]
      span[1], span[2] = a, b - 1
      caps[names[k]] = span
    else
      caps[names[k]] = false
    end
  end
  local view = VIEW
  view.captures, view.rule, view.first_token, view.last_token = caps, r, M_FIRSTS[i], M_LASTS[i]
  return view
end

-- whether a verb of saying (a cue of cue_at and of the set say) stands
-- before token t in its sentence: what follows t is then of the clause it
-- reports
function B.reported_before (toks, t, cue_at, say)
  local lo = t - 40
  if lo < 1 then lo = 1 end
  for x = t, lo, -1 do
    local k = KEY(toks, x)
    if k == "." or k == "?" or k == "!" or k == ";" then return false end
    if cue_at[x] and say[k] then return true end
  end
  return false
end

--- Find the quotes of a document (the stage's entry point).
-- @param ctx the stage context (`text`, `tokens`, `sentences`, `matches`,
-- `dict`, `matcher`)
-- @param doc the document: `entities` (in text order) are read, `quotes`
-- filled
-- @param[opt] compiled a rule set from `M.compile` (default: English)
local function run (ctx, doc, compiled)
  local c = compiled
  if not c then
    M.prepare()
    c = default
  end
  local text, toks = ctx.text, ctx.tokens
  doc.quotes = doc.quotes or {}
  if not toks or #toks == 0 then return doc.quotes end
  local ents = doc.entities or {}
  -- the layers the patterns read (no entity layer for a text without
  -- entities: to the program none and an empty one are the same)
  local layer
  local nents = #ents
  if nents > 0 then
    local f, l, bits = S_FIRST, S_LAST, S_BITS
    if nents > SCRATCH_MAX then f, l, bits = {}, {}, {} end
    local n = 0
    local ent_bits = c.ent_bits
    -- (the entities up to the first hole, as ipairs reads them)
    local x, e = 1, ents[1]
    while e ~= nil do
      local bit = ent_bits[e.label]
      if bit and e.first_token and e.last_token then
        n = n + 1
        f[n], l[n], bits[n] = e.first_token, e.last_token, bit
      end
      x = x + 1
      e = ents[x]
    end
    cut(f, n); cut(l, n); cut(bits, n)
    layer = core.layer(#toks, f, l, bits)
  end
  -- (a reporting verb inside a longer name is a word of it: "the
  -- Department of Planning and Environment said", "Edward Said")
  local dict
  if ctx.matches and next(c.dict_bits) then
    dict = ctx.matches:layer(c.dict_bits, layer, c.inside_drop)
  end
  -- (the matches stay in the arrays the matcher returns; a build reads
  -- its match through one view, `match_at`)
  local rules, firsts, lasts, slots = c.program:run(toks, ctx.sentences, dict, layer)
  local names_of, cue_slot, that_slot = c.compiler.captures, c.cue_slot, c.that_slot
  -- one quote per cue: the first rule (in list order) that makes one. The
  -- matches with a cue, as one number each that orders them by cue, then
  -- rule, then the matcher's order: one plain sort makes the lists to try
  -- in turn (no table per cue, no comparator)
  local nm, nr = #rules, #c.rules
  -- (a text with no match makes no quote: a quotation no cue claims goes
  -- to the speaker of a quote before it; nothing more is made for it)
  if nm == 0 then return doc.quotes end
  -- (offs and cue_of are read up to nm only: what a longer list left after
  -- it stays)
  local offs, cue_of, order = S_OFFS, S_CUE, S_ORDER
  if nm > SCRATCH_MAX then offs, cue_of, order = {}, {}, {} end
  local at, no = 0, 0
  for i = 1, nm do
    local r = rules[i]
    offs[i] = at
    local k = cue_slot[r]
    local a, b = 0, 0
    if k then a, b = slots[at + 2 * k - 1], slots[at + 2 * k] end
    if a > 0 and b > a then
      cue_of[i] = a
      no = no + 1
      order[no] = (a * (nr + 1) + r) * (nm + 1) + i
    else
      cue_of[i] = 0
    end
    at = at + 2 * #names_of[r]
  end
  cut(order, no)
  if no == 0 then return doc.quotes end
  table.sort(order)
  for x = 1, no do order[x] = order[x] % (nm + 1) end       -- (the match)
  KEY, KIND, IS, FIRST, LAST, FIND, FLAGS = toks.key, toks.kind, toks.is, toks.first,
                                            toks.last, toks.find, toks.flags
  local sfirst, slast = ctx.sentences:arrays()
  -- (the fields set later are named too: the table never grows)
  local st = { ctx = ctx, c = c, text = text, toks = toks, sfirst = sfirst, slast = slast,
               smemo = {}, shint = 1, ehint = 1, sep = SEPARATORS, ents = ents,
               found = {}, speaker_at = {}, subj = {}, gender = {}, said_sex = {}, qs = nil,
               cues = nil, inq = nil, cue_at = nil, content_a = nil, prev_name = nil,
               prev_label = nil, prev_cue = 0, skip_a = 0, skip_b = -1, skip_marks = false,
               lp_name = nil, lp_tok = 0, lp_cue = 0, lp_ent = false, lp_a = 0, lp_b = -1,
               cur_cue = 0,
               titles = nil, distinct = nil, datelines = {}, firms = false,
               gender_of_name = false }
  st.qs = quotations(text, toks)
  M_RULES, M_FIRSTS, M_LASTS, M_SLOTS, M_OFFS, M_NAMES = rules, firsts, lasts, slots, offs,
                                                         names_of
  -- which cues are inside a quotation: one sweep over both lists; those
  -- outside that a reporting verb made bar the content of others (not
  -- those that only "any word before that" found, "the club that …": no
  -- reporting verb)
  local inq, cue_at, strong = {}, {}, {}
  local qs, k = st.qs, 1
  local o = 1
  while o <= no do
    local t = cue_of[order[o]]
    local weak = true
    repeat
      local i = order[o]
      local th = that_slot[rules[i]]
      if not (th and slots[offs[i] + 2 * th - 1] > 0) then weak = false end
      o = o + 1
    until o > no or cue_of[order[o]] ~= t
    while qs[k] and qs[k].e < t do k = k + 1 end
    -- (only a quotation that closes, or that the next paragraph's goes
    -- on with: an unbalanced mark proves little)
    local q = qs[k]
    if q and q.o < t and (q.c or (qs[k + 1] and qs[k + 1].prev == q)) and
       not (t - q.o <= 4 and KEY(toks, t) == ":" and IS(toks, q.o + 1, "upper")) then
      inq[t] = true            -- (not the label of '"PENCE: …', a transcript)
    elseif t > 3 and c.coord_belief[KEY(toks, t)] and
           (KEY(toks, t - 1) == "and" or KEY(toks, t - 1) == "but") and
           KEY(toks, t - 2) ~= "," and B.reported_before(toks, t - 2, cue_at, c.say_clause) then
      inq[t] = true            -- (a verb of the reported clause: no cue)
    elseif not weak and not noun_cue(toks, t) then
      cue_at[t] = true
      strong[#strong + 1] = t
    end
  end
  st.cues, st.inq = strong, inq
  st.cue_at = cue_at
  local out = {}
  local set_rules = c.rules
  local speaker_at = st.speaker_at
  o = 1
  while o <= no do
    local t = cue_of[order[o]]
    -- (a cue inside a closed quotation is the quoted speaker's: no quote)
    local done = inq[t]
    repeat
      if not done then
        -- the quote of the match, if it makes one
        local i = order[o]
        local q = build(st, match_at(i), set_rules[rules[i]])
        if q then
          add_quote(st, q)
          speaker_at[q.sp_a] = true
          -- (a silent one, no words of anyone's, leaves the cue to the
          -- next rule)
          if not q.silent then
            out[#out + 1] = q
            done = true
          end
        end
      end
      o = o + 1
    until o > no or cue_of[order[o]] ~= t
  end
  M_RULES, M_FIRSTS, M_LASTS, M_SLOTS, M_OFFS, M_NAMES = nil, nil, nil, nil, nil, nil
  -- (no quote, no more: a quotation no cue claimed goes to the speaker of
  -- a quote before it)
  if #out == 0 then return doc.quotes end
  -- an attribution inside the content of another belongs to it ("Putin
  -- has stated Russia does not intend …"): the outer one stays
  if #out > 1 then
    local kept = {}
    out = sorted_by(out, "a")
    local maxb, maxq = 0, nil
    -- (not inside a direct quote: a quotation left open over paragraphs
    -- holds the quotes it reports, "“…,” she said" among them)
    for x = 1, #out do
      local q = out[x]
      local inside = false
      -- (but a source's content keeps the speech it reports: "Ann Lee
      -- said she would go, according to two aides" is Lee's quote too)
      -- (nor the speaker of a relative clause inside it: "… providers,
      -- which he said offered customers easy ways to migrate")
      if maxq and q.cue_tok <= maxb and q.cue_tok >= maxq.a and
         not (maxq.nests and named_speaker(st, q)) and not B.relative_speaker(st, q) then
        inside = true
      end
      if not inside then
        -- (a content that contains an earlier quote's cue is checked too)
        kept[#kept + 1] = q
        if q.b > maxb and q.kind ~= "direct" then maxb, maxq = q.b, q end
      end
    end
    out = kept
    local final = {}
    local nout = #out
    for x = 1, nout do
      local q = out[x]
      local drop = false
      local ct, qa, qb = q.cue_tok, q.a, q.b
      local lo, hi = x - 4, x + 4
      if lo < 1 then lo = 1 end
      if hi > nout then hi = nout end
      for j = lo, hi do
        local r = out[j]
        -- (one content, two cues: the first cue's, the second in its tail,
        -- "told reporters after an investor call on Monday that …")
        if j ~= x and r.a == qa and r.b == qb and r.cue_tok < ct and ct < qa then
          drop = true
          break
        end
        -- (in order of a: past x, once a content starts after the cue, so
        -- do all the rest)
        if j > x and r.a > ct then break end
        if j ~= x and ct >= r.a and ct <= r.b and r.kind ~= "direct" and
           not (r.nests and named_speaker(st, q)) and not B.relative_speaker(st, q) and
           not (r.cue_tok >= qa and r.cue_tok <= qb) then
          drop = true
          break
        end
      end
      if not drop then final[#final + 1] = q end
    end
    out = final
  end
  -- speakers, in text order (a pronoun looks back at the speakers before it)
  for x = 1, #out do
    local q = out[x]
    local label, ent
    -- (the people a quotation names are no "he" after it, nor those an
    -- indirect content names but as its subject: "Ann Lee has no doubt it
    -- is X who, she claims, …")
    st.skip_a, st.skip_b = q.kind == "indirect" and q.a + 1 or q.a, q.b
    st.skip_marks = q.kind ~= "indirect"
    st.cur_cue = q.cue_tok or 0
    q.speaker, q.speaker_first, q.speaker_last, label, ent = resolve(st, q.sp_a, q.sp_b)
    q.sp_label = label
    local pk = q.sp_a == q.sp_b and label == "PERSON" and q.speaker and KEY(st.toks, q.sp_a)
    if pk == "he" or pk == "she" then st.said_sex[q.speaker] = pk == "he" and "m" or "f" end
    -- (and a name's report of itself, when the sentence names no one else
    -- before it: "Ann Lee, a nurse, said she had …"; not over the sex of a
    -- title, "Mr Lee")
    -- (past a listener's name too: "told The Associated Press she had …")
    local near = q.cue_tok and q.a > q.cue_tok and q.a <= q.cue_tok + 6
    if near and q.a > q.cue_tok + 2 then
      for i = q.cue_tok + 1, q.a - 1 do
        if KIND(st.toks, i) ~= "word" or
           not (IS(st.toks, i, "cap") or KEY(st.toks, i) == "the") then
          near = false
          break
        end
      end
    end
    if not pk and label == "PERSON" and ent and q.kind == "indirect" and near and
       not data.person_sex(ent.title) then
      local w = KEY(st.toks, q.a)
      if w == "he" or w == "she" then
        local s = sentence_of(st, q.a)
        local j, alone = entity_from(st, s.first_token), true
        while st.ents[j] and st.ents[j].first_token < q.a do
          local e = st.ents[j]
          if e.label == "PERSON" and e ~= ent then alone = false break end
          j = j + 1
        end
        -- (a given name alone against its sex in the lists: "Sharon said
        -- he could have met the same fate" speaks of her husband)
        local sex = w == "he" and "m" or "f"
        if alone then
          local g = ent.first_token == ent.last_token and gender_of(st, ent)
          if not g or g == sex then st.said_sex[q.speaker] = sex end
        end
      end
    end
    st.skip_a, st.skip_b = 0, -1
    -- (speakers joined by "and" are all the quote's, and are no "he" or
    -- "it" after it, only "they")
    local list = ent and ent.last_token == q.sp_b and ent.first_token <= q.sp_b and
                 (label == "PERSON" or label == "ORG" or label == "GPE") and
                 coordinated(st, ent)
    if list then
      local names = {}
      for y = 1, #list do names[y] = list[y].canonical or list[y].text end
      q.speakers = names
      q.speaker = table.concat(names, ", ", 1, #names - 1) .. " and " .. names[#names]
      q.speaker_first = FIRST(st.toks, list[1].first_token)
      label, ent = "GROUP", nil
    elseif label == "GROUP" then
      q.speakers = st.prev_speakers             -- ("They added …")
    end
    -- "Acme plans to …, a spokesman said": the spokesman of the body the
    -- content opens with
    -- (and "a club spokesperson": the body the content opens with first)
    if (q.sp_b == q.sp_a + 1 or q.sp_b == q.sp_a + 2) and
       (label == nil or (label == "ORG" and IS(st.toks, q.sp_a + 1, "lower"))) and q.sp_a > q.b and
       SPOKES[KEY(st.toks, q.sp_b)] and DETERMINERS[KEY(st.toks, q.sp_a)] then
      -- (past a time or a dash that opens it: "15:10 — Acme have …")
      local ek = entity_from(st, q.a)
      local e = st.ents[ek]
      while e and e.label ~= "ORG" and e.first_token <= q.a + 3 do
        ek = ek + 1
        e = st.ents[ek]
      end
      if e and (e.first_token > q.a + 3 or e.last_token > q.b) then e = nil end
      -- (past no word: "The Emergency Committee will meet …, the
      -- spokesperson said" is the spokesperson's named before)
      for i = q.a, e and e.first_token - 1 or 0 do
        if KIND(st.toks, i) == "word" then e = nil break end
      end
      if e and e.label == "ORG" then
        q.speaker, label = e.canonical or e.text, "ORG"
      end
    end
    -- "the spokesperson said" after "A spokesperson for Acme said": the
    -- body of the last spokesperson who spoke, a few sentences before
    if label == nil and q.sp_b == q.sp_a + 1 and KEY(st.toks, q.sp_a) == "the" and
       SPOKES[KEY(st.toks, q.sp_b)] then
      local p = B.recent_quote(st, out, x, q.sp_a, function (p)
        if p.sp_label ~= "ORG" or p.sp_b - p.sp_a > 8 then return false end
        -- (the mention may be the body's name alone: "A spokesperson for
        -- Acme")
        for i = math.max(1, p.sp_a - 3), p.sp_b do
          if SPOKES[KEY(st.toks, i)] then return true end
        end
        return false
      end)
      if p then q.speaker, label = p.speaker, "ORG" end
    end
    -- "the statement said" after "Acme said in a statement", "In a
    -- statement, Acme said": the one who made the statement
    if label == nil and q.sp_b == q.sp_a + 1 and KEY(st.toks, q.sp_a) == "the" and
       KEY(st.toks, q.sp_b) == "statement" then
      local n = #st.toks
      local p = B.recent_quote(st, out, x, q.sp_a, function (p)
        if (p.sp_label ~= "ORG" and p.sp_label ~= "PERSON") or not p.cue_tok then return false end
        for _, i in ipairs({ p.cue_tok + 2, p.cue_tok + 3, p.sp_a - 2, p.sp_a - 3 }) do
          if i >= 1 and i <= n and KEY(st.toks, i) == "statement" then return true end
        end
        return false
      end)
      if p then q.speaker, label = p.speaker, p.sp_label end
    end
    -- (a spokesman for a body is one too: "A spokesman for Acme said")
    if label == "PERSON" or ((label == nil or label == "ORG") and
                             (role_mention(st, q.sp_a, q.sp_b, q.cue_tok) or
                              role_of(st, q.sp_a))) then
      st.lp_name, st.lp_tok, st.lp_cue = q.speaker, q.sp_a, q.cue_tok
      st.lp_a, st.lp_b = q.a, q.b
      st.lp_ent = ent and ent.label == "PERSON" and ent or false
    end
    -- (the body that spoke, for an "it" after it; the person, for a "he"
    -- or "she": their sentences and sex worked out when one is asked)
    -- (a capitalized word no list knows may be a body: "Acme said …. It
    -- added …")
    -- (and a document: "The report found …. It also found …")
    if label == nil and ((q.sp_a == q.sp_b and
                          (q.rule == "quote.en.name_cue" or
                           q.rule == "quote.en.name_apposition_cue")) or
                         (q.sp_b and DOC_NOUNS[KEY(st.toks, q.sp_b)])) then
      label = "BARE"
    end
    if label == "ORG" or label == "NORP" or label == "GROUP" or label == "BARE" or
       (label == nil and plural_mention(st, q.sp_b)) then
      st.prev_name, st.prev_cue, st.prev_label = q.speaker, q.cue_tok, label
      st.prev_speakers = q.speakers
      -- (a body's document is the body's, for an "it" after it: "The IPPR
      -- report found …. It found …" is the IPPR's)
      if label == "BARE" and q.sp_b > q.sp_a then
        local body = st.ents[entity_from(st, q.sp_a)]
        if body and body.label == "ORG" and body.last_token < q.sp_b then
          st.prev_name, st.prev_label = body.canonical or body.text, "ORG"
        end
      end
    else
      st.prev_name = nil
    end
  end
  out = sorted_by(out, "first")
  local extra = floating(st, out)
  for x = 1, #extra do out[#out + 1] = extra[x] end
  out = sorted_by(out, "first")
  local quotes = doc.quotes
  -- (one content claimed by two cues of one speaker, "told reporters as
  -- he arrived that …": the reporting verb's, else the first cue's)
  local kept, nk = {}, 0
  for x = 1, #out do
    local q, p = out[x], kept[nk]
    if p and p.first == q.first and p.last == q.last and p.speaker == q.speaker then
      if p.rule == VERB_THAT and q.rule ~= VERB_THAT then kept[nk] = q end
    else
      nk = nk + 1
      kept[nk] = q
    end
  end
  out = kept
  for x = 1, #out do
    local q = out[x]
    q.text = text:sub(q.first, q.last)
    local g1, g2 = q.gap_first, q.gap_last
    if g1 then
      -- "“…,” she said. “…”": the content's parts, without the words
      -- about it between them
      if g1 > q.first and g2 < q.last then
        q.parts = { { first = q.first, last = g1 - 1, text = text:sub(q.first, g1 - 1) },
                    { first = g2 + 1, last = q.last, text = text:sub(g2 + 1, q.last) } }
      end
      q.gap_first, q.gap_last = nil, nil
    end
    q.a, q.b, q.sp_a, q.sp_b, q.cue_tok, q.nests, q.sp_label = nil, nil, nil, nil, nil, nil, nil
    quotes[#quotes + 1] = q
  end
  return quotes
end

-- A run inside a run (an extraction in a finalizer that the collector
-- calls during this one, say) must not write the arrays, views and
-- matches the outer run is using: it gets fresh ones, and the outer run's
-- are put back after it, whether it ends or raises.
local running = false

local function swap_scratch (saved)
  local now = { POSITIONS, CAPS, VIEW, M_RULES, M_FIRSTS, M_LASTS,
                M_SLOTS, M_OFFS, M_NAMES, S_FIRST, S_LAST, S_BITS, S_OFFS, S_CUE,
                S_ORDER, KEY, KIND, IS, FIRST, LAST, FIND, FLAGS }
  if saved then
    POSITIONS, CAPS, VIEW, M_RULES, M_FIRSTS, M_LASTS,
    M_SLOTS, M_OFFS, M_NAMES, S_FIRST, S_LAST, S_BITS, S_OFFS, S_CUE,
    S_ORDER, KEY, KIND, IS, FIRST, LAST, FIND, FLAGS =
      saved[1], saved[2], saved[3], saved[4], saved[5], saved[6], saved[7], saved[8],
      saved[9], saved[10], saved[11], saved[12], saved[13], saved[14], saved[15],
      saved[16], saved[17], saved[18], saved[19], saved[20], saved[21], saved[22]
  else
    POSITIONS, CAPS = {}, setmetatable({}, { __mode = "k" })
    VIEW = { captures = false, rule = 0, first_token = 0, last_token = 0 }
    S_FIRST, S_LAST, S_BITS, S_OFFS, S_CUE, S_ORDER = {}, {}, {}, {}, {}, {}
  end
  return now
end

function M.run (ctx, doc, compiled)
  if running then
    local outer = swap_scratch(nil)
    local ok, res = pcall(run, ctx, doc, compiled)
    swap_scratch(outer)
    if not ok then error(res, 0) end
    return res
  end
  -- (a run that raises leaves running set: the runs after it take the
  -- slower path above, which is as right)
  running = true
  local res = run(ctx, doc, compiled)
  running = false
  return res
end

-- }======================================================

return M
