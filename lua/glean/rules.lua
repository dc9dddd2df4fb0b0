--- Rule packs: rules as plain Lua tables, run as ordered passes.
--
-- A rule: `{id = "person.en.title_name", label = "PERSON", pattern = <pattern>,
-- priority = 50, span = "name", build = function (m, ctx) ... end}`.
-- `pattern` is a `glean.pattern` value; `span` names the capture that is
-- the result's extent (default: the whole match); `build` (optional) gets
-- the match (`m.first_token`, `m.last_token`, `m.captures`, `m.text`,
-- `m:capture_text(name)`, `m:capture_span(name)`: a capture's first and
-- last token, or nil, with no table made) and may return a table of
-- fields for the result
-- (`canonical`, `value`, `title`, …, or `label`/`first_token`/`last_token`
-- to change it), or false to drop it.
--
-- A pack: `{name = "…", rules = {…}, lists = {"names.tsv", …}}` (word
-- lists join the dictionary; a rule file's are relative to the file);
-- packs run in order, one pass each;
-- a later pass sees the entities of the earlier ones (`P.entity "PERSON"`).
-- Results that overlap are resolved by priority, then length, then
-- position, then rule order; every result keeps the id of its rule.
--
-- Rule files from users are loaded as data in a sandbox (`load_file`): no
-- io, os, require, load or globals (`P`, `lpeg` for character-level
-- grammars on a match's text, `string`, `table`, `math` and the basic
-- functions); a bounded amount of work and memory when they load and
-- whenever their functions run.
-- @module glean.rules

local P = require "glean.pattern"
local core = require "glean.core"
local candidate, candidates, winners = core.candidate, core.candidates, core.winners

-- (LuaJIT: the functions of this file run in the interpreter; a trace
-- would stop at each of their many calls into the C core, and stitching
-- the pieces together makes them several times slower, not faster)
local jit = rawget(_G, "jit")
if jit then jit.off(true, true) end

local collectgarbage, error, getmetatable, ipairs, next, pairs, pcall,
      select, setmetatable, tonumber, tostring, type =
      collectgarbage, error, getmetatable, ipairs, next, pairs, pcall,
      select, setmetatable, tonumber, tostring, type
local debug, io, math, string, table = debug, io, math, string, table
local rawget, rawset = rawget, rawset

local M = {}

-- {======================================================
-- Checking rules
-- =======================================================

local function rule_error (where, id, msg, level)
  error(("glean: %s%s: %s"):format(where or "",
        id and (" rule '" .. tostring(id) .. "'") or "", msg), level or 0)
end

local RULE_FIELDS = { id = "string", label = "string", pattern = "pattern",
  priority = "number", span = "string", build = "function", kind = "string",
  description = "string", line = "number" }

--- Check a pack; returns it normalized ({name, rules}), or raises with the
-- rule's id and where it came from.
function M.check_pack (pack, where)
  if type(pack) ~= "table" then rule_error(where, nil, "a pack must be a table") end
  local rules = pack.rules
  if type(rules) ~= "table" then rule_error(where, nil, "a pack needs a rules list") end
  local ids = {}
  for i, r in ipairs(rules) do
    if type(r) ~= "table" then rule_error(where, "#" .. i, "a rule must be a table") end
    local id = r.id
    if type(id) ~= "string" or not id:match("^[%w_%-]+%.[%w_%-]+%.[%w_%.%-]+$") then
      rule_error(where, id or ("#" .. i),
                 "needs an id like 'kind.lang.name' (letters, digits, _ - .)")
    end
    if ids[id] then rule_error(where, id, "the id is used twice") end
    ids[id] = true
    for k, v in pairs(r) do
      local want = RULE_FIELDS[k]
      if not want then rule_error(where, id, "unknown field '" .. tostring(k) .. "'") end
      local ok = (want == "pattern" and P.is_pattern(v)) or type(v) == want
      if not ok then rule_error(where, id, "field '" .. k .. "' must be a " .. want) end
    end
    if not r.pattern then rule_error(where, id, "needs a pattern") end
    if not r.label and not r.build then
      rule_error(where, id, "needs a label or a build function")
    end
  end
  local lists = pack.lists or {}
  if type(lists) ~= "table" then rule_error(where, nil, "lists must be a list of TSV files") end
  for _, l in ipairs(lists) do
    if type(l) ~= "string" then rule_error(where, nil, "lists must be a list of TSV files") end
  end
  return { name = pack.name or where or "pack", rules = rules, lists = lists,
           sandboxed = rawget(pack, "sandboxed"), dir = rawget(pack, "dir") }
end

-- }======================================================


-- {======================================================
-- The sandbox
-- =======================================================

M.LIMITS = {
  load_instructions = 50000000,   -- to run a rule file's chunk
  call_instructions = 5000000,    -- one call of a rule's build function
  memory_kb = 64 * 1024,          -- growth allowed while sandboxed code runs
}

local SAFE_STRING = {}
for _, k in ipairs({ "byte", "char", "find", "format", "gmatch", "gsub",
                     "len", "lower", "match", "reverse", "sub", "upper" }) do
  SAFE_STRING[k] = string[k]
end
-- rep, with a bound: a string.rep bomb fails instead of eating memory
SAFE_STRING.rep = function (s, n, sep)
  local len = #tostring(s) * (tonumber(n) or 0) + #(sep or "") * (tonumber(n) or 0)
  if len > 1048576 then error("glean: string.rep result too large", 2) end
  return string.rep(s, n, sep)
end

local function readonly (t, name)
  return setmetatable({}, { __index = t, __newindex = function ()
    error("glean: " .. name .. " is read-only", 2)
  end, __metatable = false })
end

-- the pattern constructors a rule file may use (not the compiler, whose
-- tables are shared by every rule)
local PATTERN_API = {}
for _, k in ipairs({ "word", "words", "kind", "is", "isnt", "in_dict",
                     "in_entity", "all", "no", "any", "cap_word", "number",
                     "punct", "dict", "entity", "seq", "alt", "rep", "opt",
                     "phrase", "capture", "sent_start", "sent_end",
                     "is_pattern" }) do
  PATTERN_API[k] = P[k]
end

local function sandbox_env ()
  local safe_table = {}
  for _, k in ipairs({ "concat", "insert", "remove", "sort" }) do safe_table[k] = table[k] end
  safe_table.unpack = rawget(table, "unpack") or rawget(_G, "unpack")
  local safe_math = {}
  for k, v in pairs(math) do safe_math[k] = v end
  local env = {
    P = readonly(PATTERN_API, "P"), pattern = readonly(PATTERN_API, "pattern"),
    lpeg = readonly(require("lpeg"), "lpeg"),
    string = readonly(SAFE_STRING, "string"), table = readonly(safe_table, "table"),
    math = readonly(safe_math, "math"),
    ipairs = ipairs, pairs = pairs, next = next, select = select,
    tostring = tostring, tonumber = tonumber, type = type, error = error,
    assert = assert, pcall = pcall,
  }
  return env
end

local pack_results = rawget(table, "pack") or function (...)
  return { n = select("#", ...), ... }
end

-- run f(...) with the instruction and memory limits and the safe string
-- methods; returns pcall's results packed
local function guarded (budget, f, ...)
  local smt = getmetatable("")
  local old_index = smt.__index
  local mem0 = collectgarbage("count")
  local hook, mask, count = debug.gethook()
  local steps = 0
  local function onhook ()
    steps = steps + 1
    if steps * 10000 >= budget then
      error("glean: rule code ran too long (more than " .. budget ..
            " instructions)", 2)
    end
    if collectgarbage("count") - mem0 > M.LIMITS.memory_kb then
      error("glean: rule code used too much memory", 2)
    end
  end
  smt.__index = SAFE_STRING
  debug.sethook(onhook, "", 10000)
  local res = pack_results(pcall(f, ...))
  debug.sethook(hook, mask, count)
  smt.__index = old_index
  return res
end

local loadstring = rawget(_G, "loadstring")
local setfenv = rawget(_G, "setfenv")

--- Load a rule file as data: it runs in a sandbox and must return a pack
-- (or a list of rules). Returns the pack, or nil and a message naming the
-- file (and line or rule id).
function M.load_file (path)
  local f, err = io.open(path, "rb")
  if not f then return nil, "glean: " .. tostring(err) end
  local src = f:read("*a")
  f:close()
  if src:sub(1, 1) == "\27" then
    return nil, "glean: " .. path .. ": binary chunks are not allowed"
  end
  local env = sandbox_env()
  local chunk
  if setfenv then
    chunk, err = loadstring(src, "@" .. path)
    if chunk then setfenv(chunk, env) end
  else
    chunk, err = load(src, "@" .. path, "t", env)
  end
  if not chunk then return nil, "glean: " .. tostring(err) end
  -- LuaJIT calls no count hook in compiled code: the limits need the
  -- interpreter, for the chunk and every function it defines
  if jit and jit.off then jit.off(chunk, true) end
  local res = guarded(M.LIMITS.load_instructions, chunk)
  if not res[1] then return nil, (tostring(res[2]):gsub("^([^g])", "glean: %1")) end
  local pack = res[2]
  if type(pack) == "table" and pack.rules == nil and pack[1] ~= nil then
    pack = { name = path, rules = pack }
  end
  local ok, checked = pcall(M.check_pack, pack, path)
  if not ok then return nil, checked end
  checked.sandboxed = true
  -- word lists of a rule file are named relative to the file
  local dir = path:match("^(.*)/[^/]*$") or "."
  for i, l in ipairs(checked.lists) do
    if l:sub(1, 1) ~= "/" then checked.lists[i] = dir .. "/" .. l end
  end
  return checked
end

-- }======================================================


-- {======================================================
-- Engines
-- =======================================================

-- names a set of rules refers to in dictionary or entity layers
local function collect_names (p, layer, out)
  if type(p) ~= "table" then return end
  if p.tag == "span" and p.layer == layer then
    for _, l in ipairs(p.labels) do out[l] = true end
  elseif p.tag == "test" then
    if p.test.layer == layer then
      for _, l in ipairs(p.test.labels or {}) do out[l] = true end
    end
    if p.test.xlayer == layer then
      for _, l in ipairs(p.test.xlabels or {}) do out[l] = true end
    end
  end
  if p.items then for _, q in ipairs(p.items) do collect_names(q, layer, out) end end
  if p.p then collect_names(p.p, layer, out) end
end

local function bits_for (names, extra)
  local map, n = {}, 0
  local list = {}
  for name in pairs(names) do list[#list + 1] = name end
  for _, name in ipairs(extra or {}) do if not names[name] then list[#list + 1] = name end end
  table.sort(list)
  for _, name in ipairs(list) do
    if n >= 52 then error("glean: rules name more than 52 labels in one layer", 0) end
    map[name] = 2 ^ n
    n = n + 1
  end
  return map
end

local ENTITY_LABELS = { "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "TIME" }

--- An engine for packs (each a pass). opts: `matcher` (dictionary; default
-- none), `tokenizer`.
function M.engine (packs, opts)
  opts = opts or {}
  local E = { passes = {}, matcher = opts.matcher, tokenizer = opts.tokenizer }
  local dict_names, ent_names = {}, {}
  for _, pack in ipairs(packs) do
    for _, r in ipairs(pack.rules) do
      collect_names(r.pattern, 0, dict_names)
      collect_names(r.pattern, 1, ent_names)
    end
  end
  E.dict_bits = bits_for(dict_names)
  E.ent_bits = bits_for(ent_names, ENTITY_LABELS)
  for _, pack in ipairs(packs) do
    local C = P.compiler({ [0] = E.dict_bits, [1] = E.ent_bits })
    for _, r in ipairs(pack.rules) do
      local ok, err = pcall(C.add, C, r.pattern)
      if not ok then
        rule_error(pack.name, r.id, tostring(err):gsub("^glean: ", ""))
      end
    end
    E.passes[#E.passes + 1] = { pack = pack, compiler = C, program = C:program() }
  end
  return setmetatable(E, { __index = M.engine_methods })
end

M.engine_methods = {}
local EM = M.engine_methods

--- Order results by first token, keeping the order of equal ones. The
-- lists met here are in order but for a few results (a span trimmed, a
-- name found again and appended): an insertion sort, in place on a copy,
-- costs a step per result and one per result out of place; a list already
-- in order is returned as it is.
function M.by_first (results)
  local n = #results
  local i = 2
  while i <= n and results[i].first_token >= results[i - 1].first_token do i = i + 1 end
  if i > n then return results end
  local out = {}
  if n - i > 64 then
    -- (a long tail out of place, as in a long text whose names are found
    -- again: a stable sort of positions, not one step per result moved)
    local pos = {}
    for k = 1, n do pos[k] = k end
    table.sort(pos, function (x, y)
      local fx, fy = results[x].first_token, results[y].first_token
      if fx ~= fy then return fx < fy end
      return x < y
    end)
    for k = 1, n do out[k] = results[pos[k]] end
    return out
  end
  for k = 1, n do out[k] = results[k] end
  for k = i, n do
    local r = out[k]
    local f = r.first_token
    local j = k - 1
    while j >= 1 and out[j].first_token > f do
      out[j + 1] = out[j]
      j = j - 1
    end
    out[j + 1] = r
  end
  return out
end

--- Keep the best of overlapping results (each token in one result at most):
-- results that overlap, directly or through others, form a cluster, and
-- within it the better result wins (priority, then length, position, pass,
-- rule order); the winners come in order of first token. Linear in the
-- results outside clusters; in C (`core.resolve`).
M.resolve = core.resolve

local function call_build (rule, m, ctx, sandboxed)
  if sandboxed then
    local res = guarded(M.LIMITS.call_instructions, rule.build, m, ctx)
    if not res[1] then
      error(("glean: rule '%s': %s"):format(rule.id, tostring(res[2])), 0)
    end
    return res[2]
  end
  return rule.build(m, ctx)
end

--- Run the passes over a token list.
-- @param toks `glean.Tokens`; @param sents `glean.Sentences`; ms (optional):
-- the dictionary matches of toks, when the caller has them already
-- @tparam string text
-- @tparam table ctx handed to build functions (`dct`, …)
-- @treturn table entities (resolved), each with `first_token`,
-- `last_token`, `label`, `rule`, `priority` and the build's fields
-- what a build function gets: the match (`rule`, `rule_id`,
-- `first_token`, `last_token`, `tokens`), with `captures`, `text` and
-- `capture_text` given on demand (most builds never ask for the text).
-- The metatable is made per run: it holds the run's text and capture slots,
-- so that a match carries only its own fields (a table of eight slots that
-- never grows)
local function match_mt (text, toks, capnames, slots)
  -- (the tokens of a capture read from the run's slots, no table made:
  -- `captures` makes a table and a pair a capture, thousands of
  -- instructions a match; a match whose captures were made reads them.
  -- The compiler keeps each rule's capture numbers by name: `index`.)
  local function capture_span (m, name)
    local caps = rawget(m, "captures")
    if caps then
      local c = caps[name]
      if c then return c[1], c[2] end
      return nil
    end
    local j = capnames[m.rule].index[name]
    if j then
      local at = m._at
      local a, b = slots[at + 2 * j - 1], slots[at + 2 * j]
      if a > 0 and b > a then return a, b - 1 end
    end
    return nil
  end
  local function capture_text (m, name)
    local a, b = capture_span(m, name)
    if a then return text:sub(toks:first(a), toks:last(b)) end
  end
  return { __index = function (m, k)
    if k == "text" then
      local t = text:sub(toks:first(m.first_token), toks:last(m.last_token))
      rawset(m, "text", t)
      return t
    elseif k == "captures" then
      -- name -> {first_token, last_token}, from the run's capture slots
      local at, captures = m._at, {}
      local names = capnames[m.rule]
      for j = 1, #names do
        local a, b = slots[at + 2 * j - 1], slots[at + 2 * j]
        if a > 0 and b > a then captures[names[j]] = { a, b - 1 } end
      end
      rawset(m, "captures", captures)
      return captures
    elseif k == "capture_text" then return capture_text
    elseif k == "capture_span" then return capture_span end
  end }, capture_span
end

-- what sandboxed rules see of the context: read-only, and read-only
-- readings, so that no rule can change what another one sees
local function guarded_ctx (ctx)
  local view = {}
  for k, v in pairs(ctx) do view[k] = v end
  if ctx.dict then
    view.dict = function (a, b)
      local r = ctx.dict(a, b)
      return r and readonly(r, "a dictionary reading") or nil
    end
  end
  return readonly(view, "ctx")
end

local NO_CAPTURES = setmetatable({}, { __newindex = function ()
  error("glean: a match's captures are read only", 2)
end })

function EM.run (E, text, toks, sents, ctx, ms)
  local dict
  local safe_ctx
  if E.matcher and next(E.dict_bits) then
    dict = (ms or E.matcher:match(toks)):layer(E.dict_bits)
  end
  local ntoks = #toks
  local entities = {}
  for pi, pass in ipairs(E.passes) do
    local layer
    if #entities > 0 then
      local f, l, b = {}, {}, {}
      for i, e in ipairs(entities) do
        f[i], l[i], b[i] = e.first_token, e.last_token, E.ent_bits[e.label] or 0
      end
      layer = core.layer(ntoks, f, l, b)
    end
    local ids, firsts, lasts, slots = pass.program:run(toks, sents, dict, layer)
    local capnames = pass.compiler.captures
    local prules, sandboxed = pass.pack.rules, pass.pack.sandboxed
    -- the candidates: the entities of the passes before, then the
    -- matches kept, resolved before any record is made (core.winners:
    -- a match that loses never becomes a table)
    local cands = candidates(#entities + #ids, ntoks)
    for _, e in ipairs(entities) do candidate(cands, e) end
    local at = 0
    local mt, capture_span = match_mt(text, toks, capnames, slots)
    -- (one match table for the run's trusted builds, filled anew for each
    -- match, as the dates engine does: a table made per match and left to
    -- the collector cost 4% of the whole extraction. A build reads it
    -- during its call; a sandboxed one gets its own.)
    local lent = setmetatable({ rule = 0, rule_id = false, first_token = 0, last_token = 0,
                                tokens = toks, _at = 0, captures = nil, text = nil,
                                capture_span = capture_span }, mt)
    for i = 1, #ids do
      local ri = ids[i]
      local rule = prules[ri]
      local names = capnames[ri]
      local nnames = #names
      local here = at
      at = at + 2 * nnames
      -- the span capture's tokens, read from the slots (no tables)
      local sa, sb
      if rule.span then
        local k = names.index[rule.span]
        if k then
          local a, b = slots[here + 2 * k - 1], slots[here + 2 * k]
          if a > 0 and b > a then sa, sb = a, b - 1 end
        end
      end
      if (not rule.span) or sa then
        local fields
        if rule.build and not sandboxed then
          local m = lent
          m.rule, m.rule_id, m._at = ri, rule.id, here
          m.first_token, m.last_token = firsts[i], lasts[i]
          m.captures, m.text = nnames == 0 and NO_CAPTURES or nil, nil
          fields = rule.build(m, ctx)
        elseif rule.build then
          local m = setmetatable({ rule = ri, rule_id = rule.id, first_token = firsts[i],
                                   last_token = lasts[i], tokens = toks, _at = here,
                                   captures = nnames == 0 and NO_CAPTURES or nil,
                                   text = nil }, mt)
          -- (a rule from a file sees its own captures, made now)
          local _ = m.captures
          safe_ctx = safe_ctx or guarded_ctx(ctx)
          fields = call_build(rule, m, safe_ctx, true)
        end
        if fields ~= false then
          -- (kept when it has a label and a range in the text; its record
          -- is made if it wins: at the size an entity comes to, the
          -- build's fields copied but rule, pass and order)
          candidate(cands, sa or firsts[i], sb or lasts[i], rule.label, rule.id,
                    rule.priority or 0, pi, ri, fields)
        end
      end
    end
    entities = winners(cands)
  end
  return entities
end

-- }======================================================

return M
