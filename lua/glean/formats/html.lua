--- One self-contained HTML page (no network: inline CSS, no script, a
-- Content-Security-Policy that forbids fetching anything): each article
-- with its entities highlighted by type (`<span class="ent ent-PERSON"
-- data-label="PERSON">`), dates with their TIMEX3 values on hover (`title`),
-- quotes underlined (`<span class="quote" data-speaker-ref="ID">`) and
-- linked to their speaker's mention, and a side panel "Who said what" and
-- "People and their roles". All text is escaped.
-- @module glean.formats.html

local formats = require "glean.formats"

local ipairs, pairs, tostring, type = ipairs, pairs, tostring, type
local concat, sort = table.concat, table.sort

local esc = formats.html_escape

local M = {}

M.STYLE = [[
body{font:16px/1.55 Georgia,serif;margin:0;background:#fafaf7;color:#222}
section.doc{max-width:78rem;margin:0 auto;padding:1rem 1.5rem 3rem}
section.doc>header h1{font:600 1.3rem system-ui,sans-serif;margin:.5rem 0 0}
section.doc>header p{font:.85rem system-ui,sans-serif;color:#666;margin:.2rem 0 1rem}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(14rem,1.3fr);gap:2rem}
@media (max-width:50rem){.layout{grid-template-columns:1fr}}
article.text{white-space:pre-wrap;background:#fff;padding:1.2rem 1.5rem;
  border:1px solid #e3e3dc;border-radius:6px}
aside{font:.9rem/1.45 system-ui,sans-serif}
aside h2{font-size:1rem;margin:1.2rem 0 .4rem;border-bottom:1px solid #ddd}
aside ul{list-style:none;padding:0;margin:0}
aside li{margin:.35rem 0}
aside h3{font-size:.9rem;margin:.7rem 0 .2rem;padding:.1rem .35rem;border-radius:3px}
aside .role{color:#555}
aside .n{color:#888;font-size:.8em}
.ent{border-radius:3px;padding:0 .15em;box-decoration-break:clone;
  -webkit-box-decoration-break:clone}
.ent::after{content:attr(data-label);font:600 .55em system-ui,sans-serif;
  vertical-align:super;margin-left:.2em;opacity:.7}
.ent.cont::after{content:none}
.ent-PERSON{background:#dbe9ff}.ent-ORG{background:#f3ddf7}
.ent-GPE{background:#d9f2dc}.ent-LOC{background:#e6f4c8}
.ent-NORP{background:#fff0c2}.ent-DATE,.ent-TIME{background:#d4f1f1;cursor:help}
.ent-SPEAKER{background:#eee;outline:1px dashed #999}
.ent-SPEAKER::after{content:none}
.quote{text-decoration:underline 2px #c0392b;text-underline-offset:3px}
.quote-indirect{text-decoration-style:dotted}
.quote-mixed{text-decoration-style:dashed}
a.said-by{font:.7em system-ui,sans-serif;color:#c0392b;text-decoration:none;
  vertical-align:super;margin-left:.15em}
:target{outline:2px solid #c0392b}
.legend span{margin-right:.4em}
]]

local function attrs (t)
  local out = {}
  for _, kv in ipairs(t) do
    if kv[2] ~= nil then out[#out + 1] = " " .. kv[1] .. '="' .. esc(kv[2]) .. '"' end
  end
  return concat(out)
end

--- The page's head (up to `<body>`).
function M.head (title)
  return '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' ..
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; ' ..
    'style-src \'unsafe-inline\'; img-src data:">\n' ..
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' ..
    '<meta name="generator" content="glean">\n' ..
    "<title>" .. esc(title or "glean") .. "</title>\n<style>\n" .. M.STYLE ..
    "</style>\n</head>\n<body>\n"
end

M.FOOT = "</body>\n</html>\n"

local function entity_title (e)
  local parts = { e.label }
  if e.value then
    parts[#parts + 1] = "value " .. e.value .. (e.mod and (" (" .. e.mod .. ")") or "")
  end
  if e.canonical and e.canonical ~= e.text then parts[#parts + 1] = e.canonical end
  if e.title then parts[#parts + 1] = e.title end
  if e.affiliation then parts[#parts + 1] = e.affiliation end
  if e.kind then parts[#parts + 1] = e.kind end
  return concat(parts, " · ")
end

-- the spans of the article: entities, and speaker mentions that are no
-- entity (label SPEAKER), sorted; each quote gets the id of its speaker's
-- mention (quote -> span id)
local function layout (doc, prefix)
  local spans = {}
  for i, e in ipairs(doc.entities or {}) do
    spans[#spans + 1] = { first = e.first, last = e.last, e = e, n = i }
  end
  sort(spans, function (a, b)
    if a.first ~= b.first then return a.first < b.first end
    return a.last > b.last
  end)
  local function covering (first, last)
    -- the entity whose span is the speaker's, else one that holds it, else
    -- one that overlaps it
    local best, rank
    for _, s in ipairs(spans) do
      if s.first <= last and first <= s.last then
        local r = (s.first == first and s.last == last) and 1 or
                  (s.first <= first and s.last >= last) and 2 or 3
        if not rank or r < rank then best, rank = s, r end
      end
    end
    return best
  end
  local extra = {}
  local speaker_span = {}
  for qi, q in ipairs(doc.quotes or {}) do
    if q.speaker_first then
      local s = covering(q.speaker_first, q.speaker_last)
      if not s then
        local key = q.speaker_first .. ":" .. q.speaker_last
        s = extra[key]
        if not s then
          s = { first = q.speaker_first, last = q.speaker_last, speaker = q.speaker,
                n = "s" .. qi }
          extra[key] = s
          extra[#extra + 1] = s
        end
      end
      speaker_span[qi] = s
    end
  end
  for _, s in ipairs(extra) do spans[#spans + 1] = s end
  sort(spans, function (a, b)
    if a.first ~= b.first then return a.first < b.first end
    return a.last > b.last
  end)
  local quote_ref = {}
  for _, s in ipairs(spans) do s.id = prefix .. "e" .. s.n end
  for qi, s in pairs(speaker_span) do quote_ref[qi] = s.id end
  return spans, quote_ref
end

-- the article's text with its spans and quotes marked up: quotes outside,
-- entities inside; a quote that begins inside another one nests in it, and
-- one that overlaps another's end is closed and opened again (the second
-- piece has no id), as is an entity cut by a quote's edge
local function article (doc, spans, quote_ref, prefix)
  local text = doc.text
  local quotes = {}
  for i, q in ipairs(doc.quotes or {}) do quotes[#quotes + 1] = { q = q, n = i } end
  sort(quotes, function (a, b)
    if a.q.first ~= b.q.first then return a.q.first < b.q.first end
    if a.q.last ~= b.q.last then return a.q.last > b.q.last end
    return a.n < b.n
  end)
  -- every place where markup may change
  local cuts, seen = { 1, #text + 1 }, { [1] = true, [#text + 1] = true }
  local function cut (p)
    if p >= 1 and p <= #text + 1 and not seen[p] then
      seen[p] = true
      cuts[#cuts + 1] = p
    end
  end
  for _, s in ipairs(spans) do cut(s.first) cut(s.last + 1) end
  for _, q in ipairs(quotes) do cut(q.q.first) cut(q.q.last + 1) end
  sort(cuts)
  local buf = {}
  local cur_s         -- the open entity span
  local open = {}     -- the open quotes, outermost first
  local opened = {}   -- spans and quotes already given their id
  local function close_span ()
    if cur_s then buf[#buf + 1] = "</span>" end
    cur_s = nil
  end
  local function open_span (s)
    local cls, a
    if s.e then
      cls = "ent ent-" .. s.e.label
      a = { { "data-label", s.e.label }, { "title", entity_title(s.e) } }
      if s.e.value then a[#a + 1] = { "data-value", s.e.value } end
      if s.e.canonical then a[#a + 1] = { "data-canonical", s.e.canonical } end
    else
      cls = "ent ent-SPEAKER"
      a = { { "data-label", "SPEAKER" }, { "title", "speaker · " .. tostring(s.speaker) } }
    end
    if opened[s] then cls = cls .. " cont" else table.insert(a, 1, { "id", s.id }) end
    opened[s] = true
    buf[#buf + 1] = "<span" .. attrs({ { "class", cls } }) .. attrs(a) .. ">"
    cur_s = s
  end
  -- close a quote; at its real end (not when closed to be opened again),
  -- the link to its speaker follows it
  local function close_quote (q, at)
    buf[#buf + 1] = "</span>"
    local ref = quote_ref[q.n]
    if ref and q.q.last < at then
      buf[#buf + 1] = '<a class="said-by"' .. attrs({ { "href", "#" .. ref },
        { "title", "said by " .. tostring(q.q.speaker) } }) .. ">" ..
        esc(q.q.speaker or "") .. "</a>"
    end
  end
  local function open_quote (q)
    local cls = "quote quote-" .. tostring(q.q.kind or "direct")
    local a = {}
    if opened[q] then cls = cls .. " cont" else a[1] = { "id", prefix .. "q" .. q.n } end
    opened[q] = true
    a[#a + 1] = { "data-kind", q.q.kind }
    a[#a + 1] = { "data-speaker", q.q.speaker }
    a[#a + 1] = { "data-speaker-ref", quote_ref[q.n] }
    a[#a + 1] = { "title", (q.q.speaker and ("said by " .. q.q.speaker) or "quote") ..
                            (q.q.cue and (" (" .. q.q.cue .. ")") or "") }
    buf[#buf + 1] = "<span" .. attrs({ { "class", cls } }) .. attrs(a) .. ">"
  end
  local si, qi = 1, 1
  local active = {} -- the quotes over the current piece, in order
  for k = 1, #cuts - 1 do
    local p, stop = cuts[k], cuts[k + 1] - 1
    while spans[si] and spans[si].last < p do si = si + 1 end
    local s = spans[si]
    if s and s.first > p then s = nil end
    local still = {}
    for _, q in ipairs(active) do
      if q.q.last >= p then still[#still + 1] = q end
    end
    active = still
    while quotes[qi] and quotes[qi].q.first <= p do
      if quotes[qi].q.last >= p then active[#active + 1] = quotes[qi] end
      qi = qi + 1
    end
    -- the quotes that stay open, the ones to close and the ones to open
    local same = 0
    while same < #open and same < #active and open[same + 1] == active[same + 1] do
      same = same + 1
    end
    if same < #open or same < #active then close_span() end
    for j = #open, same + 1, -1 do
      close_quote(open[j], p)
      open[j] = nil
    end
    for j = same + 1, #active do
      open_quote(active[j])
      open[j] = active[j]
    end
    if s ~= cur_s then
      close_span()
      if s then open_span(s) end
    end
    buf[#buf + 1] = esc(text:sub(p, stop))
  end
  close_span()
  for j = #open, 1, -1 do close_quote(open[j], #text + 1) end
  return concat(buf)
end

local shorten = formats.shorten

local function panel (doc, spans, quote_ref, prefix)
  local id_at = {}
  for _, s in ipairs(spans) do
    if s.e and not id_at[s.first] then id_at[s.first] = s.id end
  end
  local buf = { "<aside>" }
  -- who said what
  local groups = formats.by_speaker(doc)
  buf[#buf + 1] = '<h2>Who said what</h2>\n<ul class="said">'
  if #groups == 0 then buf[#buf + 1] = '<li class="none">No quotes found.</li>' end
  local qn = {}
  for i, q in ipairs(doc.quotes or {}) do qn[q] = i end
  for _, g in ipairs(groups) do
    local ref
    for _, q in ipairs(g.quotes) do ref = ref or quote_ref[qn[q]] end
    local who = g.speaker and esc(g.speaker) or "<em>no speaker</em>"
    if ref then who = '<a href="#' .. esc(ref) .. '">' .. who .. "</a>" end
    buf[#buf + 1] = '<li class="speaker"><strong>' .. who .. "</strong><ul>"
    for _, q in ipairs(g.quotes) do
      buf[#buf + 1] = '<li><a class="quote-link"' ..
        attrs({ { "href", "#" .. prefix .. "q" .. qn[q] } }) .. ">“" ..
        esc(shorten(q.text or "", 140)) .. "”</a>" ..
        (q.cue and (' <span class="n">' .. esc(q.cue) .. ", " .. esc(q.kind or "") ..
                    "</span>") or "") .. "</li>"
    end
    buf[#buf + 1] = "</ul></li>"
  end
  buf[#buf + 1] = "</ul>"
  -- people and their roles
  buf[#buf + 1] = '<h2>People and their roles</h2>\n<ul class="people">'
  local any = false
  for _, r in ipairs(doc.registry or {}) do
    if r.label == "PERSON" then
      any = true
      local ref = r.mentions[1] and id_at[r.mentions[1].first]
      local name = esc(r.canonical)
      if ref then name = '<a href="#' .. esc(ref) .. '">' .. name .. "</a>" end
      local roles = {}
      for _, t in ipairs(r.titles or {}) do roles[#roles + 1] = esc(t) end
      for _, a in ipairs(r.affiliations or {}) do roles[#roles + 1] = esc(a) end
      buf[#buf + 1] = '<li class="person">' .. name ..
        (#roles > 0 and (' <span class="role">— ' .. concat(roles, ", ") .. "</span>") or "") ..
        ' <span class="n">×' .. tostring(r.count) .. "</span></li>"
    end
  end
  if not any then buf[#buf + 1] = '<li class="none">No people found.</li>' end
  buf[#buf + 1] = "</ul>"
  -- the other entities and the dates, by type
  buf[#buf + 1] = "<h2>Names and dates</h2>"
  for _, g in ipairs(formats.grouped(doc)) do
    local label, items = g[1], g[2]
    if label ~= "PERSON" then
      buf[#buf + 1] = "<h3" .. attrs({ { "class", "ent-" .. label } }) .. ">" ..
        esc(formats.LABEL_NAMES[label] or label) .. "</h3><ul>"
      for _, it in ipairs(items) do
        local ref = it.first and id_at[it.first]
        local name = esc(it.canonical)
        if ref then name = '<a href="#' .. esc(ref) .. '">' .. name .. "</a>" end
        local extra = it.value and (" → <code>" .. esc(it.value) .. "</code>" ..
          (it.mod and (" " .. esc(it.mod)) or "")) or ""
        buf[#buf + 1] = "<li>" .. name .. extra .. "</li>"
      end
      buf[#buf + 1] = "</ul>"
    end
  end
  buf[#buf + 1] = "</aside>"
  return concat(buf, "\n")
end

--- The markup of one document (a `<section>`).
function M.section (doc, index)
  local prefix = "d" .. tostring(index or 1) .. "-"
  local spans, quote_ref = layout(doc, prefix)
  local head = "<header><h1>" .. esc(doc.id or "document") .. "</h1>" ..
    (doc.dct and ("<p>document date " .. esc(doc.dct) .. "</p>") or "") .. "</header>"
  return "<section" .. attrs({ { "class", "doc" }, { "id", prefix:sub(1, -2) },
                               { "data-id", doc.id } }) ..
    ">\n" .. head .. '\n<div class="layout">\n<article class="text">' ..
    article(doc, spans, quote_ref, prefix) .. "</article>\n" ..
    panel(doc, spans, quote_ref, prefix) .. "\n</div>\n</section>\n"
end

--- A whole page for one document.
function M.page (doc)
  return M.head("glean: " .. tostring(doc.id or "document")) .. M.section(doc, 1) .. M.FOOT
end

function M.begin (out, opts)
  out:write(M.head(opts and opts.title or "glean"))
end

function M.write (out, doc, opts)
  out:write(M.section(doc, opts and opts.index or 1))
end

function M.write_error (out, rec)
  local id = rec.id
  if type(id) ~= "string" and type(id) ~= "number" then id = "(no id)" end
  out:write('<section class="doc error"><header><h1>' .. esc(id) .. "</h1></header><p>" ..
            esc(rec.error) .. "</p></section>\n")
end

function M.finish (out)
  out:write(M.FOOT)
end

return M
