--- brat standoff output (the `.ann` file beside the article's `.txt`):
--
-- * `T` lines for entities (label PERSON, ORG, …), quotes (`Quote`), their
--   cues (`Cue`) and speaker mentions that are no entity (`Speaker`);
--   offsets are code points, a span over a line break is split into
--   fragments (`0 5;6 11`) as brat wants;
-- * `A` lines: a quote's kind (`Kind T3 direct`);
-- * `R` lines: attribution, `Speaker Arg1:<quote> Arg2:<speaker mention>`
--   and `Cue Arg1:<quote> Arg2:<cue>`;
-- * `#` lines: `AnnotatorNotes` with the normalizations (canonical name,
--   title, affiliation, kind, TIMEX3 value and mod, speaker, rule) as
--   `key=value` pairs separated by `; `.
--
-- `write_files(dir, doc)` writes `<id>.txt`, `<id>.ann` and the
-- collection's `annotation.conf`; `read(ann)` reads a `.ann` back into the
-- JSON contract's shape.
-- @module glean.formats.brat

local formats = require "glean.formats"

local io, ipairs, pairs, tonumber, tostring = io, ipairs, pairs, tonumber, tostring
local concat = table.concat

local M = {}

local ENTITY_NOTES = { "canonical", "title", "affiliation", "kind", "value", "mod",
                       "timex_type", "rule" }
local QUOTE_NOTES = { "speaker", "addressee", "rule" }

local function note_value (v)
  return (formats.one_line(v):gsub(";", ","))
end

-- the fragments of a byte span that hold no line break:
-- "a b\nc" -> {1, 3}, {5, 5}
local function fragments (text, first, last)
  local out = {}
  local at = first
  while at <= last do
    local nl = text:find("[\r\n]", at)
    local stop = (nl and nl <= last) and nl - 1 or last
    -- leave out white space at the fragment's edges
    local a, b = at, stop
    while a <= b and text:sub(a, a):match("%s") do a = a + 1 end
    while b >= a and text:sub(b, b):match("%s") do b = b - 1 end
    if a <= b then out[#out + 1] = { a, b } end
    if not nl or nl > last then break end
    at = nl + 1
  end
  if #out == 0 then out[1] = { first, last } end
  return out
end

--- The `.ann` text of a document.
function M.ann (doc)
  local text = doc.text
  local conv = formats.converter(doc, "codepoint")
  local lines = {}
  local nt, na, nr, nn = 0, 0, 0, 0
  local by_span = {}
  local function span_line (label, first, last)
    nt = nt + 1
    local id = "T" .. nt
    local offs, parts = {}, {}
    for _, f in ipairs(fragments(text, first, last)) do
      local a, b = conv(f[1], f[2])
      offs[#offs + 1] = a .. " " .. b
      parts[#parts + 1] = text:sub(f[1], f[2])
    end
    lines[#lines + 1] = id .. "\t" .. label .. " " .. concat(offs, ";") .. "\t" ..
                        formats.one_line(concat(parts, " "))
    return id
  end
  local function notes (id, item, keys)
    local kv = {}
    for _, k in ipairs(keys) do
      if item[k] ~= nil then kv[#kv + 1] = k .. "=" .. note_value(item[k]) end
    end
    if #kv > 0 then
      nn = nn + 1
      lines[#lines + 1] = "#" .. nn .. "\tAnnotatorNotes " .. id .. "\t" .. concat(kv, "; ")
    end
  end
  for _, e in ipairs(doc.entities or {}) do
    local id = span_line(e.label, e.first, e.last)
    by_span[e.first .. ":" .. e.last] = id
    notes(id, e, ENTITY_NOTES)
  end
  for _, q in ipairs(doc.quotes or {}) do
    local qid = span_line("Quote", q.first, q.last)
    if q.kind then
      na = na + 1
      lines[#lines + 1] = "A" .. na .. "\tKind " .. qid .. " " .. q.kind
    end
    notes(qid, q, QUOTE_NOTES)
    if q.speaker_first then
      local key = q.speaker_first .. ":" .. q.speaker_last
      local sid = by_span[key]
      if not sid then
        sid = span_line("Speaker", q.speaker_first, q.speaker_last)
        by_span[key] = sid
      end
      nr = nr + 1
      lines[#lines + 1] = "R" .. nr .. "\tSpeaker Arg1:" .. qid .. " Arg2:" .. sid
    end
    if q.cue_first then
      local key = q.cue_first .. ":" .. q.cue_last .. ":cue"
      local cid = by_span[key]
      if not cid then
        cid = span_line("Cue", q.cue_first, q.cue_last)
        by_span[key] = cid
      end
      nr = nr + 1
      lines[#lines + 1] = "R" .. nr .. "\tCue Arg1:" .. qid .. " Arg2:" .. cid
    end
  end
  if #lines == 0 then return "" end
  return concat(lines, "\n") .. "\n"
end

--- The format interface: a document's `.ann` text (several documents to
-- one stream are simply concatenated; use `-o DIR` for one file each).
function M.write (out, doc)
  out:write(M.ann(doc))
end

--- brat's collection configuration for glean's annotations.
M.ANNOTATION_CONF = [[
[entities]
PERSON
ORG
GPE
LOC
NORP
DATE
TIME
Quote
Speaker
Cue

[relations]
Speaker	Arg1:Quote, Arg2:<ENTITY>
Cue	Arg1:Quote, Arg2:Cue
<OVERLAP>	Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Kind	Arg:Quote, Value:direct|mixed|indirect
]]

local function write_file (path, s)
  local f, err = io.open(path, "wb")
  if not f then return nil, err end
  f:write(s)
  f:close()
  return true
end

local function file_name (id)
  local s = tostring(id or "doc"):gsub("[^%w%-_.]", "_")
  if s == "" or s:match("^%.") then s = "doc" .. s end
  return s
end

--- Write `<id>.txt`, `<id>.ann` (and `annotation.conf` once) in `dir`.
-- @return true, or nil and a message
function M.write_files (dir, doc, opts)
  local base = dir .. "/" .. file_name(doc.id or ("doc" .. tostring(opts and opts.index or 1)))
  local ok, err = write_file(base .. ".txt", doc.text)
  if ok then ok, err = write_file(base .. ".ann", M.ann(doc)) end
  if ok and (not opts or (opts.index or 1) == 1) then
    ok, err = write_file(dir .. "/annotation.conf", M.ANNOTATION_CONF)
  end
  if not ok then return nil, "glean: " .. tostring(err) end
  return true
end

local function parse_notes (s)
  local t = {}
  for pair in (s .. ";"):gmatch("%s*(.-);") do
    local k, v = pair:match("^([%w_]+)=(.*)$")
    if k then t[k] = v end
  end
  return t
end

--- Read a `.ann` text back in the JSON contract's shape: `{entities = {…},
-- quotes = {…}}` with code point `start`/`end` (first fragment's start to
-- last fragment's end), labels, the notes' fields, quotes' `kind`,
-- `speaker_start`/`speaker_end`, `speaker` (from the notes, else the
-- speaker mention's text) and `cue`.
-- @return the document, or nil and a message
function M.read (s)
  local spans, order, notes, kinds, rels = {}, {}, {}, {}, {}
  local lineno = 0
  for line in (s .. "\n"):gmatch("([^\n]*)\n") do
    lineno = lineno + 1
    line = line:gsub("\r$", "")
    local c = line:sub(1, 1)
    if c == "T" then
      local id, label, offs, txt = line:match("^(T%d+)\t(%S+) ([%d ;]+)\t?(.*)$")
      if not id then return nil, ("line %d: bad T line"):format(lineno) end
      local starts, ends = {}, {}
      for a, b in offs:gmatch("(%d+) (%d+)") do
        starts[#starts + 1] = tonumber(a)
        ends[#ends + 1] = tonumber(b)
      end
      if #starts == 0 then return nil, ("line %d: no offsets"):format(lineno) end
      spans[id] = { id = id, label = label, start = starts[1], ["end"] = ends[#ends], text = txt }
      order[#order + 1] = id
    elseif c == "#" then
      local target, txt = line:match("^#%d*\tAnnotatorNotes (T%d+)\t(.*)$")
      if target then notes[target] = parse_notes(txt) end
    elseif c == "A" or c == "M" then
      local name, target, value = line:match("^[AM]%d+\t(%S+) (T%d+) ?(%S*)")
      if name == "Kind" then kinds[target] = value end
    elseif c == "R" then
      local name, a1, a2 = line:match("^R%d+\t(%S+) Arg1:(T%d+) Arg2:(T%d+)")
      if name then rels[#rels + 1] = { name, a1, a2 } end
    elseif line:match("%S") and c ~= "E" and c ~= "N" and c ~= "*" then
      return nil, ("line %d: not a brat annotation"):format(lineno)
    end
  end
  local doc = { entities = {}, quotes = {} }
  local quote_of = {}
  for _, id in ipairs(order) do
    local t = spans[id]
    local n = notes[id] or {}
    if t.label == "Quote" then
      local q = { start = t.start, ["end"] = t["end"], text = t.text, kind = kinds[id],
                  speaker = n.speaker, rule = n.rule }
      quote_of[id] = q
      doc.quotes[#doc.quotes + 1] = q
    elseif t.label ~= "Speaker" and t.label ~= "Cue" then
      local e = { start = t.start, ["end"] = t["end"], label = t.label, text = t.text }
      for k, v in pairs(n) do e[k] = v end
      doc.entities[#doc.entities + 1] = e
    end
  end
  for _, r in ipairs(rels) do
    local q, t = quote_of[r[2]], spans[r[3]]
    if q and t then
      if r[1] == "Speaker" then
        q.speaker_start, q.speaker_end = t.start, t["end"]
        q.speaker = q.speaker or t.canonical or t.text
      elseif r[1] == "Cue" then
        q.cue, q.cue_start, q.cue_end = t.text, t.start, t["end"]
      end
    end
  end
  return doc
end

return M
