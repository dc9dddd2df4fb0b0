--- The time-expression stage: finds dates, times, durations and sets with
-- the token patterns of `glean.rules.en.dates`, resolves them against the
-- document date (`dct`) into TIMEX3 values, and adds them to the
-- document's entities (label DATE or TIME, `value`, `timex_type`, `mod`).
--
-- Without a `dct`, relative expressions keep X placeholders at their own
-- granularity instead of a guess: "yesterday" → `XXXX-XX-XX`, "last
-- month" → `XXXX-XX`, "December" → `XXXX-12`, "Friday" → `XXXX-WXX-5`,
-- "the third quarter" → `XXXX-Q3`, "this morning" → `XXXX-XX-XXTMO`.
-- News looks back: a bare weekday or quarter is the latest one on or
-- before the document date, unless the words before it say future ("will",
-- "next", "scheduled to", …). A month (or a day of a month) named without
-- a year is the nearer of its two readings: the one before the document
-- date, or the next one when that is at most four months ahead and nearer
-- ("payable Jan. 2" in late October) or the wording says future; a past
-- tense ("was", "had", "ended") keeps it in the past.
-- Counted from the text, not the document date: "a year earlier", "the
-- year-ago quarter", "the following year" shift the time mentioned last.
--
-- The rules match with the C pattern engine (one program, built when the
-- module loads); tokens with digits are marked in a layer of their own
-- (classes "year", "day", "clock", "numdate", "decade" of the pack's
-- `NUMBER_CLASSES`) so that number rules start only where they can match.
-- @module glean.dates

local rules_mod = require "glean.rules"
local core = require "glean.core"
local lpeg = require "lpeg"
local pack = require "glean.rules.en.dates"

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

-- where digit runs start (one LPeg sweep over the bytes)
local digit_starts = lpeg.Ct((lpeg.Cp() * lpeg.R "09" ^ 1 + (1 - lpeg.R "09") ^ 1) ^ 0)

-- the classes of the number texts seen (numbers repeat: "2024", "10")
local class_memo, memo_size = {}, 0

-- the layer of tokens with a digit, each with the bits of its classes
local function digit_layer (text, toks)
  local f, b = {}, {}
  if #CLASSES > 0 then
    local starts = digit_starts:match(text) or {}
    local find, ttext, prev = toks.find, toks.text, 0
    for k = 1, #starts do
      local i = find(toks, starts[k])
      if i and i ~= prev then
        prev = i
        local t = ttext(toks, i)
        local bits = class_memo[t]
        if not bits then
          bits = 0
          if #t <= 40 then
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
          f[#f + 1] = i
          b[#b + 1] = bits
        end
      end
    end
  end
  return core.layer(#toks, f, f, b)
end

M.digit_layer = digit_layer

local function capture_text (m, name)
  local c = m.captures[name]
  if c then return m._text:sub(m.tokens:first(c[1]), m.tokens:last(c[2])) end
end

-- run the pack: the matches, built and resolved (as the rule engine does,
-- with the digit layer in the place of the dictionary)
local function run_pack (text, toks, sents, ctx)
  -- (the program's arrays read directly: one table per match, not two)
  local mrules, mfirsts, mlasts, slots = PASS.program:run(toks, sents,
                                                          digit_layer(text, toks))
  local capnames = PASS.compiler.captures
  local rules = PASS.pack.rules
  local candidates = {}
  local ntoks = #toks
  local mt = { __index = function (m, k)
    if k == "text" then
      local v = text:sub(toks:first(m.first_token), toks:last(m.last_token))
      rawset(m, "text", v)
      return v
    end
  end }
  local at = 0
  -- one match table for all the matches (a build keeps nothing of it)
  local m = setmetatable({ _text = text, capture_text = capture_text, tokens = toks }, mt)
  local prev_names
  for i = 1, #mrules do
    local ri = mrules[i]
    local names = capnames[ri]
    local caps = m.captures
    if names ~= prev_names or not caps then
      caps = {}
      m.captures = caps
      prev_names = names
    end
    for k = 1, #names do
      local x, y = slots[at + 2 * k - 1], slots[at + 2 * k]
      if x > 0 and y > x then caps[names[k]] = { x, y - 1 } else caps[names[k]] = nil end
    end
    at = at + 2 * #names
    m.rule, m.first_token, m.last_token, m.text = ri, mfirsts[i], mlasts[i], nil
    local rule = rules[ri]
    local span = rule.span and caps[rule.span]
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
        r.rule, r.priority, r.pass, r.order = rule.id, rule.priority or 0, 1, m.rule
        if r.label and r.first_token >= 1 and r.last_token <= ntoks and
           r.first_token <= r.last_token then
          candidates[#candidates + 1] = r
        end
      end
    end
  end
  return rules_mod.resolve(candidates)
end

-- {======================================================
-- Calendar arithmetic (proleptic Gregorian, no os.time)
-- =======================================================

local function idiv (a, b) return floor(a / b) end

-- days since 1970-01-01
local function days_from_civil (y, m, d)
  if m <= 2 then y = y - 1 end
  local era = idiv(y, 400)
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = idiv(153 * mp + 2, 5) + d - 1
  local doe = yoe * 365 + idiv(yoe, 4) - idiv(yoe, 100) + doy
  return era * 146097 + doe - 719468
end

local function civil_from_days (z)
  z = z + 719468
  local era = idiv(z, 146097)
  local doe = z - era * 146097
  local yoe = idiv(doe - idiv(doe, 1460) + idiv(doe, 36524) - idiv(doe, 146096), 365)
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + idiv(yoe, 4) - idiv(yoe, 100))
  local mp = idiv(5 * doy + 2, 153)
  local d = doy - idiv(153 * mp + 2, 5) + 1
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

local function ymd (z)
  local y, m, d = civil_from_days(z)
  return ("%04d-%02d-%02d"):format(y, m, d)
end

local function yw (z)
  local y, w = iso_week(z)
  return ("%04d-W%02d"):format(y, w)
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
  if U == "DE" and n ~= "X" then n, U = n * 10, "Y"
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

-- the year of a month named without one: the nearest such month, the one
-- before the document date on a tie or when it is as near (news looks
-- back), the next one when the wording says future
local function nearest_year (dct, m, future)
  local back = (dct.m - m) % 12
  local ahead = (m - dct.m) % 12
  if back == 0 then return dct.y end
  -- a past tense does not send "Nov. 16" eleven months back from October
  if future == "past" and ahead > 1 then return m < dct.m and dct.y or dct.y - 1 end
  if future == true or (ahead < back and ahead <= 4) then
    return m > dct.m and dct.y or dct.y + 1
  end
  return m < dct.m and dct.y or dct.y - 1
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
    return ("%04d-%02d"):format(y, m)
  end
  if U == "Q" then
    local k = dct.y * 4 + idiv(dct.m - 1, 3) + n
    return ("%04d-Q%d"):format(idiv(k, 4), k % 4 + 1)
  end
  if U == "Y" then return ("%04d"):format(dct.y + n) end
  if U == "DE" then return tostring(idiv(dct.y, 10) + n) end
  if U == "CE" then return ("%02d"):format(idiv(dct.y, 100) + n) end
  return nil
end

resolve = function (f, dct, state, tense)
  -- tense: true (future), "past", or nil (news default: the past)
  local future = tense == true
  local k = f.k
  if k == "lit" or k == "ref" then return f.v end
  if k == "abs" then
    local yy = f.y or (dct and f.m and nearest_year(dct, f.m, tense)) or (dct and dct.y)
    local y = yy and ("%04d"):format(yy) or "XXXX"
    if not f.m then return y end
    if not f.d then return ("%s-%02d"):format(y, f.m) end
    if yy then
      local z = days_from_civil(yy, f.m, f.d)
      local y2, m2 = civil_from_days(z)
      if y2 ~= yy or m2 ~= f.m then return nil end          -- 31 June
    end
    return ("%s-%02d-%02d"):format(y, f.m, f.d)
  end
  if k == "month" then
    if not dct then return ("XXXX-%02d"):format(f.m) end
    local y = dct.y
    if f.yshift then y = dct.y + f.yshift
    elseif f.shift == -1 then
      if f.m >= dct.m then y = y - 1 end  -- "last June": the latest June before
    elseif f.shift == 1 then
      if f.m <= dct.m then y = y + 1 end
    elseif f.shift == 0 then
      y = dct.y
    else
      y = nearest_year(dct, f.m, tense)
    end
    return ("%04d-%02d"):format(y, f.m)
  end
  if k == "shift" then return resolve_shift(f, dct, state) end
  if k == "weekday" then
    local suffix = f.pod and ("T" .. f.pod) or ""
    if not dct then return "XXXX-WXX-" .. f.wd .. suffix end
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
      local kk = dct.y * 4 + cur - 1 + n
      if y then kk = y * 4 + (cur - 1 + n) % 4 end
      return ("%04d-Q%d"):format(idiv(kk, 4), kk % 4 + 1)
    end
    if not y then
      y = dct.y
      if f.q and f.q > cur and not future then y = y - 1 end
      if f.half and f.half == 2 and dct.m <= 6 and not future then y = y - 1 end
    end
    return ("%04d-%s"):format(y, tag)
  end
  if k == "season" then
    if not dct then return "XXXX-" .. f.s end
    local cur = season_of_month(dct.m)
    local y = dct.y
    if dct.m <= 2 then y = y - 1 end               -- still last year's winter
    local idx = SEASON_INDEX[f.s]
    if f.shift == -1 then
      if idx >= cur then y = y - 1 end
    elseif f.shift == 1 then
      if idx <= cur then y = y + 1 end
    end
    return ("%04d-%s"):format(y, f.s)
  end
  if k == "weekend" then
    if not dct then return "XXXX-WXX-WE" end
    local w0 = weekday(dct.z)
    local z = dct.z
    if f.shift == -1 or (f.shift == 0 and w0 < 5 and not future and false) then
      z = z - 7
    elseif f.shift == 1 then
      z = z + 7
    elseif not future and w0 < 5 then
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

local function future_before (toks, i)
  local lo = i - 10
  if lo < 1 then lo = 1 end
  local key = toks.key
  -- "had been due to expire Friday": a plan in the past
  local function planned_before (t)
    for u = t - 1, (t - 3 >= lo and t - 3 or lo), -1 do
      local k = key(toks, u)
      if k == "had" or k == "was" or k == "were" then return true end
    end
    return false
  end
  for t = i - 1, lo, -1 do
    local k = key(toks, t)
    if TERMINAL[k] then break end
    if W.FUTURE_CUES[k] then
      -- "set" and "due" only as in "set to", "due to"
      if k == "set" or k == "due" or k == "expected" or k == "going" or k == "scheduled" then
        local nk = toks:key(t + 1)
        if nk == "to" or nk == "for" or (k == "expected" and nk == "in") or
           k == "scheduled" then
          if planned_before(t) then return "past" end
          return true
        end
      elseif k == "to" then
        local p = t > 1 and toks:key(t - 1)
        if p == "is" or p == "are" then return true end
      elseif k == "wo" then
        if toks:key(t + 1) == "n't" then return true end
      else
        return true
      end
    end
    if W.PAST_CUES[k] then return "past" end
    if W.TENSE_STOPS[k] then return nil end
  end
  return false
end

-- dates that are dates whatever a name pattern made of them
local STRONG = { weekday = true, abs = true, time = true }

local NEEDS_TENSE = { weekday = true, month = true, quarter = true, weekend = true,
  abs = true }

-- "November and December 2022": the first month takes the year of the second
local LINKS = { ["and"] = true, ["or"] = true, ["to"] = true, ["-"] = true,
  through = true, ["until"] = true, ["till"] = true, ["/"] = true }

local function link_years (found, toks)
  for i = 1, #found - 1 do
    local a, b = found[i], found[i + 1]
    local fa, fb = a.frame, b.frame
    if fa and fb and fa.k == "month" and not fa.shift and not fa.yshift and
       fb.k == "abs" and fb.y and fb.m and b.first_token == a.last_token + 2 and
       LINKS[toks:key(a.last_token + 1)] then
      a.frame = { k = "abs", y = fb.y, m = fa.m }
    elseif fa and fb and fa.k == "month" and fb.k == "month" and not fa.shift and
           not fa.yshift and not fb.shift and not fb.yshift and
           b.first_token == a.last_token + 2 and LINKS[toks:key(a.last_token + 1)] then
      -- "between May and July": July is the first July from that May on
      fb.after = a
    elseif fa and fb and fa.k == "abs" and fa.m and fa.d and not fa.y and
           fb.k == "abs" and fb.y and fb.m and b.first_token == a.last_token + 2 and
           LINKS[toks:key(a.last_token + 1)] then
      a.frame = { k = "abs", y = fb.y, m = fa.m, d = fa.d }
    end
  end
end

-- "5 p.m. EST, Nov. 6", "10 p.m. Wednesday": a clock time and the day after
-- it are one TIME, also when a sentence break fell after "p.m."
local ZONES = { est = true, edt = true, gmt = true, bst = true, cet = true,
  utc = true, pst = true, pdt = true, cst = true, cdt = true, [","] = true }
local DAY_FRAMES = { weekday = true, abs = true }

local function join_times (found, toks)
  local out, i = {}, 1
  while i <= #found do
    local a, b = found[i], found[i + 1]
    local fa = a.frame
    if b and fa and fa.k == "time" and not fa.base and b.frame and
       DAY_FRAMES[b.frame.k] and (b.frame.k ~= "abs" or (b.frame.m and b.frame.d)) and
       b.first_token > a.last_token and b.first_token - a.last_token <= 3 then
      local ok = true
      for t = a.last_token + 1, b.first_token - 1 do
        if not ZONES[toks:key(t)] then ok = false break end
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

--- Find and resolve the time expressions of a text (without touching a
-- document): a list of entity tables in text order.
-- @treturn table entity tables (`first`, `last`, `first_token`,
-- `last_token`, `text`, `label`, `value`, `timex_type`, `mod`, `rule`)
-- @treturn table the set of those that are dates whatever a name pattern
-- made of their words (weekdays, full dates, clock times)
function M.find (text, toks, sents, dct)
  local ok, found = pcall(run_pack, text, toks, sents, { dct = dct })
  if not ok or not found or #found == 0 then return {}, {} end
  local out, strong = {}, {}
  pcall(resolve_all, found, text, toks, dct, out, strong)
  return out, strong
end

-- resolve the results into entities (out), in text order
resolve_all = function (found, text, toks, dct, out, strong)
  local d = M.parse_dct(dct)
  found = join_times(found, toks)
  link_years(found, toks)
  local state = {}
  local tfirst, tlast = toks.first, toks.last
  for _, r in ipairs(found) do
    local f = r.frame
    if f then
      local future = false
      if NEEDS_TENSE[f.k] and not (f.k == "abs" and f.y) or (f.k == "time" and f.base) then
        future = future_before(toks, r.first_token)
      end
      local value
      local ym = f.after and f.after.value and f.after.value:match("^(%d%d%d%d)%-(%d%d)$")
      if ym then
        local y, m = f.after.value:match("^(%d%d%d%d)%-(%d%d)$")
        y, m = tonumber(y), tonumber(m)
        value = ("%04d-%02d"):format(f.m < m and y + 1 or y, f.m)
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
        if r.timex_type == "DATE" and value:match("^%d%d%d%d") and not f.ago and
           not f.last_quarter then
          state.last = value
          if value:match("^%d%d%d%d%-Q%d$") then state.last_q = value end
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
  while last > e.first_token and TRIM_WORDS[toks:key(last)] do last = last - 1 end
  if last < e.first_token then return end
  local old = e.text
  e.last_token = last
  e.last = toks:last(last)
  e.text = text:sub(e.first, e.last)
  if e.canonical == old then e.canonical = e.text end
end

local function merge (entities, dates, strong, toks, text)
  if #dates == 0 then return entities end
  local owner = {}
  for k, e in ipairs(entities) do
    for t = e.first_token, e.last_token do owner[t] = k end
  end
  local drop, kept = {}, {}
  for _, dte in ipairs(dates) do
    local ok = true
    local inside, trims = {}, {}
    for t = dte.first_token, dte.last_token do
      local k = owner[t]
      if k and not inside[k] and not trims[k] then
        local e = entities[k]
        if e.label == "DATE" or e.label == "TIME" then
          ok = false
        elseif e.first_token < dte.first_token or e.last_token > dte.last_token then
          -- a name that runs into a weekday or a full date ("Paris Tuesday")
          -- gives the date back when the rest of it still is a name;
          -- "Theresa May" keeps its May
          if strong[dte] and e.first_token < dte.first_token and
             e.last_token <= dte.last_token then
            trims[k] = true
          else
            ok = false
          end
        else
          inside[k] = true
        end
        if not ok then break end
      end
    end
    if ok then
      for k in pairs(inside) do drop[k] = true end
      for k in pairs(trims) do trim_entity(entities[k], dte.first_token, toks, text) end
      kept[#kept + 1] = dte
    end
  end
  local out, i, j = {}, 1, 1
  while i <= #entities or j <= #kept do
    local e = entities[i]
    if e and drop[i] then
      i = i + 1
    elseif e and (j > #kept or e.first <= kept[j].first) then
      out[#out + 1] = e
      i = i + 1
    else
      out[#out + 1] = kept[j]
      j = j + 1
    end
  end
  return out
end
M.merge = merge

--- The stage: add the time expressions of the document to its entities.
function M.run (ctx, doc)
  local text, toks = ctx.text, ctx.tokens
  if type(text) ~= "string" or text == "" or not toks or #toks == 0 then return end
  local dates, strong = M.find(text, toks, ctx.sentences, ctx.dct)
  if #dates == 0 then return end
  local ok, merged = pcall(merge, doc.entities or {}, dates, strong, toks, text)
  if ok then doc.entities = merged end
end

-- }======================================================

return M
