local helper = require "spec.helper"
local glean = require "glean"
local P = require "glean.pattern"
local rules = require "glean.rules"


local function ents (doc)
  local out = {}
  for _, e in ipairs(doc.entities) do out[#out + 1] = e.text .. "/" .. e.label .. "/" .. e.rule end
  return out
end

describe("glean.rules", function ()
  it("runs a pack and records each result's rule", function ()
    local g = glean.new({ packs = { { name = "t", rules = {
      { id = "org.en.suffix", label = "ORG", pattern = P.cap_word ^ 1 * P.words { "Inc.", "Ltd" } },
      { id = "date.en.year", label = "DATE", pattern = P.kind "number",
        build = function (m)
          local y = tonumber(m.text)
          if not y or y < 1900 or y > 2100 then return false end
          return { value = m.text }
        end },
    } } } })
    local doc = g:extract("Acme Widgets Inc. grew 12 percent in 2023.")
    assert.are.same({ "Acme Widgets Inc./ORG/org.en.suffix", "2023/DATE/date.en.year" }, ents(doc))
    assert.are.equal("2023", doc.entities[2].value)
  end)

  it("keeps of overlapping results what a plain reading of the order keeps", function ()
    -- the reference: every result, best first, takes its tokens if they
    -- are free; the winners in order of first token
    local function better (a, b)
      if a.priority ~= b.priority then return a.priority > b.priority end
      local la, lb = a.last_token - a.first_token, b.last_token - b.first_token
      if la ~= lb then return la > lb end
      if a.first_token ~= b.first_token then return a.first_token < b.first_token end
      if a.pass ~= b.pass then return a.pass < b.pass end
      return a.order < b.order
    end
    local function reference (results)
      local order = {}
      for i = 1, #results do order[i] = i end
      table.sort(order, function (x, y)
        local a, b = results[x], results[y]
        if better(a, b) then return true end
        if better(b, a) then return false end
        return x < y
      end)
      local taken, kept = {}, {}
      for _, i in ipairs(order) do
        local r, free = results[i], true
        for t = r.first_token, r.last_token do if taken[t] then free = false end end
        if free then
          for t = r.first_token, r.last_token do taken[t] = true end
          kept[#kept + 1] = r
        end
      end
      table.sort(kept, function (a, b) return a.first_token < b.first_token end)
      return kept
    end
    local rand = helper.rng(7)
    for round = 1, 300 do
      local results = {}
      for i = 1, rand(30) do
        local a = 1 + rand(40)
        results[i] = { first_token = a, last_token = a + rand(4), priority = rand(4) * 10,
                       pass = 1 + rand(2), order = 1 + rand(6), id = i }
      end
      local got, want = rules.resolve(results), reference(results)
      local g, w = {}, {}
      for i, r in ipairs(got) do g[i] = r.id end
      for i, r in ipairs(want) do w[i] = r.id end
      assert.are.same(w, g, "round " .. round)
    end
    assert.are.same({}, rules.resolve({}))
    local ok, err = pcall(rules.resolve, { { first_token = 1 } })
    assert.is_false(ok)
    assert.matches("glean: result 1 has no token range", err)
  end)

  it("resolves overlaps by priority, then length", function ()
    local pack = { name = "t", rules = {
      { id = "a.en.long", label = "ORG", priority = 1, pattern = P.phrase "new york times" },
      { id = "b.en.short", label = "GPE", priority = 5, pattern = P.phrase "new york" },
      { id = "c.en.shorter", label = "GPE", priority = 5, pattern = P.word "york" },
    } }
    local doc = glean.new({ packs = { pack } }):extract("the New York Times")
    assert.are.same({ "New York/GPE/b.en.short" }, ents(doc))
    pack.rules[1].priority = 9
    doc = glean.new({ packs = { pack } }):extract("the New York Times")
    assert.are.same({ "New York Times/ORG/a.en.long" }, ents(doc))
  end)

  it("lets later passes use earlier entities", function ()
    local doc = glean.new({ packs = {
      { name = "one", rules = { { id = "person.en.pair", label = "PERSON",
                                  pattern = P.word "jane" * P.word "doe" } } },
      { name = "two", rules = { { id = "quote.en.said", label = "SPEAKER", priority = 9,
                                  pattern = P.entity "PERSON" * P.word "said" } } },
    } }):extract("Jane Doe said so.")
    assert.are.same({ "Jane Doe said/SPEAKER/quote.en.said" }, ents(doc))
  end)

  it("takes the span of a named capture", function ()
    local doc = glean.new({ packs = { { name = "t", rules = {
      { id = "person.en.mr", label = "PERSON", span = "name",
        pattern = P.word "mr" * P.capture("name", P.cap_word ^ 1) },
    } } } }):extract("Then Mr Hugh Hill spoke.")
    assert.are.same({ "Hugh Hill/PERSON/person.en.mr" }, ents(doc))
  end)

  it("names the rule and the problem of a malformed pack", function ()
    local cases = {
      { { name = "x", rules = { { id = "bad id", label = "X", pattern = P.any } } }, "id like" },
      { { name = "x", rules = { { id = "a.en.b", label = "X" } } }, "needs a pattern" },
      { { name = "x", rules = { { id = "a.en.b", pattern = P.any } } }, "label or a build" },
      { { name = "x", rules = { { id = "a.en.b", label = "X", pattern = P.any, colour = 1 } } },
        "unknown field 'colour'" },
      { { name = "x", rules = { { id = "a.en.b", label = "X", pattern = "said" } } },
        "field 'pattern' must be a pattern" },
      { { name = "x", rules = { { id = "a.en.b", label = "X", pattern = P.any },
                                { id = "a.en.b", label = "X", pattern = P.any } } }, "used twice" },
      { { name = "x", rules = { { id = "a.en.b", label = "X", pattern = P.any ^ 0 } } },
        "can match no token" },
    }
    for _, c in ipairs(cases) do
      local ok, err = pcall(glean.new, { packs = { c[1] } })
      assert.is_false(ok)
      assert.matches("glean:", err)
      assert.truthy(tostring(err):find(c[2], 1, true), err)
    end
  end)

  it("gives a build its captures' tokens with and without tables", function ()
    local seen = {}
    local g = glean.new({ stages = {}, packs = { { name = "t", rules = {
      { id = "org.en.caps", label = "ORG", span = "org",
        pattern = P.capture("lead", P.word "the") ^ -1 *
                  P.capture("org", P.cap_word ^ 1) * P.capture("tail", P.words { "Inc.", "Ltd" }),
        build = function (m)
          local a, b = m:capture_span("org")
          local la, lb = m:capture_span("lead")
          local ta = m:capture_span("tail")
          seen[#seen + 1] = table.concat({ a, b, la or "-", lb or "-", ta,
                                           tostring(m:capture_span("none")) }, " ")
          -- (the same, read from the tables of m.captures, made now)
          local c = m.captures
          seen[#seen + 1] = table.concat({ c.org[1], c.org[2], c.lead and c.lead[1] or "-",
                                           c.lead and c.lead[2] or "-", c.tail[1],
                                           tostring(m:capture_span("none")) }, " ")
          return { canonical = m:capture_text("org") }
        end },
    } } } })
    local doc = g:extract("Shares of the Acme Widgets Ltd rose. Bolt Inc. fell.")
    assert.are.same({ "4 5 3 3 6 nil", "4 5 3 3 6 nil", "9 9 - - 10 nil", "9 9 - - 10 nil" },
                    seen)
    assert.are.same({ "Acme Widgets/ORG/org.en.caps", "Bolt/ORG/org.en.caps" }, ents(doc))
    -- (a rule file's build, in the sandbox, reads them so too)
    local p = helper.tmpfile([[
      return { name = "mine", rules = {
        { id = "org.en.spanned", label = "ORG", priority = 99, span = "o",
          pattern = P.capture("o", P.phrase "acme widgets") * P.word "said",
          build = function (m)
            local a, b = m:capture_span("o")
            return { canonical = a .. "-" .. b }
          end },
      } }
    ]])
    local g2 = glean.new({ rules = { p }, stages = {} })
    os.remove(p)
    local by = {}
    for _, e in ipairs(g2:extract("Then Acme Widgets said no.").entities) do by[e.text] = e end
    assert.are.equal("2-3", by["Acme Widgets"].canonical)
  end)

  describe("rule files", function ()
    it("load as data and add to the default packs", function ()
      local p = helper.tmpfile([[
        return { name = "mine", rules = {
          { id = "org.en.widgets", label = "ORG", priority = 99,
            pattern = P.phrase "acme widgets",
            build = function (m) return { canonical = string.upper(m.text) } end },
        } }
      ]])
      local g = glean.new({ rules = { p } })
      os.remove(p)
      local doc = g:extract("Acme Widgets opened in Kyiv.")
      local by = {}
      for _, e in ipairs(doc.entities) do by[e.text] = e end
      assert.are.equal("ACME WIDGETS", by["Acme Widgets"].canonical)
      assert.are.equal("org.en.widgets", by["Acme Widgets"].rule)
      assert.are.equal("GPE", by.Kyiv.label)
    end)

    local hostile = {
      { "os.execute('touch /tmp/glean-pwned')", "os" },
      { "return io.open('/etc/passwd')", "io" },
      { "return require('os')", "require" },
      { "return load('return 1')()", "load" },
      { "while true do end", "ran too long" },
      { "local t = {} for i = 1, 1e9 do t[i] = i end", "" },
      { "return string.rep('x', 1e9)", "too large" },
      { "return ('x'):rep(1e9)", "too large" },
      { "local function f() return f() + 1 end return f()", "" },
      { "return getmetatable('').__index", "getmetatable" },
      { "x = 1", "" },
      { "return { name = 'x', rules = { { id = 'a.b.c', label = 'X', pattern = P.any, " ..
        "build = function () while true do end end } } }", nil },
      { "\27Lua", "binary" },
      { "return {", "" },
      { "P.compiler_methods.add = nil", "" },
      { "P.word = nil", "read-only" },
    }
    for i, case in ipairs(hostile) do
      it("fail cleanly for hostile code #" .. i, function ()
        local p = helper.tmpfile(case[1])
        local pack, err = rules.load_file(p)
        if case[2] == nil then
          -- loads, but the build function is stopped when it runs
          assert.is_table(pack)
          local ok, e = pcall(function ()
            return glean.new({ packs = { pack } }):extract("a b c")
          end)
          assert.is_false(ok)
          assert.matches("ran too long", e)
        else
          assert.is_nil(pack)
          assert.matches("^glean:", err)
          if case[2] ~= "" then assert.truthy(err:find(case[2], 1, true), err) end
        end
        os.remove(p)
        local f = io.open("/tmp/glean-pwned")
        assert.is_nil(f)
      end)
    end

    it("can use LPeg on a match's text, and join a running extractor", function ()
      local p = helper.tmpfile([[
        local digits = lpeg.R("09") ^ 4
        local year = lpeg.C(digits) * -1
        return { name = "years", rules = {
          { id = "date.en.year", label = "DATE", pattern = P.kind "number",
            build = function (m)
              local y = lpeg.match(year, m.text)
              if not y then return false end
              return { value = y }
            end },
        } }
      ]])
      local g = glean.new({ packs = {}, stages = {} })
      assert.are.equal(0, #g:extract("In 2023, 12 of them").entities)
      g:add_pack(p)
      os.remove(p)
      local doc = g:extract("In 2023, 12 of them")
      assert.are.equal(1, #doc.entities)
      assert.are.equal("2023", doc.entities[1].value)
      assert.has_error(function () g:add_pack("/nonexistent.lua") end)
    end)

    it("bring word lists of their own", function ()
      local dir = os.tmpname()
      os.remove(dir)
      os.execute("mkdir -p " .. dir)
      local f = assert(io.open(dir .. "/teams.tsv", "wb"))
      f:write("Dynamo Kyiv\tORG\tFC Dynamo Kyiv\tteam\t-\t-\n")
      f:close()
      f = assert(io.open(dir .. "/teams.lua", "wb"))
      f:write([[return { name = "teams", lists = { "teams.tsv" }, rules = {
        { id = "org.en.team", label = "ORG", priority = 90, pattern = P.dict "team",
          build = function (m, ctx) return { canonical = ctx.dict(m.first_token, m.last_token).canonical } end },
      } }]])
      f:close()
      local g = glean.new({ rules = { dir .. "/teams.lua" } })
      os.execute("rm -rf " .. dir)
      local doc = g:extract("Dynamo Kyiv won in Kyiv.")
      assert.are.equal("FC Dynamo Kyiv", doc.entities[1].canonical)
      assert.are.equal("org.en.team", doc.entities[1].rule)
      assert.are.equal("GPE", doc.entities[2].label)
    end)

    it("say better than the default lists where both name a span", function ()
      local path = helper.tmpfile("Paris\tGPE\tParis (France)\tcity\t-\tpop=2100000\n", ".tsv")
      local g = glean.new({ lists = { path }, stages = {} })
      os.remove(path)
      local doc = g:extract("He flew to Paris.")
      assert.are.equal("Paris (France)", doc.entities[1].canonical)
    end)

    it("cannot change what other rules see", function ()
      local p = helper.tmpfile([[return { name = "evil", rules = {
        { id = "x.en.evil", label = "X", pattern = P.any,
          build = function (m, ctx)
            local ok1 = pcall(function () ctx.dict = nil end)
            local r = ctx.dict(m.first_token, m.last_token)
            local ok2 = r and pcall(function () r.canonical = "pwned" end)
            if ok1 or ok2 then error("changed shared state") end
            return false
          end },
      } }]])
      local g = glean.new({ rules = { p } })
      os.remove(p)
      local doc = g:extract("Kyiv")
      assert.are.equal("Kyiv", doc.entities[1].canonical)
    end)

    it("report a missing file", function ()
      local ok, err = pcall(glean.new, { rules = { "/nonexistent/rules.lua" } })
      assert.is_false(ok)
      assert.matches("glean: /nonexistent/rules.lua", err)
    end)

    it("leave the string library as it was", function ()
      local p = helper.tmpfile("return ('x'):rep(1e9)")
      rules.load_file(p)
      os.remove(p)
      assert.are.equal("xxx", ("x"):rep(3))
      assert.are.equal(string, getmetatable("").__index)
    end)
  end)
end)
