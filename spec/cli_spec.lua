local helper = require "spec.helper"
local cli = require "glean.cli"

-- a file-like sink for cli.main's output
local function sink ()
  local buf = {}
  return { write = function (self, ...)
    for _, s in ipairs({ ... }) do buf[#buf + 1] = tostring(s) end
    return self
  end, text = function () return table.concat(buf) end }
end

local function run (args)
  local out, err = sink(), sink()
  local code = cli.main(args, { stdout = out, stderr = err })
  return code, out.text(), err.text()
end


describe("glean command", function ()
  it("prints one token a line with offsets, kind and flags", function ()
    local p = helper.tmpfile("Kyiv’s mayor.")
    local code, out = run({ "tokens", p })
    os.remove(p)
    assert.are.equal(0, code)
    local lines = {}
    for l in out:gmatch("[^\n]+") do lines[#lines + 1] = l end
    assert.are.equal(4, #lines)
    assert.matches("^1\t4\tword\tKyiv\t", lines[1])
    assert.matches("^5\t8\tword\t’s\t.*clitic", lines[2])
    assert.matches("^15\t15\tpunct\t%.\t", lines[4])
  end)

  it("prints one sentence a line", function ()
    local p = helper.tmpfile("One. Two here.\nThree")
    local code, out = run({ "sentences", p })
    os.remove(p)
    assert.are.equal(0, code)
    assert.are.equal("1\t4\tOne.\n6\t14\tTwo here.\n16\t20\tThree\n", out)
  end)

  it("says 1 for a file it cannot read and goes on", function ()
    local p = helper.tmpfile("Fine.")
    local code, out, err = run({ "sentences", "/nonexistent/file.txt", p })
    os.remove(p)
    assert.are.equal(1, code)
    assert.matches("^glean: /nonexistent/file.txt", err)
    assert.matches("Fine%.", out)
  end)

  it("says 2 for a usage error", function ()
    local code, _, err = run({ "tokens" })
    assert.are.equal(2, code)
    assert.matches("Usage", err)
    code = run({ "--no-such-option" })
    assert.are.equal(2, code)
    code, _, err = run({})
    assert.are.equal(2, code)
    assert.matches("name a file", err)
  end)

  it("prints its version", function ()
    local code, out = run({ "--version" })
    assert.are.equal(0, code)
    assert.matches("^glean %d+%.%d+%.%d+", out)
  end)

  it("runs from the checkout through bin/glean, reading standard input", function ()
    local out, rc = helper.run("printf 'A b. C d.' | " .. helper.lua ..
                               " bin/glean sentences -")
    assert.are.equal(0, rc)
    assert.are.equal("1\t4\tA b.\n6\t9\tC d.\n", out)
    local _, rc2 = helper.run(helper.lua .. " bin/glean tokens 2>/dev/null")
    assert.are.equal(2, rc2)
    local _, rc3 = helper.run(helper.lua .. " bin/glean tokens /nonexistent 2>/dev/null")
    assert.are.equal(1, rc3)
  end)
end)
