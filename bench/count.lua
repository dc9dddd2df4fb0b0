-- make bench-count: instruction counts of extraction, which do not drift
-- as the VM's wall clock does. Usage: lua bench/count.lua CORPUS BUILD_DIR
-- For each set of stages, valgrind (callgrind) runs this file twice with
-- --run: over the first WARM articles of the corpus, then over WARM + N;
-- the difference is the cost of the N articles after the warm-up (the
-- lists loaded, the caches filled), in machine instructions. time() is
-- fixed by a preloaded fixtime.so (bench/fixtime.c), so that Lua's string
-- hash seed, and with it the count, is the same in every run.

local WARM, N = 50, 600

package.path = "./bench/?.lua;" .. package.path
local articles_in = require "articles"

local function articles_of (corpus)
  local f = assert(io.open(corpus, "rb"))
  local text = f:read("*a")
  f:close()
  return articles_in(text)
end

if arg[1] == "--run" then
  -- the measured process: --run CORPUS BUILD STAGES COUNT
  local corpus, build, stages, count = arg[2], arg[3], arg[4], tonumber(arg[5])
  package.path = "./lua/?.lua;./lua/?/init.lua;" .. package.path
  package.cpath = "./" .. build .. "/?.so;" .. package.cpath
  local glean = require "glean"
  local opts
  if stages == "none" then opts = { stages = {} }
  elseif stages ~= "all" then opts = { stages = { stages } } end
  local ex = glean.new(opts)
  local articles = articles_of(corpus)
  for i = 1, math.min(count, #articles) do ex:extract(articles[i]) end
  return
end

local corpus, build = arg[1], arg[2] or "build/5.4"
local lua = arg[-1] or "lua5.4"
local f = corpus and io.open(corpus, "rb")
if not f then
  print("bench-count: no corpus (CORPUS=" .. tostring(corpus) .. "); skipped")
  return
end
f:close()
if not os.execute("valgrind --version >/dev/null 2>&1") then
  print("bench-count: valgrind is not installed (make deps-dev); skipped")
  return
end

local articles = articles_of(corpus)
local bytes = 0
for i = WARM + 1, math.min(WARM + N, #articles) do bytes = bytes + #articles[i] end

local function quote (s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

-- instructions of one run over the first `count` articles
local function collected (stages, count)
  local cmd = ("LD_PRELOAD=%s valgrind --tool=callgrind --callgrind-out-file=/dev/null " ..
               "%s bench/count.lua --run %s %s %s %d 2>&1"):format(
               quote("./" .. build .. "/fixtime.so"), lua, quote(corpus), quote(build),
               quote(stages), count)
  local p = assert(io.popen(cmd))
  local out = p:read("*a")
  p:close()
  local n = out:match("Collected : ([%d,]+)")
  if not n then error("bench-count: valgrind failed:\n" .. out, 0) end
  return tonumber((n:gsub(",", "")))
end

print(("instructions for articles %d to %d of the corpus (%.2f MB), after %d to warm up:")
      :format(WARM + 1, WARM + N, bytes / 1e6, WARM))
local rows = { { "entities", "none" }, { "entities, dates", "glean.dates" },
               { "entities, quotes", "glean.quotes" }, { "entities, dates, quotes", "all" } }
local base
for _, row in ipairs(rows) do
  local c = collected(row[2], WARM + N) - collected(row[2], WARM)
  base = base or c
  print(("  %-26s %7.0fM   %6.0f per byte%s"):format(row[1], c / 1e6, c / bytes,
        row[2] ~= "none" and ("   (stage %.0fM)"):format((c - base) / 1e6) or ""))
end
