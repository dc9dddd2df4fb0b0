--- The JSON output contract (../shared/DESIGN.md): one document as a JSON
-- object with code point offsets (0-based, end exclusive) unless another
-- unit is asked for.
-- @module glean.formats.json

local glean = require "glean"

local ipairs, pairs, type = ipairs, pairs, type

local M = {}

-- the order of keys in every object of the output
M.KEY_ORDER = { "id", "dct", "error", "start", "end", "label", "text",
  "canonical", "title", "affiliation", "kind", "value", "mod", "timex_type",
  "speaker", "speaker_start", "speaker_end", "speakers", "cue", "cue_start", "cue_end",
  "rule", "parts", "count", "mentions", "titles", "affiliations", "addressee",
  "entities", "quotes", "registry" }

-- fields of a document's results that do not go out (internal or Lua-only)
local INTERNAL = { first = true, last = true, first_token = true,
  last_token = true, priority = true, pass = true, order = true }

-- The document's parts for the JSON contract: the top object without its
-- arrays, and for each array (entities, quotes, registry) its length and a
-- function making its i-th record (so that a writer can make one at a time)
local function parts (doc, unit)
  unit = unit or "codepoint"
  local text = doc.text
  local function convert (items, fields)
    local pos = {}
    for _, it in ipairs(items) do
      for _, f in ipairs(fields) do
        if it[f[1]] then
          pos[#pos + 1] = it[f[1]]
          pos[#pos + 1] = it[f[2]] + 1
        end
      end
    end
    if unit == "byte" then
      for i = 1, #pos do pos[i] = pos[i] - 1 end
      return pos
    end
    return glean.offsets(text, pos, unit)
  end
  local ents = doc.entities or {}
  local off = convert(ents, { { "first", "last" } })
  local function entity (i)
    local o = { start = off[2 * i - 1], ["end"] = off[2 * i] }
    for k, v in pairs(ents[i]) do
      if not INTERNAL[k] and type(v) ~= "table" and type(v) ~= "function" then o[k] = v end
    end
    return o
  end
  local quotes = doc.quotes or {}
  local qf = { { "first", "last" }, { "speaker_first", "speaker_last" },
               { "cue_first", "cue_last" } }
  local qoff = convert(quotes, qf)
  -- (the parts of quotes whose content runs past its attribution)
  local qparts, pat = {}, {}
  for i, q in ipairs(quotes) do
    if q.parts then
      pat[i] = #qparts * 2
      for _, p in ipairs(q.parts) do qparts[#qparts + 1] = p end
    end
  end
  local poff = #qparts > 0 and convert(qparts, { { "first", "last" } })
  local qat, at = {}, 0     -- where each quote's offsets start in qoff
  for i, q in ipairs(quotes) do
    qat[i] = at
    for _, f in ipairs(qf) do
      if q[f[1]] then at = at + 2 end
    end
  end
  local function quote (i)
    local q, o = quotes[i], {}
    for k, v in pairs(q) do
      if not INTERNAL[k] and not k:match("_first$") and not k:match("_last$") and
         type(v) ~= "table" and type(v) ~= "function" then
        o[k] = v
      end
    end
    local j = qat[i]
    for _, f in ipairs(qf) do
      if q[f[1]] then
        local name = f[1] == "first" and "" or f[1]:gsub("_first$", "_")
        o[name == "" and "start" or name .. "start"] = qoff[j + 1]
        o[name == "" and "end" or name .. "end"] = qoff[j + 2]
        j = j + 2
      end
    end
    if q.speakers then
      local list = setmetatable({}, glean.json.array_mt)
      for x, name in ipairs(q.speakers) do list[x] = name end
      o.speakers = list
    end
    if q.parts then
      local list, k = setmetatable({}, glean.json.array_mt), pat[i]
      for x, p in ipairs(q.parts) do
        list[x] = { start = poff[k + 1], ["end"] = poff[k + 2], text = p.text }
        k = k + 2
      end
      o.parts = list
    end
    return o
  end
  local reg = doc.registry or {}
  local mentions, mat = {}, {}
  for i, r in ipairs(reg) do
    mat[i] = #mentions * 2
    for _, m in ipairs(r.mentions) do mentions[#mentions + 1] = m end
  end
  local moff = convert(mentions, { { "first", "last" } })
  local function record (i)
    local r = reg[i]
    local o = { label = r.label, canonical = r.canonical, kind = r.kind, count = r.count,
                mentions = setmetatable({}, glean.json.array_mt),
                titles = setmetatable({}, glean.json.array_mt),
                affiliations = setmetatable({}, glean.json.array_mt) }
    local j = mat[i]
    for k, m in ipairs(r.mentions) do
      o.mentions[k] = { start = moff[j + 1], ["end"] = moff[j + 2], text = m.text }
      j = j + 2
    end
    for k, v in ipairs(r.titles) do o.titles[k] = v end
    for k, v in ipairs(r.affiliations) do o.affiliations[k] = v end
    return o
  end
  return { id = doc.id, dct = doc.dct }, {
    entities = { n = #ents, item = entity },
    quotes = { n = #quotes, item = quote },
    registry = { n = #reg, item = record },
  }
end

--- The document as plain tables for the JSON contract.
-- @tparam table doc from `extract`
-- @tparam[opt="codepoint"] string unit "codepoint", "utf16" or "byte"
function M.document (doc, unit)
  local out, arrays = parts(doc, unit)
  for name, a in pairs(arrays) do
    local list = setmetatable({}, glean.json.array_mt)
    for i = 1, a.n do list[i] = a.item(i) end
    out[name] = list
  end
  return out
end

-- A document's JSON goes out in pieces, an entity, quote or registry record
-- at a time, as the text json.encode gives for the whole (cJSON's compact
-- or pretty form: a record of the top object's arrays is printed alone and
-- indented two tabs more): neither the whole tree nor the whole text is
-- made at once (for a 5 MB article, these took as much memory again as
-- the extraction; the pieces take about the output's size).
local BATCH = 256     -- records a piece

local function stream (doc, unit, pretty, put, tick)
  local encode, order = glean.json.encode, M.KEY_ORDER
  local t, arrays = parts(doc, unit)
  put(pretty and "{\n" or "{")
  local keys = {}
  for _, k in ipairs(order) do
    if t[k] ~= nil or arrays[k] then keys[#keys + 1] = k end
  end
  for i, k in ipairs(keys) do
    put((pretty and "\t" or "") .. encode(k) .. (pretty and ":\t" or ":"))
    local a = arrays[k]
    if a then
      local buf, n = { "[" }, 1
      for j = 1, a.n do
        local s = encode(a.item(j), order, pretty)
        if pretty then s = s:gsub("\n", "\n\t\t") end
        n = n + 1
        buf[n] = j > 1 and (pretty and ", " or ",") .. s or s
        if n >= BATCH then
          put(table.concat(buf, "", 1, n))
          buf, n = {}, 0
          if tick then tick() end
        end
      end
      n = n + 1
      buf[n] = "]"
      put(table.concat(buf, "", 1, n))
    else
      put(encode(t[k], order, pretty))
    end
    if i < #keys then put(",") end
    if pretty then put("\n") end
  end
  put("}")
end

--- Encode a document (or an error record) as one line of JSON.
function M.encode (doc, unit, pretty)
  if not doc.text then return glean.json.encode(doc, M.KEY_ORDER, pretty) end
  local out = {}
  stream(doc, unit, pretty, function (s) out[#out + 1] = s end)
  return table.concat(out)
end

-- A long text (`glean.LONG_TEXT` bytes or more) has output in the tens of
-- megabytes (about 8 bytes of pretty JSON a byte of text): it is written
-- as it is encoded, once every record has been checked, so that the
-- pieces need not all be held. Its registry is made before, and the
-- garbage collected as it goes (left to the collector's own pace, it
-- raised the peak of a 5 MB text by 90 MB).
-- (the collector is driven by hand after each piece, well ahead of a
-- pass's garbage, a kilobyte or two a record)
local function gc_step () collectgarbage("step", 1024) end

-- whether the encoder takes v: strings, booleans, finite numbers, and
-- tables of them keyed by names or by 1 .. n pass here; anything else
-- goes to the encoder, which raises its error (so that this check never
-- says less than the encoder would)
local huge = math.huge
local encode_raw = glean.json.encode

local function check (v, depth)
  local tv = type(v)
  if tv == "string" or tv == "boolean" or
     (tv == "number" and v == v and v ~= huge and v ~= -huge) then
    return
  end
  if tv == "table" and depth < 8 then
    local named, n = nil, 0
    for k, x in pairs(v) do
      n = n + 1
      local tk = type(k)
      if tk == "string" and not k:find("\0", 1, true) and named ~= false then
        named = true
      elseif tk == "number" and named ~= true and k == math.floor(k) and k >= 1 then
        named = false
      else
        named = nil
        break
      end
      check(x, depth + 1)
    end
    if n == 0 or named == true or (named == false and n == #v) then return end
  end
  encode_raw(v)
end

-- a field the records take (as `parts` makes them)
local function check_field (k, v)
  if type(k) ~= "string" or k:find("\0", 1, true) then
    encode_raw({ [k] = v, [0] = 0 })   -- (raises: keys the encoder refuses)
  end
  check(v, 0)
end

local function output_field (k, v)
  local tv = type(v)
  return not INTERNAL[k] and tv ~= "table" and tv ~= "function"
end

-- every value the document's records will hold, checked from the results
-- themselves (making the records twice cost as much as encoding them)
local function check_doc (doc)
  check(doc.id, 0)
  check(doc.dct, 0)
  for _, e in ipairs(doc.entities or {}) do
    for k, v in pairs(e) do
      if output_field(k, v) then check_field(k, v) end
    end
  end
  for _, q in ipairs(doc.quotes or {}) do
    for k, v in pairs(q) do
      if output_field(k, v) and not (type(k) == "string" and
                                     (k:match("_first$") or k:match("_last$"))) then
        check_field(k, v)
      end
    end
    for _, p in ipairs(q.parts or {}) do check(p.text, 0) end
    for _, name in ipairs(q.speakers or {}) do check(name, 0) end
  end
  for _, r in ipairs(doc.registry or {}) do
    check(r.label, 0)
    check(r.canonical, 0)
    check(r.kind, 0)
    check(r.count, 0)
    for _, v in ipairs(r.titles) do check(v, 0) end
    for _, v in ipairs(r.affiliations) do check(v, 0) end
    for _, m in ipairs(r.mentions) do check(m.text, 0) end
  end
end

--- Write a document's JSON (an error record's too) to out, in pieces
-- (all encoded before the first is written: a record that cannot be
-- encoded leaves no half document behind).
function M.put (out, doc, unit, pretty)
  if not doc.text then
    out:write(glean.json.encode(doc, M.KEY_ORDER, pretty))
    return
  end
  if #doc.text >= glean.LONG_TEXT then
    local _ = doc.registry
    check_doc(doc)
    collectgarbage()
    stream(doc, unit, pretty, function (s) out:write(s) end, gc_step)
    collectgarbage()
    return
  end
  local pieces = {}
  stream(doc, unit, pretty, function (s) pieces[#pieces + 1] = s end)
  for i = 1, #pieces do out:write(pieces[i]) end
end

--- The format interface (see `glean.formats`): one document, pretty
-- printed when `opts.pretty`, documents after the first one preceded by a
-- blank line; compact documents take one line each.
function M.write (out, doc, opts)
  opts = opts or {}
  if opts.pretty and (opts.index or 1) > 1 then out:write("\n") end
  M.put(out, doc, opts.unit, opts.pretty)
  out:write("\n")
end

--- A failed input line as `{"id", "error"}`.
function M.write_error (out, rec)
  out:write(glean.json.encode(rec, M.KEY_ORDER), "\n")
end

return M
