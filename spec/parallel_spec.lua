-- Scale-out with GNU parallel: the JSON Lines mode is a Unix filter, so
-- `parallel --pipe --keep-order` over it gives what one process gives, no
-- line lost or reordered. Skipped where GNU parallel is not installed.
local helper = require "spec.helper"
local glean = require "glean"

local function succeeded (r) return r == true or r == 0 end

local has_parallel = succeeded(os.execute("parallel --version >/dev/null 2>&1"))

-- a JSON Lines file of n made-up articles, with a few bad and blank lines
local function corpus (n, clean)
  local given = { "Lena", "Tom", "Anna", "Piotr", "Mei", "Omar", "Sofia", "Ravi" }
  local family = { "Voss", "Reed", "Berg", "Nowicki", "Tanaka", "Haddad", "Lindqvist" }
  local places = { "Oslo", "Lisbon", "Warsaw", "Nairobi", "Toronto", "Kyoto" }
  local rand = helper.rng(7)
  local lines = {}
  for i = 1, n do
    local a = given[rand(#given) + 1] .. " " .. family[rand(#family) + 1]
    local b = given[rand(#given) + 1] .. " " .. family[rand(#family) + 1]
    local p = places[rand(#places) + 1]
    local text = ("Mayor %s met %s in %s on Monday. \"We agreed on the harbour plan,\" " ..
                  "%s said after the talks in March 2023. Article %d."):format(a, b, p, a, i)
    lines[#lines + 1] = glean.json.encode({ id = "doc-" .. i, text = text, dct = "2024-02-0" ..
                                            (i % 9 + 1) })
    if not clean and i % 37 == 0 then lines[#lines + 1] = '{"id": "broken-' .. i .. '", "text": ' end
    if not clean and i % 53 == 0 then lines[#lines + 1] = "" end
  end
  return table.concat(lines, "\n") .. "\n"
end

describe("glean under GNU parallel", function ()
  if not has_parallel then
    pending("GNU parallel is not installed (apt-get install parallel)")
    return
  end

  local cmd = helper.lua .. " bin/glean --input jsonl --format jsonl"
  local par_cmd = "parallel --will-cite --pipe --keep-order -N 20 -j 2 " .. cmd

  local function lines_of (s)
    local t = {}
    for l in s:gmatch("[^\n]+") do t[#t + 1] = l end
    return t
  end

  it("gives byte for byte the output of a single process", function ()
    local p = helper.tmpfile(corpus(120, true))
    local single, rc1 = helper.run(cmd .. " < " .. p)
    local par, rc2 = helper.run(par_cmd .. " < " .. p)
    os.remove(p)
    assert.are.same({ 0, 0 }, { rc1, rc2 })
    local a, b = lines_of(single), lines_of(par)
    assert.are.equal(120, #a)
    assert.are.equal(#a, #b)
    for i = 1, #a do
      if a[i] ~= b[i] then assert.are.equal(a[i], b[i], "line " .. i) end
      assert.are.equal("doc-" .. i, glean.json.decode(b[i]).id)
    end
    assert.is_true(single == par)
  end)

  it("keeps bad lines in their places: nothing lost or reordered", function ()
    local p = helper.tmpfile(corpus(120))
    local single, rc1 = helper.run(cmd .. " < " .. p)
    local par, rc2 = helper.run(par_cmd .. " < " .. p)
    os.remove(p)
    -- exit 1 for the bad lines (parallel's status: the number of failed jobs)
    assert.are.equal(1, rc1)
    assert.is_true(rc2 >= 1)
    local a, b = lines_of(single), lines_of(par)
    assert.are.equal(#a, #b)
    local ids, errors = {}, 0
    for i = 1, #a do
      local ra, rb = assert(glean.json.decode(a[i])), assert(glean.json.decode(b[i]))
      if rb.error then
        -- an error names the line in the input its process read
        errors = errors + 1
        assert.are.equal(ra.error:gsub("^line %d+: ", ""), (rb.error:gsub("^line %d+: ", "")))
        assert.are.equal(ra.id, rb.id)
      else
        assert.are.equal(a[i], b[i])
        ids[#ids + 1] = rb.id
      end
    end
    assert.are.equal(120, #ids)
    assert.are.equal(3, errors)
    for i, id in ipairs(ids) do assert.are.equal("doc-" .. i, id) end
  end)
end)
