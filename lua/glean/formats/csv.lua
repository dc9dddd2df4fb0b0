--- CSV (RFC 4180): a header row, then one row an entity or quote:
-- `id,type,start,end,label,text,canonical,title,affiliation,kind,value,mod,
-- speaker,speaker_start,speaker_end,cue,rule`. `type` is "entity" or
-- "quote" ("error" for an input line that failed, its message in `text`);
-- a quote's `kind` is direct, mixed or indirect. Fields holding a comma, a
-- double quote or a line break are quoted, double quotes doubled; lines end
-- with CRLF. Offsets follow `--offsets` (code points by default).
-- @module glean.formats.csv

local formats = require "glean.formats"

local ipairs, tostring, type = ipairs, tostring, type
local concat = table.concat

local M = {}

M.COLUMNS = { "id", "type", "start", "end", "label", "text", "canonical", "title",
  "affiliation", "kind", "value", "mod", "speaker", "speaker_start", "speaker_end",
  "cue", "rule" }

--- One CSV field.
function M.field (v)
  if v == nil then return "" end
  if type(v) ~= "string" then v = tostring(v) end
  if v:find('[,"\r\n]') then return '"' .. v:gsub('"', '""') .. '"' end
  return v
end

local function row (t)
  local f = {}
  for i, c in ipairs(M.COLUMNS) do f[i] = M.field(t[c]) end
  return concat(f, ",") .. "\r\n"
end

function M.begin (out)
  out:write(concat(M.COLUMNS, ","), "\r\n")
end

function M.write (out, doc, opts)
  local conv = formats.converter(doc, opts and opts.unit or "codepoint")
  local buf = {}
  local id = doc.id
  for _, e in ipairs(doc.entities or {}) do
    local a, b = conv(e.first, e.last)
    buf[#buf + 1] = row({ id = id, type = "entity", start = a, ["end"] = b, label = e.label,
      text = e.text, canonical = e.canonical, title = e.title, affiliation = e.affiliation,
      kind = e.kind, value = e.value, mod = e.mod, rule = e.rule })
  end
  for _, q in ipairs(doc.quotes or {}) do
    local a, b = conv(q.first, q.last)
    local sa, sb
    if q.speaker_first then sa, sb = conv(q.speaker_first, q.speaker_last) end
    buf[#buf + 1] = row({ id = id, type = "quote", start = a, ["end"] = b, label = "QUOTE",
      text = q.text, kind = q.kind, speaker = q.speaker, speaker_start = sa,
      speaker_end = sb, cue = q.cue, rule = q.rule })
  end
  out:write(concat(buf))
end

function M.write_error (out, rec)
  local id = rec.id
  if type(id) ~= "string" and type(id) ~= "number" then id = nil end
  out:write(row({ id = id, type = "error", text = rec.error }))
end

return M
