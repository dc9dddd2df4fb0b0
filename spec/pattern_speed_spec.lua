local glean = require "glean"
local P = require "glean.pattern"

-- The VM's shortcuts must not change a match: a rule given up for the rest
-- of a sentence once it cannot match there, marks kept from run to run, a
-- key-set test read without the per-token memo, a span's tail followed
-- without a walk. Each is checked against the plain program (none of the
-- shortcuts) over sentences that leave tokens out or overlap, and over
-- many runs of one program.
describe("glean.pattern shortcuts", function ()
  local seed = 4242
  local function rnd (n)                    -- Park-Miller, exact in doubles
    seed = (seed * 16807) % 2147483647
    return seed % n + 1
  end
  local WORDS = { "the", "said", "v", "of", "and", "minister", "kyiv", "“", "”", "," }
  local FLAGS = { "cap", "upper", "initial", "title", "digit", "line_start", "terminal" }
  local function test ()
    local k = rnd(7)
    if k == 1 then return P.word(WORDS[rnd(#WORDS)])
    elseif k == 2 then return P.words { WORDS[rnd(#WORDS)], WORDS[rnd(#WORDS)] }
    elseif k == 3 then return P.is(FLAGS[rnd(#FLAGS)])
    elseif k == 4 then return P.no(P.word(WORDS[rnd(#WORDS)]))
    elseif k == 5 then return P.in_entity "PERSON"
    elseif k == 6 then return P.all(P.kind "word", P.is "cap")
    else return P.any end
  end
  local function item (depth)
    local k = rnd(depth > 2 and 3 or 7)
    if k <= 3 then return test()
    elseif k == 4 then return P.entity "PERSON"
    elseif k == 5 then return item(depth + 1) + item(depth + 1)
    elseif k == 6 then return item(depth + 1) ^ (rnd(3) - 2)
    else return P.capture("c" .. rnd(3), item(depth + 1)) end
  end
  local function rule ()
    local p = item(0)
    for _ = 1, rnd(4) - 1 do p = p * item(0) end
    -- (a word every match needs after its start: a cut of the rule)
    if rnd(3) == 1 then p = p * P.any ^ -1 * P.word "said" end
    if rnd(6) == 1 then p = P.sent_start * p end
    if rnd(8) == 1 then p = p * P.sent_end end
    return p
  end

  local text = "PRIME Minister J. K. Rowling said, “the v of Kyiv.” And 2024 -- the end-2024 " ..
               "Minister Ann Lee said: “Kyiv, v the said”.\nKyiv 3 Lviv 1. the said of. " ..
               "Ann Lee and J. K. Rowling said the minister said so."
  local toks = glean.tokenize(text)
  local n = #toks
  local layers = { [1] = { PERSON = 1 } }
  local ents = glean.core.layer(n, { 3, 19, 38, 40 }, { 6, 20, 39, 43 }, { 1, 1, 1, 1 })

  local function matches (prog, C, sentences)
    local out = {}
    for _, m in ipairs(P.run(prog, C, toks, { sentences = sentences, entities = ents })) do
      local caps = {}
      for name, c in pairs(m.captures) do caps[#caps + 1] = name .. c[1] .. "-" .. c[2] end
      table.sort(caps)
      out[#out + 1] = m.rule .. ":" .. m.first_token .. "-" .. m.last_token .. " " ..
                      table.concat(caps, ",")
    end
    return out
  end

  local function programs ()
    local patterns = {}
    while #patterns < 10 do
      local p = rule()
      if pcall(function () P.compiler(layers):add(p) end) then patterns[#patterns + 1] = p end
    end
    local C = P.compiler(layers)
    for _, p in ipairs(patterns) do C:add(p) end
    return C, C:program(), C:program(true)
  end

  it("finds what the plain program finds, whatever the sentences", function ()
    local splits = {
      toks:sentences(),
      nil,                                              -- one sentence
      { { 1, 9 }, { 14, 30 }, { 40, n } },              -- tokens left out
      { { 1, 20 }, { 10, 35 }, { 30, n } },             -- overlapping
      { { 5, 5 }, { 6, 6 }, { 7, 40 } },
    }
    local found = 0
    for _ = 1, 25 do
      local C, fast, plain = programs()
      for s = 1, 5 do
        local want = matches(plain, C, splits[s])
        assert.are.same(want, matches(fast, C, splits[s]))
        found = found + #want
      end
    end
    assert.is_true(found > 100)             -- (the rules did find things)
  end)

  it("finds the same from run to run of one program", function ()
    local C, fast, plain = programs()
    local sents = toks:sentences()
    local want = matches(plain, C, sents)
    for k = 1, 200 do
      -- (runs over other texts in between: their marks stay behind)
      if k % 7 == 0 then
        local other = glean.tokenize("Ann said the v said. Kyiv said.")
        fast:run(other, other:sentences())
      end
      assert.are.same(want, matches(fast, C, sents))
    end
  end)
end)
