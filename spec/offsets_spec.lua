local glean = require "glean"

describe("glean.offsets", function ()
  it("converts byte positions to code point offsets", function ()
    local text = "Kyïv – “ok” 👍"
    local toks = glean.tokenize(text)
    local pos = {}
    for i = 1, #toks do
      pos[#pos + 1] = toks:first(i)
      pos[#pos + 1] = toks:last(i) + 1
    end
    local cp = glean.offsets(text, pos)
    -- Kyïv = 0..4, – = 5..6, “ = 7..8, ok = 8..10, ” = 10..11, 👍 = 12..13
    assert.are.same({ 0, 4, 5, 6, 7, 8, 8, 10, 10, 11, 12, 13 }, cp)
  end)

  it("counts UTF-16 code units", function ()
    assert.are.same({ 0, 2, 3 }, glean.offsets("👍a", { 1, 5, 6 }, "utf16"))
    assert.are.same({ 0, 1, 2 }, glean.offsets("👍a", { 1, 5, 6 }))
  end)

  it("accepts positions in any order", function ()
    assert.are.same({ 2, 0, 1 }, glean.offsets("éab", { 4, 1, 3 }))
  end)

  it("has a one-position helper", function ()
    assert.are.equal(2, glean.codepoint("ééx", 5))
    assert.are.equal(3, glean.codepoint("ééx", 6))
  end)

  it("counts an invalid byte as one character", function ()
    assert.are.same({ 2, 3 }, glean.offsets("a\255b", { 3, 4 }))
  end)

  it("rejects positions outside the text", function ()
    assert.has_error(function () glean.offsets("abc", { 5 }) end)
    assert.has_error(function () glean.offsets("abc", { 0 }) end)
    assert.has_error(function () glean.offsets("abc", { "x" }) end)
    assert.has_error(function () glean.offsets("abc", {}, "bytes") end)
  end)
end)
