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
  "speaker", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end",
  "rule", "count", "mentions", "titles", "affiliations", "addressee",
  "entities", "quotes", "registry" }

-- fields of a document's results that do not go out (internal or Lua-only)
local INTERNAL = { first = true, last = true, first_token = true,
  last_token = true, priority = true, pass = true, order = true }

--- The document as plain tables for the JSON contract.
-- @tparam table doc from `extract`
-- @tparam[opt="codepoint"] string unit "codepoint", "utf16" or "byte"
function M.document (doc, unit)
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
  local out = { id = doc.id, dct = doc.dct }
  local ents = doc.entities or {}
  local off = convert(ents, { { "first", "last" } })
  out.entities = setmetatable({}, glean.json.array_mt)
  for i, e in ipairs(ents) do
    local o = { start = off[2 * i - 1], ["end"] = off[2 * i] }
    for k, v in pairs(e) do
      if not INTERNAL[k] and type(v) ~= "table" and type(v) ~= "function" then o[k] = v end
    end
    out.entities[i] = o
  end
  local quotes = doc.quotes or {}
  local qf = { { "first", "last" }, { "speaker_first", "speaker_last" },
               { "cue_first", "cue_last" } }
  local qoff = convert(quotes, qf)
  out.quotes = setmetatable({}, glean.json.array_mt)
  local at = 0
  for i, q in ipairs(quotes) do
    local o = {}
    for k, v in pairs(q) do
      if not INTERNAL[k] and not k:match("_first$") and not k:match("_last$") and
         type(v) ~= "table" and type(v) ~= "function" then
        o[k] = v
      end
    end
    for _, f in ipairs(qf) do
      if q[f[1]] then
        local name = f[1] == "first" and "" or f[1]:gsub("_first$", "_")
        o[name == "" and "start" or name .. "start"] = qoff[at + 1]
        o[name == "" and "end" or name .. "end"] = qoff[at + 2]
        at = at + 2
      end
    end
    out.quotes[i] = o
  end
  local reg = doc.registry or {}
  local mentions = {}
  for _, r in ipairs(reg) do
    for _, m in ipairs(r.mentions) do mentions[#mentions + 1] = m end
  end
  local moff = convert(mentions, { { "first", "last" } })
  out.registry = setmetatable({}, glean.json.array_mt)
  at = 0
  for i, r in ipairs(reg) do
    local o = { label = r.label, canonical = r.canonical, kind = r.kind, count = r.count,
                mentions = setmetatable({}, glean.json.array_mt),
                titles = setmetatable({}, glean.json.array_mt),
                affiliations = setmetatable({}, glean.json.array_mt) }
    for k, m in ipairs(r.mentions) do
      o.mentions[k] = { start = moff[at + 1], ["end"] = moff[at + 2], text = m.text }
      at = at + 2
    end
    for k, v in ipairs(r.titles) do o.titles[k] = v end
    for k, v in ipairs(r.affiliations) do o.affiliations[k] = v end
    out.registry[i] = o
  end
  return out
end

--- Encode a document (or an error record) as one line of JSON.
function M.encode (doc, unit, pretty)
  local t = doc.text and M.document(doc, unit) or doc
  return glean.json.encode(t, M.KEY_ORDER, pretty)
end

--- The format interface (see `glean.formats`): one document, pretty
-- printed when `opts.pretty`, documents after the first one preceded by a
-- blank line; compact documents take one line each.
function M.write (out, doc, opts)
  opts = opts or {}
  if opts.pretty and (opts.index or 1) > 1 then out:write("\n") end
  out:write(M.encode(doc, opts.unit, opts.pretty), "\n")
end

--- A failed input line as `{"id", "error"}`.
function M.write_error (out, rec)
  out:write(glean.json.encode(rec, M.KEY_ORDER), "\n")
end

return M
