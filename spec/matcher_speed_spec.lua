-- The shortcuts of the dictionary look-ups (keys.c: words packed into two
-- machine words, a memo of recent words, a hash read eight bytes a step)
-- and of the list fingerprint and cache checksum (four lanes): each must
-- give the answers of the plain way.
local glean = require "glean"
local core = require "glean.core"
local helper = require "spec.helper"

-- the canonical names matched in text, in order
local function canon (m, text)
  local ms = m:match(glean.tokenize(text))
  local out = {}
  for i = 1, #ms do out[#out + 1] = ms[i].canonical end
  return out
end

describe("dictionary look-ups", function ()
  -- words of every length around the packing's edges (3, 4, 7, 8, 16, 17)
  local words = {}
  local letters = "abcdefghijklmnopqrstuvwxyz"
  for len = 1, 24 do words[len] = letters:sub(1, len) end

  it("find words of every length, in any case, and no near miss", function ()
    local entries = {}
    for len, w in ipairs(words) do
      entries[len] = { surface = w, label = "X", canonical = "w" .. len }
    end
    local m = glean.matcher({ entries = entries })
    for len, w in ipairs(words) do
      local want = { "w" .. len }
      -- (twice: the second answer comes from the memo)
      for _ = 1, 2 do
        assert.are.same(want, canon(m, w), w)
        assert.are.same(want, canon(m, w:upper()), w)
        assert.are.same(want, canon(m, w:sub(1, 1):upper() .. w:sub(2)), w)
      end
      -- one letter changed, at the start, in the middle and at the end
      for _, k in ipairs({ 1, math.floor((len + 1) / 2), len }) do
        local near = w:sub(1, k - 1) .. "z" .. w:sub(k + 1)
        assert.are.same({}, canon(m, near), near)
      end
    end
    m:close()
  end)

  it("fold non-ASCII words, short and long", function ()
    local m = glean.matcher({ entries = {
      { surface = "Zürich", label = "GPE", canonical = "Zurich" },
      { surface = "Wrocław", label = "GPE", canonical = "Wroclaw" },
      { surface = "Ñuñoa", label = "GPE", canonical = "Nunoa" },
      { surface = "Bielsko-Białaśćźżółęńquux", label = "GPE", canonical = "Long" },
    } })
    for _ = 1, 2 do
      assert.are.same({ "Zurich", "Wroclaw", "Nunoa" },
                      canon(m, "ZURICH, WROCŁAW and ÑUÑOA"))
      assert.are.same({ "Long" }, canon(m, "BIELSKO-BIAŁAŚĆŹŻÓŁĘŃQUUX"))
    end
    m:close()
  end)

  it("survive a save and a load (the key table is hashed again)", function ()
    local entries = {}
    for len, w in ipairs(words) do
      entries[len] = { surface = w .. " x", label = "X", canonical = "w" .. len }
    end
    local m = glean.matcher({ entries = entries })
    local p = os.tmpname()
    assert.is_true(m:save(p))
    local m2 = assert(glean.load_matcher(p))
    os.remove(p)
    for len, w in ipairs(words) do
      assert.are.same({ "w" .. len }, canon(m2, w:upper() .. " X"), w)
    end
    m:close()
    m2:close()
  end)
end)

describe("core.fingerprint", function ()
  local base = ("0123456789abcdef"):rep(10) .. "tail"   -- (not a multiple of 32)

  it("changes with any byte, the length, and the split between files", function ()
    local a = helper.tmpfile(base)
    local fa = core.fingerprint(a)
    assert.are.equal(fa, core.fingerprint(a))
    assert.matches("^%x+$", fa)
    assert.are.equal(16, #fa)
    local seen = { [fa] = true }
    local function fresh (content)
      local p = helper.tmpfile(content)
      local f = core.fingerprint(p)
      os.remove(p)
      assert.is_nil(seen[f], content)
      seen[f] = true
    end
    for _, k in ipairs({ 1, 31, 32, 33, 100, #base }) do
      fresh(base:sub(1, k - 1) .. "#" .. base:sub(k + 1))
    end
    fresh(base:sub(1, -2))                    -- truncated
    fresh(base .. "\0")                       -- a byte more
    local b = helper.tmpfile(base:sub(1, 40))
    local c = helper.tmpfile(base:sub(41))
    local fbc = core.fingerprint(b, c)
    assert.are_not.equal(fa, fbc)
    assert.are_not.equal(fbc, core.fingerprint(c, b))
    os.remove(a)
    os.remove(b)
    os.remove(c)
  end)
end)
