--- The time-expression stage: finds dates, times, durations and sets with
-- the token patterns of `glean.rules.en.dates`, resolves them against the
-- document date (`dct`) into TIMEX3 values, and adds them to the
-- document's entities (label DATE or TIME, `value`, `timex_type`, `mod`).
--
-- Without a `dct`, relative expressions keep X placeholders at their own
-- granularity instead of a guess: "yesterday" → `XXXX-XX-XX`, "last
-- month" → `XXXX-XX`, "December" → `XXXX-12`, "Friday" → `XXXX-WXX-5`,
-- "the third quarter" → `XXXX-Q3`, "this morning" → `XXXX-XX-XXTMO`.
-- News looks back: a weekday, month, quarter, day of a month or holiday
-- named without a year is the latest one on or before the document date,
-- unless the wording says future: "will", "would", "next", "scheduled
-- to", "is expected to", "plans to", … up to 16 words back in the clause; a
-- scheduled event in the present tense just before it ("the leaders meet
-- Monday", "the final is on June 8", "takes effect May 2"); a deadline
-- word ("by May", "until March") or a verb that moves a date ("extended
-- the bid to March 3"); for a month or a day of a month also an
-- infinitive before it ("agreed to buy it in January"). Then it is the
-- next one on or after the document date. A past tense ("was", "had", a
-- verb in -ed, "brought"; for a date at the head of its sentence also the
-- verb after it) keeps it in the past; a "will" further back wins over a
-- verb in -ed ("will pay its delayed bonus on May 30"). A day named
-- with its weekday ("Sunday, July 12") takes the year next to that
-- reading where the two agree; a plan in the past ("had been due to close
-- June 5", "was expected to hit the coast on Wednesday") and the "nearer"
-- policy (`M.policy`, `M.stage`) take the nearer of the two readings (the
-- next one when at most four months ahead; a weekday's nearer day). The
-- tense is read only where the value depends on it.
-- Counted from the text, not the document date: "a year earlier", "the
-- year-ago quarter", "the following year" shift the time mentioned last,
-- "the previous Friday" is the Friday before the day mentioned last;
-- "the quarter", "the latest period" are the first quarter the text names
-- that has ended (the quarter a report is about), "the same quarter" the
-- one named last, "the previous quarter" the one before it.
-- Also: holidays (fixed, counted from Easter, or the n-th weekday of a
-- month), "the last week of December 2004" (an ISO week: the first week
-- of a month is the one that holds its 4th), "the weekend of 9 and 10
-- July", clock times in words ("half past three": 1 to 6 without a part of
-- the day are afternoon hours), "in five years" after "will" (a date).
--
-- The rules match with the C pattern engine (one program, built when the
-- module loads); tokens with digits are marked in a layer of their own
-- (classes "year", "day", "clock", "numdate", "decade" of the pack's
-- `NUMBER_CLASSES`) so that number rules start only where they can match.
-- The stage keeps the keys of the tokens it asks for (each key from the
-- tokens is folded anew), fills one captures table for all the matches,
-- settles overlaps in one pass over the nearly ordered results, and walks
-- the entities and the dates together to merge them.
-- @module glean.dates

local rules_mod = require "glean.rules"
local core = require "glean.core"
local pack = require "glean.rules.en.dates"

-- (LuaJIT: the functions of this file run in the interpreter; a trace
-- would stop at each of their many calls into the C core, and stitching
-- the pieces together makes them several times slower, not faster)
local jit = rawget(_G, "jit")
if jit then jit.off(true, true) end

local floor, tonumber, tostring, type, ipairs, pairs, pcall, rawset, setmetatable =
      math.floor, tonumber, tostring, type, ipairs, pairs, pcall, rawset, setmetatable

local M = {}
local find_str = string.find

local W = pack.words
M.words = W

-- one engine for the pack, built once
local engine = rules_mod.engine({ rules_mod.check_pack(pack, pack.name) })
M.engine = engine
local PASS = engine.passes[1]
-- the classes of number tokens the rules test, with their layer bits
-- (the classes for tokens of digits alone, and for the others)
local CLASSES, PLAIN, OTHER = {}, {}, {}
for _, c in ipairs(W.NUMBER_CLASSES or {}) do
  local bit = engine.dict_bits[c[1]]
  if bit then
    CLASSES[#CLASSES + 1] = { bit, c[2] }
    if c.plain ~= false then PLAIN[#PLAIN + 1] = CLASSES[#CLASSES] end
    if c.plain ~= true then OTHER[#OTHER + 1] = CLASSES[#CLASSES] end
  end
end


-- the classes of the number texts seen (numbers repeat: "2024", "10")
local class_memo, memo_size = {}, 0

-- the tokens and bits of the layer, in arrays kept from text to text (a
-- fresh array grows a step at a time, each step a copy); they hold numbers
-- only, no more than SPANS_MAX (a text with more has arrays of its own)
local SPAN_TOKENS, SPAN_BITS, SPANS_MAX = {}, {}, 2048

-- the layer of tokens with a digit, each with the bits of its classes
-- (the text is not read: the tokens have it); nil when no token has a
-- class (for the program no layer and an empty one are the same)
local function digit_spans (toks)
  local f, b, n = SPAN_TOKENS, SPAN_BITS, 0
  if #CLASSES > 0 then
    -- (the tokens with a digit and their texts, from one call into C. The
    -- flag also holds for digits outside ASCII, which the classes need not
    -- see: a text without an ASCII digit has no class.)
    local at, texts = toks:flagged("digit")
    for k = 1, #at do
      local i = at[k]
      local t = texts[k]
      local bits = class_memo[t]
      if not bits then
        bits = 0
        if #t <= 40 and find_str(t, "%d") then
          local list = find_str(t, "^%d+$") and PLAIN or OTHER
          for c = 1, #list do
            if list[c][2](t) then bits = bits + list[c][1] end
          end
        end
        if memo_size >= 20000 then class_memo, memo_size = {}, 0 end
        class_memo[t] = bits
        memo_size = memo_size + 1
      end
      if bits > 0 then
        n = n + 1
        f[n], b[n] = i, bits
      end
    end
  end
  -- (what a text with more left after n is cleared: the arrays' length is n)
  for k = #f, n + 1, -1 do f[k], b[k] = nil, nil end
  if n > SPANS_MAX then SPAN_TOKENS, SPAN_BITS = {}, {} end
  if n > 0 then return core.layer(#toks, f, f, b) end
  return nil
end

local function digit_layer (_, toks)
  return digit_spans(toks) or core.layer(#toks, {}, {}, {})
end

M.digit_layer = digit_layer

local function capture_text (m, name)
  local c = m.captures[name]
  if c then return m._text:sub(m.tokens:first(c[1]), m.tokens:last(c[2])) end
end

-- the keys of the tokens of the text at hand, kept as they are asked for
-- (the rules and the tense reader ask for the same few tokens again and
-- again; each key from the tokens is folded anew)
local keys_toks, keys_of, toks_key = nil, {}, nil
local function key_of (toks, i)
  if toks ~= keys_toks then
    keys_toks, keys_of, toks_key = toks, {}, toks.key
  end
  local k = keys_of[i]
  if k == nil then
    k = toks_key(toks, i)
    keys_of[i] = k
  end
  return k
end

-- the captures of the match at hand: one table for all the matches, and
-- one {first, last} pair per capture name; only the names a match set are
-- emptied after it
local CAPS, caps_set, caps_n, pairs_of = {}, {}, 0, {}
local function caps_clear ()
  for k = 1, caps_n do
    CAPS[caps_set[k]] = nil
  end
  caps_n = 0
end

local MATCH_MT = { __index = function (m, k)
  if k == "text" then
    local v = m._text:sub(m.tokens:first(m.first_token), m.tokens:last(m.last_token))
    rawset(m, "text", v)
    return v
  end
end }

-- one match table for all the matches of all the texts (a build keeps
-- nothing of it); the builds read the keys kept (`keys`) and the number of
-- tokens from it. `run_pack` fills it for a text, `M.find` lets go of the
-- text after it.
local function new_match ()
  return setmetatable({ _text = nil, capture_text = capture_text, tokens = nil,
                        captures = CAPS, rule = 0, first_token = 0, last_token = 0,
                        key = key_of, keys = nil, ntokens = 0, text = nil }, MATCH_MT)
end
local MATCH = new_match()

-- run the pack: the matches, built and resolved (as the rule engine does,
-- with the digit layer in the place of the dictionary); nil for none
local function run_pack (text, toks, sents, dct)
  -- (the program's arrays read directly: one table per match, not two)
  local mrules, mfirsts, mlasts, slots = PASS.program:run(toks, sents, digit_spans(toks))
  -- (most short texts have no match: nothing more is made for them)
  if #mrules == 0 then return nil end
  local ctx = { dct = dct }
  local capnames = PASS.compiler.captures
  local rules = PASS.pack.rules
  local candidates = {}
  local ntoks = #toks
  local at = 0
  if toks ~= keys_toks then
    keys_toks, keys_of, toks_key = toks, {}, toks.key
  end
  local m = MATCH
  m._text, m.tokens, m.keys, m.ntokens, m.text = text, toks, keys_of, ntoks, nil
  caps_clear()
  for i = 1, #mrules do
    local ri = mrules[i]
    local names = capnames[ri]
    local nn = #names
    for k = 1, nn do
      local j = at + 2 * k
      local x, y = slots[j - 1], slots[j]
      if x > 0 and y > x then
        local name = names[k]
        local c = pairs_of[name]
        if not c then
          c = {}
          pairs_of[name] = c
        end
        c[1], c[2] = x, y - 1
        CAPS[name] = c
        caps_n = caps_n + 1
        caps_set[caps_n] = name
      end
    end
    at = at + 2 * nn
    m.rule, m.first_token, m.last_token, m.text = ri, mfirsts[i], mlasts[i], nil
    local rule = rules[ri]
    local span = rule.span and CAPS[rule.span]
    if (not rule.span) or span then
      local r
      if rule.build then
        r = rule.build(m, ctx)
        if type(r) ~= "table" then r = nil end
      else
        r = {}
      end
      if r then
        -- the build's table becomes the result (a fresh table of its own)
        r.first_token = r.first_token or (span and span[1]) or m.first_token
        r.last_token = r.last_token or (span and span[2]) or m.last_token
        r.label = r.label or rule.label
        r.rule, r.priority, r.pass, r.order = rule.id, rule.priority or 0, 1, ri
        if r.label and r.first_token >= 1 and r.last_token <= ntoks and
           r.first_token <= r.last_token then
          candidates[#candidates + 1] = r
        end
      end
    end
    if caps_n > 0 then
      for k = 1, caps_n do CAPS[caps_set[k]] = nil end
      caps_n = 0
    end
  end
  if #candidates == 0 then return nil end
  return rules_mod.resolve(candidates)
end

-- {======================================================
-- Calendar arithmetic (proleptic Gregorian, no os.time)
-- =======================================================

local function idiv (a, b) return floor(a / b) end

-- (the two conversions divide with `floor` itself: a call of idiv for
-- each division cost more than all their arithmetic)
-- days since 1970-01-01
local function days_from_civil (y, m, d)
  if m <= 2 then y = y - 1 end
  local era = floor(y / 400)
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = floor((153 * mp + 2) / 5) + d - 1
  local doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
end

local function civil_from_days (z)
  z = z + 719468
  local era = floor(z / 146097)
  local doe = z - era * 146097
  local yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365)
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100))
  local mp = floor((5 * doy + 2) / 153)
  local d = doy - floor((153 * mp + 2) / 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  if m <= 2 then y = y + 1 end
  return y, m, d
end

-- 1 = Monday .. 7 = Sunday
local function weekday (z) return (z + 3) % 7 + 1 end

-- ISO year and week of a day number
local function iso_week (z)
  local wd = weekday(z)
  local thursday = z - wd + 4
  local y = civil_from_days(thursday)
  local jan1 = days_from_civil(y, 1, 1)
  return y, idiv(thursday - jan1, 7) + 1
end

-- (values of days and weeks repeat in a text: memoised, the memo bounded)
local ymd_memo, yw_memo, memo_n = {}, {}, 0
local function ymd (z)
  local v = ymd_memo[z]
  if v then return v end
  local y, m, d = civil_from_days(z)
  v = ("%04d-%02d-%02d"):format(y, m, d)
  if memo_n >= 4096 then ymd_memo, yw_memo, memo_n = {}, {}, 0 end
  ymd_memo[z], memo_n = v, memo_n + 1
  return v
end

local function yw (z)
  local v = yw_memo[z]
  if v then return v end
  local y, w = iso_week(z)
  v = ("%04d-W%02d"):format(y, w)
  if memo_n >= 4096 then ymd_memo, yw_memo, memo_n = {}, {}, 0 end
  yw_memo[z], memo_n = v, memo_n + 1
  return v
end

-- (the strings of years, months and days repeat too: made once, kept by
-- number in memos bounded together)
local VALID_M, VALID_D = {}, {}
for i = 1, 31 do
  VALID_D[i] = true
  if i <= 12 then VALID_M[i] = true end
end
local y_memo, ym_memo, ymd_str_memo, str_n = {}, {}, {}, 0
local function str_memo_full ()
  if str_n >= 4096 then y_memo, ym_memo, ymd_str_memo, str_n = {}, {}, {}, 0 end
  str_n = str_n + 1
end

-- "2004"
local function year_str (y)
  local v = y_memo[y]
  if v then return v end
  v = ("%04d"):format(y)
  str_memo_full()
  y_memo[y] = v
  return v
end

-- "2004-05"
local function month_str (y, m)
  if not VALID_M[m] then return ("%04d-%02d"):format(y, m) end
  local key = y * 100 + m
  local v = ym_memo[key]
  if v then return v end
  v = ("%04d-%02d"):format(y, m)
  str_memo_full()
  ym_memo[key] = v
  return v
end

-- "2004-05-30"
local function day_str (y, m, d)
  if not (VALID_M[m] and VALID_D[d]) then return ("%04d-%02d-%02d"):format(y, m, d) end
  local key = (y * 100 + m) * 100 + d
  local v = ymd_str_memo[key]
  if v then return v end
  v = ("%04d-%02d-%02d"):format(y, m, d)
  str_memo_full()
  ymd_str_memo[key] = v
  return v
end

M.days_from_civil, M.civil_from_days = days_from_civil, civil_from_days

--- Parse a document date "YYYY-MM-DD" (a time after it is ignored);
-- nil when it is missing or not a real date.
function M.parse_dct (s)
  if type(s) ~= "string" then return nil end
  local y, m, d = s:match("^%s*(%d%d%d%d)-(%d%d)-(%d%d)")
  if not y then return nil end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m < 1 or m > 12 or d < 1 or d > 31 then return nil end
  local z = days_from_civil(y, m, d)
  local y2, m2, d2 = civil_from_days(z)
  if y2 ~= y or m2 ~= m or d2 ~= d then return nil end
  return { y = y, m = m, d = d, z = z }
end

-- }======================================================


-- {======================================================
-- Resolution of frames
-- =======================================================

local function month_shift (y, m, n)
  local k = y * 12 + (m - 1) + n
  return idiv(k, 12), k % 12 + 1
end

local function season_of_month (m)
  if m >= 3 and m <= 5 then return 1 end
  if m >= 6 and m <= 8 then return 2 end
  if m >= 9 and m <= 11 then return 3 end
  return 4
end
local SEASON_INDEX = { SP = 1, SU = 2, FA = 3, WI = 4 }

local function fmt_n (n)
  if n == "X" then return "X" end
  if n == floor(n) then return ("%d"):format(n) end
  return tostring(n)
end

-- the value of a duration
local function duration_value (n, U, time)
  if n ~= "X" and n ~= floor(n) and U == "M" and time then
    -- "a minute and a half": PT1M30S
    local whole = floor(n)
    return "PT" .. (whole > 0 and (whole .. "M") or "") .. floor((n - whole) * 60 + 0.5) .. "S"
  end
  if n ~= "X" and n ~= floor(n) and (U == "Y" or U == "D" or U == "H") then
    -- "2 1/2 years": P2Y6M
    local whole = floor(n)
    local sub = ({ Y = { 12, "M" }, D = { 24, "H" }, H = { 60, "M" } })[U]
    local rest = floor((n - whole) * sub[1] + 0.5)
    local t = (time or U == "D") and sub[2] ~= "M" or time
    if U == "D" then
      return "P" .. (whole > 0 and (whole .. "D") or "") .. "T" .. rest .. "H"
    end
    return "P" .. (time and "T" or "") .. (whole > 0 and (whole .. U) or "") ..
           rest .. sub[2], t
  end
  -- decades and centuries: in years, or TimeML's E and C when vague
  if U == "DE" then
    if n ~= "X" then n, U = n * 10, "Y" else U = "E" end
  elseif U == "CE" then
    if n ~= "X" then n, U = n * 100, "Y" else U = "C" end
  elseif U == "FN" and n ~= "X" then n, U = n * 2, "W"
  elseif U == "FN" then U = "W" end
  return "P" .. (time and "T" or "") .. fmt_n(n) .. U
end

-- a value shifted by n units at its own granularity (for "a year
-- earlier" after "the third quarter": the quarter a year before)
local function shift_value (v, U, n)
  local y, rest = v:match("^(%d%d%d%d)(.*)$")
  if not y then return nil end
  y = tonumber(y)
  if U == "Y" then return ("%04d"):format(y + n) .. rest end
  local q = rest:match("^%-Q(%d)$")
  if q and U == "Q" then
    local k = y * 4 + tonumber(q) - 1 + n
    return ("%04d-Q%d"):format(idiv(k, 4), k % 4 + 1)
  end
  local m = rest:match("^%-(%d%d)$")
  if m and U == "M" then
    local y2, m2 = month_shift(y, tonumber(m), n)
    return ("%04d-%02d"):format(y2, m2)
  end
  local mm, dd = rest:match("^%-(%d%d)%-(%d%d)$")
  if mm and (U == "D" or U == "W") then
    local z = days_from_civil(y, tonumber(mm), tonumber(dd)) + (U == "W" and 7 or 1) * n
    return ymd(z)
  end
  return nil
end

-- a value cut to the granularity of a unit ("1995-05-22", "Y" -> "1995")
local function truncate (v, U)
  if U == "Y" then return v:match("^(%d%d%d%d)") end
  if U == "M" then return v:match("^(%d%d%d%d%-%d%d)$") or v:match("^(%d%d%d%d%-%d%d)%-%d%d$") end
  if U == "D" then return v:match("^(%d%d%d%d%-%d%d%-%d%d)$") end
  return nil
end

-- the date (day number) of a weekday relative to the document date
local function weekday_day (dct, wd, shift, future)
  local w0 = weekday(dct.z)
  if shift == -1 then                 -- last Friday: strictly before
    return dct.z - ((w0 - wd - 1) % 7 + 1)
  elseif shift == 1 then              -- next Friday: strictly after
    return dct.z + ((wd - w0 - 1) % 7 + 1)
  elseif shift == 0 then              -- this Friday: in this week
    return dct.z - w0 + wd
  elseif future then
    return dct.z + (wd - w0) % 7
  end
  return dct.z - (w0 - wd) % 7
end

local resolve

-- the tense of an expression is read from its words only when its value
-- depends on it (most do not: "last month", "2023", "Friday" on a Friday):
-- `LAZY` stands for it, `state.tense_fn(state)` reads it once
local LAZY = {}
local function tense_of (tense, state)
  if tense ~= LAZY then return tense end
  local v = state.tense_v
  if v == nil then
    v = state.tense_fn(state)
    state.tense_v = v
  end
  return v
end

-- Easter Sunday of a year (the anonymous Gregorian computus), a day number
local function easter (y)
  local a = y % 19
  local b, c = idiv(y, 100), y % 100
  local d, e = idiv(b, 4), b % 4
  local f = idiv(b + 8, 25)
  local g = idiv(b - f + 1, 3)
  local h = (19 * a + b - d - g + 15) % 30
  local i, k = idiv(c, 4), c % 4
  local l = (32 + 2 * e + 2 * i - h - k) % 7
  local m = idiv(a + 11 * h + 22 * l, 451)
  local month = idiv(h + l - 7 * m + 114, 31)
  local day = (h + l - 7 * m + 114) % 31 + 1
  return days_from_civil(y, month, day)
end
M.easter = easter

-- the day of a holiday in a year
local function holiday_day (h, y)
  if h.easter then return easter(y) + h.easter end
  if h.nth then
    if h.nth > 0 then
      local z1 = days_from_civil(y, h.m, 1)
      return z1 + (h.wd - weekday(z1)) % 7 + 7 * (h.nth - 1)
    end
    local ny, nm = h.m == 12 and y + 1 or y, h.m % 12 + 1
    local zl = days_from_civil(ny, nm, 1) - 1
    return zl - (weekday(zl) - h.wd) % 7
  end
  return days_from_civil(y, h.m, h.d)
end

-- the year of a month (or a day of a month) named without one. News looks
-- back: the latest one on or before the document date, the next one on or
-- after it when the wording says future. Under the "nearer" policy
-- (`state.nearer`) the nearer of the two readings: the next one when it is
-- at most four months ahead and nearer, or the wording says future; a past
-- tense keeps it in the past.
local function month_year (dct, m, d, future, state)
  local dm = dct.m
  if m == dm and not d then return dct.y end             -- this month
  future = tense_of(future, state)
  -- (a plan in the past, "had been due to close June 5": either side)
  if (state and state.nearer) or future == "plan" then
    local back, ahead = (dm - m) % 12, (m - dm) % 12
    if back == 0 then return dct.y end
    -- a past tense does not send "Nov. 16" eleven months back from October
    if future == "past" and ahead > 1 then return m < dm and dct.y or dct.y - 1 end
    if future == true or (ahead < back and ahead <= 4) then
      return m > dm and dct.y or dct.y + 1
    end
    return m < dm and dct.y or dct.y - 1
  end
  -- (m, d) against the document date's month and day: -1 before, 0 the
  -- same, 1 after
  local cmp
  if m ~= dm then cmp = m < dm and -1 or 1
  elseif d == dct.d then cmp = 0
  else cmp = d < dct.d and -1 or 1 end
  if future == true then return cmp >= 0 and dct.y or dct.y + 1 end
  return cmp <= 0 and dct.y or dct.y - 1
end

local function resolve_shift (f, dct, state)
  local U, n = f.unit, f.n
  local suffix = f.pod and ("T" .. f.pod) or ""
  if f.last_quarter then
    -- "the year-ago quarter": the quarter last spoken of, a year before
    local q = state.last_q
    if not q and dct then
      local k = dct.y * 4 + idiv(dct.m - 1, 3) - 1
      q = ("%04d-Q%d"):format(idiv(k, 4), k % 4 + 1)
    end
    if q then return shift_value(q, "Y", -1) end
    return "XXXX-QX"
  end
  if f.from_last and state.last and (U == "Y" or U == "M" or U == "D") then
    local v = truncate(state.last, U)
    v = v and shift_value(v, U, n)
    if v then return v end
  end
  if f.ago and f.anchor and state.last and (U == "Y" or U == "Q" or U == "M") then
    -- "a year earlier": a year before the expression just mentioned
    local v = shift_value(state.last, U, n)
    if v then return v end
  elseif f.ago and U == "Y" and (n == -1 or n == 1) and state.last and
         state.last:match("^%d%d%d%d%-Q%d$") then
    -- "a year ago" after a quarter: that quarter a year before
    local v = shift_value(state.last, U, n)
    if v then return v end
  end
  if not dct then
    local X = { D = "XXXX-XX-XX", W = "XXXX-WXX", M = "XXXX-XX", Q = "XXXX-QX",
                Y = "XXXX", DE = "XXX", CE = "XX", H = "XXXX-XX-XX",
                S = "XXXX-XX-XX", FN = "XXXX-WXX" }
    if U == "M" and f.ago == nil and f.n == 0 and false then return "XXXX-XX" end
    return (X[U] or "XXXX") .. suffix
  end
  if U == "D" then return ymd(dct.z + n) .. suffix end
  if U == "H" or U == "S" then return ymd(dct.z) end
  if U == "W" or U == "FN" then
    return yw(dct.z + 7 * n * (U == "FN" and 2 or 1))
  end
  if U == "M" then
    if f.ago == nil and f.unit == "M" and f.minutes then return ymd(dct.z) end
    local y, m = month_shift(dct.y, dct.m, n)
    return month_str(y, m)
  end
  if U == "Q" then
    local k = dct.y * 4 + idiv(dct.m - 1, 3) + n
    return ("%04d-Q%d"):format(idiv(k, 4), k % 4 + 1)
  end
  if U == "Y" then return year_str(dct.y + n) end
  if U == "DE" then return tostring(idiv(dct.y, 10) + n) end
  if U == "CE" then return ("%02d"):format(idiv(dct.y, 100) + n) end
  return nil
end

resolve = function (f, dct, state, tense)
  -- tense: true (future), "past", nil or false (news default: the past),
  -- or LAZY (read when needed)
  local k = f.k
  if k == "lit" or k == "ref" then return f.v end
  if k == "abs" then
    local yy = f.y or (dct and f.yshift and dct.y + f.yshift) or
               (dct and f.m and month_year(dct, f.m, f.d, tense, state)) or (dct and dct.y)
    if f.wd and f.d and f.m and not f.y and dct and f.d <= 28 then
      -- "Sunday, July 12": the year (next to the reading) whose July 12 is
      -- a Sunday
      if weekday(days_from_civil(yy, f.m, f.d)) ~= f.wd then
        for _, y in ipairs { yy + 1, yy - 1 } do
          if weekday(days_from_civil(y, f.m, f.d)) == f.wd then yy = y break end
        end
      end
    end
    if not yy then
      if not f.m then return "XXXX" end
      if not f.d then return ("XXXX-%02d"):format(f.m) end
      return ("XXXX-%02d-%02d"):format(f.m, f.d)
    end
    if not f.m then return year_str(yy) end
    if not f.d then return month_str(yy, f.m) end
    -- (a day up to the 28th is in every month)
    if not (VALID_M[f.m] and f.d >= 1 and f.d <= 28) then
      local z = days_from_civil(yy, f.m, f.d)
      local y2, m2 = civil_from_days(z)
      if y2 ~= yy or m2 ~= f.m then return nil end          -- 31 June
    end
    return day_str(yy, f.m, f.d)
  end
  if k == "month" then
    if not dct then return ("XXXX-%02d"):format(f.m) end
    local y = dct.y
    if f.yshift then y = dct.y + f.yshift
    elseif f.shift == -1 then
      -- "last June": the latest June before; "last February" in March is
      -- the one of last year (the month just past is "last month")
      if f.m >= dct.m or f.m == dct.m - 1 then y = y - 1 end
    elseif f.shift == 1 then
      if f.m <= dct.m then y = y + 1 end
    elseif f.shift == 0 then
      y = dct.y
    else
      y = month_year(dct, f.m, nil, tense, state)
    end
    return month_str(y, f.m)
  end
  if k == "shift" then return resolve_shift(f, dct, state) end
  if k == "weekday" then
    local suffix = f.pod and ("T" .. f.pod) or ""
    local y, m, d
    if f.from_last and state and state.last then
      y, m, d = state.last:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
    end
    if y then
      local z = days_from_civil(tonumber(y), tonumber(m), tonumber(d))
      return ymd(weekday_day({ z = z }, f.wd, f.shift)) .. suffix
    end
    if not dct then return "XXXX-WXX-" .. f.wd .. suffix end
    local w0 = weekday(dct.z)
    local open = f.shift == nil and w0 ~= f.wd
    local t = open and tense_of(tense, state)
    local future = t == true
    -- (a plan in the past, "was expected to hit Cuba on Wednesday", and
    -- the "nearer" policy where the wording says neither past nor future:
    -- the nearer of the two days)
    if open and (t == "plan" or (not t and state and state.nearer)) then
      future = (f.wd - w0) % 7 <= (w0 - f.wd) % 7
    end
    return ymd(weekday_day(dct, f.wd, f.shift, future)) .. suffix
  end
  if k == "quarter" then
    local tag = f.half and ("H" .. f.half) or (f.q and ("Q" .. f.q))
    if not dct and not f.y then return "XXXX-" .. (tag or "QX") end
    local y = f.y
    if not y and f.yshift then y = dct.y + f.yshift end
    local cur = dct and idiv(dct.m - 1, 3) + 1
    if not tag then
      -- the quarter, the latest quarter: the last one reported
      local n = ({ latest = -1, last = -1, previous = -1, current = 0, this = 0,
                   next = 1 })[f.shiftword or ""]
      if f.shift == 1 then n = 1 elseif f.shift == 0 then n = 0 end
      if n == nil then n = -1 end
      if not dct then return "XXXX-QX" end
      -- "the quarter", "the latest period", "the 1988 period" after "the
      -- fiscal first quarter": the quarter the text reports on (one that
      -- has ended by the document date)
      -- ("the same quarter": the one named last; "the previous quarter":
      -- the one before it)
      local sw = f.sw
      local lq = state and ((sw == "same" or sw == "previous") and state.last_q or
                            (sw == nil or sw == "latest") and state.topic_q)
      if lq and f.unit ~= "half" then
        local ly, lqn = lq:match("^(%d%d%d%d)%-Q(%d)$")
        ly, lqn = tonumber(ly), tonumber(lqn)
        if sw == "previous" then
          return shift_value(lq, "Q", -1)
        elseif ly and ly * 4 + lqn < dct.y * 4 + cur then
          return ("%04d-Q%d"):format(y or ly, lqn)
        end
      end
      local kk = dct.y * 4 + cur - 1 + n
      if y then kk = y * 4 + (cur - 1 + n) % 4 end
      return ("%04d-Q%d"):format(idiv(kk, 4), kk % 4 + 1)
    end
    if not y then
      y = dct.y
      if f.q and f.q > cur and tense_of(tense, state) ~= true then y = y - 1 end
      if f.half and f.half == 2 and dct.m <= 6 and tense_of(tense, state) ~= true then
        y = y - 1
      end
    end
    return ("%04d-%s"):format(y, tag)
  end
  if k == "season" then
    if not dct then return "XXXX-" .. f.s end
    local cur = season_of_month(dct.m)
    local y = dct.y
    if dct.m <= 2 then y = y - 1 end               -- still last year's winter
    local idx = SEASON_INDEX[f.s]
    if f.this and tense_of(tense, state) == true then
      -- the wording says future: this season if it has not ended, else the
      -- next year's ("will be selling their land by the summer")
      if idx == 4 then
        y = dct.m <= 2 and dct.y - 1 or dct.y
      else
        y = dct.m <= 3 * idx + 2 and dct.y or dct.y + 1
      end
    elseif f.shift == -1 then
      if idx >= cur then y = y - 1 end
    elseif f.shift == 1 then
      if idx <= cur then y = y + 1 end
    end
    return ("%04d-%s"):format(y, f.s)
  end
  if k == "holiday" then
    local h = f.h
    if f.y then return ymd(holiday_day(h, f.y)) end
    if not dct then
      if h.d then return ("XXXX-%02d-%02d"):format(h.m, h.d) end
      return "XXXX-XX-XX"
    end
    local prev, nxt
    for y = dct.y - 1, dct.y + 1 do
      local z = holiday_day(h, y)
      if z <= dct.z then prev = z elseif not nxt then nxt = z end
    end
    if f.shift == 0 then return ymd(holiday_day(h, dct.y)) end
    if f.shift == 1 then return ymd(nxt) end
    if f.shift == -1 then
      -- "last Christmas": the one before, not today's
      if prev == dct.z then prev = holiday_day(h, dct.y - 1) end
      return ymd(prev)
    end
    -- the one before (or on) the document date unless the wording says
    -- future; under the "nearer" policy the next one also when it is at
    -- most four months ahead and nearer
    tense = tense_of(tense, state)
    if tense == true or (state and state.nearer and tense ~= "past" and
                         nxt - dct.z < dct.z - prev and nxt - dct.z <= 122) then
      return ymd(nxt)
    end
    return ymd(prev)
  end
  if k == "monthweek" then
    local y = f.y or (dct and f.yshift and dct.y + f.yshift)
    if not y and dct then
      y = f.m and month_year(dct, f.m, nil, tense, state) or dct.y
    end
    if not y then return "XXXX-WXX" end
    local m1, m2 = f.m or 1, f.m or 12
    local z
    if f.n > 0 then
      -- the first week is the one that holds the 4th: most of it in the month
      z = days_from_civil(y, m1, 4) + 7 * (f.n - 1)
    else
      local ny, nm = m2 == 12 and y + 1 or y, m2 % 12 + 1
      z = days_from_civil(ny, nm, 1) - 4
    end
    return yw(z)
  end
  if (k == "weekend" or k == "week_of") and f.base then
    local v = resolve(f.base, dct, state, tense)
    local we = k == "weekend" and "-WE" or ""
    local y, m, d = (v or ""):match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
    if not y then return "XXXX-WXX" .. we end
    return yw(days_from_civil(tonumber(y), tonumber(m), tonumber(d))) .. we
  end
  if k == "weekend" then
    if not dct then return "XXXX-WXX-WE" end
    local w0 = weekday(dct.z)
    local z = dct.z
    if f.shift == -1 then
      z = z - 7
    elseif f.shift == 1 then
      z = z + 7
    elseif w0 < 5 and not f.own and tense_of(tense, state) ~= true then
      -- ("the weekend" in the past is the one before; "this weekend" is
      -- the week's own, whatever the tense: "cancelled this weekend's
      -- edition")
      z = z - 7
    end
    return yw(z) .. "-WE"
  end
  if k == "time" then
    local day
    if f.base then day = resolve(f.base, dct, state, tense) end
    if not day then day = dct and ymd(dct.z) or "XXXX-XX-XX" end
    return day .. "T" .. f.hm
  end
  if k == "dur" then return duration_value(f.n, f.unit, f.time) end
  return nil
end

M.resolve = resolve

-- }======================================================


-- {======================================================
-- The stage
-- =======================================================

-- do the words before token i (in its sentence) speak of the future?
local TERMINAL = { ["."] = true, ["!"] = true, ["?"] = true, [";"] = true,
  ["..."] = true, ["…"] = true }

-- words before a participle that make it no past ("will be named")
local BE = { be = true, been = true, being = true, is = true, are = true, am = true,
  ["'s"] = true, ["'re"] = true, will = true, ["'ll"] = true, would = true, ["to"] = true,
  get = true, gets = true }
-- a past form: "brought", "resigned" (not "will be named", "to be paid")
local NOT_VERB_AFTER_TO = { the = true, a = true, an = true, its = true, his = true,
  her = true, their = true, our = true, this = true, that = true, these = true,
  those = true, some = true, all = true, date = true }
-- words that may follow a verb in -ed ("stepped down", "changed from");
-- another lowercase word after it makes it an adjective ("an unspecified
-- date", "the proposed merger")
local AFTER_VERB = { ["in"] = true, on = true, at = true, ["to"] = true, from = true,
  by = true, ["for"] = true, with = true, of = true, down = true, up = true, out = true,
  off = true, over = true, into = true, as = true, the = true, a = true, an = true,
  its = true, his = true, her = true, their = true, our = true, this = true,
  that = true, these = true, those = true, some = true, all = true, about = true,
  after = true, before = true, back = true, away = true, again = true, also = true,
  ["and"] = true, ["or"] = true, more = true, most = true, ["not"] = true,
  last = true, early = true, late = true, earlier = true, later = true,
  it = true, them = true, him = true, us = true, me = true, nearly = true }
local function past_word (toks, t, k)
  local ed = not W.PAST_VERBS[k] and #k >= 5 and find_str(k, "^%l+ed$") and
             not W.PLAN_WORDS[k] and not W.FUTURE_CUES[k]
  if not (W.PAST_VERBS[k] or ed) then return false end
  if t > 1 then
    local p = key_of(toks, t - 1)
    if BE[p] then return false end
    -- "to be officially opened"
    if t > 2 and #p > 4 and find_str(p, "ly$") and BE[key_of(toks, t - 2)] then
      return false
    end
  end
  -- "the bridge, named after her,": a participle after a comma
  if ed and t > 1 and key_of(toks, t - 1) == "," then return false end
  -- "a still unspecified date", "the proposed merger": an adjective
  if ed and t > 1 and t < #toks and toks:is(t + 1, "lower") and toks:is(t + 1, "alpha") and
     not AFTER_VERB[key_of(toks, t + 1)] then
    local p = key_of(toks, t - 1)
    if NOT_VERB_AFTER_TO[p] or W.POSSESSIVES[p] or p == "still" or p == "newly" or
       p == "recently" or p == "already" then
      return false
    end
  end
  return true
end
-- "to acquire", "to be completed": an infinitive (a plan, whatever the
-- tense of the verb before it)
local function infinitive (toks, t)
  if key_of(toks, t) ~= "to" or t >= #toks then return false end
  local nk = key_of(toks, t + 1)
  return toks:is(t + 1, "lower") and toks:is(t + 1, "alpha") and not NOT_VERB_AFTER_TO[nk]
end
-- a date after these is a deadline, no time the verb before it happened at
local DEADLINE = { by = true, ["until"] = true, till = true, through = true }
-- a date right after these and a verb of W.EXTEND_VERBS before them lies
-- ahead ("extended the bid to March 3")
local EXTEND_TO = { to = true, ["until"] = true, till = true, through = true, by = true }
-- the word before "to" is a verb or noun of intention ("agreed to buy",
-- "plans to open", "is to open", "an agreement to buy"), not any word
-- ("returned to profit", "came to power", "the road to full
-- recovery"); its forms in -s, -ed, -ing count ("agreed", "planning")
local TO_VERBS = { is = true, are = true, ["'s"] = true, ["'re"] = true, want = true,
  need = true, hope = true, plan = true, expect = true, agree = true, decide = true,
  intend = true, aim = true, seek = true, sought = true, try = true, promise = true,
  vow = true, pledge = true, threaten = true, prepare = true, choose = true,
  chose = true, likely = true, ready = true, set = true, due = true, going = true,
  about = true, propose = true, undertake = true, offer = true, vote = true,
  ask = true, urge = true, invite = true, appoint = true, travel = true,
  -- nouns of plans ("an agreement to buy it in January")
  agreement = true, plans = true, deal = true, bid = true, decision = true,
  proposal = true, intention = true, commitment = true, attempt = true, effort = true }
local function to_verb (p)
  if TO_VERBS[p] then return true end
  if #p < 4 then return false end
  local stem = p:match("^(%l+)ing$") or p:match("^(%l+)ed$") or p:match("^(%l+)e?s$")
  if not stem then return false end
  return TO_VERBS[stem] or TO_VERBS[stem .. "e"] or
         (stem:match("(%l)%1$") ~= nil and TO_VERBS[stem:sub(1, -2)]) or
         (stem:match("i$") ~= nil and TO_VERBS[stem:sub(1, -2) .. "y"]) or false
end
-- (also with an object between: "expecting US rates to rise")
local function verb_before_to (toks, t)
  if t < 2 then return false end
  if key_of(toks, t + 1) == "be" then return true end        -- "to be completed"
  for u = t - 1, (t > 3 and t - 3 or 1), -1 do
    local p = key_of(toks, u)
    if TERMINAL[p] or p == "," then return false end
    if to_verb(p) then return true end
  end
  return false
end
-- the future cues that a verb in -ed after them leaves standing ("will
-- pay its delayed bonus on May 30")
local WILL_CUES = { will = true, would = true, ["'ll"] = true, shall = true, wo = true }
-- a date right after these lies ahead unless the clause speaks of the past
local AHEAD = { by = true, ["until"] = true, till = true }
-- words after "to" that make it no infinitive ("rose to more than")
local NOT_VERB_AFTER_INF = { more = true, less = true, about = true, around = true,
  nearly = true, almost = true, date = true }

local TENSE_WINDOW = 16
-- words after "would have" that make "have" a verb of its own, no past:
-- "would have a scan on Monday", "would have to pay by May"
local HAVE_OBJECTS = { a = true, an = true, the = true, no = true, to = true, its = true,
  his = true, her = true, their = true, our = true, talks = true, more = true }

-- "had been due to expire Friday": a plan in the past
local function planned_before (toks, t, lo)
  for u = t - 1, (t - 3 >= lo and t - 3 or lo), -1 do
    local k = key_of(toks, u)
    if k == "had" or k == "was" or k == "were" then return true end
  end
  return false
end

-- the words the tense search stops at (all others are passed over at the
-- cost of one look-up, and a test for "-ed")
local TENSE_WORDS = { ["to"] = true }
for _, t in ipairs { TERMINAL, W.FUTURE_CUES, W.PLAN_WORDS, W.PAST_CUES, W.PAST_VERBS,
                     W.TENSE_STOPS } do
  for k in pairs(t) do TENSE_WORDS[k] = true end
end
local byte = string.byte

-- whether token i is on the text's first line (a headline)
local function headline_line (toks, i)
  for k = 2, i do
    if toks:is(k, "newline_before") then return false end
  end
  return #toks > i and true
end

-- "the leaders meet Monday", "the offer expires on Friday": a scheduled
-- event in the present tense just before token i
local SCHEDULE_PREPS = { on = true, ["in"] = true, over = true, during = true, at = true,
  from = true }
local function scheduled_before (toks, i)
  local v = i - 1
  if v < 1 then return false end
  local k = key_of(toks, v)
  if SCHEDULE_PREPS[k] then
    v = v - 1
    if v < 1 then return false end
    k = key_of(toks, v)
    -- (past a place: "the Test starts at Old Trafford on 23 July")
    local u = v
    while u > 1 and u > v - 4 and toks:is(u, "cap") do u = u - 1 end
    if u < v and u > 1 and (key_of(toks, u) == "at" or key_of(toks, u) == "in") then
      v = u - 1
      k = key_of(toks, v)
    elseif u < v and u > 1 then
      -- (past the side or the person met: "host the Chicago Bulls on
      -- Saturday", "face Scotland on Sunday")
      local o = key_of(toks, u) == "the" and u - 1 or u
      if o >= 1 and W.SCHEDULE_VERBS[key_of(toks, o)] and toks:is(o, "lower") then
        v = o
        k = key_of(toks, v)
      end
    end
  end
  if find_str(k, "^%l+ly$") then
    v = v - 1
    if v < 1 then return false end
    k = key_of(toks, v)
  end
  -- "the final is on June 8", "the vote is on Monday", "takes effect May 2"
  if (k == "is" or k == "are") and toks:is(v, "lower") then return true end
  if (k == "effect" or k == "place") and v > 1 then
    local p = key_of(toks, v - 1)
    return p == "take" or p == "takes"
  end
  if not W.SCHEDULE_VERBS[k] or not toks:is(v, "lower") then return false end
  if v == 1 then return true end
  local p = key_of(toks, v - 1)
  return not (W.PAST_CUES[p] or NOT_VERB_AFTER_TO[p] or W.POSSESSIVES[p] or
              p == "to" or p == "'s" or p == "did")
end

-- the tense of the words before token i in its clause: true (future),
-- "past" or false (none said). `loose`: also an infinitive before the date
-- says future ("agreed to buy it in January"), as it does for a month or a
-- day of a month, not for a weekday ("declined to comment Friday").
-- A deadline word just before the date ("by May", "until March 3") makes it
-- ahead unless a strong past cue stands in the clause ("had fallen by May");
-- a verb in -ed is a weak past: a "will", "would" further back wins over it
-- ("will pay its delayed bonus on May 30").
-- the words between a thing planned and its date ("planned a walkout from
-- Sept. 2")
local PLANNED_FROM = { from = true, ["for"] = true, on = true, ["in"] = true }
-- the words before "to" of a need, no plan ("had to cancel")
local HAD_TO = { had = true, has = true, have = true, used = true, ought = true }
local function future_before (toks, i, loose)
  local lo = i - TENSE_WINDOW
  if lo < 1 then lo = 1 end
  local key = key_of
  if scheduled_before(toks, i) then return true end
  -- "called a demonstration for May 16": the date an event is set for
  if i > 2 and key(toks, i - 1) == "for" and W.EVENT_NOUNS[key(toks, i - 2)] then
    return "plan"
  end
  -- (a past verb counts only where no infinitive or deadline stands between)
  local deadline = i > 1 and DEADLINE[key(toks, i - 1)]
  local plan = deadline
  local ahead = i > 1 and AHEAD[key(toks, i - 1)]
  local weak, comma = false, false
  local inf, ahead_past = false, false
  local extends = i > 1 and EXTEND_TO[key(toks, i - 1)]
  for t = i - 1, lo, -1 do
    local k = key(toks, t)
    local n = #k
    -- (a comma after a name, "in Leeds, Yorkshire, in April", ends no clause)
    if k == "," and not (t > 1 and toks:is(t - 1, "cap")) then comma = true end
    -- (a comma and "and" or "but" end a weekday's clause: "… would expose
    -- them, and in a post on Monday it said …"; a day of a month may be one
    -- of a list, "in Korea on 24 December, and France on 12 January")
    if k == "," and not loose and t + 1 < i and
       (key(toks, t + 1) == "and" or key(toks, t + 1) == "but") then
      break
    end
    -- "extended the bid to March 3", "postponed until March": the new date
    if extends and W.EXTEND_VERBS[k] then return true end
    -- "from today until June 2", "from now until March"
    if extends and t == i - 2 and (k == "today" or k == "now") and t > 1 and
       key(toks, t - 1) == "from" then
      return true
    end
    if TENSE_WORDS[k] then
      if TERMINAL[k] then break end
      -- (a headline's infinitive is its future: "Ferry strike to halt
      -- island links on Thursday")
      if k == "to" and t > 1 and i <= 24 and infinitive(toks, t) and not weak and
         not find_str(key(toks, t - 1), "ed$") and headline_line(toks, i) then
        return true
      end
      -- (a scheduled event's infinitive after a comma, just before its
      -- date: "a buyback, to run from Nov. 8")
      if k == "to" and t >= i - 3 and t > 1 and key(toks, t - 1) == "," and
         W.SCHEDULE_VERBS[key(toks, t + 1)] and
         toks:is(t + 1, "lower") and (t + 2 == i or SCHEDULE_PREPS[key(toks, t + 2)] or
                                      key(toks, t + 2) == "from") then
        return true
      end
      if k == "to" and infinitive(toks, t) then
        -- (the date in the infinitive's clause: no comma between, a verb
        -- or a noun of plans before "to")
        if loose and not plan and not weak and not comma and
           not NOT_VERB_AFTER_INF[key(toks, t + 1)] and verb_before_to(toks, t) then
          if planned_before(toks, t, lo) then return "plan" end
          return true
        end
        -- ("had to cancel flights on Thursday": a need, no plan)
        plan, inf = true, not HAD_TO[key(toks, t - 1)]
      end
      if weak and not WILL_CUES[k] then
        -- (after a verb in -ed only a "will", "would" says future)
        if W.TENSE_STOPS[k] or W.PAST_CUES[k] then return "past" end
      elseif (W.FUTURE_CUES[k] or W.PLAN_WORDS[k]) and key(toks, t + 1) ~= "'s" then
        -- "set" and "due" only as in "set to", "due to" (not "due to the
        -- holiday": a cause)
        if k == "set" or k == "due" or k == "expected" or k == "going" or
           W.PLAN_WORDS[k] then
          local nk = key(toks, t + 1)
          -- "had planned a partial walkout from Sept. 2": the date of what
          -- was planned
          if W.PLAN_WORDS[k] and not W.DUE_WORDS[k] and t >= i - 6 and t <= i - 3 and
             not comma and
             PLANNED_FROM[key(toks, i - 1)] and nk ~= "to" and toks:is(t + 1, "lower") then
            return "plan"
          end
          if (nk == "to" and not (k == "due" and NOT_VERB_AFTER_TO[key(toks, t + 2)])) or
             nk == "for" or (k == "expected" and nk == "in") or
             k == "scheduled" or
             -- "a vote is expected Wednesday", "a ruling is due on Friday"
             (W.DUE_WORDS[k] and (t + 1 == i or (t + 2 == i and nk == "on"))) then
            if planned_before(toks, t, lo) then return "plan" end
            return true
          end
        elseif k == "to" then
          local p = t > 1 and key(toks, t - 1)
          if p == "is" or p == "are" then return true end
        elseif k == "wo" then
          if key(toks, t + 1) == "n't" then return true end
        elseif k == "would" or k == "must" or k == "should" then
          -- (not "would have gone"; but "would have a scan on Monday")
          if key(toks, t + 1) ~= "have" or HAVE_OBJECTS[key(toks, t + 2)] then return true end
        elseif k == "could" or k == "might" then
          -- "could be announced as early as December" (not "could not be
          -- reached on Monday", "might have left")
          local nk = key(toks, t + 1)
          if nk ~= "have" and nk ~= "not" and nk ~= "n't" and toks:is(t + 1, "lower") then
            return true
          end
        elseif not (ahead and t == i - 1) then
          -- ("until" just before the date is a deadline word: ahead unless
          -- a past cue stands before it, "did not check it until March 18")
          return true
        end
      elseif W.PAST_CUES[k] then
        -- (an infinitive's date told of in the past is a plan then: "had
        -- ordered the firm to report by Oct. 15")
        return (inf and ahead) and "plan" or "past"
      elseif not plan and past_word(toks, t, k) then
        if W.PAST_VERBS[k] then return "past" end
        weak = true
      end
      -- (a reporting verb ends the clause, but not one in the passive: "a
      -- deal could be announced in December")
      if W.TENSE_STOPS[k] and not (t > 1 and BE[key(toks, t - 1)]) then
        if weak then return "past" end
        if ahead then return true end
        return nil
      end
    elseif not plan and not weak and n >= 5 and byte(k, n) == 100 and
           byte(k, n - 1) == 101 and past_word(toks, t, k) then      -- "-ed"
      weak = true
    elseif ahead and loose and not inf and n >= 5 and byte(k, n) == 100 and
           byte(k, n - 1) == 101 and past_word(toks, t, k) then
      ahead_past = true
    end
  end
  if weak then return "past" end
  -- (a deadline a verb in -ed tells of may be behind: "arrivals reached
  -- 148,000 tons by Nov. 14", the nearer reading)
  if ahead then return ahead_past and "plan" or true end
  return false
end

-- a "will", "would" in the clause before token i ("will grow in 10
-- years"; not "will be the first fall in nine years", "the highest in")
local WILL = { will = true, would = true, ["'ll"] = true, shall = true, wo = true }
local NOT_IN_FUTURE = { first = true, last = true, only = true, time = true, ever = true,
  record = true }
local function will_before (toks, i)
  local lo = i - 10
  if lo < 1 then lo = 1 end
  for t = i - 1, lo, -1 do
    local k = key_of(toks, t)
    if TERMINAL[k] or k == "," or NOT_IN_FUTURE[k] or
       (#k > 4 and find_str(k, "est$")) then
      return false
    end
    if WILL[k] then return true end
  end
  return false
end

-- the words after a month named without a year: "In January, the firm
-- brought in advisers" lies in the past, "In March the plant will open" not
local FRONT = { ["in"] = true, on = true, by = true, since = true, during = true,
  ["until"] = true, last = true, early = true, late = true, ["then"] = true }
local function tense_after (toks, i, j)
  -- only for a date at the head of its sentence ("In January, ..."): later
  -- in a sentence the verb after it belongs to another clause
  local b = i - 1
  if b >= 1 and FRONT[key_of(toks, b)] then b = b - 1 end
  if b >= 1 and not TERMINAL[key_of(toks, b)] then return false end
  local hi = j + 8
  if hi > #toks then hi = #toks end
  for t = j + 1, hi do
    local k = key_of(toks, t)
    if TERMINAL[k] then break end
    if k == "will" or k == "'ll" or k == "shall" or k == "wo" then return true end
    if past_word(toks, t, k) then return "past" end
  end
  return false
end

-- dates that are dates whatever a name pattern made of them
local STRONG = { weekday = true, abs = true, time = true }

local NEEDS_TENSE = { weekday = true, month = true, quarter = true, weekend = true, season = true,
  abs = true, holiday = true, monthweek = true, week_of = true }

-- "November and December 2022": the first month takes the year of the second
local LINKS = { ["and"] = true, ["or"] = true, ["to"] = true, ["-"] = true,
  through = true, ["until"] = true, ["till"] = true, ["/"] = true }

-- the words between the two ends of a range of days
local RANGE_LINKS = { ["to"] = true, ["until"] = true, ["till"] = true, through = true,
  ["-"] = true }
local function link_years (found, toks)
  local b = found[1]
  for i = 1, #found - 1 do
    local a = b
    b = found[i + 1]
    -- (only two expressions with one word between them: "May and July")
    if b.first_token == a.last_token + 2 and a.frame and b.frame and
       LINKS[key_of(toks, a.last_token + 1)] then
      local fa, fb = a.frame, b.frame
      if fa.k == "month" and not fa.shift and not fa.yshift and
         fb.k == "abs" and fb.y and fb.m then
        a.frame = { k = "abs", y = fb.y, m = fa.m }
      elseif fa.k == "month" and fb.k == "month" and not fa.shift and
             not fa.yshift and not fb.shift and not fb.yshift then
        -- "between May and July": July is the first July from that May on
        fb.after = a
      elseif fa.k == "abs" and fa.m and fa.d and not fa.y and
             fb.k == "abs" and fb.y and fb.m then
        a.frame = { k = "abs", y = fb.y, m = fa.m, d = fa.d }
      elseif fa.k == "abs" and fa.m and fa.d and not fa.y and not fa.yshift and
             fb.k == "abs" and fb.m and fb.d and not fb.y and not fb.yshift and not fb.wd and
             RANGE_LINKS[key_of(toks, a.last_token + 1)] then
        -- "from July 23 to Aug. 2": the end is the first Aug. 2 from that
        -- July 23 on
        fb.after = a
      end
    end
    -- ("which this year falls in May": a month in the clause of "this
    -- year", "last year", a few words after it, is of that year)
    local fa, fb = a.frame, b.frame
    if fa and fb and fa.k == "shift" and fa.unit == "Y" and type(fa.n) == "number" and
       not fa.from_last and fb.k == "month" and not fb.shift and not fb.yshift and
       b.first_token > a.last_token then
      -- (or one in the sentence "Last year," opens: "Last year, a string of
      -- storms in October …")
      local opening = key_of(toks, a.last_token + 1) == "," and
                      (a.first_token == 1 or TERMINAL[key_of(toks, a.first_token - 1)] or
                       toks:is(a.first_token, "newline_before"))
      if b.first_token - a.last_token <= (opening and 16 or 5) then
        local clause = true
        for t = a.last_token + 1, b.first_token - 1 do
          local k = key_of(toks, t)
          if TERMINAL[k] or (not (opening and t == a.last_token + 1) and
                             (k == "," or k == "but" or k == "and")) then
            clause = false
            break
          end
        end
        if clause then fb.yshift = fa.n end
      end
    end
  end
end

-- "5 p.m. EST, Nov. 6", "10 p.m. Wednesday": a clock time and the day after
-- it are one TIME, also when a sentence break fell after "p.m."
local ZONES = { est = true, edt = true, gmt = true, bst = true, cet = true,
  utc = true, pst = true, pdt = true, cst = true, cdt = true, [","] = true }
local DAY_FRAMES = { weekday = true, abs = true }

local function join_times (found, toks)
  -- (most texts have no clock time to join: the list stays as it is)
  local n = #found
  local any = false
  for k = 1, n - 1 do
    local f = found[k].frame
    if f and f.k == "time" and not f.base then
      any = true
      break
    end
  end
  if not any then return found end
  local out, i = {}, 1
  while i <= #found do
    local a, b = found[i], found[i + 1]
    local fa = a.frame
    if b and fa and fa.k == "time" and not fa.base and b.frame and
       DAY_FRAMES[b.frame.k] and (b.frame.k ~= "abs" or (b.frame.m and b.frame.d)) and
       b.first_token > a.last_token and b.first_token - a.last_token <= 3 then
      local ok = true
      for t = a.last_token + 1, b.first_token - 1 do
        if not ZONES[key_of(toks, t)] then ok = false break end
      end
      if ok then
        a.frame = { k = "time", hm = fa.hm, base = b.frame }
        a.last_token = b.last_token
        i = i + 1
      end
    end
    out[#out + 1] = a
    i = i + 1
  end
  return out
end

local resolve_all

-- whether a past verb follows the noun at token t in its clause, within
-- four words: "The 15 September protest came …" (not "was": a day months
-- off may be spoken of so, "the June 6 election was far from over")
local function past_after (toks, t)
  for u = t + 1, math.min(#toks, t + 4) do
    local k = key_of(toks, u)
    if TERMINAL[k] or k == "," then return false end
    if past_word(toks, u, k) then return true end
  end
  return false
end

-- the tense of the expression state.r: true (future), "past" or false
local function read_tense (state)
  local toks, r = state.toks, state.r
  local f = r.frame
  local loose = f.k == "month" or f.k == "abs" or f.k == "holiday" or f.k == "monthweek" or
                f.k == "week_of" or f.k == "weekend"
  local future = future_before(toks, r.first_token, loose)
  -- (a weekday in the subject of "would": "said the session on Saturday
  -- would be decisive" is a plan in the past, "will" the future)
  if future ~= true and f.k == "weekday" and r.last_token < #toks then
    local k = key_of(toks, r.last_token + 1)
    if k == "would" then return "plan" end
    if k == "will" then return true end
  end
  if future == false and (f.k == "month" or f.k == "abs") and not f.shift and
     not f.yshift then
    future = tense_after(toks, r.first_token, r.last_token)
  end
  -- (before a deadline, or by it, whatever the tense: "was likely before
  -- the March 31 deadline")
  local before = r.first_token > 2 and key_of(toks, r.first_token - 1) == "the" and
                 key_of(toks, r.first_token - 2)
  if future ~= true and loose and (before == "before" or before == "by") then
    future = false
  end
  if future == false and loose then
    -- "set June 4 as the deadline", "the March 31 deadline" (with no past
    -- before it: "missed the March 31 deadline")
    local j = r.last_token
    local hi = j + 3
    if hi > #toks then hi = #toks end
    for t = j + 1, hi do
      local k = key_of(toks, t)
      if TERMINAL[k] or k == "," then break end
      if W.DEADLINE_NOUNS[k] then return true end
    end
  end
  -- "July's G8 summit": an event its date's possessive names, the nearer
  -- one where no tense is said
  if future ~= true and future ~= "past" and loose and r.last_token + 2 <= #toks and
     (key_of(toks, r.last_token + 1) == "'s" or
      key_of(toks, r.last_token + 1) == "\226\128\153s") then
    for t = r.last_token + 2, math.min(#toks, r.last_token + 7) do
      local k = key_of(toks, t)
      if TERMINAL[k] or k == "," then break end
      if W.EVENT_NOUNS[k] then
        if past_after(toks, t) then return future end
        return "plan"
      end
    end
  end
  -- "the June 6 election": an event named by its date, the nearer one
  -- where no tense says which ("told them the June 6 election was …")
  if future ~= true and future ~= "past" and loose and before ~= "before" and
     before ~= "by" and
     r.first_token > 1 and key_of(toks, r.first_token - 1) == "the" and r.last_token < #toks and
     W.EVENT_NOUNS[key_of(toks, r.last_token + 1)] then
    -- (not one a past verb after it tells of: "The 15 September protest
    -- came …")
    if past_after(toks, r.last_token + 1) then return future end
    return "plan"
  end
  return future
end

--- Find and resolve the time expressions of a text (without touching a
-- document): a list of entity tables in text order.
-- @treturn table entity tables (`first`, `last`, `first_token`,
-- `last_token`, `text`, `label`, `value`, `timex_type`, `mod`, `rule`)
-- @treturn table the set of those that are dates whatever a name pattern
-- made of their words (weekdays, full dates, clock times)
-- @tparam[opt] string policy "past" or "nearer" (default `M.policy`)
local function find (text, toks, sents, dct, policy)
  local ok, found = pcall(run_pack, text, toks, sents, dct)
  -- (the match table and the keys let go of the text; the next text that
  -- asks for a key makes a table of its own)
  local m = MATCH
  m._text, m.tokens, m.keys, m.text = nil, nil, nil, nil
  if not ok or not found or #found == 0 then
    keys_toks, keys_of = nil, nil
    return {}, {}
  end
  local out, strong = {}, {}
  pcall(resolve_all, found, text, toks, dct, out, strong, policy or M.policy)
  keys_toks, keys_of = nil, nil
  return out, strong
end

-- A find inside a find (an extraction in a finalizer that the collector
-- calls during this one, say) must not write the match table, captures,
-- keys and layer arrays the outer one is using: it gets fresh ones, and
-- the outer one's are put back after it.
local finding = false

local function swap_state (saved)
  local now = { SPAN_TOKENS, SPAN_BITS, MATCH, CAPS, caps_set, caps_n, pairs_of,
                keys_toks, keys_of, toks_key }
  if saved then
    SPAN_TOKENS, SPAN_BITS, MATCH, CAPS, caps_set, caps_n, pairs_of,
    keys_toks, keys_of, toks_key = saved[1], saved[2], saved[3], saved[4], saved[5],
      saved[6], saved[7], saved[8], saved[9], saved[10]
  else
    SPAN_TOKENS, SPAN_BITS, CAPS, caps_set, caps_n, pairs_of = {}, {}, {}, {}, 0, {}
    keys_toks, keys_of, toks_key = nil, {}, nil
    MATCH = new_match()                  -- (with the fresh CAPS)
  end
  return now
end

function M.find (text, toks, sents, dct, policy)
  if finding then
    local outer = swap_state(nil)
    local ok, out, strong = pcall(find, text, toks, sents, dct, policy)
    swap_state(outer)
    if not ok then error(out, 0) end
    return out, strong
  end
  finding = true
  local out, strong = find(text, toks, sents, dct, policy)
  finding = false
  return out, strong
end

-- the shape of a value: "quarter" ("2004-Q3"), "dated" (another that
-- starts with a year) or false (values repeat: kept, the memo bounded)
local shape_memo, shape_n = {}, 0
local function value_shape (v)
  local s = shape_memo[v]
  if s ~= nil then return s end
  s = (find_str(v, "^%d%d%d%d%-Q%d$") and "quarter") or
      (find_str(v, "^%d%d%d%d") and "dated") or false
  if shape_n >= 4096 then shape_memo, shape_n = {}, 0 end
  shape_memo[v], shape_n = s, shape_n + 1
  return s
end

local last_dct, last_d

-- resolve the results into entities (out), in text order
resolve_all = function (found, text, toks, dct, out, strong, policy)
  -- (the document dates of a run of texts are mostly one: parsed once)
  if dct ~= last_dct then last_dct, last_d = dct, M.parse_dct(dct) end
  local d = last_d
  found = join_times(found, toks)
  link_years(found, toks)
  -- (the fields set later are named too: the table never grows)
  local state = { toks = toks, tense_fn = read_tense, nearer = policy == "nearer", r = nil,
                  tense_v = nil, last = nil, last_q = nil, topic_q = nil }
  local tfirst, tlast = toks.first, toks.last
  for i = 1, #found do
    local r = found[i]
    local f = r.frame
    if f then
      local future = false
      if NEEDS_TENSE[f.k] and not (f.k == "abs" and f.y) or (f.k == "time" and f.base) then
        future = LAZY
        state.r, state.tense_v = r, nil
      end
      -- "will be redeemed in five years": a time ahead, no length
      -- (a count right after "in": not "in the next two weeks", "in a year")
      if f.k == "dur" and not f.time and type(f.n) == "number" and f.n == floor(f.n) and
         (f.unit == "D" or f.unit == "W" or f.unit == "M" or f.unit == "Y") and
         not r.mod and r.first_token > 1 and key_of(toks, r.first_token - 1) == "in" and
         (toks:is(r.first_token, "digit") or
          (W.NUMBERS[key_of(toks, r.first_token)] and key_of(toks, r.first_token) ~= "a" and
           key_of(toks, r.first_token) ~= "an")) and
         will_before(toks, r.first_token - 1) then
        f = { k = "shift", unit = f.unit, n = f.n, ago = true }
        r.timex_type = "DATE"
      end
      local value
      local ym = f.after and f.after.value and f.after.value:match("^(%d%d%d%d)%-(%d%d)$")
      local day_after = not ym and f.d and f.after and f.after.value and
                        f.after.value:match("^%d%d%d%d%-%d%d%-%d%d$")
      if ym then
        local y, m = f.after.value:match("^(%d%d%d%d)%-(%d%d)$")
        y, m = tonumber(y), tonumber(m)
        value = ("%04d-%02d"):format(f.m < m and y + 1 or y, f.m)
      elseif day_after then
        local y, m, dd = f.after.value:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
        y, m, dd = tonumber(y), tonumber(m), tonumber(dd)
        if f.m < m or (f.m == m and f.d < dd) then y = y + 1 end
        value = ("%04d-%02d-%02d"):format(y, f.m, f.d)
      else
        local ok
        ok, value = pcall(resolve, f, d, state, future)
        if not ok then value = nil end
      end
      r.value = value
      if value then
        -- the result becomes the entity: its working fields go
        local first, last = tfirst(toks, r.first_token), tlast(toks, r.last_token)
        local e = r
        e.first, e.last, e.text = first, last, text:sub(first, last)
        e.frame, e.priority, e.pass, e.order, e.article_done = nil, nil, nil, nil, nil
        if STRONG[f.k] and (f.k ~= "abs" or f.d) then strong[e] = true end
        out[#out + 1] = e
        -- what later "a year earlier" counts from: an expression that
        -- names its time, not one counted from another
        local shape = r.timex_type == "DATE" and value_shape(value)
        if shape and not f.ago and not f.last_quarter then
          state.last = value
          if shape == "quarter" then
            state.last_q = value
            -- the quarter a report is about: the first one it names that
            -- has ended ("the quarter", "the latest period" refer to it)
            if not state.topic_q and f.k == "quarter" and f.q and d then
              local y, q = value:match("^(%d%d%d%d)%-Q(%d)$")
              if tonumber(y) * 4 + tonumber(q) < d.y * 4 + idiv(d.m - 1, 3) + 1 then
                state.topic_q = value
              end
            end
          end
        end
      end
    end
  end
end

-- merge the time expressions into the entities: a date wins over entities
-- inside its span ("May" read as a name in "in May 2023"); an entity that
-- reaches beyond the date ("Theresa May") keeps its tokens
-- cut an entity before token t, and the small words before t with it
local TRIM_WORDS = { on = true, ["in"] = true, at = true, of = true, [","] = true,
  by = true, ["from"] = true, ["-"] = true }
local function trim_entity (e, t, toks, text)
  local last = t - 1
  while last > e.first_token and TRIM_WORDS[key_of(toks, last)] do last = last - 1 end
  if last < e.first_token then return end
  local old = e.text
  e.last_token = last
  e.last = toks:last(last)
  e.text = text:sub(e.first, e.last)
  if e.canonical == old then e.canonical = e.text end
end

-- (the marker of no entities inside a date, none to trim: one table for
-- all the dates, never written)
local NONE = {}

-- times of day that are also family names
local NAME_TIMES = { noon = true, midnight = true, midday = true }

local function merge (entities, dates, strong, toks, text)
  local nd = #dates
  if nd == 0 then return entities end
  local ne = #entities
  -- (entities out of text order are put in it: a copy, equal starts kept
  -- in their order)
  entities = rules_mod.by_first(entities)
  local drop, kept = {}, {}
  local none = NONE
  -- (both lists are in text order: the entities a date touches are found
  -- walking the two together, no table of token owners)
  local lo = 1
  for di = 1, nd do
    local dte = dates[di]
    local df, dl = dte.first_token, dte.last_token
    while lo <= ne and entities[lo].last_token < df do lo = lo + 1 end
    local ok = true
    local inside, trims = none, none
    local k = lo
    while k <= ne do
      local e = entities[k]
      local ef = e.first_token
      if ef > dl then break end
      if e.last_token >= df then
        if e.label == "DATE" or e.label == "TIME" then
          ok = false
        elseif e.label == "PERSON" and df == dl and NAME_TIMES[toks:key(df)] and
               toks:is(df, "cap") then
          -- (a time of day that is a family name: "Jamie Noon", and "Noon
          -- said" after him)
          ok = false
        elseif ef < df or e.last_token > dl then
          -- a name that runs into a weekday or a full date ("Paris Tuesday")
          -- gives the date back when the rest of it still is a name;
          -- "Theresa May" keeps its May
          if strong[dte] and ef < df and e.last_token <= dl then
            if trims == none then trims = {} end
            trims[k] = true
          else
            ok = false
          end
        else
          if inside == none then inside = {} end
          inside[k] = true
        end
        if not ok then break end
      end
      k = k + 1
    end
    if ok then
      -- (most dates touch no entity: no iterator made for none)
      if inside ~= none then
        for j in pairs(inside) do drop[j] = true end
      end
      if trims ~= none then
        for j in pairs(trims) do trim_entity(entities[j], df, toks, text) end
      end
      kept[#kept + 1] = dte
    end
  end
  local out, n, i, j, nk = {}, 0, 1, 1, #kept
  while i <= ne or j <= nk do
    local e = entities[i]
    if e and drop[i] then
      i = i + 1
    elseif e and (j > nk or e.first <= kept[j].first) then
      n = n + 1
      out[n] = e
      i = i + 1
    else
      n = n + 1
      out[n] = kept[j]
      j = j + 1
    end
  end
  return out
end
M.merge = merge

--- How a weekday, month, day of a month or holiday named without a year
-- is placed: "past" (the default; news looks back: the latest one on or
-- before the document date unless the wording says future) or "nearer"
-- (the nearer of the two readings: the next one when it is at most four
-- months ahead, or the wording says future). A stage made by `M.stage`, or
-- `ctx.date_policy`, chooses for itself.
M.policy = "past"

local function run (ctx, doc, policy)
  local text, toks = ctx.text, ctx.tokens
  if type(text) ~= "string" or text == "" or not toks or #toks == 0 then return end
  local dates, strong = M.find(text, toks, ctx.sentences, ctx.dct,
                               policy or ctx.date_policy)
  if #dates == 0 then return end
  local ok, merged = pcall(merge, doc.entities or {}, dates, strong, toks, text)
  if ok then doc.entities = merged end
end

--- The stage: add the time expressions of the document to its entities.
function M.run (ctx, doc) return run(ctx, doc) end

--- A dates stage with options: `policy` ("past" or "nearer", see
-- `M.policy`), for `glean.new{ stages = { dates.stage{ policy = "nearer" },
-- "glean.quotes" } }`.
-- @tparam[opt] table opts
function M.stage (opts)
  local policy = type(opts) == "table" and opts.policy or nil
  if policy ~= nil and policy ~= "past" and policy ~= "nearer" then
    error("glean: date policy must be \"past\" or \"nearer\"", 2)
  end
  return { run = function (ctx, doc) return run(ctx, doc, policy) end }
end

-- }======================================================

return M
