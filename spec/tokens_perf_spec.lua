-- The fast paths of the token and sentence methods (csrc/tokens.c,
-- csrc/class.c): the tagged-userdata check, the flag-name hash, the kind
-- names kept as upvalues, the methods table as __index's upvalue, the
-- sentence views' keys and toks:among's key filter. Each must answer as
-- the plain way does.
local glean = require "glean"
local core = glean.core

local TEXT = "Mr. O'Neill-Smith said: \"Kyiv's NATO talks cost $4.5bn…\" " ..
             "(see https://x.org/a or a@b.co). ÉCOLE Ünïcode — 東京 U.S. e.g. " ..
             "J. R. R. Tolkien, 42 times. \226\128\162 bullet \255 end?!\n\nNew para 'quoted' here."

local function tokens (text)
  return core.tokenizer({ ["Mr."] = true, ["e.g."] = true }):tokenize(text or TEXT)
end

describe("token methods (fast paths)", function ()
  it("answers every flag name of core.FLAG as the flags word does", function ()
    local toks = tokens()
    local n = 0
    for name, bit in pairs(core.FLAG) do
      n = n + 1
      for i = 1, #toks do
        assert.are.equal(math.floor(toks:flags(i) / bit) % 2 == 1, toks:is(i, name),
                         name .. " at " .. i)
      end
    end
    assert.are.equal(24, n)
  end)

  it("rejects names that are no flag, however near one", function ()
    local toks = tokens()
    for _, bad in ipairs({ "", "c", "ca", "Cap", "cap ", "caps", "space_befor",
                           "joined_pre", "joined_nexT", "\0cap" }) do
      local ok, err = pcall(toks.is, toks, 1, bad)
      assert.is_false(ok, bad)
      assert.matches("glean: unknown token flag", err)
    end
    -- (a name is read up to a NUL, as strcmp reads it)
    assert.are.equal(toks:is(1, "cap"), toks:is(1, "cap\0x"))
    local ok, err = pcall(toks.is, toks, 1, 5)
    assert.is_false(ok)
    assert.matches("glean: bad argument #3 %(string expected, got number%)", err)
  end)

  it("gives kinds as toks[i] and arrays() do", function ()
    local toks = tokens()
    local _, _, kinds = toks:arrays()
    local seen = {}
    for i = 1, #toks do
      assert.are.equal(kinds[i], toks:kind(i))
      assert.are.equal(kinds[i], toks[i].kind)
      seen[toks:kind(i)] = true
    end
    for _, k in ipairs({ "word", "number", "punct", "quote", "dash", "url", "email",
                         "symbol" }) do
      assert.is_true(seen[k], k)
    end
  end)

  it("finds methods by obj:name, obj.name and the methods table alike", function ()
    local toks = tokens()
    local M = getmetatable(toks).methods
    for _, name in ipairs({ "first", "last", "kind", "flags", "is", "text", "key", "get",
                            "arrays", "find", "among", "sentences" }) do
      assert.are.equal(M[name], toks[name], name)
      assert.is_function(M[name], name)
    end
    assert.is_nil(toks.nothing)
    assert.is_nil(toks[true])
    assert.are.equal(toks:key(2), M.key(toks, 2))
    local sents = toks:sentences()
    local SM = getmetatable(sents).methods
    assert.are.equal(SM.text, sents.text)
    assert.are.equal(SM.get, sents.get)
    assert.is_nil(sents.nothing)
  end)

  it("checks the list argument of every method by its type", function ()
    local toks = tokens()
    local sents = toks:sentences()
    local tz = core.tokenizer({})
    local M = getmetatable(toks).methods
    for _, bad in ipairs({ sents, tz, io.stdout, {}, "text", 1, false }) do
      for _, name in ipairs({ "first", "last", "kind", "flags", "is", "text", "key",
                              "get", "arrays", "find", "among", "sentences" }) do
        local ok, err
        if name == "sentences" then ok, err = pcall(M[name], bad)
        else ok, err = pcall(M[name], bad, 1, "cap") end
        assert.is_false(ok, name)
        assert.matches("glean: bad argument #1 %(glean.Tokens expected, got ", err)
      end
    end
    local SM = getmetatable(sents).methods
    local ok, err = pcall(SM.text, toks, 1)
    assert.is_false(ok)
    assert.matches("glean.Sentences expected, got ", err)
    ok, err = pcall(getmetatable(tz).methods.tokenize, toks, "x")
    assert.is_false(ok)
    assert.matches("glean.Tokenizer expected, got ", err)
    -- a Sentences is no Tokens for tz:sentences either: it is tokenized as text
    assert.has_error(function () tz:sentences(sents) end)
    assert.are.equal(2, #tz:sentences(tokens("A b. C d.")))
  end)

  it("checks the index argument as before", function ()
    local toks = tokens()
    assert.are.equal(toks:first(2), toks:first(2.0))
    for _, bad in ipairs({ "2", 2.5, {}, true }) do
      local ok, err = pcall(toks.first, toks, bad)
      assert.is_false(ok)
      assert.matches("glean: bad argument #2 %(integer expected", err)
    end
    for _, bad in ipairs({ 0, -1, #toks + 1, 2 ^ 40 }) do
      local ok, err = pcall(toks.key, toks, bad)
      assert.is_false(ok)
      assert.matches("glean: index .* out of range", err)
    end
    assert.is_nil(toks[0])
    assert.is_nil(toks:get(#toks + 1))
  end)

  it("makes sentence views with the four fields, fresh each time", function ()
    local toks = tokens("One here. Two there. Three.")
    local sents = toks:sentences()
    assert.are.equal(3, #sents)
    for i = 1, #sents do
      local v = sents[i]
      local n = 0
      for _ in pairs(v) do n = n + 1 end
      assert.are.equal(4, n)
      assert.are.same(v, sents:get(i))
      assert.are_not.equal(v, sents[i])
      assert.are.equal(sents:text(i), ("One here. Two there. Three."):sub(v.first, v.last))
      assert.are.equal(toks:first(v.first_token), v.first)
      assert.are.equal(toks:last(v.last_token), v.last)
    end
    assert.are.same({ first = 11, last = 20, first_token = 4, last_token = 6 }, sents[2])
    assert.is_nil(sents[0])
    assert.is_nil(sents[4])
  end)

  it("finds among a set what a look-up of every capitalized token finds", function ()
    local toks = tokens(TEXT .. " Smith met Kyiv and NATO in Tolkien's U.S. office.")
    local function brute (set)
      local out = {}
      for i = 1, #toks do
        if toks:is(i, "cap") and set[toks:text(i)] ~= nil then out[#out + 1] = i end
      end
      return out
    end
    local sets = {
      {}, { Kyiv = true }, { Kyiv = 1, NATO = "x", ["U.S."] = {}, Nothing = true },
      { [1] = "Kyiv", [2] = "NATO", Smith = false },          -- false is a value too
      { ["ÉCOLE"] = true, ["Ünïcode"] = true, ["東京"] = true, New = true },
    }
    local big = {}                                    -- too many keys to filter
    for i = 1, 1000 do big["W" .. i] = true end
    big.Tolkien = true
    big[3.5] = true
    sets[#sets + 1] = big
    local all = {}                                    -- every capitalized text
    for i = 1, #toks do if toks:is(i, "cap") then all[toks:text(i)] = i end end
    sets[#sets + 1] = all
    for k, set in ipairs(sets) do
      assert.are.same(brute(set), toks:among(set), "set " .. k)
    end
    assert.has_error(function () toks:among("Kyiv") end)
  end)

  it("lists the tokens with a flag, and their texts, as a loop over toks:is does", function ()
    local toks = glean.tokenize("In 2024, 12 of Kyiv’s 3rd-floor flats (٣ rooms) cost £1.5m; " ..
                                "AB-12 left at 9:30.\nNone here.")
    for _, flag in ipairs({ "digit", "cap", "upper", "alpha", "newline_before" }) do
      local want_i, want_t = {}, {}
      for i = 1, #toks do
        if toks:is(i, flag) then
          want_i[#want_i + 1] = i
          want_t[#want_t + 1] = toks:text(i)
        end
      end
      local at, texts = toks:flagged(flag)
      assert.are.same(want_i, at, flag)
      assert.are.same(want_t, texts, flag)
    end
    assert.is_true(#toks:flagged("digit") >= 5)
    local none_i, none_t = glean.tokenize(""):flagged("digit")
    assert.are.same({}, none_i)
    assert.are.same({}, none_t)
    assert.has_error(function () toks:flagged("nonsense") end)
    assert.has_error(function () toks:flagged() end)
  end)
end)
