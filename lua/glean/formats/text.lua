--- A readable summary of each document for a terminal: the entities by
-- type (each distinct name once, with its titles, affiliations and number
-- of mentions), the dates with their values, and who said what. Coloured
-- (ANSI) only when `opts.color` is set, which the command does when
-- standard output is a terminal.
-- @module glean.formats.text

local formats = require "glean.formats"

local ipairs, tostring, type = ipairs, tostring, type
local concat = table.concat

local M = {}

local COLORS = { PERSON = "1;34", ORG = "1;35", GPE = "1;32", LOC = "32", NORP = "1;33",
                 DATE = "36", TIME = "36", head = "1", dim = "2", quote = "3" }

local function painter (on)
  if not on then return function (_, s) return s end end
  return function (what, s)
    local c = COLORS[what]
    if not c then return s end
    return "\27[" .. c .. "m" .. s .. "\27[0m"
  end
end

local shorten = formats.shorten

function M.write (out, doc, opts)
  opts = opts or {}
  local paint = painter(opts.color)
  local lines = {}
  local function add (s) lines[#lines + 1] = s end
  if (opts.index or 1) > 1 then add("") end
  local head = tostring(doc.id or "document")
  if doc.dct then head = head .. " (dct " .. doc.dct .. ")" end
  add(paint("head", "== " .. head .. " =="))
  local groups = formats.grouped(doc)
  for _, g in ipairs(groups) do
    local label, items = g[1], g[2]
    add(paint("head", (formats.LABEL_NAMES[label] or label)) ..
        paint("dim", " (" .. label .. ")"))
    for _, it in ipairs(items) do
      local parts = { "  ", paint(label, it.canonical) }
      if it.value then
        parts[#parts + 1] = " → " .. it.value
        if it.mod then parts[#parts + 1] = " (" .. it.mod .. ")" end
      end
      local roles = {}
      for _, t in ipairs(it.titles or {}) do roles[#roles + 1] = t end
      for _, a in ipairs(it.affiliations or {}) do roles[#roles + 1] = a end
      if #roles > 0 then parts[#parts + 1] = " — " .. concat(roles, ", ") end
      if it.kind then parts[#parts + 1] = paint("dim", " [" .. it.kind .. "]") end
      if it.count and it.count > 1 and not it.value then
        parts[#parts + 1] = paint("dim", " ×" .. it.count)
      end
      add(concat(parts))
    end
  end
  local speakers = formats.by_speaker(doc)
  if #speakers > 0 then
    add(paint("head", "Who said what"))
    for _, g in ipairs(speakers) do
      add("  " .. (g.speaker and paint("PERSON", g.speaker) or paint("dim", "(no speaker)")))
      for _, q in ipairs(g.quotes) do
        local cue = q.cue and (q.cue .. ": ") or ""
        add("    " .. cue .. paint("quote", shorten(q.text or "", 160)) ..
            paint("dim", " [" .. tostring(q.kind or "quote") .. "]"))
      end
    end
  end
  if #groups == 0 and #speakers == 0 then add(paint("dim", "  (nothing found)")) end
  out:write(concat(lines, "\n"), "\n")
end

function M.write_error (out, rec, opts)
  local paint = painter(opts and opts.color)
  local id = rec.id
  if type(id) ~= "string" and type(id) ~= "number" then id = "(no id)" end
  out:write(paint("head", "== " .. tostring(id) .. " =="), "\n  error: ",
            tostring(rec.error), "\n")
end

return M
