--- Token patterns: a small language, built from Lua values the way LPeg
-- builds character patterns, compiled to instructions that the C core runs
-- over a token stream (a Pike VM: no backtracking, all rules in one sweep).
--
--     local P = require "glean.pattern"
--     local person = P.dict "title" * P.capture("name", P.cap_word ^ 1)
--
-- Token tests (each matches one token):
-- `P.word "said"` (the token's key, case and diacritics folded),
-- `P.words {"said", "says"}`, `P.kind "number"`, `P.is "title"` (flags,
-- several in a table), `P.isnt "lower"`, `P.any`, `P.cap_word`,
-- `P.in_dict "GPE"` (a token inside a dictionary match with that label or
-- list), `P.in_entity "PERSON"`, `P.all(t1, t2, ...)` (every test holds),
-- `P.no(t)` (a token that fails t).
--
-- Spans (consume a whole match of the layer): `P.dict "title"` (a
-- dictionary match), `P.entity "PERSON"` (an entity of an earlier pass).
--
-- Combinations: `p1 * p2` (sequence), `p1 + p2` (ordered choice), `p ^ n`
-- (n or more; `p ^ -n`: at most n; `p ^ -1`: optional), `P.rep(p, min,
-- max)`, `P.phrase "according to"` (a sequence of words),
-- `P.capture(name, p)`, `P.sent_start`, `P.sent_end`.
-- Matches stay inside one sentence and are at most 256 tokens long.
-- @module glean.pattern

local core = require "glean.core"

local error, getmetatable, ipairs, pairs, setmetatable, tostring, type =
      error, getmetatable, ipairs, pairs, setmetatable, tostring, type
local table = table

local M = {}

local mt = { __index = {} }
local methods = mt.__index

local function is_pattern (x)
  return getmetatable(x) == mt
end

local function node (t)
  return setmetatable(t, mt)
end

-- a Lua value as a pattern: patterns as they are, strings as words
local function pat (x, level)
  if is_pattern(x) then return x end
  if type(x) == "string" then return M.phrase(x) end
  error("glean: pattern expected, got " .. type(x), (level or 2) + 1)
end

-- {======================================================
-- Token tests
-- =======================================================

local KIND = core.KIND
local FLAG = core.FLAG

local function test (t)
  return node({ tag = "test", test = t })
end

local function flag_bits (names, fname)
  if type(names) == "string" then names = { names } end
  if type(names) ~= "table" then
    error("glean: " .. fname .. " expects a flag name or a list of them", 3)
  end
  local bits = 0
  for _, name in ipairs(names) do
    local b = FLAG[name]
    if not b then error("glean: unknown token flag '" .. tostring(name) .. "'", 3) end
    if bits % (2 * b) < b then bits = bits + b end
  end
  return bits
end

local function fold_word (w, fname)
  if type(w) ~= "string" or w == "" then
    error("glean: " .. fname .. " expects a non-empty string", 3)
  end
  return core.fold(w)
end

--- A token whose key (folded text) is w.
function M.word (w)
  return test({ keys = { fold_word(w, "word") } })
end

--- A token whose key is one of ws.
function M.words (ws)
  if type(ws) ~= "table" or #ws == 0 then
    error("glean: words expects a non-empty list of strings", 2)
  end
  local keys = {}
  for i, w in ipairs(ws) do keys[i] = fold_word(w, "words") end
  return test({ keys = keys })
end

--- A token of one of the kinds given (word, number, punct, quote, ...).
function M.kind (names)
  if type(names) == "string" then names = { names } end
  local mask = 0
  for _, name in ipairs(names) do
    local k = KIND[name]
    if not k then error("glean: unknown token kind '" .. tostring(name) .. "'", 2) end
    local b = 2 ^ k
    if mask % (2 * b) < b then mask = mask + b end
  end
  return test({ kinds = mask })
end

--- A token with all the flags given (cap, title, upper, digit, ...).
function M.is (names)
  return test({ on = flag_bits(names, "is") })
end

--- A token with none of the flags given.
function M.isnt (names)
  return test({ off = flag_bits(names, "isnt") })
end

local function label_list (names, fname)
  if type(names) == "string" then return { names } end
  if type(names) ~= "table" or #names == 0 then
    error("glean: " .. fname .. " expects a label or a list of labels", 3)
  end
  for _, n in ipairs(names) do
    if type(n) ~= "string" then error("glean: " .. fname .. ": labels are strings", 3) end
  end
  return names
end

--- A token inside a dictionary match with one of these labels or lists.
function M.in_dict (names)
  return test({ layer = 0, labels = label_list(names, "in_dict") })
end

--- A token inside an entity (of an earlier pass) with one of the labels.
function M.in_entity (names)
  return test({ layer = 1, labels = label_list(names, "in_entity") })
end

local function merge_test (a, b)
  local t = {}
  for k, v in pairs(a) do t[k] = v end
  if b.neg and b.layer and not (b.kinds or b.on or b.off or b.keys) then
    -- "not inside such a span" combines with anything
    if t.xlayer and t.xlayer ~= b.layer then
      error("glean: all() cannot exclude spans of two layers", 4)
    end
    t.xlayer = b.layer
    local labels = {}
    for _, l in ipairs(t.xlabels or {}) do labels[#labels + 1] = l end
    for _, l in ipairs(b.labels) do labels[#labels + 1] = l end
    t.xlabels = labels
    return t
  end
  if b.neg or a.neg then
    error("glean: all() can only combine a negated test of a dictionary " ..
          "or entity label (P.no(P.in_dict \"GPE\"))", 4)
  end
  if b.kinds then
    if t.kinds then
      -- intersection of two masks
      local m, bit = 0, 1
      local x, y = t.kinds, b.kinds
      while x > 0 and y > 0 do
        if x % 2 == 1 and y % 2 == 1 then m = m + bit end
        x, y, bit = (x - x % 2) / 2, (y - y % 2) / 2, bit * 2
      end
      t.kinds = m
    else
      t.kinds = b.kinds
    end
  end
  for _, f in ipairs({ "on", "off" }) do
    if b[f] then
      local bits, x, bit = t[f] or 0, b[f], 1
      while x > 0 do
        if x % 2 == 1 and bits % (2 * bit) < bit then bits = bits + bit end
        x, bit = (x - x % 2) / 2, bit * 2
      end
      t[f] = bits
    end
  end
  if b.keys then
    if t.keys then
      local set, keys = {}, {}
      for _, k in ipairs(b.keys) do set[k] = true end
      for _, k in ipairs(t.keys) do if set[k] then keys[#keys + 1] = k end end
      t.keys = keys
    else
      t.keys = b.keys
    end
  end
  if b.layer then
    if t.layer and t.layer ~= b.layer then
      error("glean: all() cannot test two layers in one token", 4)
    end
    t.layer = b.layer
    t.labels = t.labels or {}
    local labels = {}
    for _, l in ipairs(t.labels) do labels[#labels + 1] = l end
    for _, l in ipairs(b.labels) do labels[#labels + 1] = l end
    t.labels = labels
  end
  return t
end

--- A token that passes every test given.
function M.all (...)
  local args = { ... }
  if #args == 0 then error("glean: all() needs tests", 2) end
  local t = {}
  for _, a in ipairs(args) do
    a = pat(a)
    if a.tag ~= "test" then error("glean: all() takes token tests only", 2) end
    t = merge_test(t, a.test)
  end
  return test(t)
end

--- A token that fails test t.
function M.no (t)
  t = pat(t)
  if t.tag ~= "test" or t.test.neg then
    error("glean: no() takes a plain token test", 2)
  end
  local n = {}
  for k, v in pairs(t.test) do n[k] = v end
  n.neg = true
  return test(n)
end

M.any = test({})
M.cap_word = M.all(M.kind("word"), M.is("cap"))
M.number = M.kind("number")
M.punct = M.kind("punct")

-- }======================================================


-- {======================================================
-- Spans, sequences, choices, repetition, captures
-- =======================================================

--- A whole dictionary match whose label or list is one of names.
function M.dict (names)
  return node({ tag = "span", layer = 0, labels = label_list(names, "dict") })
end

--- A whole entity of an earlier pass with one of the labels.
function M.entity (names)
  return node({ tag = "span", layer = 1, labels = label_list(names, "entity") })
end

-- a node of tag over the patterns given (one pattern is itself)
local function list_node (tag, ...)
  local items = {}
  for i, p in ipairs({ ... }) do items[i] = pat(p, 3) end
  if #items == 1 then return items[1] end
  return node({ tag = tag, items = items })
end

--- A sequence of patterns.
function M.seq (...) return list_node("seq", ...) end

--- An ordered choice: the first alternative that matches is preferred.
function M.alt (...) return list_node("alt", ...) end

--- p repeated min to max times (max nil: no limit); greedy.
function M.rep (p, min, max)
  p = pat(p)
  min = min or 0
  if type(min) ~= "number" or min < 0 or min > 64 or (max and (max < min or max > 64)) then
    error("glean: rep() counts must be within 0..64", 2)
  end
  return node({ tag = "rep", p = p, min = min, max = max })
end

function M.opt (p) return M.rep(p, 0, 1) end

--- A sequence of words: "according to", "the New York Times".
function M.phrase (s)
  if type(s) ~= "string" or s == "" then
    error("glean: phrase expects a non-empty string", 2)
  end
  local toks = require("glean").tokenize(s)
  if #toks == 0 then error("glean: phrase '" .. s .. "' has no token", 2) end
  local items = {}
  for i = 1, #toks do items[i] = test({ keys = { toks:key(i) } }) end
  if #items == 1 then return items[1] end
  return node({ tag = "seq", items = items })
end

--- Capture the tokens p matches under a name.
function M.capture (name, p)
  if type(name) ~= "string" or name == "" then
    error("glean: capture needs a name", 2)
  end
  return node({ tag = "cap", name = name, p = pat(p) })
end

function methods.named (p, name)
  return M.capture(name, p)
end

M.sent_start = node({ tag = "assert", what = "sent_start" })
M.sent_end = node({ tag = "assert", what = "sent_end" })

mt.__mul = function (a, b) return M.seq(a, b) end
mt.__add = function (a, b) return M.alt(a, b) end
mt.__pow = function (p, n)
  if type(n) ~= "number" or n ~= math.floor(n) then
    error("glean: p ^ n needs a whole number", 2)
  end
  if n >= 0 then return M.rep(p, n, nil) end
  return M.rep(p, 0, -n)
end
mt.__tostring = function (p) return "glean.pattern(" .. p.tag .. ")" end

-- }======================================================


-- {======================================================
-- Compilation
-- =======================================================

-- can p match no token at all?
local function nullable (p)
  local tag = p.tag
  if tag == "test" or tag == "span" then return false end
  if tag == "assert" then return true end
  if tag == "seq" then
    for _, q in ipairs(p.items) do if not nullable(q) then return false end end
    return true
  end
  if tag == "alt" then
    for _, q in ipairs(p.items) do if nullable(q) then return true end end
    return false
  end
  if tag == "rep" then return p.min == 0 or nullable(p.p) end
  if tag == "cap" then return nullable(p.p) end
  return true
end

local MAX_INSTRUCTIONS = 100000

--- A compiler that gathers rules into one program.
-- @tparam table layers `{[0] = {name = bit, ...}, [1] = {...}}`: the label
-- bits of the dictionary and entity layers (names not listed never match)
function M.compiler (layers)
  local C = {
    code = {}, spanbits = {}, tests = {}, keysets = {}, rules = {},
    keyset_ids = {}, test_ids = {}, captures = {}, layers = layers or {},
  }
  return setmetatable(C, { __index = M.compiler_methods })
end

M.compiler_methods = {}
local CM = M.compiler_methods

local function emit (C, op, a, b)
  local n = #C.code / 3
  if n >= MAX_INSTRUCTIONS then
    error("glean: patterns too large (more than " .. MAX_INSTRUCTIONS ..
          " instructions)", 0)
  end
  local code = C.code
  code[#code + 1] = op
  code[#code + 1] = a or 0
  code[#code + 1] = b or 0
  return n
end

local function patch (C, pc, a, b)
  if a then C.code[3 * pc + 2] = a end
  if b then C.code[3 * pc + 3] = b end
end

local function label_bits (C, layer, labels)
  local names = C.layers[layer] or {}
  local bits = 0
  for _, name in ipairs(labels) do
    local b = names[name]
    if b and bits % (2 * b) < b then bits = bits + b end
  end
  return bits
end

-- the 0-based id of value in list, one entry for each signature
local function intern (list, ids, sig, value)
  local id = ids[sig]
  if not id then
    list[#list + 1] = value
    id = #list - 1
    ids[sig] = id
  end
  return id
end

local function keyset_id (C, keys)
  local sorted = {}
  for i, k in ipairs(keys) do sorted[i] = k end
  table.sort(sorted)
  return intern(C.keysets, C.keyset_ids, table.concat(sorted, "\0"), sorted)
end

local function test_id (C, t)
  local spec = { kinds = t.kinds, on = t.on, off = t.off,
                 neg = t.neg and 1 or nil }
  if t.keys then
    if #t.keys == 0 then spec.kinds = 0; spec.keyset = keyset_id(C, { "\0none" })
    else spec.keyset = keyset_id(C, t.keys) end
  end
  if t.layer then
    spec.layer = t.layer
    spec.bits = label_bits(C, t.layer, t.labels)
    if spec.bits == 0 then spec.bits = nil; spec.keyset = keyset_id(C, { "\0none" }) end
  end
  if t.xlayer then
    local bits = label_bits(C, t.xlayer, t.xlabels)
    if bits ~= 0 then spec.xlayer, spec.xbits = t.xlayer, bits end
  end
  local sig = table.concat({ tostring(spec.kinds), tostring(spec.on),
    tostring(spec.off), tostring(spec.keyset), tostring(spec.layer),
    tostring(spec.bits), tostring(spec.neg), tostring(spec.xlayer),
    tostring(spec.xbits) }, "|")
  return intern(C.tests, C.test_ids, sig, spec)
end

local gen

local function gen_rep (C, p, caps)
  for _ = 1, p.min do gen(C, p.p, caps) end
  if p.max == nil then                       -- L: split body, out
    local l = emit(C, "split")
    gen(C, p.p, caps)
    emit(C, "jmp", l)
    patch(C, l, l + 1, #C.code / 3)
  else
    local splits = {}
    for _ = p.min + 1, p.max do
      local s = emit(C, "split")
      splits[#splits + 1] = s
      patch(C, s, s + 1)
      gen(C, p.p, caps)
    end
    local out = #C.code / 3
    for _, s in ipairs(splits) do patch(C, s, nil, out) end
  end
end

gen = function (C, p, caps)
  local tag = p.tag
  if tag == "test" then
    emit(C, "token", test_id(C, p.test))
  elseif tag == "span" then
    local pc = emit(C, "span", p.layer)
    C.spanbits[pc] = label_bits(C, p.layer, p.labels)
    emit(C, "tail", p.layer)
  elseif tag == "seq" then
    for _, q in ipairs(p.items) do gen(C, q, caps) end
  elseif tag == "alt" then
    local jumps = {}
    for i, q in ipairs(p.items) do
      if i < #p.items then
        local s = emit(C, "split")
        patch(C, s, s + 1)
        gen(C, q, caps)
        jumps[#jumps + 1] = emit(C, "jmp")
        patch(C, s, nil, #C.code / 3)
      else
        gen(C, q, caps)
      end
    end
    local out = #C.code / 3
    for _, j in ipairs(jumps) do patch(C, j, out) end
  elseif tag == "rep" then
    gen_rep(C, p, caps)
  elseif tag == "cap" then
    local k = caps.index[p.name]
    if not k then
      caps[#caps + 1] = p.name
      k = #caps
      caps.index[p.name] = k
      if 2 * k > 64 then error("glean: more than 32 captures in one rule", 0) end
    end
    emit(C, "save", 2 * (k - 1))
    gen(C, p.p, caps)
    emit(C, "save", 2 * (k - 1) + 1)
  elseif tag == "assert" then
    emit(C, p.what)
  else
    error("glean: bad pattern node " .. tostring(tag), 0)
  end
end

--- Add a rule's pattern; returns the rule's number (1-based).
function CM.add (C, p)
  p = pat(p)
  if nullable(p) then error("glean: the pattern can match no token", 2) end
  local caps = { index = {} }        -- names in order; index: name -> number
  local pc = #C.code / 3
  gen(C, p, caps)
  emit(C, "match")
  C.rules[#C.rules + 1] = { pc = pc, nslots = 2 * #caps }
  C.captures[#C.rules] = caps
  return #C.rules
end

--- The compiled program (a `glean.Program` with `:run`).
-- (plain: every rule tried at every token, every closure walked as it
-- runs, no sentence skipped: slower, the same matches; for checking)
function CM.program (C, plain)
  return core.program({ code = C.code, spanbits = C.spanbits, tests = C.tests,
                        keysets = C.keysets, rules = C.rules, plain = plain or nil })
end

--- Run a program's rules over tokens: matches with captures by name.
-- @param prog from `CM.program`
-- @param C the compiler (for capture names)
-- @param toks a `glean.Tokens`
-- @tparam[opt] table opts `sentences` (a `glean.Sentences`), `dict`,
-- `entities` (`glean.Layer`s)
-- @treturn table matches: `rule`, `first_token`, `last_token`, `captures`
-- (name -> {first_token, last_token})
local NO_CAPTURES = setmetatable({}, { __newindex = function ()
  error("glean: a match without captures has none to set", 2)
end })

function M.run (prog, C, toks, opts)
  opts = opts or {}
  local rules, firsts, lasts, slots = prog:run(toks, opts.sentences, opts.dict,
                                               opts.entities)
  local out, at = {}, 0
  local capnames = C.captures
  for i = 1, #rules do
    local r = rules[i]
    local names = capnames[r]
    local n = #names
    local named = NO_CAPTURES
    if n > 0 then
      named = {}
      for k = 1, n do
        local a, b = slots[at + 2 * k - 1], slots[at + 2 * k]
        if a > 0 and b > a then named[names[k]] = { a, b - 1 } end
      end
      at = at + 2 * n
    end
    out[i] = { rule = r, first_token = firsts[i], last_token = lasts[i],
               captures = named }
  end
  return out
end

-- }======================================================

M.is_pattern = is_pattern

return M
