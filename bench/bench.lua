-- make bench: tokenizer, sentence splitter, dictionary, pattern engine and
-- end-to-end extraction throughput on real news.
-- Usage: lua bench/bench.lua CORPUS BUILD_DIR [--mem]
-- Reads CORPUS (../shared/corpus/bbc-news.txt) ten times over (about 50
-- MB), then prints MB/s and tokens/s for the tokenizer, the sentence
-- splitter and a plain C pass that only classifies bytes into word and
-- non-word runs (the ceiling), on the text as it is and with straight
-- quotes and apostrophes made curly. A child process measures peak memory.

local corpus, build, mode = arg[1], arg[2] or "build/5.4", arg[3]
package.path = "./lua/?.lua;./lua/?/init.lua;./bench/?.lua;" .. package.path
package.cpath = "./" .. build .. "/?.so;" .. package.cpath

local glean = require "glean"
local core = glean.core

local COPIES = 10
local REPEAT = 5

local function read_corpus ()
  local f = corpus and io.open(corpus, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end

local function peak_kb ()
  local f = io.open("/proc/self/status")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return tonumber(s:match("VmHWM:%s*(%d+)"))
end

-- straight quotes and apostrophes as most news sites publish them
local function curly (s)
  s = s:gsub("(%w)'(%w)", "%1\226\128\153%2")            -- it's -> it’s
  s = s:gsub("'", "\226\128\153")
  s = s:gsub('(^|[%s%(%[])"', "%1\226\128\156")
  s = s:gsub('([%s%(%[])"', "%1\226\128\156")
  s = s:gsub('^"', "\226\128\156")
  s = s:gsub('"', "\226\128\157")
  return s
end

local function best (f)
  local t = math.huge
  local result
  for _ = 1, REPEAT do
    collectgarbage()
    collectgarbage()
    local c0 = os.clock()
    result = f()
    local dt = os.clock() - c0
    if dt < t then t = dt end
  end
  return t, result
end

local text1 = read_corpus()
if not text1 then
  print("bench: corpus not found (" .. tostring(corpus) .. "); skipped")
  os.exit(0)
end

if mode == "--mem" then
  local text = string.rep(text1, COPIES, "\n\n")
  text1 = nil -- luacheck: ignore
  collectgarbage()
  local toks = glean.tokenize(text)
  local sents = toks:sentences()
  print(#text, #toks, #sents, peak_kb())
  os.exit(0)
end

local tz = glean.tokenizer()

local function run (label, text)
  local mb = #text / 1e6
  local t_tok, toks = best(function () return tz:tokenize(text) end)
  local ntok = #toks
  local t_split, sents = best(function () return toks:sentences() end)
  local t_both = best(function () return tz:sentences(text) end)
  local t_plain, nplain = best(function () return core._plain_pass(text) end)
  print(("%-18s %7.1f MB  %10d tokens  %8d sentences"):format(label, mb,
        ntok, #sents))
  print(("  tokenizer          %8.1f MB/s  %6.2f M tokens/s"):format(
        mb / t_tok, ntok / t_tok / 1e6))
  print(("  sentence splitter  %8.1f MB/s  %6.2f M tokens/s   (on tokens)"):format(
        mb / t_split, ntok / t_split / 1e6))
  print(("  tokens+sentences   %8.1f MB/s"):format(mb / t_both))
  print(("  plain C pass       %8.1f MB/s  %6.2f M runs/s   (%d word runs)"):format(
        mb / t_plain, nplain / t_plain / 1e6, nplain))
  print(("  tokenizer / plain  %8.2f"):format(t_plain / t_tok))
  return mb / t_tok
end

print(("glean %s on %s, Lua %s, %d copies, best of %d (CPU time)"):format(
      core._VERSION, corpus, jit and jit.version or _VERSION, COPIES, REPEAT))
local ascii = run("ascii", string.rep(text1, COPIES, "\n\n"))
collectgarbage()
local curly_speed = run("curly quotes", string.rep(curly(text1), COPIES, "\n\n"))
print(("curly / ascii tokenizer speed: %.2f"):format(curly_speed / ascii))
collectgarbage()

-- the dictionary matcher: default lists, then a million synthetic entries
local function synthetic_tsv (n)
  -- unique made-up names of one to three words (base-20 syllables of i,
  -- with a first syllable no English word starts with)
  local syll = { "ka", "lo", "mi", "ren", "tu", "sa", "vor", "el", "din", "po",
                 "ra", "ne", "zu", "bel", "ko", "tis", "an", "gro", "me", "ul" }
  local heads = { "Zv", "Kx", "Vq", "Jz", "Xh" }
  local function word (x, h)
    local w = { heads[h] }
    repeat
      w[#w + 1] = syll[x % 20 + 1]
      x = (x - x % 20) / 20
    until x == 0
    return table.concat(w)
  end
  local path = os.tmpname()
  local f = assert(io.open(path, "wb"))
  local buf = {}
  for i = 1, n do
    local words = i % 3 + 1
    local x = i
    local parts = {}
    for k = 1, words do
      parts[k] = word(x % 8000, k)
      x = (x - x % 8000) / 8000
    end
    parts[words] = word(i, 5)           -- makes the phrase unique
    local phrase = table.concat(parts, " ")
    buf[#buf + 1] = phrase .. "\tSYN\t" .. phrase .. "\tsynthetic\t-\tn=" .. i .. "\n"
    if #buf == 10000 then f:write(table.concat(buf)) buf = {} end
  end
  f:write(table.concat(buf))
  f:close()
  return path
end

local function match_speed (m, toks, mb)
  local t, ms = best(function () return m:match(toks) end)
  return mb / t, #ms
end

do
  local text = string.rep(text1, COPIES, "\n\n")
  local mb = #text / 1e6
  local toks = tz:tokenize(text)
  local c0 = os.clock()
  local m = glean.gazetteer.compile(tz, glean.gazetteer.DEFAULT_LISTS)
  local t_compile = os.clock() - c0
  local st = m:stats()
  local gaz = os.tmpname()
  c0 = os.clock()
  assert(m:save(gaz))
  local t_save = os.clock() - c0
  c0 = os.clock()
  local m2 = assert(glean.load_matcher(gaz))
  local t_load = os.clock() - c0
  m2:close()
  local speed, nm = match_speed(m, toks, mb)
  print(("matcher, default lists: %d entries (%d keys, %d nodes), %.1f MB in memory"):format(
        st.entries, st.keys, st.nodes, st.bytes / 1048576))
  print(("  compile %.0f ms, save %.0f ms, load %.0f ms"):format(
        t_compile * 1000, t_save * 1000, t_load * 1000))
  print(("  matching           %8.1f MB/s  %6.2f M tokens/s   (%d matches)"):format(
        speed, #toks / (mb / speed) / 1e6, nm))
  local syn = synthetic_tsv(1000000)
  c0 = os.clock()
  m:add_tsv(syn, "synthetic")
  local t_add = os.clock() - c0
  os.remove(syn)
  st = m:stats()
  local speed2, nm2 = match_speed(m, toks, mb)
  c0 = os.clock()
  assert(m:save(gaz))
  t_save = os.clock() - c0
  c0 = os.clock()
  m2 = assert(glean.load_matcher(gaz))
  t_load = os.clock() - c0
  m2:close()
  os.remove(gaz)
  print(("matcher, + 1,000,000 synthetic entries: %d entries, %.1f MB in memory"):format(
        st.entries, st.bytes / 1048576))
  print(("  add %.0f ms, save %.0f ms, load %.0f ms"):format(
        t_add * 1000, t_save * 1000, t_load * 1000))
  print(("  matching           %8.1f MB/s  %6.2f M tokens/s   (%d matches)"):format(
        speed2, #toks / (mb / speed2) / 1e6, nm2))
  print(("  with a million more entries / default: %.2f"):format(speed2 / speed))
  m:close()
end
collectgarbage()

-- the token-pattern engine: 500 rules over the tokens, the sentences and
-- the default lists' matches
do
  local P = require "glean.pattern"
  local text = string.rep(text1, COPIES, "\n\n")
  local mb = #text / 1e6
  local toks = tz:tokenize(text)
  local sents = toks:sentences()
  local names, nbits = {}, 0
  for _, name in ipairs({ "PERSON", "ORG", "GPE", "LOC", "NORP", "given_name",
                          "surname", "title", "reporting_verb", "org_head",
                          "media", "city", "country", "demonym" }) do
    nbits = nbits + 1
    names[name] = 2 ^ (nbits - 1)
  end
  local dict = glean.default_matcher():match(toks):layer(names)
  -- 450 rules triggered by one word each (reporting verbs, titles,
  -- organization words), 50 by a pair of dictionary spans
  local words, seen = {}, {}
  for _, file in ipairs({ "en/reporting_verbs.tsv", "en/titles.tsv",
                          "en/organizations.tsv" }) do
    for _, row in ipairs(glean.data.load(file)) do
      local w = row.surface:lower()
      if not w:find("[ %.]") and not seen[w] then
        seen[w] = true
        words[#words + 1] = w
      end
    end
  end
  table.sort(words)
  local C = P.compiler({ [0] = names })
  local nrules = 0
  local function add (p) C:add(p) nrules = nrules + 1 end
  for i = 1, math.min(450, #words) do
    add(P.word(words[i]) * P.capture("x", P.cap_word ^ 1))
  end
  local labels = { "title", "given_name", "surname", "GPE", "ORG", "NORP",
                   "media", "city", "country", "demonym" }
  for i = 1, 500 - nrules do
    local a, b = labels[(i - 1) % #labels + 1], labels[(i * 7) % #labels + 1]
    add(P.dict(a) * P.dict(b) * P.kind("punct") ^ -1)
  end
  local prog = C:program()
  local st = prog:stats()
  local t, rules = best(function () return (prog:run(toks, sents, dict)) end)
  print(("pattern engine: %d rules (%d instructions, %d not indexed), " ..
         "dictionary layer %d spans"):format(nrules, st.instructions, st.unindexed, #dict))
  print(("  matching           %8.1f MB/s  %6.2f M tokens/s   (%d matches)"):format(
        mb / t, #toks / t / 1e6, #rules))
  C = P.compiler({ [0] = names })
  C:add(P.word("zzzqqq") * P.any)       -- a rule that can start nowhere
  prog = C:program()
  local t0 = best(function () return (prog:run(toks, sents, dict)) end)
  print(("  one rule that starts nowhere: %.1f MB/s (keys of all tokens)"):format(mb / t0))
end
collectgarbage()

-- end-to-end extraction, article by article: the corpus cut into its
-- articles (a short line without final punctuation starts one), ten times
-- over; entities alone, then every stage (dates, quotes) as well
do
  local articles = require("articles")(text1)
  local bytes = 0
  for _, a in ipairs(articles) do bytes = bytes + #a end
  local function extraction (label, ex)
    ex:extract("warm up")
    collectgarbage()
    local c0, n = os.clock(), 0
    for _ = 1, COPIES do
      for _, a in ipairs(articles) do n = n + #ex:extract(a).entities end
    end
    local t = os.clock() - c0
    print(("  %-28s %6.1f MB/s  %7.0f articles/s  (%d entities)"):format(
          label, bytes * COPIES / t / 1e6, #articles * COPIES / t, n))
  end
  print(("extraction: %d articles, %.1f MB, %d times over"):format(
        #articles, bytes / 1e6, COPIES))
  extraction("entities", glean.new({ stages = {} }))
  -- each stage on top of the entities, then all of them
  for _, stage in ipairs(glean.STAGES) do
    extraction("entities, " .. stage:gsub("glean%.", ""), glean.new({ stages = { stage } }))
  end
  if #glean.STAGES > 1 then
    extraction("entities, " .. table.concat(glean.STAGES, ", "):gsub("glean%.", ""), glean.new())
  end
end
collectgarbage()

-- a fresh process: require glean and get the default lists ready to match
do
  local lua = arg[-1] or "lua5.4"
  local code = "local c = os.clock(); local g = require 'glean'; " ..
    "local m, src = g.gazetteer.default(g.tokenizer()); local t = os.clock() - c; " ..
    "local f = io.open('/proc/self/status'); local s = f:read('*a'); f:close(); " ..
    "print(t, s:match('VmHWM:%s*(%d+)'), src)"
  for _, how in ipairs({ { "compiled from the lists", "GLEAN_NO_CACHE=1" },
                         { nil, "" },   -- writes the cache if there is none
                         { "from the compiled cache", "" } }) do
    local label = how[1]
    local p = io.popen(("%s LUA_PATH='./lua/?.lua;./lua/?/init.lua;;' " ..
                        "LUA_CPATH='./%s/?.so;;' %s -e %q"):format(how[2], build, lua, code))
    local line = p:read("*l") or ""
    p:close()
    local t, kb, src = line:match("^(%S+)%s+(%d+)%s+(.*)$")
    if t and label then
      print(("require + default lists ready, %s: %.0f ms CPU, peak %.1f MB (%s)"):format(
            label, tonumber(t) * 1000, tonumber(kb) / 1024, src))
    end
  end
end

-- peak memory in a fresh process: read 50 MB, tokenize, split
local lua = arg[-1] or "lua5.4"
local p = io.popen(("%s bench/bench.lua %q %q --mem"):format(lua, corpus, build))
local line = p:read("*l")
p:close()
local bytes, ntok, nsent, kb = (line or ""):match("(%d+)%s+(%d+)%s+(%d+)%s+(%d+)")
if kb then
  print(("peak memory: %.1f MB for %.1f MB of text (%.2fx), %d tokens, %d sentences"):format(
        kb / 1024, bytes / 1048576, kb * 1024 / bytes, ntok, nsent))
end
