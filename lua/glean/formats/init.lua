--- Output formats: finding a format module, and what formats share.
-- A format is a module `glean.formats.<name>` (drop one on the Lua path to
-- add a format) returning a table with
--
-- * `write(out, doc, opts)` (required): write one document (from
--   `glean.extract`) to `out` (anything with `:write`);
-- * `begin(out, opts)`, `finish(out, opts)` (optional): before the first
--   and after the last document (a CSV header, an HTML page's head);
-- * `write_error(out, rec, opts)` (optional): a JSON Lines input line that
--   failed (`rec` is `{id =, error =}`); without it the command reports the
--   error on stderr only.
--
-- `opts` holds `unit` (offsets: "codepoint", "byte" or "utf16"), `color`
-- (true when the output may be coloured), `pretty` and `index` (1 for the
-- first document). This module does no output itself.
-- @module glean.formats

local glean = require "glean"

local ipairs, pairs, pcall, require = ipairs, pairs, pcall, require
local setmetatable, tostring, type = setmetatable, tostring, type

local sort = table.sort

local M = { _VERSION = glean._VERSION }

--- The formats that come with glean.
M.BUILTIN = { "json", "jsonl", "text", "conll", "brat", "csv", "html" }

--- Labels of time expressions (the `dates` part of `--only`).
M.TIME_LABELS = { DATE = true, TIME = true, DURATION = true, SET = true }

--- Load a format by name.
-- @tparam string name a format name (letters, digits, `_`, `-`)
-- @return the format module, or nil and a message
function M.load (name)
  if type(name) ~= "string" or not name:match("^[%w_%-]+$") or name == "init" then
    return nil, "glean: bad format name '" .. tostring(name) .. "'"
  end
  local ok, mod = pcall(require, "glean.formats." .. name)
  if not ok then
    if tostring(mod):find("module 'glean.formats." .. name .. "' not found", 1, true) then
      return nil, "glean: no format '" .. name .. "' (no module glean.formats." .. name .. ")"
    end
    return nil, "glean: format '" .. name .. "': " .. tostring(mod)
  end
  if type(mod) ~= "table" or type(mod.write) ~= "function" then
    return nil, "glean: format '" .. name .. "' has no write(out, doc, opts) function"
  end
  return mod
end

--- Parse an `--only` list ("entities,dates,quotes").
-- @treturn table a set such as `{entities = true, quotes = true}`, or nil
-- and a message
function M.parse_only (s)
  local set, any = {}, false
  for part in tostring(s):gmatch("[^,%s]+") do
    if part ~= "entities" and part ~= "dates" and part ~= "quotes" then
      return nil, "glean: --only takes entities, dates and quotes, not '" .. part .. "'"
    end
    set[part] = true
    any = true
  end
  if not any then return nil, "glean: --only needs entities, dates or quotes" end
  return set
end

--- A view of a document with only some of its results: `only.entities`
-- keeps the named entities, `only.dates` the time expressions,
-- `only.quotes` the quotes. Everything else reads through to `doc`.
function M.select (doc, only)
  if not only then return doc end
  local ents = {}
  for _, e in ipairs(doc.entities or {}) do
    local is_time = M.TIME_LABELS[e.label]
    if (is_time and only.dates) or (not is_time and only.entities) then ents[#ents + 1] = e end
  end
  local view = setmetatable({ entities = ents, quotes = only.quotes and doc.quotes or {} },
                            { __index = doc })
  view.registry = only.entities and glean.registry(ents) or {}
  return view
end

--- Byte spans of a document's results in another unit: `conv(first, last)`
-- gives 0-based, end-exclusive offsets. The conversion is done once for
-- every position of the document.
-- @tparam table doc a document
-- @tparam string unit "codepoint", "byte" or "utf16"
-- @treturn function `(first, last) -> start, end`
function M.converter (doc, unit)
  if unit == "byte" then
    return function (first, last) return first - 1, last end
  end
  local pos, seen = {}, {}
  local function add (p)
    if p and not seen[p] then
      seen[p] = true
      pos[#pos + 1] = p
    end
  end
  for _, e in ipairs(doc.entities or {}) do add(e.first) add(e.last + 1) end
  for _, q in ipairs(doc.quotes or {}) do
    add(q.first) add(q.last + 1)
    if q.speaker_first then add(q.speaker_first) add(q.speaker_last + 1) end
    if q.cue_first then add(q.cue_first) add(q.cue_last + 1) end
  end
  local off = #pos > 0 and glean.offsets(doc.text, pos, unit) or {}
  local map = {}
  for i, p in ipairs(pos) do map[p] = off[i] end
  local text = doc.text
  return function (first, last)
    local a, b = map[first], map[last + 1]
    if not a then a = glean.offsets(text, { first }, unit)[1] end
    if not b then b = glean.offsets(text, { last + 1 }, unit)[1] end
    return a, b
  end
end

--- Escape text for HTML and XML (text and attribute values).
local HTML_ESC = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;",
                   ["'"] = "&#39;" }
function M.html_escape (s)
  return (tostring(s):gsub("[&<>\"']", HTML_ESC))
end

--- Human names of the labels, for readable formats.
M.LABEL_NAMES = {
  PERSON = "People", ORG = "Organizations", GPE = "Countries, regions and cities",
  LOC = "Other places", NORP = "Nationalities and groups", DATE = "Dates",
  TIME = "Times",
}

--- The order labels are shown in.
M.LABEL_ORDER = { "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "TIME" }

--- A document's results grouped by label, labels in `LABEL_ORDER` (others
-- after them, sorted), items in order of first mention: `{ {label, items},
-- … }`. Each item is one distinct entity of the registry (`canonical`,
-- `label`, `count`, `titles`, `affiliations`, `kind`, `first`), or one
-- distinct time expression (`canonical` is its text; `value`, `mod`,
-- `timex_type`), or for a label the registry does not hold, one distinct
-- name.
function M.grouped (doc)
  local by_label, order, seen = {}, {}, {}
  local function group (label)
    local g = by_label[label]
    if not g then
      g = {}
      by_label[label] = g
    end
    return g
  end
  local in_registry = {}
  for _, r in ipairs(doc.registry or {}) do
    in_registry[r.label] = true
    local g = group(r.label)
    g[#g + 1] = { label = r.label, canonical = r.canonical, count = r.count, kind = r.kind,
                  titles = r.titles, affiliations = r.affiliations, first = r.mentions[1] and
                  r.mentions[1].first }
  end
  for _, e in ipairs(doc.entities or {}) do
    if not seen[e.label] then seen[e.label] = {} end
    if M.TIME_LABELS[e.label] then
      local key = e.text .. "\0" .. tostring(e.value) .. "\0" .. tostring(e.mod)
      if not seen[e.label][key] then
        seen[e.label][key] = true
        local g = group(e.label)
        g[#g + 1] = { label = e.label, canonical = e.text, value = e.value, mod = e.mod,
                      timex_type = e.timex_type, count = 1, first = e.first }
      end
    elseif not in_registry[e.label] then
      -- not in the registry (a plain document, a label of a user's rule):
      -- one item a name
      local name = e.canonical or e.text
      if not seen[e.label][name] then
        seen[e.label][name] = true
        local g = group(e.label)
        g[#g + 1] = { label = e.label, canonical = name, count = 1, titles = { e.title },
                      affiliations = { e.affiliation }, kind = e.kind, first = e.first }
      end
    end
  end
  local known = {}
  for _, l in ipairs(M.LABEL_ORDER) do
    known[l] = true
    if by_label[l] then order[#order + 1] = { l, by_label[l] } end
  end
  local rest = {}
  for l in pairs(by_label) do if not known[l] then rest[#rest + 1] = l end end
  sort(rest)
  for _, l in ipairs(rest) do order[#order + 1] = { l, by_label[l] } end
  return order
end

--- Quotes grouped by speaker, in order of the speaker's first quote:
-- `{ {speaker = name, quotes = {q, …}}, … }`; quotes with no speaker come
-- last under `speaker = nil`.
function M.by_speaker (doc)
  local groups, at, none = {}, {}, nil
  for _, q in ipairs(doc.quotes or {}) do
    local s = q.speaker
    if s then
      local g = at[s]
      if not g then
        g = { speaker = s, quotes = {} }
        at[s] = g
        groups[#groups + 1] = g
      end
      g.quotes[#g.quotes + 1] = q
    else
      none = none or { quotes = {} }
      none.quotes[#none.quotes + 1] = q
    end
  end
  if none then groups[#groups + 1] = none end
  return groups
end

--- One line of text: runs of white space (line breaks too) become a space.
function M.one_line (s)
  return (tostring(s):gsub("%s+", " "))
end

--- A text on one line, shortened to about width bytes (never inside a
-- UTF-8 sequence), with an ellipsis when it was cut.
function M.shorten (s, width)
  s = M.one_line(s)
  if #s <= width then return s end
  local cut = width
  while cut > 1 and s:byte(cut + 1) and s:byte(cut + 1) >= 0x80 and s:byte(cut + 1) < 0xC0 do
    cut = cut - 1
  end
  return s:sub(1, cut) .. "…"
end

return M
