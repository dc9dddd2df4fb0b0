--- Word lists as one dictionary matcher: building it from TSV files or Lua
-- tables, caching the compiled form, and looking phrases up in a text.
-- The matching itself is C (`glean.core`'s Matcher); this module decides
-- which lists make the default dictionary, where its compiled cache lives,
-- and which of several readings of one span `lookup` reports first.
-- @module glean.gazetteer

local core = require "glean.core"
local data = require "glean.data"

-- (LuaJIT: the functions of this file run in the interpreter; a trace
-- would stop at each of their many calls into the C core, and stitching
-- the pieces together makes them several times slower, not faster)
local jit = rawget(_G, "jit")
if jit then jit.off(true, true) end

local io, os, table = io, os, table
local error, ipairs, rawget, tonumber, tostring = error, ipairs, rawget, tonumber, tostring
local unpack = rawget(table, "unpack") or rawget(_G, "unpack")

local M = {}

--- The default English lists, in order of preference when one span has
-- readings from several lists (a country before a surname).
M.DEFAULT_LISTS = {
  "countries", "demonyms", "media", "organizations", "regions", "cities",
  "places", "titles", "reporting_verbs", "given_names", "surnames",
}

local CACHE_FORMAT = "2"

local function list_paths (names)
  local paths = {}
  for i, name in ipairs(names) do
    local p, err = data.path("en/" .. name .. ".tsv")
    if not p then error(err, 3) end
    paths[i] = p
  end
  return paths
end

local function cache_dirs ()
  local dirs = {}
  local here = data.path("en/countries.tsv")
  if here then dirs[#dirs + 1] = here:match("^(.*)/en/[^/]*$") .. "/cache" end
  local xdg = os.getenv("XDG_CACHE_HOME")
  local home = os.getenv("HOME")
  if xdg and xdg ~= "" then dirs[#dirs + 1] = xdg .. "/glean"
  elseif home and home ~= "" then dirs[#dirs + 1] = home .. "/.cache/glean" end
  return dirs
end

local function readable (p)
  local f = io.open(p, "rb")
  if f then f:close() return true end
  return false
end

--- Compile lists into a new matcher.
-- @param tokenizer a `glean.Tokenizer` (its abbreviations decide how
-- surfaces tokenize)
-- @tparam table lists names of bundled lists (`"cities"`) or paths of TSV
-- files (anything with a `/` or ending in `.tsv`)
-- @treturn userdata a `glean.Matcher`
-- @raise on a missing or malformed file (`glean: file:line: …`)
function M.compile (tokenizer, lists)
  local m = core.matcher(tokenizer)
  for _, name in ipairs(lists) do
    if name:find("/", 1, true) or name:match("%.tsv$") then
      m:add_tsv(name)
    else
      m:add_tsv(list_paths({ name })[1], name)
    end
  end
  return m
end

local function cache_name ()
  local args = list_paths(M.DEFAULT_LISTS)
  args[#args + 1] = data.path("en/abbreviations.tsv")
  return "en-" .. CACHE_FORMAT .. "-" .. core._VERSION .. "-" ..
         core.fingerprint(unpack(args)) .. ".gaz"
end

--- Compile the default lists and save them in dir (for `make cache`, which
-- puts the cache beside the installed lists).
-- @treturn string the path written
function M.write_cache (tokenizer, dir)
  local m = M.compile(tokenizer, M.DEFAULT_LISTS)
  local p = dir .. "/" .. cache_name()
  local ok, err = m:save(p)
  m:close()
  if not ok then error(err, 2) end
  return p
end

--- The default English matcher, from the compiled cache when it is up to
-- date, else compiled from the lists (and the cache written, best effort).
-- @param tokenizer a `glean.Tokenizer`
-- @tparam[opt] table opts `cache = false` to neither read nor write a cache
-- @treturn userdata a `glean.Matcher`
-- @treturn string where it came from: a cache path, or "lists"
function M.default (tokenizer, opts)
  local use_cache = not (opts and opts.cache == false) and
                    os.getenv("GLEAN_NO_CACHE") == nil
  local name
  if use_cache then
    name = cache_name()
    for _, dir in ipairs(cache_dirs()) do
      local p = dir .. "/" .. name
      if readable(p) then
        local m = core.load_matcher(p, tokenizer)
        if m then return m, p end
      end
    end
  end
  local m = M.compile(tokenizer, M.DEFAULT_LISTS)
  if use_cache then
    local dirs = cache_dirs()
    local dir = dirs[#dirs]
    local made = dir and os.execute(("mkdir -p '%s' 2>/dev/null"):format(
                   (dir:gsub("'", "'\\''"))))
    if made == true or made == 0 then
      local tmp = dir .. "/" .. name .. ".tmp" .. tostring(os.time())
      if m:save(tmp) then os.rename(tmp, dir .. "/" .. name) else os.remove(tmp) end
    end
  end
  return m, "lists"
end

-- preference among readings of one span: strong before weak, then the
-- order of the lists (a list the user adds before the default ones: it is
-- there to say better), then current before alternate spellings, then the
-- larger population
local LIST_RANK = {}
for i, name in ipairs(M.DEFAULT_LISTS) do LIST_RANK[name] = i end

--- A reading's population (its `pop=` extra field), or nil; read once
-- per reading.
function M.population (r)
  local pop = r._pop
  if pop == nil then
    local extra = r.extra
    pop = extra and tonumber(extra:match("pop=(%d+)")) or false
    r._pop = pop
  end
  return pop or nil
end

--- The country a nationality's or a country's reading names (its
-- `country=` extra field as a name, else its canonical name: "Ruritanian"
-- -> Ruritania), or nil for any other reading.
function M.country_of (r)
  if not (r and (r.label == "NORP" or r.kind == "country")) then return nil end
  -- (worked out once per reading, as its population is)
  local c = r._country
  if not c then
    c = (r.extra or ""):match("country=([^;]+)") or r.canonical
    -- (an ISO code is no name)
    if #c == 2 then c = r.canonical end
    r._country = c
  end
  return c
end

-- the preference among readings as a comparator for table.sort: the key
-- ms:rank works out in C once per reading (the order above; ms:best picks
-- the first reading of a span by it), the id breaking ties
local function order_of (ms)
  local rank = ms.rank
  return function (a, b)
    local ka, kb = rank(ms, a.id, LIST_RANK), rank(ms, b.id, LIST_RANK)
    if ka ~= kb then return ka < kb end
    return a.id < b.id
  end
end

--- Leftmost-longest dictionary matches of a matcher in a token list, one
-- result per span: the preferred reading, with the others in
-- `alternatives`.
-- @param m a `glean.Matcher`
-- @param toks a `glean.Tokens`
-- @treturn table array of results (`first`, `last`, `text`, `label`,
-- `canonical`, `kind`, `list`, `flags`, `extra`, `weak`, `alt`, `case`,
-- `first_token`, `last_token`, `alternatives`)
-- a capitalized word right after token k, on the same line: the surname
-- that makes "Vladimir" a given name rather than a city
local function name_follows (toks, k)
  local n = k + 1
  return n <= #toks and toks:kind(n) == "word" and toks:is(n, "cap") and
         toks:is(n, "space_before") and not toks:is(n, "newline_before")
end

function M.lookup (m, toks)
  return M.readings(m:match(toks, "longest"), toks)
end

--- A lookup of the preferred reading of one matched span, built lazily
-- from a matcher's matches (for rules that ask about a few spans).
-- @return function (first_token, last_token [, every]) -> the payload table
-- of the preferred reading (shared between calls: read it, do not change
-- it), or nil; with `every`, an array of all the span's readings (shared
-- too: read it)
-- payload tables by matcher and id, shared by all documents (read only)
local PAYLOADS = setmetatable({}, { __mode = "k" })
-- (the readings of a span with none, shared: writing to it is an error)
local NO_READINGS = setmetatable({}, { __newindex = function ()
  error("glean: the readings of a span are read only", 2)
end })

function M.span_reader (m, ms, ntokens)
  local payloads = PAYLOADS[m]
  if not payloads then
    payloads = {}
    PAYLOADS[m] = payloads
  end
  -- (in C, ms:reader: the preferred reading is one search of the matches,
  -- the readings are made once per matcher, the lists of all readings of
  -- a span are kept, given the number of tokens)
  return ms:reader(payloads, LIST_RANK, ntokens, NO_READINGS)
end

--- The preferred reading of each span of a matcher's leftmost-longest
-- matches (`m:match(toks)`), as `lookup` returns them.
function M.readings (ms, toks)
  local out, n = {}, #ms
  local better
  local i = 1
  while i <= n do
    local r = ms[i]
    local j = i + 1
    local alts
    while j <= n do
      local s = ms[j]
      if s.first_token ~= r.first_token then break end
      alts = alts or {}
      alts[#alts + 1] = s
      j = j + 1
    end
    if alts then
      alts[#alts + 1] = r
      better = better or order_of(ms)
      table.sort(alts, better)
      local pick = 1
      if alts[1].label ~= "given_name" and name_follows(toks, r.last_token) then
        for k = 2, #alts do
          if alts[k].label == "given_name" and not alts[k].weak then pick = k break end
        end
      end
      r = table.remove(alts, pick)
      r.alternatives = alts
    end
    out[#out + 1] = r
    i = j
  end
  return out
end

return M
