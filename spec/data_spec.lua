local helper = require "spec.helper"
local data = require "glean.data"
local glean = require "glean"


describe("glean.data", function ()
  it("reads six-column lists, skipping comments and blank lines", function ()
    local p = helper.tmpfile("# a comment\n\nKyiv\tGPE\tKyiv\tcity\t-\tpop=1\n" ..
                      "Kiev\tGPE\tKyiv\tcity\talt\t-\r\n")
    local rows = assert(data.read_tsv(p))
    os.remove(p)
    assert.are.equal(2, #rows)
    assert.are.equal("Kyiv", rows[1].surface)
    assert.are.equal("GPE", rows[1].label)
    assert.is_nil(rows[1].flags)
    assert.are.equal("pop=1", rows[1].extra)
    assert.are.equal(3, rows[1].line)
    assert.are.equal("alt", rows[2].flags)
    assert.is_nil(rows[2].extra)
    assert.are.same({ pop = "1" }, data.extra(rows[1].extra))
  end)

  it("names the file and line of a malformed row", function ()
    local p = helper.tmpfile("Kyiv\tGPE\tKyiv\tcity\t-\t-\nbroken\tline\n")
    local rows, err, line = data.read_tsv(p)
    os.remove(p)
    assert.is_nil(rows)
    assert.are.equal(2, line)
    assert.matches(":2: expected 6 tab%-separated columns, got 2", err)
    assert.truthy(err:find(p, 1, true))
  end)

  it("reports a missing file", function ()
    local rows, err = data.read_tsv("/nonexistent/list.tsv")
    assert.is_nil(rows)
    assert.matches("^glean:", err)
    assert.is_nil(data.path("en/no-such-list.tsv"))
    assert.has_error(function () data.load("en/no-such-list.tsv") end)
  end)

  it("finds and reads every bundled list", function ()
    local p = assert(data.path("en/abbreviations.tsv"))
    local dir = p:match("^(.*)/abbreviations%.tsv$")
    local names = {}
    for name in io.popen('ls "' .. dir .. '"'):lines() do
      if name:match("%.tsv$") then names[#names + 1] = name end
    end
    assert.is_true(#names >= 1)
    for _, name in ipairs(names) do
      local rows, err = data.read_tsv(dir .. "/" .. name)
      assert.is_table(rows, err)
    end
  end)

  it("gives the tokenizer its abbreviations", function ()
    local set = glean.abbreviations()
    assert.are.equal("keep", set["Dr."])
    assert.are.equal("end", set["etc."])
  end)
end)
