-- The HTML view in a real browser: headless Chromium renders the page
-- glean writes, the DOM it builds is checked for the highlights (entity
-- spans with their labels, dates' values, quotes linked to their
-- speakers), and a screenshot is saved under /tmp. Skipped when no
-- Chromium is installed (Debian: apt-get install chromium).
local helper = require "spec.helper"
local glean = require "glean"
local json_fmt = require "glean.formats.json"

local function succeeded (r) return r == true or r == 0 end

local function find_browser ()
  for _, name in ipairs({ "chromium", "chromium-browser", "google-chrome",
                          "google-chrome-stable" }) do
    if succeeded(os.execute("command -v " .. name .. " >/dev/null 2>&1")) then return name end
  end
  return nil
end

local browser = find_browser()

-- an article written for this spec
local ARTICLE = table.concat({
  "Harbour plan approved after late-night vote",
  "",
  "BERGEN, June 3 – Finance Minister Lena Voss said on Friday that the harbour plan was " ..
  "\"tight, but honest\" and that work would start in September.",
  "",
  "“We listened to the fishing towns & the ferry crews,” Voss told reporters. Tom Reed, " ..
  "a councillor in Stavanger, said the vote came too late.",
  "" }, "\n")

local function unescape (s)
  return (s:gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&quot;", '"'):gsub("&#39;", "'")
           :gsub("&nbsp;", "\194\160"):gsub("&amp;", "&"))
end

-- render html in the browser: the DOM it built, and a screenshot
local function render (html, name)
  local dir = os.tmpname()
  os.remove(dir)
  assert(os.execute("mkdir -p " .. dir))
  local page = dir .. "/" .. name .. ".html"
  local f = assert(io.open(page, "wb"))
  f:write(html)
  f:close()
  -- the browser runs outside the sanitizers' preloaded runtime (make asan)
  local run = "timeout 120 env -u LD_PRELOAD -u ASAN_OPTIONS " .. browser .. " "
  local flags = "--headless --no-sandbox --disable-gpu --disable-dev-shm-usage " ..
    "--no-first-run --no-default-browser-check --user-data-dir=" .. dir .. "/profile " ..
    "--window-size=1400,1800 "
  local dom = helper.run(run .. flags .. "--dump-dom file://" ..
                         page .. " 2>/dev/null")
  local shot = "/tmp/glean-browser-" .. name .. ".png"
  os.remove(shot)
  helper.run(run .. flags .. "--screenshot=" .. shot ..
             " file://" .. page .. " >/dev/null 2>&1")
  os.execute("rm -rf " .. dir)
  return dom, shot
end

-- the entity spans of a DOM, in order: {label, id, text, title, cont}
local function entity_spans (dom)
  local out = {}
  for attrs, inner in dom:gmatch('<span (class="ent ent%-[^"]*"[^>]*)>(.-)</span>') do
    local cls = attrs:match('^class="([^"]*)"')
    out[#out + 1] = { label = attrs:match('data%-label="([^"]*)"'), id = attrs:match('id="([^"]*)"'),
                      title = unescape(attrs:match('title="([^"]*)"') or ""),
                      text = unescape(inner), cont = cls:find("cont", 1, true) ~= nil }
  end
  return out
end

-- the DOM shows every entity of the JSON output, in order, with its label;
-- every quote points at its speaker's mention
local function check_against_json (dom, doc)
  local js = json_fmt.document(doc)
  local spans = {}
  for _, s in ipairs(entity_spans(dom)) do
    if s.label ~= "SPEAKER" and not s.cont then spans[#spans + 1] = s end
  end
  assert.are.equal(#js.entities, #spans)
  for i, e in ipairs(js.entities) do
    assert.are.equal(e.label, spans[i].label)
    -- a piece of the entity when a quote's edge cuts it
    assert.are.equal(1, (e.text:find(spans[i].text, 1, true)), e.text)
    if e.value then assert.truthy(spans[i].title:find(e.value, 1, true)) end
  end
  local ids = {}
  for id in dom:gmatch(' id="([^"]+)"') do ids[id] = true end
  local n = 0
  for attrs in dom:gmatch('<span (class="quote[^"]*"[^>]*)>') do
    -- a quote's second piece (where quotes overlap) is no new quote
    if not attrs:match('^class="[^"]*cont') then n = n + 1 end
    local ref = attrs:match('data%-speaker%-ref="([^"]*)"')
    if ref then assert.is_true(ids[ref], ref) end
  end
  assert.are.equal(#js.quotes, n)
end

local function is_png (path)
  local f = io.open(path, "rb")
  if not f then return false end
  local head = f:read(8)
  local size = f:seek("end")
  f:close()
  return head == "\137PNG\r\n\26\n" and size > 10000
end

describe("the HTML view in headless Chromium", function ()
  if not browser then
    pending("no Chromium found (apt-get install chromium)")
    return
  end

  it("highlights entities, shows dates' values, links quotes to speakers", function ()
    local doc = glean.extract(ARTICLE, { id = "harbour", dct = "2025-06-03" })
    local html = require("glean.formats.html").page(doc)
    local dom, shot = render(html, "article")
    assert.matches("<article", dom)
    check_against_json(dom, doc)
    local by_text = {}
    for _, s in ipairs(entity_spans(dom)) do by_text[s.text] = by_text[s.text] or s end
    assert.are.equal("PERSON", by_text["Lena Voss"].label)
    assert.are.equal("PERSON", by_text["Tom Reed"].label)
    assert.are.equal("GPE", by_text["Stavanger"].label)
    assert.matches("^DATE · value %d%d%d%d%-%d%d%-%d%d", by_text["Friday"].title)
    -- the direct quote is linked to Voss, whose mention is in the DOM
    local attrs = dom:match('<span (class="quote quote%-direct"[^>]*)>')
    assert.truthy(attrs, "a direct quote")
    local ref = attrs:match('data%-speaker%-ref="([^"]+)"')
    local target = dom:match('<span class="ent[^"]*" id="' .. ref:gsub("%-", "%%-") .. '"[^>]*>(.-)</span>')
    assert.are.equal("Voss", target)
    assert.matches('data%-speaker="Lena Voss"', attrs)
    -- the side panel, and the escaped ampersand shown as text
    assert.matches("<h2>Who said what</h2>", dom)
    assert.matches("<h2>People and their roles</h2>", dom)
    assert.truthy(dom:find("fishing towns &amp; the ferry crews", 1, true))
    assert.is_true(is_png(shot), "screenshot " .. shot)
  end)

  it("renders the seed article", function ()
    local path = helper.shared("seed/article.txt")
    if not path then
      pending("no ../shared/seed/article.txt")
      return
    end
    local doc = glean.extract(helper.read(path), { id = "seed-article", dct = "2024-01-17" })
    local dom, shot = render(require("glean.formats.html").page(doc), "seed")
    check_against_json(dom, doc)
    -- the hand annotation's entities are highlighted, in order, with their
    -- labels (most of them: the extractor's recall is measured elsewhere)
    local expected = helper.shared("seed/expected.json")
    if expected then
      local gold = assert(glean.json.decode(helper.read(expected)))
      local spans = entity_spans(dom)
      local at, found = 1, 0
      for _, e in ipairs(gold.entities) do
        for k = at, #spans do
          if spans[k].label == e.label and spans[k].text == e.text then
            found, at = found + 1, k + 1
            break
          end
        end
      end
      assert.is_true(found >= 0.8 * #gold.entities,
                     ("%d of %d expected entities highlighted"):format(found, #gold.entities))
    end
    assert.is_true(is_png(shot), "screenshot " .. shot)
  end)
end)
