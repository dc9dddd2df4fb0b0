--- glean: who is named, when things happened and who said what, in news text.
-- The public API. The C core (`glean.core`) tokenizes and splits sentences;
-- this module supplies the word lists it needs (abbreviations) and checks
-- arguments. Positions are Lua's: 1-based, inclusive byte positions, so
-- `text:sub(t.first, t.last)` is a token's text.
-- @module glean

local core = require "glean.core"
local data = require "glean.data"
local gazetteer = require "glean.gazetteer"

local error, ipairs, pairs, type = error, ipairs, pairs, type

local M = {
  _VERSION = "glean " .. core._VERSION,
  --- token kinds: name -> code
  KIND = core.KIND,
  --- token flags: name -> bit
  FLAG = core.FLAG,
}

-- How an abbreviation's kind (column 4 of abbreviations.tsv) treats its
-- period: "keep" never ends a sentence (titles, months, "U.S."), "end" may
-- end one before a capital ("etc.", "Inc.", "Ill."). A row whose extra
-- column says `next=digit` is an abbreviation only before a number ("No. 5",
-- "p. 12").
local KIND_CLASS = {
  title = "keep", month = "keep", weekday = "keep", address = "keep",
  degree = "keep", country = "keep", org = "keep",
  corp = "end", latin = "end", misc = "end", place = "end", unit = "end",
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
-- @treturn table form -> "keep", "end" or "number"
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
-- "number" | true
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

M.core = core
M.data = data
M.gazetteer = gazetteer


return M
