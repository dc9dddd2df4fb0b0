local helper = require "spec.helper"

describe("the build", function ()
  it("exports luaopen_glean_core alone", function ()
    local so
    for template in package.cpath:gmatch("[^;]+") do
      local p = template:gsub("%?", "glean/core")
      local f = io.open(p)
      if f then f:close() so = p break end
    end
    assert.is_string(so)
    local out, rc = helper.run("nm -D --defined-only '" .. so .. "' 2>/dev/null")
    if rc ~= 0 then
      pending("nm is not installed")
      return
    end
    local symbols = {}
    for name in out:gmatch("%s[TDBRVW]%s+([%w_]+)") do symbols[#symbols + 1] = name end
    assert.are.same({ "luaopen_glean_core" }, symbols)
  end)

  it("has a rockspec that installs every module and data file", function ()
    local rockspec = helper.read("rockspec/glean-scm-1.rockspec")
    local out = helper.run("cd lua && find glean -type f \\( -name '*.lua' -o -name '*.tsv' -o -name '*.txt' \\) " ..
                           "-not -path '*/curated/*' | sort")
    for file in out:gmatch("[^\n]+") do
      assert.truthy(rockspec:find('"lua/' .. file .. '"', 1, true),
                    "rockspec does not install lua/" .. file)
    end
    local csrc = helper.run("ls csrc/*.c")
    for file in csrc:gmatch("[^\n]+") do
      assert.truthy(rockspec:find('"' .. file .. '"', 1, true),
                    "rockspec does not compile " .. file)
    end
  end)
end)
