local glean = require "glean"
local P = require "glean.pattern"

-- run patterns over text; returns "rule:text" strings (and captures)
local function find (text, patterns, opts)
  opts = opts or {}
  local toks = glean.tokenize(text)
  local C = P.compiler(opts.layers)
  for _, p in ipairs(patterns) do C:add(p) end
  local prog = C:program()
  local dict, ent
  if opts.dict then dict = opts.dict(toks) end
  if opts.entities then ent = opts.entities(toks) end
  local out, caps = {}, {}
  for _, m in ipairs(P.run(prog, C, toks, { sentences = opts.sentences ~= false and
                                              toks:sentences() or nil,
                                            dict = dict, entities = ent })) do
    out[#out + 1] = m.rule .. ":" .. text:sub(toks:first(m.first_token), toks:last(m.last_token))
    for name, c in pairs(m.captures) do
      caps[#caps + 1] = name .. "=" .. text:sub(toks:first(c[1]), toks:last(c[2]))
    end
  end
  table.sort(caps)
  return out, caps
end

describe("glean.pattern", function ()
  it("tests words by their folded key", function ()
    assert.are.same({ "1:SAID", "1:Said", "2:says" },
                    find("SAID it. Said so. He says.", { P.word "said", P.words { "says", "told" } }))
    -- (a word whose key is shorter than its bytes, its first letter plain)
    assert.are.same({ "1:Democrática", "1:Democratica", "2:Dáil" },
                    find("Democrática, Democratica and the Dáil.",
                         { P.word "democratica", P.word "dail" }))
  end)

  it("tests kinds and flags", function ()
    assert.are.same({ "1:2024", "2:Kyiv", "3:NATO" },
                    find("in 2024 Kyiv and NATO", { P.kind "number",
                                                  P.all(P.is "title", P.isnt "upper"),
                                                  P.all(P.is { "upper", "alpha" }, P.isnt "title") }))
  end)

  it("combines tests on one token and negates them", function ()
    assert.are.same({ "2:in", "1:Kyiv" },
                    find("in Kyiv", { P.all(P.kind "word", P.is "cap"),
                                      P.all(P.isnt "cap", P.word "in") }))
    assert.are.same({ "1:,", "1:." }, find("a, b.", { P.no(P.kind "word") }))
  end)

  it("matches sequences, greedy repetition and optional parts", function ()
    assert.are.same({ "1:Mr Big Bad Wolf" },
                    find("Mr Big Bad Wolf ran", { P.word "mr" * P.cap_word ^ 1 }))
    assert.are.same({ "1:a b", "1:a" },
                    find("a b. a.", { P.word "a" * P.word "b" ^ -1 }))
    assert.are.same({ "1:x x x", "1:x x" },
                    find("x x x x x", { P.rep(P.word "x", 2, 3) }))
  end)

  it("reads a matcher's spans as a layer, less some bits inside another layer's spans",
     function ()
    local m = glean.matcher({ entries = {
      { surface = "said", label = "reporting_verb" },
      { surface = "Said", label = "surname", flags = "case" } } })
    local layers = { [0] = { reporting_verb = 1, surname = 2 } }
    local text = "Edward Said said so."
    local function run (drop)
      return find(text, { P.dict "reporting_verb" }, { layers = layers, dict = function (toks)
        local ms = m:match(toks)
        if not drop then return ms:layer(layers[0]) end
        return ms:layer(layers[0], glean.core.layer(#toks, { 1 }, { 2 }, { 1 }), drop)
      end })
    end
    assert.are.same({ "1:Said", "1:said" }, run())
    -- (the reporting verb inside "Edward Said" goes; the name's own bit stays)
    assert.are.same({ "1:said" }, run(1))
    local toks = glean.tokenize(text)
    local ms = m:match(toks)
    assert.has_error(function () ms:layer(layers[0], glean.core.layer(2, { 1 }, { 2 }, { 1 }), 1) end,
                     "glean: the layer is for 2 tokens, not 5")
    assert.has_error(function () ms:layer(layers[0], glean.core.layer(#toks, {}, {}, {}), -1) end)
    m:close()
  end)

  it("prefers the first alternative that matches", function ()
    local _, caps = find("New York Times", { P.capture("a", P.phrase "new york") * P.word "times" +
                                             P.capture("b", P.phrase "new york times") })
    assert.are.same({ "a=New York" }, caps)
  end)

  it("takes any capture name", function ()
    local _, caps = find("Ann said", { P.capture("n", P.cap_word) * P.capture("index", P.word "said") })
    assert.are.same({ "index=said", "n=Ann" }, caps)
  end)

  it("captures by name", function ()
    local _, caps = find("President Volodymyr Zelenskyy said",
                         { P.word "president" * P.capture("name", P.cap_word ^ 1) *
                           P.capture("verb", P.word "said") })
    assert.are.same({ "name=Volodymyr Zelenskyy", "verb=said" }, caps)
  end)

  it("stays inside a sentence, and knows where sentences start and end", function ()
    assert.are.same({ "1:Kyiv.", "1:Odesa" },
                    find("Kyiv. Odesa", { P.is "cap" * P.no(P.is "upper") ^ 0 }))
    assert.are.same({ "1:One", "1:Three" },
                    find("One two. Three four.", { P.sent_start * P.is "cap" }))
    assert.are.same({ "1:four." }, find("One two. Three four.", { P.word "four" * P.punct * P.sent_end }))
    assert.are.same({ "1:two. Three" }, find("One two. Three four.", { P.word "two" * P.punct * P.cap_word },
                                            { sentences = false }))
  end)

  it("does not overlap matches of one rule", function ()
    assert.are.same({ "1:a a", "1:a a" }, find("a a a a a", { P.word "a" * P.word "a" }))
  end)

  it("starts a rule only where the rest of the sentence may complete it", function ()
    -- (every match passes "said" or "that": no start after the last one,
    -- and none in a sentence with neither)
    local rule = P.words { "he", "she" } * P.kind "word" ^ -2 *
                 (P.word "said" + P.kind "word" * P.word "that")
    assert.are.same({ "1:he said", "1:she knew that", "1:She and he said" },
                    find("So he said she was there and she knew that. He left, she stayed. " ..
                         "She and he said it, he did.", { rule }))
  end)

  it("starts a rule that opens with a sentence start only there", function ()
    local text = "One said two. Three said four. said Five. Six, seven said."
    local rules = { P.capture("s", P.sent_start * P.cap_word) * P.word "said",
                    P.sent_start * P.kind "word" ^ -2 * P.word "said",
                    (P.sent_start + P.word ",") * P.kind "word" * P.word "said" }
    local out = find(text, rules)
    assert.are.same({ "1:One said", "2:One said", "3:One said", "1:Three said",
                      "2:Three said", "3:Three said", "3:, seven said" }, out)
    local toks = glean.tokenize(text)
    for _, plain in ipairs({ false, true }) do
      local C = P.compiler()
      for _, r in ipairs(rules) do C:add(r) end
      local n = #P.run(C:program(plain), C, toks, { sentences = toks:sentences() })
      assert.are.equal(#out, n)
    end
  end)

  it("tests words of many key sets (more than 64)", function ()
    local rules, text, want = {}, {}, {}
    for i = 1, 70 do
      rules[i] = P.words { "w" .. i, "x" .. i, "common" } * P.word("w" .. (i % 70 + 1))
      text[#text + 1] = "w" .. i
    end
    local out = find(table.concat(text, " ") .. " w1.", rules)
    for i = 1, 70 do want[#want + 1] = i .. ":w" .. i .. " w" .. (i % 70 + 1) end
    table.sort(out); table.sort(want)
    assert.are.same(want, out)
  end)

  it("consumes whole dictionary spans and entities", function ()
    local layers = { [0] = { title = 1, given_name = 2 }, [1] = { PERSON = 1 } }
    local function dict (toks)   -- "Prime Minister" is a title, "Giorgia" a given name
      return glean.core.layer(#toks, { 1, 3 }, { 2, 3 }, { 1, 2 })
    end
    local function entities (toks)
      return glean.core.layer(#toks, { 3 }, { 4 }, { 1 })
    end
    local text = "Prime Minister Giorgia Meloni said"
    assert.are.same({ "1:Prime Minister Giorgia Meloni" },
                    find(text, { P.dict "title" * P.dict "given_name" * P.cap_word }, { layers = layers, dict = dict }))
    assert.are.same({ "1:Prime Minister Giorgia Meloni said" },
                    find(text, { P.dict "title" * P.entity "PERSON" * P.word "said" },
                         { layers = layers, dict = dict, entities = entities }))
    assert.are.same({ "1:Minister" },
                    find(text, { P.all(P.in_dict "title", P.word "minister") }, { layers = layers, dict = dict }))
    assert.are.same({}, find(text, { P.dict "surname" }, { layers = layers, dict = dict }))
  end)

  it("finds what a rule finds alone, whatever rules run with it", function ()
    -- random rules over a text with capitals, initials, numbers, quote
    -- marks and dictionary/entity spans: the start index (keys, flags,
    -- kinds, spans), the sentence requirements and the closures worked out
    -- once must never change a rule's matches (against the plain program,
    -- which has none of them, and against the rule run alone)
    local seed = 12345
    local function rnd (n)                  -- Park-Miller, exact in doubles
      seed = (seed * 16807) % 2147483647
      return seed % n + 1
    end
    local WORDS = { "the", "said", "v", "of", "and", "minister", "kyiv", "“", "”", "," }
    local FLAGS = { "cap", "upper", "initial", "title", "digit", "line_start", "terminal" }
    local KINDS = { "word", "number", "punct", "quote", "dash", "hyphen" }
    local function test ()
      local k = rnd(9)
      if k == 1 then return P.word(WORDS[rnd(#WORDS)])
      elseif k == 2 then return P.words { WORDS[rnd(#WORDS)], WORDS[rnd(#WORDS)] }
      elseif k == 3 then return P.kind(KINDS[rnd(#KINDS)])
      elseif k == 4 then return P.is(FLAGS[rnd(#FLAGS)])
      elseif k == 5 then return P.all(P.kind(KINDS[rnd(2)]), P.is(FLAGS[rnd(#FLAGS)]))
      elseif k == 6 then return P.no(P.word(WORDS[rnd(#WORDS)]))
      elseif k == 7 then return P.in_dict "title"
      elseif k == 8 then return P.in_entity "PERSON"
      else return P.any end
    end
    local function item (depth)
      local k = rnd(depth > 2 and 3 or 8)
      if k <= 3 then return test()
      elseif k == 4 then return P.dict "title"
      elseif k == 5 then return P.entity "PERSON"
      elseif k == 6 then return item(depth + 1) + item(depth + 1)
      elseif k == 7 then return item(depth + 1) ^ (rnd(3) - 2)
      else return P.capture("c" .. rnd(3), item(depth + 1)) end
    end
    local function rule ()
      local p = item(0)
      for _ = 1, rnd(4) - 1 do p = p * item(0) end
      if rnd(6) == 1 then p = P.sent_start * p end
      return p
    end
    local text = "PRIME Minister J. K. Rowling said, “the v of Kyiv.” And 2024 -- the end-2024 " ..
                 "Minister Ann Lee said: “Kyiv, v the said”.\nKyiv 3 Lviv 1. the said of."
    local toks = glean.tokenize(text)
    local layers = { [0] = { title = 1 }, [1] = { PERSON = 1 } }
    local dict = glean.core.layer(#toks, { 2, 18 }, { 2, 18 }, { 1, 1 })
    local ents = glean.core.layer(#toks, { 3, 19 }, { 6, 20 }, { 1, 1 })
    local function run (patterns, plain)
      local C = P.compiler(layers)
      for _, p in ipairs(patterns) do C:add(p) end
      local by_rule = {}
      for _, m in ipairs(P.run(C:program(plain), C, toks, { sentences = toks:sentences(),
                                                      dict = dict, entities = ents })) do
        local list = by_rule[m.rule] or {}
        by_rule[m.rule] = list
        local caps = {}
        for name, c in pairs(m.captures) do caps[#caps + 1] = name .. c[1] .. "-" .. c[2] end
        table.sort(caps)
        list[#list + 1] = m.first_token .. "-" .. m.last_token .. " " .. table.concat(caps, ",")
      end
      return by_rule
    end
    local checked = 0
    for _ = 1, 30 do
      local patterns = {}
      while #patterns < 12 do
        local p = rule()
        -- (a pattern that can match no token is refused: not tried)
        if pcall(function () P.compiler(layers):add(p) end) then patterns[#patterns + 1] = p end
      end
      local together, plain = run(patterns), run(patterns, true)
      for r, p in ipairs(patterns) do
        local alone = run({ p })[1] or {}
        assert.are.same(plain[r] or {}, together[r] or {})
        assert.are.same(alone, together[r] or {})
        checked = checked + #alone
      end
    end
    assert.is_true(checked > 100)           -- (the rules did find things)
  end)

  it("rejects patterns that match nothing and bad arguments", function ()
    assert.has_error(function () P.compiler():add(P.word "a" ^ 0) end)
    assert.has_error(function () P.compiler():add(P.sent_start) end)
    assert.has_error(function () P.word(3) end)
    assert.has_error(function () P.is "shiny" end)
    assert.has_error(function () P.kind "noun" end)
    assert.has_error(function () P.rep(P.any, 5, 2) end)
    assert.has_error(function () return P.any ^ 1.5 end)
    local ok, err = pcall(P.compiler().add, P.compiler(), 42)
    assert.is_false(ok)
    assert.matches("glean:", err)
  end)

  it("rejects malformed programs in C", function ()
    for _, spec in ipairs({
      { code = { "jump", 0, 0 }, tests = {}, keysets = {}, rules = { { pc = 0 } } },
      { code = { "jmp", 9, 0 }, tests = {}, keysets = {}, rules = { { pc = 0 } } },
      { code = { "token", 3, 0 }, tests = {}, keysets = {}, rules = { { pc = 0 } } },
      { code = { "match", 0, 0 }, tests = {}, keysets = {}, rules = { { pc = 5 } } },
      { code = { "save", 99, 0 }, tests = {}, keysets = {}, rules = { { pc = 0 } } },
      { code = {}, tests = { { keyset = 2 } }, keysets = {}, rules = {} },
    }) do
      local ok, err = pcall(glean.core.program, spec)
      assert.is_false(ok)
      assert.matches("glean:", err)
    end
  end)
end)

describe("the default packs' programs", function ()
  -- a rule too long to be looked at for the tokens it needs runs wherever
  -- it may start: a tenth of the quote stage's instructions, when one
  -- crossed the bound
  it("are short enough to be pruned by the tokens their rules need", function ()
    local quotes = require "glean.quotes"
    local st = quotes.compile(require "glean.rules.en.quotes").program:stats()
    assert.are.equal(0, st.rules_unpruned)
    local ex = glean.new({ stages = {} })
    for _, pass in ipairs(ex.engine.passes) do
      assert.are.equal(0, pass.program:stats().rules_unpruned)
    end
  end)

  -- a key set past the last requirement slot leaves its rule unfiltered,
  -- so that a rule's place in its file would set its cost
  it("give every key set their rules need a requirement slot", function ()
    local quotes = require "glean.quotes"
    local st = quotes.compile(require "glean.rules.en.quotes").program:stats()
    assert.are.equal(0, st.required_dropped)
    assert.is_true(st.required_slots <= 128)
    local ex = glean.new({ stages = {} })
    for _, pass in ipairs(ex.engine.passes) do
      assert.are.equal(0, pass.program:stats().required_dropped)
    end
  end)
end)
