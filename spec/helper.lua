-- Shared by the specs: where the checkout is, the interpreter that runs
-- them, and the shared evaluation material (absent on other machines).
local helper = {}

helper.lua = os.getenv("GLEAN_LUA") or "lua5.4"

local function readable (p)
  local f = io.open(p, "rb")
  if f then f:close() return true end
  return false
end

function helper.read (p)
  local f = assert(io.open(p, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

--- path of a file under ../shared, or nil when the shared folder is absent
function helper.shared (rel)
  local p = "../shared/" .. rel
  if readable(p) then return p end
  return nil
end

--- run a shell command; returns stdout, exit code
function helper.run (cmd)
  local p = io.popen(cmd .. "; echo \"__rc=$?\"")
  local out = p:read("*a")
  p:close()
  local body, rc = out:match("^(.*)__rc=(%d+)%s*$")
  return body, tonumber(rc)
end

--- a temporary file holding content; returns its name
function helper.tmpfile (content)
  local name = os.tmpname()
  local f = assert(io.open(name, "wb"))
  f:write(content)
  f:close()
  return name
end

--- a deterministic random generator: rand(n) gives 0 .. n - 1
function helper.rng (seed)
  return function (n)
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  end
end

--- token texts of a tokenized string
function helper.texts (toks)
  local t = {}
  for i = 1, #toks do t[i] = toks:text(i) end
  return t
end

_G.glean_helper = helper
return helper
