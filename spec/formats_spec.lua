-- The output formats: each one read back and compared with the JSON
-- contract's output for the same document.
local helper = require "spec.helper"
local glean = require "glean"
local formats = require "glean.formats"
local json_fmt = require "glean.formats.json"
local conll = require "glean.formats.conll"
local brat = require "glean.formats.brat"
local csv = require "glean.formats.csv"
local html = require "glean.formats.html"
local text_fmt = require "glean.formats.text"
local eval = require "glean.eval"

-- an article written for these specs
local ARTICLE = table.concat({
  "Cod & <herring> talks stall as ministers trade blame",
  "",
  "TROMSØ, May 12 (Glean Wire) – Norwegian Fisheries Minister Ingrid Solberg said on " ..
  "Tuesday that the quota deal was \"fair, but fragile,\" and warned that talks with " ..
  "Iceland could drag on until the end of 2026.",
  "",
  "“We will not sign anything that hurts our coastal towns,” Solberg told reporters in " ..
  "Tromsø. “The boats are ready to sail.”",
  "",
  "The European Commission said it would publish its own figures next week. Jonas Berg, " ..
  "a researcher at the University of Bergen, said the stocks had fallen by a third " ..
  "since 2019.",
  "" }, "\n")

local function sink ()
  local buf = {}
  return { write = function (self, ...)
    for _, s in ipairs({ ... }) do buf[#buf + 1] = tostring(s) end
    return self
  end, text = function () return table.concat(buf) end }
end

local function render (fmt, doc, opts)
  local out = sink()
  opts = opts or {}
  opts.index = opts.index or 1
  if fmt.begin then fmt.begin(out, opts) end
  fmt.write(out, doc, opts)
  if fmt.finish then fmt.finish(out, opts) end
  return out.text()
end

-- RFC 4180 rows (a reader written for the spec)
local function parse_csv (s)
  local rows, row, field, quoted = {}, {}, {}, false
  local i = 1
  while i <= #s do
    local c = s:sub(i, i)
    if quoted then
      if c == '"' and s:sub(i + 1, i + 1) == '"' then
        field[#field + 1] = '"'
        i = i + 1
      elseif c == '"' then quoted = false
      else field[#field + 1] = c end
    elseif c == '"' then quoted = true
    elseif c == "," then
      row[#row + 1] = table.concat(field)
      field = {}
    elseif c == "\r" and s:sub(i + 1, i + 1) == "\n" then
      row[#row + 1] = table.concat(field)
      rows[#rows + 1] = row
      row, field = {}, {}
      i = i + 1
    else
      field[#field + 1] = c
    end
    i = i + 1
  end
  assert(not quoted and #row == 0 and #field == 0, "CSV ends inside a row")
  return rows
end

describe("glean.formats", function ()
  local doc, js
  setup(function ()
    doc = glean.extract(ARTICLE, { id = "fish-1", dct = "2025-05-12" })
    js = json_fmt.document(doc)
    -- what the comparisons below rely on
    assert(#js.entities >= 8 and #js.quotes >= 3)
  end)

  it("loads formats by name, and says when one is missing or not a format", function ()
    for _, name in ipairs(formats.BUILTIN) do
      assert.is_function(assert(formats.load(name)).write, name)
    end
    local f, err = formats.load("nosuchformat")
    assert.is_nil(f)
    assert.matches("no format 'nosuchformat'", err)
    assert.is_nil((formats.load("../x")))
    assert.is_nil((formats.load("init")))
  end)

  it("finds a format a user drops on the Lua path", function ()
    local dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir -p " .. dir .. "/glean/formats"))
    local f = assert(io.open(dir .. "/glean/formats/names.lua", "wb"))
    f:write("return { write = function (out, doc) for _, e in ipairs(doc.entities) do " ..
            "out:write(e.text, '\\n') end end }")
    f:close()
    local saved = package.path
    package.path = dir .. "/?.lua;" .. package.path
    local fmt = formats.load("names")
    package.path = saved
    package.loaded["glean.formats.names"] = nil
    os.execute("rm -rf " .. dir)
    assert.is_table(fmt)
    assert.matches("Ingrid Solberg\n", render(fmt, doc))
  end)

  it("json: write gives what encode gives, pretty or on one line", function ()
    assert.are.equal(json_fmt.encode(doc, "codepoint", true) .. "\n",
                     render(json_fmt, doc, { pretty = true }))
    local line = render(require "glean.formats.jsonl", doc)
    assert.are.equal(json_fmt.encode(doc, "codepoint", false) .. "\n", line)
    assert.is_nil(line:find("\n", 1, true) < #line and true or nil)
    assert.are.same(js, (glean.json.decode(line)))
  end)

  it("conll: one token a line, IOB2 tags, read back to the JSON's entities", function ()
    local s = render(conll, doc)
    assert.matches("^%-DOCSTART%- O\n\n", s)
    assert.matches("\nIngrid B%-PERSON\nSolberg I%-PERSON\n", s)
    assert.matches("\nTROMSØ B%-GPE\n", s)
    -- a blank line between sentences
    local blocks = 0
    for _ in (s:gsub("^%-DOCSTART%- O\n\n", "")):gmatch("[^\n][^\n]*\n\n") do blocks = blocks + 1 end
    assert.are.equal(#doc.sentences, blocks)
    local docs = assert(conll.read(s))
    assert.are.equal(1, #docs)
    assert.are.equal(#doc.tokens, #docs[1].tokens)
    -- read back with the text's offsets: the same spans and labels
    local gold = { { id = "fish-1", text = ARTICLE, entities = js.entities, quotes = {} } }
    local pairs_ = assert(eval.pair(gold, docs))
    local got = pairs_[1][2].entities
    assert.are.equal(#js.entities, #got)
    for i, e in ipairs(js.entities) do
      assert.are.same({ e.start, e["end"], e.label }, { got[i].start, got[i]["end"], got[i].label })
    end
  end)

  it("conll: no sentence break inside an entity", function ()
    local text = "Ann\nLee won. Bo lost."
    local d = { text = text, tokens = glean.tokenize(text),
                sentences = { { first = 1, last = 3 }, { first = 5, last = 12 },
                              { first = 14, last = 21 } },
                entities = { { first = 1, last = 7, label = "PERSON", text = "Ann\nLee" } } }
    assert.are.equal("-DOCSTART- O\n\nAnn B-PERSON\nLee I-PERSON\nwon O\n. O\n\n" ..
                     "Bo O\nlost O\n. O\n\n", render(conll, d))
  end)

  it("conll: reads IOB1, IOB2 and BIOES, and says what is wrong", function ()
    local docs = assert(conll.read("-DOCSTART- -X- -X- O\n\nAl I-PER\nBo I-PER\nx O\n" ..
                                   "Cy B-LOC\nDe I-LOC\n\nEd S-ORG\nFi B-ORG\nGu E-ORG\n"))
    assert.are.same({ { first_token = 1, last_token = 2, label = "PER" },
                      { first_token = 4, last_token = 5, label = "LOC" },
                      { first_token = 6, last_token = 6, label = "ORG" },
                      { first_token = 7, last_token = 8, label = "ORG" } }, docs[1].entities)
    local d, err = conll.read("a B-X\nlonely\n")
    assert.is_nil(d)
    assert.matches("line 2", err)
    assert.is_nil((conll.read("a X-Y\n")))
  end)

  it("brat: T, A, R and # lines, read back to the JSON's entities and quotes", function ()
    local ann = render(brat, doc)
    for line in ann:gmatch("[^\n]+") do
      assert.matches("^[TARM#]%d+\t", line)
    end
    assert.matches("\tPERSON 113 127\tIngrid Solberg\n", ann)
    assert.matches("AnnotatorNotes T%d+\t[^\n]*value=2026; mod=END", ann)
    local back = assert(brat.read(ann))
    assert.are.equal(#js.entities, #back.entities)
    for i, e in ipairs(js.entities) do
      local b = back.entities[i]
      assert.are.same({ e.start, e["end"], e.label, e.text, e.canonical, e.value, e.mod },
                      { b.start, b["end"], b.label, b.text, b.canonical, b.value, b.mod })
      -- the brat text is the document's text at those code points
      local bytes = glean.offsets(ARTICLE, { doc.entities[i].first }, "codepoint")
      assert.are.equal(e.start, bytes[1])
    end
    assert.are.equal(#js.quotes, #back.quotes)
    for i, q in ipairs(js.quotes) do
      local b = back.quotes[i]
      assert.are.same({ q.start, q["end"], q.kind, q.speaker, q.speaker_start, q.speaker_end,
                        q.cue, q.cue_start, q.cue_end },
                      { b.start, b["end"], b.kind, b.speaker, b.speaker_start, b.speaker_end,
                        b.cue, b.cue_start, b.cue_end })
    end
  end)

  it("brat: a span over a line break is split into fragments", function ()
    local text = "Ann Lee\nsaid: “Go\nnow.”"
    local d = { text = text, entities = { { first = 1, last = 7, label = "PERSON", text = "Ann Lee" } },
                quotes = { { first = 18, last = 24, text = "Go\nnow.", kind = "direct",
                             speaker = "Ann Lee", speaker_first = 1, speaker_last = 7 } } }
    local ann = brat.ann(d)
    assert.matches("T2\tQuote 15 17;18 22\tGo now%.\n", ann)
    assert.matches("R1\tSpeaker Arg1:T2 Arg2:T1\n", ann)
    local back = brat.read(ann)
    assert.are.same({ 15, 22, "Ann Lee", 0, 7 }, { back.quotes[1].start, back.quotes[1]["end"],
      back.quotes[1].speaker, back.quotes[1].speaker_start, back.quotes[1].speaker_end })
  end)

  it("brat: writes a collection folder (.txt, .ann, annotation.conf)", function ()
    local dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir " .. dir))
    assert(brat.write_files(dir, doc, { index = 1 }))
    assert.are.equal(ARTICLE, helper.read(dir .. "/fish-1.txt"))
    assert.are.equal(brat.ann(doc), helper.read(dir .. "/fish-1.ann"))
    assert.matches("%[entities%]", helper.read(dir .. "/annotation.conf"))
    os.execute("rm -rf " .. dir)
  end)

  it("csv: RFC 4180 rows, one an entity or quote, the JSON's fields", function ()
    local s = render(csv, doc)
    assert.matches("^id,type,start,end,label,text,", s)
    assert.matches("\r\n$", s)
    -- a field with a comma and double quotes is quoted, the quotes doubled
    assert.truthy(s:find('"the quota deal was ""fair, but fragile,"""', 1, true))
    local rows = parse_csv(s)
    assert.are.equal(1 + #js.entities + #js.quotes, #rows)
    local col = {}
    for i, name in ipairs(rows[1]) do col[name] = i end
    for i, e in ipairs(js.entities) do
      local r = rows[i + 1]
      assert.are.same({ "fish-1", "entity", tostring(e.start), tostring(e["end"]), e.label, e.text,
                        e.canonical or "", e.value or "" },
        { r[col.id], r[col.type], r[col.start], r[col["end"]], r[col.label], r[col.text],
          r[col.canonical], r[col.value] })
    end
    for i, q in ipairs(js.quotes) do
      local r = rows[1 + #js.entities + i]
      assert.are.same({ "quote", tostring(q.start), q.text, q.kind, q.speaker or "" },
                      { r[col.type], r[col.start], r[col.text], r[col.kind], r[col.speaker] })
    end
  end)

  it("csv: offsets in code points, bytes or UTF-16 units, as the JSON's", function ()
    for _, unit in ipairs({ "codepoint", "byte", "utf16" }) do
      local j = json_fmt.document(doc, unit)
      local rows = parse_csv(render(csv, doc, { unit = unit }))
      for i, e in ipairs(j.entities) do
        assert.are.same({ tostring(e.start), tostring(e["end"]) }, { rows[i + 1][3], rows[i + 1][4] })
      end
      for i, q in ipairs(j.quotes) do
        local r = rows[1 + #j.entities + i]
        assert.are.same({ tostring(q.start), tostring(q["end"]),
                          q.speaker_start and tostring(q.speaker_start) or "" },
                        { r[3], r[4], r[14] })
      end
    end
  end)

  it("text: entities by type, dates with values, who said what; colour when asked", function ()
    local s = render(text_fmt, doc)
    assert.matches("== fish%-1 %(dct 2025%-05%-12%) ==", s)
    assert.matches("People %(PERSON%)\n  Ingrid Solberg", s)
    assert.matches("end of 2026 → 2026 %(END%)", s)
    assert.matches("Who said what\n  Ingrid Solberg\n    said: ", s)
    assert.is_nil(s:find("\27[", 1, true))
    local c = render(text_fmt, doc, { color = true })
    assert.truthy(c:find("\27[1;34mIngrid Solberg\27[0m", 1, true))
  end)

  it("html: a page with entities, dates' values, quotes linked to speakers", function ()
    local s = render(html, doc)
    assert.matches("^<!DOCTYPE html>", s)
    assert.matches("</html>\n$", s)
    -- nothing fetched: no scripts, links, frames or remote sources
    for _, bad in ipairs({ "<script", "<link", "<iframe", "src=", "url%(", "@import" }) do
      assert.is_nil(s:find(bad), bad)
    end
    assert.matches("default%-src 'none'", s)
    -- all text escaped
    assert.truthy(s:find("Cod &amp; &lt;herring&gt;", 1, true))
    assert.truthy(s:find('<span class="ent ent-PERSON" id="d1-e5" data-label="PERSON"', 1, true))
    assert.truthy(s:find('title="DATE · value 2026 (END)"', 1, true))
    -- every quote points at an element that exists and names its speaker
    local n = 0
    for cls, ref in s:gmatch('class="(quote[^"]*)"[^>]-data%-speaker%-ref="([^"]+)"') do
      if not cls:find("cont", 1, true) then n = n + 1 end
      assert.truthy(s:find('id="' .. ref .. '"', 1, true), ref)
    end
    assert.are.equal(#js.quotes, n)
    assert.matches('<h2>Who said what</h2>', s)
    assert.matches('<h2>People and their roles</h2>', s)
    assert.matches('Ingrid Solberg</a> <span class="role">— [^<]*Minister', s)
    -- the article's text survives the markup
    local plain = s:match('<article class="text">(.-)</article>')
    plain = plain:gsub('<a class="said%-by".-</a>', ""):gsub("<[^>]+>", "")
    plain = plain:gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&quot;", '"'):gsub("&#39;", "'")
                 :gsub("&amp;", "&")
    assert.are.equal(ARTICLE, plain)
  end)

  it("html: quotes inside quotes, quotes that overlap, entities cut by a quote", function ()
    local text = "Ann Lee said: one two three four five six."
    local d = { id = "q", text = text,
      entities = { { first = 1, last = 7, label = "PERSON", text = "Ann Lee" },
                   { first = 19, last = 27, label = "ORG", text = "two three" } },
      quotes = { { first = 15, last = 32, text = "one two three four", kind = "direct",
                   speaker = "Ann Lee", speaker_first = 1, speaker_last = 7 },
                 { first = 19, last = 21, text = "two", kind = "indirect" },
                 { first = 29, last = 41, text = "four five six", kind = "mixed" } } }
    local s = html.section(d, 1)
    local art = s:match('<article class="text">(.-)</article>')
    -- spans balanced, the text intact, one element with each id
    local depth = 0
    for close in art:gmatch("<(/?)span") do
      depth = depth + (close == "/" and -1 or 1)
      assert.is_true(depth >= 0)
    end
    assert.are.equal(0, depth)
    assert.are.equal(text, (art:gsub('<a class="said%-by".-</a>', ""):gsub("<[^>]+>", "")))
    for _, id in ipairs({ "d1-q1", "d1-q2", "d1-q3", "d1-e1", "d1-e2" }) do
      assert.are.equal(1, select(2, art:gsub('id="' .. id:gsub("%-", "%%-") .. '"', "")), id)
    end
    -- the nested quote sits inside the first; the third is cut where the
    -- first ends and goes on as a second piece; the link follows the real end
    assert.truthy(art:find('<span class="quote quote%-direct" id="d1%-q1"[^>]*>one ' ..
                           '<span class="quote quote%-indirect" id="d1%-q2"'))
    assert.truthy(art:find('<span class="quote quote-mixed cont"', 1, true))
    assert.truthy(art:find("four</span></span><a class=\"said%-by\" href=\"#d1%-e1\""))
    assert.truthy(art:find('<span class="ent ent-ORG cont"', 1, true))
  end)

  it("html: escapes what a hostile article holds", function ()
    local bad = "<script>alert(1)</script> \"Paris\" & 'Rome' said <img src=x onerror=y>."
    local d = glean.extract(bad, { id = "<b>id</b>" })
    local s = html.page(d)
    assert.is_nil(s:find("<script>", 1, true))
    assert.is_nil(s:find("<img", 1, true))
    assert.is_nil(s:find("<b>", 1, true))
    assert.truthy(s:find("&lt;script&gt;", 1, true))
  end)

  it("--only keeps entities, dates or quotes", function ()
    local v = formats.select(doc, { dates = true })
    for _, e in ipairs(v.entities) do assert.truthy(formats.TIME_LABELS[e.label]) end
    assert.are.equal(0, #v.quotes)
    assert.are.equal(0, #v.registry)
    v = formats.select(doc, { entities = true, quotes = true })
    for _, e in ipairs(v.entities) do assert.is_nil(formats.TIME_LABELS[e.label]) end
    assert.are.equal(#doc.quotes, #v.quotes)
    assert.are.equal(#doc.registry, #v.registry)
    assert.are.equal(doc.text, v.text)
    assert.is_nil((formats.parse_only("entities,people")))
    assert.are.same({ quotes = true }, formats.parse_only("quotes"))
  end)

  it("every format takes an empty document", function ()
    local d = glean.extract("", { id = "empty" })
    for _, name in ipairs(formats.BUILTIN) do
      local ok, s = pcall(render, assert(formats.load(name)), d)
      assert.is_true(ok, name .. ": " .. tostring(s))
    end
    assert.are.same({ {} }, (function ()
      local docs = conll.read(render(conll, d))
      return { docs[1].tokens }
    end)())
    assert.are.same({ entities = {}, quotes = {} }, brat.read(render(brat, d)))
  end)
end)
