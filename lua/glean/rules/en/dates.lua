--- The default English time-expression pack: token patterns that find
-- dates, times, durations and sets, and the word tables they use.
--
-- Each rule's `build` reads its captures and returns a `frame` (what the
-- expression says: a calendar date, a shift from the document date, a
-- weekday, a duration ...), plus `label`, `timex_type` and `mod`; the
-- stage (`glean.dates`) resolves frames against the document date into
-- TIMEX3 values, so that the rules stay free of arithmetic. A build that
-- returns false drops the match ("May" the name, a number that is no year).
-- Users change the rules and the word tables here without recompiling.
--
-- Frames (`k` is the kind): `abs` {y, m, d} (parts may be missing: "Aug.
-- 30"), `month` {m, shift | yshift}, `shift` {unit = "D" | "W" | "M" | "Q"
-- | "Y" | "DE" | "CE", n, pod, ago, anchor, from_last}, `weekday` {wd = 1
-- (Monday) .. 7, shift, pod}, `quarter` {q | half, y, yshift, shift},
-- `season` {s = "SP" | "SU" | "FA" | "WI", shift}, `weekend` {shift},
-- `time` {hm = "HH:MM", base = a day frame}, `dur` {n (a number or "X"),
-- unit, time}, `lit` and `ref` {v = the value itself}, `holiday` {h = an
-- entry of W.HOLIDAYS, y, shift}, `monthweek` {n = 1..5 or -1 (the last),
-- m (none: of the year), y, yshift}; a `weekend` with `base` (a day frame)
-- is the weekend of that day's week; a `quarter` keeps its `unit` and
-- shift word `sw` (the stage reads "the quarter" from the text).
-- @module glean.rules.en.dates

local P = require "glean.pattern"

-- (LuaJIT: the functions of this file run in the interpreter; a trace
-- would stop at each of their many calls into the C core, and stitching
-- the pieces together makes them several times slower, not faster)
local jit = rawget(_G, "jit")
if jit then jit.off(true, true) end

local ipairs, pairs, tonumber, tostring, type = ipairs, pairs, tonumber, tostring, type
local find = string.find
local table = table

local W = {}
local article

-- {======================================================
-- Word tables
-- =======================================================

W.MONTHS = { january = 1, february = 2, march = 3, april = 4, may = 5,
  june = 6, july = 7, august = 8, september = 9, october = 10,
  november = 11, december = 12,
  ["jan."] = 1, jan = 1, ["feb."] = 2, feb = 2, ["mar."] = 3, mar = 3, ["apr."] = 4,
  apr = 4, ["jun."] = 6, jun = 6, ["jul."] = 7, jul = 7, ["aug."] = 8, aug = 8,
  ["sep."] = 9, sep = 9, ["sept."] = 9, sept = 9, ["oct."] = 10, oct = 10, ["nov."] = 11,
  nov = 11, ["dec."] = 12, dec = 12 }
W.MONTH_ABBREVIATIONS = { jan = true, feb = true, mar = true, apr = true, jun = true,
  jul = true, aug = true, sep = true, sept = true, oct = true, nov = true, dec = true }
-- months that are also common words or names: they need a date context
-- ("Fri 21 Jun 2024", not "to mar the day")
W.AMBIGUOUS_MONTHS = { may = true, march = true, august = true, jan = true,
  oct = true, dec = true, sept = true, apr = true, nov = true, feb = true, aug = true,
  mar = true, jun = true, jul = true, sep = true }

W.WEEKDAYS = { monday = 1, tuesday = 2, wednesday = 3, thursday = 4,
  friday = 5, saturday = 6, sunday = 7 }
W.WEEKDAYS_PLURAL = { mondays = 1, tuesdays = 2, wednesdays = 3,
  thursdays = 4, fridays = 5, saturdays = 6, sundays = 7 }

W.NUMBERS = { a = 1, an = 1, one = 1, two = 2, three = 3, four = 4, five = 5,
  six = 6, seven = 7, eight = 8, nine = 9, ten = 10, eleven = 11,
  twelve = 12, thirteen = 13, fourteen = 14, fifteen = 15, sixteen = 16,
  seventeen = 17, eighteen = 18, nineteen = 19, twenty = 20, thirty = 30,
  forty = 40, fifty = 50, sixty = 60, seventy = 70, eighty = 80,
  ninety = 90, hundred = 100, thousand = 1000, dozen = 12, couple = 2,
  half = 0.5 }
-- quantities that are vague: the value gets an X ("P" .. "X" .. "Y")
W.VAGUE = { few = true, several = true, many = true, some = true,
  recent = true, coming = true }

W.ORDINALS = { first = 1, second = 2, third = 3, fourth = 4, fifth = 5,
  sixth = 6, seventh = 7, eighth = 8, ninth = 9, tenth = 10, eleventh = 11,
  twelfth = 12, thirteenth = 13, fourteenth = 14, fifteenth = 15,
  sixteenth = 16, seventeenth = 17, eighteenth = 18, nineteenth = 19,
  twentieth = 20, thirtieth = 30 }

-- units: the TIMEX3 letter of a duration, and the granularity of a shift
W.UNITS = {
  second = "S", seconds = "S", minute = "M", minutes = "M", hour = "H",
  hours = "H", day = "D", days = "D", week = "W", weeks = "W",
  fortnight = "FN", fortnights = "FN", month = "M", months = "M",
  quarter = "Q", quarters = "Q", year = "Y", years = "Y", decade = "DE",
  decades = "DE", century = "CE", centuries = "CE",
}
W.TIME_UNITS = { second = true, seconds = true, minute = true,
  minutes = true, hour = true, hours = true }
W.UNIT_NAME = { S = "second", M = "month", H = "hour", D = "day", W = "week",
  FN = "fortnight", Q = "quarter", Y = "year", DE = "decade", CE = "century" }

W.SEASONS = { spring = "SP", summer = "SU", autumn = "FA", fall = "FA",
  winter = "WI" }
W.PARTS_OF_DAY = { morning = "MO", afternoon = "AF", evening = "EV",
  night = "NI", overnight = "NI" }

-- the words that shift a unit from the document date
W.SHIFTS = { last = -1, past = -1, previous = -1, next = 1, coming = 1,
  following = 1, this = 0, current = 0, latest = -1, present = 0, that = 0 }

W.DEICTIC = {
  yesterday = { shift = -1, unit = "D" }, today = { shift = 0, unit = "D" },
  tomorrow = { shift = 1, unit = "D" },
  tonight = { shift = 0, unit = "D", pod = "NI" },
  now = { ref = "PRESENT_REF" }, currently = { ref = "PRESENT_REF" },
  nowadays = { ref = "PRESENT_REF" }, recently = { ref = "PAST_REF" },
  lately = { ref = "PAST_REF" }, formerly = { ref = "PAST_REF" },
}

-- edges: early March (START), mid-2023 (MID), end-2024 (END)
W.EDGES = { early = "START", earlier = false, late = "END", later = false,
  mid = "MID", ["end"] = "END", beginning = "START", start = "START",
  middle = "MID", close = "END", dawn = "START", turn = "START" }

-- approximations before a quantity: kept in the span, noted as mod
W.APPROX = { about = "APPROX", around = "APPROX", roughly = "APPROX",
  approximately = "APPROX", some = "APPROX", nearly = "APPROX",
  almost = "APPROX", ["more than"] = "MORE_THAN", ["over"] = "MORE_THAN",
  ["less than"] = "LESS_THAN", ["at least"] = "EQUAL_OR_MORE",
  ["at most"] = "EQUAL_OR_LESS", ["up to"] = "EQUAL_OR_LESS",
  ["no more than"] = "EQUAL_OR_LESS", ["fewer than"] = "LESS_THAN",
  ["just over"] = "MORE_THAN", ["just under"] = "LESS_THAN",
  ["under"] = "LESS_THAN" }

-- words that may follow "the past", "the future" (other lowercase words
-- make it an adjective: "the future wife")
W.AFTER_REF = { ["of"] = true, ["and"] = true, ["or"] = true, is = true, was = true,
  are = true, were = true, will = true, would = true, ["as"] = true, that = true,
  when = true, with = true, ["for"] = true, ["in"] = true, ["to"] = true, but = true,
  has = true, have = true, had = true, remains = true, looks = true, seems = true,
  may = true, might = true, could = true, can = true, ["then"] = true, too = true,
  though = true, because = true, by = true, on = true, at = true, ["if"] = true,
  without = true, so = true, yet = true, lies = true, holds = true, belongs = true,
  it = true, we = true, they = true, he = true, she = true, i = true, you = true,
  there = true, this = true, these = true, those = true, such = true, many = true,
  most = true, some = true, all = true, people = true, companies = true, firms = true,
  however = true, where = true, unless = true, ["until"] = true,
  before = true, after = true, than = true, either = true, only = true, just = true,
  also = true, even = true, now = true, again = true, already = true, still = true }

W.POSSESSIVES = { his = true, her = true, their = true, my = true, your = true,
  our = true, its = true }

-- "current" and "recent" are times only before a noun
W.NOT_AFTER_ADJECTIVE = { ["of"] = true, ["and"] = true, ["to"] = true,
  ["in"] = true, is = true, was = true, are = true, were = true, ["or"] = true,
  account = true, accounts = true, affairs = true, events = true }

-- words before "a year", "a week" that make it a rate ("$2 million a year")
W.RATE_BEFORE = { million = true, billion = true, thousand = true,
  cents = true, dollars = true, pounds = true, euros = true, yen = true,
  percent = true, ["%"] = true, times = true, once = true, twice = true,
  hundred = true, bn = true, m = true, mn = true }

W.VERB_AFTER_SET = { ["and"] = true, ["or"] = true, since = true, ["until"] = true,
  through = true, ["for"] = true, ["in"] = true, at = true, on = true, by = true,
  from = true }

-- classes of tokens with digits (a token may be in several): the layer
-- labels that the rules test. `plain`: true when the class holds only
-- tokens of digits alone ("1996"), false when it holds none ("10:30")
local function num (s) return tonumber(s) end
W.NUMBER_CLASSES = {
  { "digits", function () return true end },
  { "year", plain = true, function (t)
      local y = t:match("^(%d%d%d%d)$")
      return y ~= nil and num(y) >= 1000 and num(y) <= 2199
    end },
  { "day", function (t)
      local d = t:match("^(%d%d?)$") or t:match("^(%d%d?)[snrt][tdh]$")
      return d ~= nil and num(d) >= 1 and num(d) <= 31
    end },
  { "clock", plain = false, function (t)
      t = t:lower()
      local h, mi = t:match("^(%d%d?)[:.](%d%d)$")
      if not h then h, mi = t:match("^(%d%d?)[:.](%d%d)[ap]%.?m%.?$") end
      if not h then h = t:match("^(%d%d?)[ap]%.?m%.?$"); mi = "00" end
      return h ~= nil and num(h) <= 24 and num(mi) <= 59
    end },
  { "hhmm", plain = true, function (t)
      local h = t:match("^([012]%d)[0-5]%d$")
      return h ~= nil and num(h) <= 23
    end },
  { "numdate", plain = false, function (t)
      return t:match("^%d%d?%d?%d?[/.]%d%d?[/.]%d%d%d?%d?$") ~= nil
    end },
  { "decade", plain = false, function (t)
      return t:match("^%d%d%d0s$") ~= nil or t:match("^%d0s$") ~= nil
    end },
}

-- nouns of titles and awards: "album of the year", "player of the month"
W.TITLE_NOUNS = { album = true, song = true, record = true, player = true,
  person = true, team = true, manager = true, coach = true, book = true, car = true,
  film = true, movie = true, artist = true, goal = true, game = true, match = true,
  driver = true, rookie = true, newcomer = true, act = true, employee = true,
  product = true, word = true, photo = true, picture = true, show = true,
  sportsman = true, sportswoman = true, sportsperson = true, personality = true,
  actor = true, actress = true, writer = true, author = true, singer = true,
  band = true, group = true, programme = true, program = true, director = true,
  designer = true, chef = true, restaurant = true, club = true, woman = true, man = true,
  businessman = true, businesswoman = true, entrepreneur = true, pick = true,
  achievement = true, breakthrough = true, story = true, image = true, video = true,
  performance = true, performer = true, debut = true, company = true, brand = true }

W.SETS = { daily = "P1D", weekly = "P1W", monthly = "P1M", yearly = "P1Y",
  annually = "P1Y", hourly = "PT1H", nightly = "P1D" }

-- words before a weekday or month that make it future
W.FUTURE_CUES = { will = true, ["'ll"] = true, shall = true, would = true, scheduled = true,
  due = true, plans = true, expected = true, set = true,
  upcoming = true, ["until"] = true, going = true, intends = true,
  next = true, wo = true, ahead = true, payable = true, effective = true,
  starting = true, beginning = true, ["to"] = true, deadline = true, must = true,
  should = true, could = true, might = true }

-- words before a weekday or month that make it past (and stop the search
-- for a future cue)
W.PAST_CUES = { ago = true, was = true, were = true, had = true, did = true,
  ended = true, since = true, began = true }
-- past forms that are no -ed words: a month named with them lies before
-- the document date ("In January, the firm brought in advisers")
W.PAST_VERBS = { took = true, made = true, came = true,
  went = true, gave = true, got = true, brought = true, bought = true, sold = true,
  began = true, won = true, lost = true, left = true, met = true, rose = true,
  fell = true, grew = true, led = true, paid = true, held = true, kept = true,
  saw = true, became = true, ran = true, wrote = true, spent = true, sent = true,
  built = true, chose = true, knew = true, thought = true, found = true,
  stood = true, struck = true, fought = true, drove = true, flew = true,
  swore = true, spoke = true, broke = true, shook = true, sank = true }
-- -ed words that speak of a plan, not of the past ("planned for March")
W.PLAN_WORDS = { planned = true, scheduled = true, slated = true, expected = true,
  postponed = true, delayed = true, rescheduled = true, deferred = true,
  proposed = true, intended = true, aimed = true, targeted = true, timed = true,
  pencilled = true, penciled = true, billed = true, tipped = true, tabled = true,
  planning = true }
-- words that put a date right after them ahead: "a vote is expected
-- Wednesday", "a ruling is due on Friday" (not "postponed Friday": past)
W.DUE_WORDS = { expected = true, due = true, slated = true, scheduled = true }
-- the quarter and the half a month opens ("the July-September quarter")
W.QUARTER_OF_FIRST_MONTH = { [1] = 1, [4] = 2, [7] = 3, [10] = 4 }
W.HALF_OF_FIRST_MONTH = { [1] = 1, [7] = 2 }
-- nouns after a date that put it ahead when nothing before it says past
-- ("set June 4 as the deadline", "the March 31 deadline")
W.DEADLINE_NOUNS = { deadline = true, deadlines = true }
-- nouns of an event called for a date: "a second demonstration for May
-- 16", "a strike for Friday" (the date the event is set for lies ahead)
W.EVENT_NOUNS = { demonstration = true, protest = true, march = true, rally = true,
  strike = true, walkout = true, stoppage = true, vote = true, ballot = true,
  referendum = true, election = true, hearing = true, meeting = true, summit = true,
  talks = true, debate = true, sitting = true, session = true, conference = true,
  trial = true, sentencing = true, inquest = true, ceremony = true, auction = true,
  meet = true, match = true, game = true, race = true, final = true, concert = true,
  festival = true, fixture = true }
-- nouns of a break a month names: "the August recess"
W.BREAK_NOUNS = { recess = true, ["break"] = true, holiday = true, holidays = true,
  vacation = true, shutdown = true }
-- verbs that move a date: the one after "to", "until", "by" lies ahead
-- ("extended the bid to March 3", "postponed until March")
W.EXTEND_VERBS = { extend = true, extends = true, extended = true, extending = true,
  postpone = true, postpones = true, postponed = true, delay = true, delays = true,
  delayed = true, defer = true, defers = true, deferred = true, push = true,
  pushed = true, moved = true, rescheduled = true, prolonged = true }
-- verbs of scheduled events in the present tense: a weekday right after
-- one is ahead ("the leaders meet Monday", "the offer expires Friday")
W.SCHEDULE_VERBS = {}
for _, v in ipairs { "meet", "visit", "begin", "start", "open", "resume", "hold",
  "host", "vote", "play", "travel", "arrive", "leave", "sign", "launch", "close",
  "expire", "end", "testify", "appear", "convene", "reconvene", "gather", "decide",
  "announce", "unveil", "fly", "go", "kick", "sit", "hear", "consider", "discuss",
  "reopen", "run", "return", "continue", "conclude", "peak", "face", "adjourn" } do
  W.SCHEDULE_VERBS[v] = true
  local s3 = v:match("[sxz]$") and v .. "es" or v:match("[^aeiou]y$") and
             v:sub(1, -2) .. "ies" or v:match("[cs]h$") and v .. "es" or
             (v == "go" and "goes") or v .. "s"
  W.SCHEDULE_VERBS[s3] = true
end
-- holidays: a fixed day {m, d}, a day counted from Easter Sunday {easter =
-- days}, or the n-th (-1: last) weekday of a month {m, wd, nth}
W.HOLIDAYS = {
  ["christmas"] = { m = 12, d = 25 }, ["christmas day"] = { m = 12, d = 25 },
  ["christmas eve"] = { m = 12, d = 24 }, ["boxing day"] = { m = 12, d = 26 },
  ["new year's day"] = { m = 1, d = 1 }, ["new year's eve"] = { m = 12, d = 31 },
  ["new year"] = { m = 1, d = 1 }, ["new year's"] = { m = 1, d = 1 },
  ["valentine's day"] = { m = 2, d = 14 }, ["halloween"] = { m = 10, d = 31 },
  ["st patrick's day"] = { m = 3, d = 17 }, ["st. patrick's day"] = { m = 3, d = 17 },
  ["bastille day"] = { m = 7, d = 14 }, ["guy fawkes night"] = { m = 11, d = 5 },
  ["bonfire night"] = { m = 11, d = 5 }, ["armistice day"] = { m = 11, d = 11 },
  ["remembrance day"] = { m = 11, d = 11 }, ["hogmanay"] = { m = 12, d = 31 },
  ["easter"] = { easter = 0 }, ["easter sunday"] = { easter = 0 },
  ["easter day"] = { easter = 0 }, ["easter monday"] = { easter = 1 },
  ["good friday"] = { easter = -2 }, ["holy saturday"] = { easter = -1 },
  ["maundy thursday"] = { easter = -3 }, ["palm sunday"] = { easter = -7 },
  ["ash wednesday"] = { easter = -46 }, ["shrove tuesday"] = { easter = -47 },
  ["pentecost"] = { easter = 49 }, ["whit sunday"] = { easter = 49 },
  ["whit monday"] = { easter = 50 }, ["ascension day"] = { easter = 39 },
  ["thanksgiving"] = { m = 11, wd = 4, nth = 4 },
  ["thanksgiving day"] = { m = 11, wd = 4, nth = 4 },
  ["labor day"] = { m = 9, wd = 1, nth = 1 }, ["memorial day"] = { m = 5, wd = 1, nth = -1 },
  ["martin luther king day"] = { m = 1, wd = 1, nth = 3 },
}
-- words before a holiday's name that make it another calendar's ("Chinese
-- New Year", "Orthodox Christmas"): no value from the Gregorian one
W.OTHER_CALENDARS = { chinese = true, lunar = true, jewish = true, persian = true,
  islamic = true, hijri = true, orthodox = true, tamil = true, thai = true,
  vietnamese = true, ethiopian = true, hindu = true, sikh = true, iranian = true,
  korean = true, tibetan = true, bengali = true, khmer = true, nepali = true,
  coptic = true, julian = true, kurdish = true, sinhala = true, sinhalese = true }
-- the clock: "half past three", "a quarter to five", "ten past six"
W.CLOCK_MINUTES = { half = 30, quarter = 15, five = 5, ten = 10, twenty = 20,
  ["twenty-five"] = 25, ["twenty five"] = 25 }
W.MODALS = { will = true, would = true, could = true, might = true, may = true,
  shall = true, should = true, can = true, ["'ll"] = true, must = true }
-- words that end the search for a tense: the date may be either side
W.TENSE_STOPS = { said = true, says = true, announced = true, reported = true,
  told = true }

-- words after which a capitalized month name is a month ("in May")
W.MONTH_CUES = { ["in"] = true, since = true, by = true, ["until"] = true,
  ["till"] = true, of = true, from = true, to = true, between = true,
  ["and"] = true, ["or"] = true, before = true, after = true, during = true,
  through = true, last = true, next = true, this = true, early = true,
  late = true, mid = true, ["-"] = true, ["end"] = true, on = true,
  throughout = true, past = true, coming = true, each = true,
  every = true, ["for"] = true, ["at"] = true, ["("] = true, [","] = true }

local function keys (t, except, also)
  local out = {}
  for k in pairs(t) do
    if not (except and except[k]) then out[#out + 1] = k end
  end
  for k in pairs(also or {}) do
    if not t[k] then out[#out + 1] = k end
  end
  table.sort(out)
  return out
end

-- }======================================================


-- {======================================================
-- Patterns
-- =======================================================

local hy = P.kind "hyphen"
local comma = P.word ","
local the = P.word "the"
local month = P.all(P.words(keys(W.MONTHS)), P.is "cap")
local weekday = P.all(P.words(keys(W.WEEKDAYS)), P.is "cap")
-- tokens with a digit: the stage marks them in a layer of their own, one
-- label per class of W.NUMBER_CLASSES they fit ("digits", "year", "day",
-- "clock", "numdate", "decade"), so that the matcher starts these rules
-- only where they can match
local with_digit = P.in_dict "digits"
local digits = P.all(P.kind "number", with_digit)
local year_num = P.all(P.kind "number", P.in_dict "year")
local day_digits = P.in_dict "day"                        -- 30, 30th
local clock_tok = P.in_dict "clock"                       -- 10:30, 7:15pm, 10am
local numdate = P.all(P.kind "number", P.in_dict "numdate")  -- 12/05/2023
local decade_tok = P.all(P.kind "word", P.in_dict "decade")  -- 1990s, 90s
local ordinal = P.words(keys(W.ORDINALS))
local day_num = day_digits + ordinal
local numword = P.words(keys(W.NUMBERS))
-- (not "a", "an" first: the matcher would try the rule at every "a")
local numword_noa = P.words(keys(W.NUMBERS, { a = true, an = true }))
local count_rest = (hy ^ -1 * P.words(keys(W.NUMBERS, { a = true, an = true }, W.VAGUE))) ^ -2 *
                   P.word "of" ^ -1
-- ("two and a half years": W.number reads the half)
local and_half = P.phrase "and a half" ^ -1
local count = digits * (P.word "1/2" ^ -1 * and_half) +
              P.words(keys(W.NUMBERS, nil, W.VAGUE)) * count_rest * and_half
-- (a count at the start of a rule without "a", "an": the matcher would try
-- the whole rule at every "a"; those have a small rule of their own)
local count_noa = digits * (P.word "1/2" ^ -1 * and_half) +
                  P.words(keys(W.NUMBERS, { a = true, an = true }, W.VAGUE)) * count_rest *
                  and_half
local count_a = P.words { "a", "an" } * count_rest
local unit = P.words(keys(W.UNITS))
local edge = P.capture("edge", P.words { "early", "late", "mid" } * hy ^ -1 +
  P.all(P.words { "beginning", "start", "end", "middle", "close", "turn" }, P.isnt "joined_prev") *
  P.word "of" * the ^ -1 +
  P.words { "end", "mid", "start" } * hy)
local shift = P.words(keys(W.SHIFTS))
-- (one token test to start with, so that each attempt stays small; the
-- builds keep only the phrases of W.APPROX: "at least", not "at")
local approx = P.capture("approx", P.words { "about", "around", "roughly",
  "approximately", "nearly", "almost", "some", "more", "less", "fewer", "at", "up",
  "no", "just" } * P.words { "than", "least", "most", "to", "more", "less", "over",
  "under" } ^ -1 * P.word "than" ^ -1)
-- before a point in time only the loose ones: "around Nov. 1"
local approx_point = P.capture("approx", P.words { "about", "around", "approximately",
                                                   "roughly" })
-- a year in digits, or spelled out as people say it ("nineteen ninety-six")
local TENS = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" }
local UNITS_1_9 = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" }
local spelled_year = P.words { "nineteen", "eighteen" } *
                     (P.words(TENS) * (hy ^ -1 * P.words(UNITS_1_9)) ^ -1 +
                      P.words { "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                "sixteen", "seventeen", "eighteen", "nineteen" } +
                      P.word "hundred")
local year_tok = year_num + spelled_year
local pod = P.words(keys(W.PARTS_OF_DAY))
-- holiday names: a run of capitalized words of the names ("Christmas Eve",
-- "New Year's Day"); the build keeps the longest name it starts with. (One
-- token test to start with: the matcher tries the rule only there.)
-- (a name of one word starts a run; the first word of longer names alone,
-- "New", "Good", is none, so the run needs a second word)
local holiday
do
  local single, firsts, rest = {}, {}, {}
  for name in pairs(W.HOLIDAYS) do
    local i = 0
    for w in name:gsub("'s", " 's"):gmatch("[^ ]+") do
      i = i + 1
      if i == 1 then firsts[w] = true elseif w ~= "'s" then rest[w] = true end
    end
    if i == 1 then single[name] = true end
  end
  for w in pairs(single) do firsts[w] = nil end
  local more = P.all(P.words(keys(rest)), P.is "cap") + P.word "'s"
  holiday = P.all(P.words(keys(single)), P.is "cap") * more ^ -3 +
            P.all(P.words(keys(firsts)), P.is "cap") * more * more ^ -2
end
local season = P.words(keys(W.SEASONS))
local ampm = P.words { "a.m.", "p.m.", "am", "pm", "a.m", "p.m" }
local zone = P.all(P.words { "est", "edt", "gmt", "bst", "cet", "utc", "pst",
                             "pdt", "cst", "cdt", "et", "pt" }, P.is "upper")
local clock = P.capture("clock", day_digits * ampm + clock_tok * ampm ^ -1) * zone ^ -1 +
              P.capture("clock", P.in_dict "hhmm") * zone          -- 1030 GMT

-- }======================================================


-- {======================================================
-- Reading captures
-- =======================================================

-- the key of token i (the stage keeps the keys of the text it asked for:
-- `m.keys` by token, and `m.key` that folds one and keeps it; a match made
-- elsewhere may lack them)
local function tkey (m, i)
  local ks = m.keys
  local k = ks and ks[i]
  if k then return k end
  local f = m.key
  if f then return f(m.tokens, i) end
  return m.tokens:key(i)
end

-- the number of tokens of the text (the stage keeps it: `m.ntokens`)
local function ntokens (m)
  return m.ntokens or #m.tokens
end

-- keys of the tokens of a capture (lowercase, folded)
local function ckeys (m, name)
  local c = m.captures[name]
  if not c then return nil end
  local out = {}
  for i = c[1], c[2] do out[#out + 1] = tkey(m, i) end
  return out
end

local function ckey (m, name)
  local c = m.captures[name]
  if not c then return nil end
  if c[1] == c[2] then return tkey(m, c[1]) end
  return table.concat(ckeys(m, name), " ")
end

--- the value of a number phrase given by its token keys ("twenty four",
-- "48", "2 1/2", "a couple of"); "X" for a vague one; nil if none
function W.number (ks)
  if not ks or #ks == 0 then return nil end
  if #ks == 1 and W.VAGUE[ks[1]] then return "X" end
  -- "a", "an" and "of" count only on their own ("a year", "a couple of")
  local rest = {}
  for _, k in ipairs(ks) do
    if k ~= "a" and k ~= "an" and k ~= "of" and k ~= "-" then rest[#rest + 1] = k end
  end
  if #rest == 0 then return 1 end
  ks = rest
  local total, cur, seen = 0, 0, false
  for _, k in ipairs(ks) do
    if W.VAGUE[k] then return "X" end
    local n
    if k:match("^%d+$") then
      if #k > 9 then return nil end
      n = tonumber(k)
    elseif k:match("^%d+%.%d+$") and #k <= 9 then n = tonumber(k)
    elseif k == "1/2" then n = 0.5
    elseif k:match("^%d+,%d%d%d$") then n = tonumber((k:gsub(",", "")))
    else n = W.NUMBERS[k] end
    if n then
      seen = true
      if k == "hundred" or k == "thousand" then
        cur = (cur == 0 and 1 or cur) * n
        if k == "thousand" then total, cur = total + cur, 0 end
      else
        cur = cur + n
      end
    end
  end
  if not seen then return nil end
  return total + cur
end

-- the number of a capture (one token: no tables made)
local function cnumber (m, name)
  local c = m.captures[name]
  if not c then return nil end
  if c[1] == c[2] then
    local k = tkey(m, c[1])
    if W.VAGUE[k] then return "X" end
    if k == "a" or k == "an" or k == "of" then return 1 end
    if find(k, "^%d+$") then
      if #k > 9 then return nil end
      return tonumber(k)
    end
    local n = W.NUMBERS[k]
    if n then return n end
  end
  return W.number(ckeys(m, name))
end

-- (the days and years of the keys seen, false for none: the same few
-- keys come again and again, and each reading costs string matches; the
-- memos are bounded)
local day_memo, year_memo, memo_n = {}, {}, 0
local function full_memos ()
  if memo_n >= 4096 then day_memo, year_memo, memo_n = {}, {}, 0 end
  memo_n = memo_n + 1
end

--- a day of the month from "30", "30th" or "thirtieth"
local function day_of (k)
  if not k then return nil end
  local d = day_memo[k]
  if d ~= nil then return d or nil end
  d = tonumber(k:match("^(%d%d?)$") or k:match("^(%d%d?)[snrt][tdh]$") or "")
  d = d or W.ORDINALS[k]
  if not (d and d >= 1 and d <= 31) then d = nil end
  full_memos()
  day_memo[k] = d or false
  return d
end
W.day_of = day_of

local function read_year (k)
  if k and not k:match("^%d") then
    -- spelled: "nineteen ninety - six"
    local ks = {}
    for w in k:gmatch("[^%s%-]+") do ks[#ks + 1] = w end
    local c = W.NUMBERS[ks[1] or ""]
    if not c or c < 10 or #ks < 2 then return nil end
    if ks[2] == "hundred" then return c * 100 end
    local rest = 0
    for i = 2, #ks do rest = rest + (W.NUMBERS[ks[i]] or 0) end
    if rest >= 100 then return nil end
    return c * 100 + rest
  end
  if not k or not k:match("^%d%d%d%d$") then return nil end
  local y = tonumber(k)
  if y < 1000 or y > 2199 then return nil end
  return y
end

--- a year from a token key ("1996", "'96" handled by the caller)
local function year_of (k)
  if not k then return nil end
  local y = year_memo[k]
  if y ~= nil then return y or nil end
  y = read_year(k)
  full_memos()
  year_memo[k] = y or false
  return y
end
W.year_of = year_of

local EDGE_NOUNS = { beginning = true, start = true, ["end"] = true, middle = true,
  close = true, turn = true }

--- a "the" just before the match joins it: `mode` "always", "required"
-- (no "the", no match), "never", or nil (only before "the end of", "the
-- beginning of" ...)
-- (`fields` is a build's result, a table, or false: no type test)
article = function (m, fields, mode)
  if not fields or mode == "never" then return fields end
  local start = m.first_token
  local b = start - 1
  local ok = b >= 1 and tkey(m, b) == "the"
  if ok and (mode == "always" or mode == "required" or
             (EDGE_NOUNS[tkey(m, start)] and start < ntokens(m) and
              tkey(m, start + 1) == "of")) then
    if not fields.first_token or fields.first_token == start then
      fields.first_token = b
    end
  elseif mode == "required" then
    return false
  end
  return fields
end

local function edge_mod (m)
  local c = m.captures.edge
  if not c then return nil end
  for i = c[1], c[2] do
    local v = W.EDGES[tkey(m, i)]
    if v then return v end
  end
  return nil
end

-- the key of the first token of a capture
local function first_key (m, name)
  local c = m.captures[name]
  if c then return tkey(m, c[1]) end
end

local function approx_mod (m)
  local k = ckey(m, "approx")
  return k and W.APPROX[k] or nil
end

-- the key of the token before / after the match
local function before (m, i)
  local t = m.first_token - (i or 1)
  if t >= 1 then return tkey(m, t) end
end
local function after (m, i)
  local t = m.last_token + (i or 1)
  if t <= ntokens(m) then return tkey(m, t) end
end

-- }======================================================


-- {======================================================
-- Builds
-- =======================================================

-- a result: its frame, label and TIMEX3 type, mod and span (nil: the
-- match's)
local function result (frame, label, timex_type, mod, first_token, last_token)
  -- (room for the fields the stage adds to a result: no table grows)
  return { frame = frame, label = label, timex_type = timex_type, mod = mod,
           first_token = first_token, last_token = last_token, rule = nil, priority = nil,
           pass = nil, order = nil, value = nil, first = nil, last = nil, text = nil }
end

-- a DATE of type DATE
local function date (frame, mod, first_token, last_token)
  return result(frame, "DATE", "DATE", mod, first_token, last_token)
end

-- month day(, year): "Aug. 30", "May 26, 1980", "Saturday, April 25"
local function build_mdy (m)
  local mo = W.MONTHS[ckey(m, "month")]
  local d = day_of(ckey(m, "day"))
  if not mo or not d then return false end
  local y
  if m.captures.year then
    y = year_of(ckey(m, "year"))
    if not y then return false end
  end
  local wd = m.captures.wd and W.WEEKDAYS[ckey(m, "wd")]
  local ys = m.captures.shift and W.SHIFTS[ckey(m, "shift")]
  local r = date({ k = "abs", y = y, m = mo, d = d, wd = wd, yshift = ys },
                 edge_mod(m) or approx_mod(m))
  -- "the 30th of August" takes its article, "the 2 November vote" not
  local dk = ckey(m, "day")
  if not wd and not dk:match("^%d+$") and before(m) == "the" then
    r.first_token = m.first_token - 1
  end
  return r
end

-- month year: "February 2022", "the end of October 1984"
local function build_my (m)
  local mo = W.MONTHS[ckey(m, "month")]
  local y = year_of(ckey(m, "year"))
  if not mo or not y then return false end
  return date({ k = "abs", y = y, m = mo }, edge_mod(m))
end

-- month with a shifted year: "January this year", "June last year"
local function build_m_rel (m)
  local mo = W.MONTHS[ckey(m, "month")]
  local s = W.SHIFTS[ckey(m, "shift")]
  if not mo or not s then return false end
  return date({ k = "month", m = mo, yshift = s }, edge_mod(m))
end

-- a month on its own, or shifted: "in May", "last June", "early March"
local function build_month (m)
  local key = ckey(m, "month")
  local mo = W.MONTHS[key]
  if not mo then return false end
  local s = m.captures.shift and W.SHIFTS[ckey(m, "shift")]
  -- an abbreviation stands in dates ("Dec. 7"), not alone ("Ant and Dec.")
  if key:find("%.$") or W.MONTH_ABBREVIATIONS[key] then return false end
  if not s and not m.captures.edge and W.AMBIGUOUS_MONTHS[key] then
    -- "May" the name, "march" the verb: a month only after a cue word or
    -- before a year or a date
    -- (or between "the" and an event's or a break's noun: "before the
    -- August recess", "the May election")
    local b = before(m)
    local a = after(m)
    if not (b and (W.MONTH_CUES[b] or
                   b == "the" and a and (W.EVENT_NOUNS[a] or W.BREAK_NOUNS[a]))) then
      return false
    end
    if key == "may" and a and (a == "be" or a == "have" or a == "not") then return false end
  end
  if m.captures.shift and not s then return false end
  return date({ k = "month", m = mo, shift = s }, edge_mod(m))
end

-- 1996-08-30, 12/05/2023, 30.08.1996
local function build_numeric (m)
  local s = m.text
  local y, mo, d = s:match("^(%d%d%d%d)[-/.](%d%d?)[-/.](%d%d?)$")
  if not y then
    local a, b, c = s:match("^(%d%d?)[/.](%d%d?)[/.](%d%d%d%d)$")
    if not a then return false end
    a, b = tonumber(a), tonumber(b)
    -- day/month (most of the world) unless the day cannot be a month
    if a > 12 then d, mo = a, b
    elseif b > 12 then mo, d = a, b
    else d, mo = a, b end
    y = c
  end
  y, mo, d = tonumber(y), tonumber(mo), tonumber(d)
  if mo < 1 or mo > 12 or d < 1 or d > 31 or y < 1000 or y > 2199 then return false end
  return date({ k = "abs", y = y, m = mo, d = d })
end

-- a four-digit year, alone or "fiscal 2024", "end-2024", "mid-2023"
local NOT_AFTER_YEAR = { ["%"] = true, percent = true, per = true,
  people = true, points = true, km = true, miles = true, feet = true,
  metres = true, meters = true, tonnes = true, tons = true, times = true,
  gmt = true, bst = true, utc = true, est = true, edt = true, cet = true, hours = true,
  hrs = true, pst = true, pdt = true, cst = true, cdt = true,
  ["x"] = true, [":"] = true, ["/"] = true }
local NOT_BEFORE_YEAR = { ["$"] = true, ["£"] = true, ["€"] = true,
  ["¥"] = true, ["#"] = true, no = true, ["no."] = true, number = true,
  ["+"] = true, ["-"] = true, ["±"] = true, [":"] = true, ["/"] = true,
  ["*"] = true, ["x"] = true, ["."] = true }
local function build_year (m)
  local y = year_of(ckey(m, "year"))
  if not y then return false end
  local t = m.captures.year[1]
  local toks = m.tokens
  local b = t > 1 and tkey(m, t - 1)
  local fiscal = m.captures.fiscal ~= nil
  if not fiscal and not m.captures.edge then
    -- (but "end-2024", and "2001-2003": two years)
    if b and NOT_BEFORE_YEAR[b] and not (b == "-" and t > 2 and
       (W.EDGES[tkey(m, t - 2)] or year_of(tkey(m, t - 2)))) then
      return false
    end
    local a = after(m)
    if a and (NOT_AFTER_YEAR[a] or a:match("^%d")) then return false end
    -- a number followed by a plural noun is a count ("2000 soldiers")
    if a and toks:is(m.last_token + 1, "lower") and a:match("[^s]s$") and #a > 3 and
       not (b and (b == "in" or b == "since" or b == "of" or b == "by")) then
      return false
    end
    if y < 1800 and not (b and (b == "in" or b == "since" or b == "of" or b == "by")) then
      return false
    end
  end
  local e1 = first_key(m, "edge")
  local mod = edge_mod(m)
  if e1 == "earlier" or e1 == "later" then mod = nil end
  return date({ k = "abs", y = y }, mod)
end

-- decades and centuries: "the 1990s", "the early 1980s", "the '90s",
-- "the nineties", "the 20th century"
local DECADE_WORDS = { twenties = 2, thirties = 3, forties = 4, fifties = 5,
  sixties = 6, seventies = 7, eighties = 8, nineties = 9 }
W.DECADE_WORDS = DECADE_WORDS
local function build_decade (m)
  local k = ckey(m, "dec")
  local dec
  local y = k:match("^(%d%d%d)0'?s$")
  if y then dec = y
  else
    local yy = k:match("^'?(%d)0s$") or k:match("^' (%d)0s$")
    if yy then dec = "19" .. yy
    elseif DECADE_WORDS[k] then dec = "19" .. DECADE_WORDS[k]
    else
      local y4 = year_of(k:match("^(%d%d%d0) 's$") or "")
      if y4 then dec = tostring(y4):sub(1, 3) end
    end
  end
  if not dec then return false end
  -- "a man in his 30s" is an age
  local p = m.first_token - 1
  if p >= 1 and W.POSSESSIVES[tkey(m, p)] then return false end
  -- "the '90s": the quote (and the article before it) belong to it
  local r = date({ k = "lit", v = dec }, edge_mod(m))
  local b = m.first_token - 1
  local bk = b >= 1 and tkey(m, b)
  if not m.captures.edge and (bk == "'" or bk == "’") and
     m.tokens:is(m.first_token, "digit") then
    r.first_token = b
    if b > 1 and tkey(m, b - 1) == "the" then r.first_token = b - 1 end
  elseif bk == "the" then
    r.first_token = b
  end
  r.article_done = true
  return r
end
local function build_century (m)
  local n = day_of(ckey(m, "n"))
  if not n or n < 1 or n > 22 then return false end
  return date({ k = "lit", v = ("%02d"):format(n - 1) }, edge_mod(m))
end

-- "last month", "this year", "the past week", "next winter", "the weekend"
local function build_shift_core (m)
  local u = ckey(m, "unit")
  local s = 0
  if m.captures.shift then
    s = W.SHIFTS[ckey(m, "shift")]
    if s == nil then return false end
  end
  local mod = edge_mod(m) or (m.captures.edge2 and W.EDGES[ckey(m, "edge2")]) or nil
  local e1 = first_key(m, "edge")
  if e1 == "earlier" or e1 == "later" then mod = nil end
  if W.SEASONS[u] then
    return date({ k = "season", s = W.SEASONS[u], shift = s,
                  this = m.captures.shift == nil }, mod)
  end
  if u == "weekend" then
    -- (own: "this weekend", the week's own; a season's `this` is its name
    -- with no shift word)
    return date({ k = "weekend", shift = s, own = s == 0 and m.captures.shift ~= nil }, mod)
  end
  local U = W.UNITS[u]
  if not U then return false end
  local shift_word = ckey(m, "shift")
  -- "the year ended March 31", "throughout the fiscal year": a length
  local a = after(m)
  if U == "Y" and not m.captures.shift and not m.captures.edge and
     (a == "ended" or a == "ending" or before(m) == "throughout" or
      (before(m) == "the" and before(m, 2) == "throughout")) then
    return result({ k = "dur", n = 1, unit = "Y" }, "DATE", "DURATION")
  end
  -- "the year" without a shift: the current one
  -- "the following year", "the previous month", "that year": counted from
  -- the time the text spoke of last, not from the document date
  local anchored = (shift_word == "following" or shift_word == "previous" or
                    shift_word == "that" or m.captures.same ~= nil) and
                   tkey(m, m.first_token) ~= "this"
  return date({ k = "shift", unit = U, n = s, word = shift_word,
                from_last = anchored or nil }, mod)
end

-- "for years", "within weeks": a length that names no count (the span is
-- the unit alone)
local function build_bare_units (m)
  local c = m.captures.unit
  local u = c and tkey(m, c[1])
  local U = u and W.UNITS[u]
  if not U then return false end
  local r = result({ k = "dur", n = "X", unit = U, time = W.TIME_UNITS[u] ~= nil },
                   "DATE", "DURATION", nil, c[1], c[2])
  r.article_done = true
  return r
end

-- "the" belongs to "the past week", and "the year" needs it
local function build_shift (m)
  if tkey(m, m.first_token) == "the" then
    -- "album of the year", "player of the week": a title, not a time
    if before(m) == "of" and m.first_token > 2 and
       W.TITLE_NOUNS[tkey(m, m.first_token - 2)] then
      return false
    end
    return build_shift_core(m)
  end
  local r = build_shift_core(m)
  if type(r) ~= "table" then return r end
  local mode = (m.captures.shift or m.captures.same or m.captures.edge or
                m.captures.edge2) and "always" or "required"
  r = article(m, r, mode)
  if r then r.article_done = true end
  return r
end

-- yesterday, today, tomorrow, tonight, now, recently ...
local function build_deictic (m)
  local k = ckey(m, "w")
  local d = W.DEICTIC[k]
  if not d then return false end
  if d.ref then
    local a, b = after(m), before(m)
    if k == "now" and (a == "that" or b == "just" and false) then
      -- "now that" still is now
      return date({ k = "ref", v = d.ref })
    end
    return date({ k = "ref", v = d.ref })
  end
  local p = m.captures.pod and W.PARTS_OF_DAY[ckey(m, "pod")] or d.pod
  local mod = edge_mod(m)
  if p then
    return result({ k = "shift", unit = "D", n = d.shift, pod = p }, "TIME", "TIME", mod)
  end
  return date({ k = "shift", unit = "D", n = d.shift }, mod)
end

-- "Friday", "last Monday", "Friday evening", "early Tuesday"
local function build_weekday (m)
  local wd = W.WEEKDAYS[ckey(m, "wd")]
  if not wd then return false end
  local s = m.captures.shift and W.SHIFTS[ckey(m, "shift")]
  local p = m.captures.pod and W.PARTS_OF_DAY[ckey(m, "pod")]
  -- "the previous Friday", "the following Monday": counted from the day the
  -- text spoke of last
  local sk = s and ckey(m, "shift")
  local f = { k = "weekday", wd = wd, shift = s, pod = p,
              from_last = (sk == "previous" or sk == "following") or nil }
  local r
  if p then r = result(f, "TIME", "TIME", edge_mod(m))
  else r = date(f, edge_mod(m)) end
  -- "the previous Friday"
  if s then
    r = article(m, r, "always")
    r.article_done = true
  end
  return r
end

-- words of a game: a half or a quarter near one is the game's
W.GAME_WORDS = { scored = true, score = true, scoring = true, goal = true, goals = true,
  try = true, tries = true, penalty = true, minutes = true, minute = true,
  equaliser = true, equalizer = true, levelled = true, leveled = true, header = true,
  touchdown = true, touchdowns = true, wicket = true, wickets = true, innings = true,
  striker = true, keeper = true, goalkeeper = true, referee = true,
  substitute = true, ["half-time"] = true, halftime = true, kick = true, pitch = true,
  rebounds = true, assists = true, ["three-pointer"] = true, quarterback = true,
  equalising = true, winner = true, opener = true, fixture = true }

-- whether a word of a game stands within twelve words of the match,
-- in its sentence
local function game_near (m)
  local n = ntokens(m)
  for i = m.first_token - 1, math.max(1, m.first_token - 12), -1 do
    local k = tkey(m, i)
    if k == "." or k == "!" or k == "?" then break end
    if W.GAME_WORDS[k] then return true end
  end
  for i = m.last_token + 1, math.min(n, m.last_token + 12) do
    local k = tkey(m, i)
    if k == "." or k == "!" or k == "?" then break end
    if W.GAME_WORDS[k] then return true end
  end
  return false
end

-- quarters and halves: "the third quarter", "third-quarter", "Q3 2023",
-- "the fiscal first quarter", "the 1988 second quarter", "the latest quarter"
local QK = { q1 = 1, q2 = 2, q3 = 3, q4 = 4, h1 = 1, h2 = 2 }
local function build_quarter (m)
  local q, half
  if m.captures.q then
    local k = ckey(m, "q")
    q = QK[k]
    if k:sub(1, 1) == "h" then half, q = q, nil end
  elseif m.captures.ord then
    local o = ckey(m, "ord")
    local u = ckey(m, "unit")
    -- "the final quarter": the fourth; "the final half": the second
    if o == "final" then o = u == "half" and "second" or "fourth" end
    o = W.ORDINALS[o] or ({ ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4 })[o]
    if u == "half" then half = o else q = o end
  elseif m.captures.shift and ckey(m, "unit") == "half" then
    local sw = ckey(m, "shift")
    half = (sw == "last" or sw == "latest") and 2 or nil
  end
  local y
  if m.captures.year then
    y = year_of(ckey(m, "year"))
    if not y then return false end
  end
  local ys = m.captures.yshift and W.SHIFTS[first_key(m, "yshift")]
  local s = m.captures.shift and W.SHIFTS[ckey(m, "shift")]
  if q and (q < 1 or q > 4) then return false end
  if half and (half < 1 or half > 2) then return false end
  -- a game's half or quarter is no part of a year: "sealed the win in the
  -- second half" (an ordinal, no year, a word of the game near)
  if (half or q) and m.captures.ord and not y and not ys and game_near(m) then
    return false
  end
  if ckey(m, "unit") == "period" and before(m) ~= "the" and not m.captures.det then
    return false                    -- "the 1988 period", not "the 2001-2003 period"
  end
  -- "the third-quarter loss": adjectival, the article stays out; "the
  -- quarter" needs its article
  local first
  if m.captures.det and m.captures.hy then first = m.captures.det[2] + 1 end
  local mode = "always"
  if m.captures.hy then mode = "never"
  elseif not q and not half and not m.captures.shift and not m.captures.det and
         not y and not ys then
    mode = "required"
  end
  local f = { k = "quarter", q = q, half = half, y = y, yshift = ys, shift = s,
              unit = ckey(m, "unit"), sw = ckey(m, "shift") }
  local r = article(m, date(f, edge_mod(m), first), mode)
  if r then r.article_done = true end
  return r
end

-- durations: "three years", "the past two months", "48 hours", "five-year",
-- "nearly an hour"; with "ago", "earlier", "later" a date
local function build_duration_core (m)
  local u = ckey(m, "unit")
  local U = W.UNITS[u]
  if not U then return false end
  local n = cnumber(m, "n")
  if m.captures.n and not n then return false end
  if not m.captures.n then
    -- "a few weeks" is caught with n; plain plural "weeks", "months": vague
    n = u:match("s$") and "X" or 1
  end
  if type(n) == "number" and (n <= 0 or n > 100000) then return false end
  -- "the 2005 year" names a year, it is no length of 2005 years
  if type(n) == "number" and n >= 1000 and not u:match("s$") then return false end
  -- an age ("52 years old", "a 136-year-old bank") is no time expression
  local a1, a2 = after(m), after(m, 2)
  if m.captures.old or a1 == "old" or (a1 == "-" and a2 == "old") then return false end
  -- "recent years", "recent days": some time before now
  if ckey(m, "n") == "coming" then return date({ k = "ref", v = "FUTURE_REF" }) end
  -- "a second group" is an ordinal; "three-quarters of", "nearly a
  -- quarter" fractions
  if u == "second" and not m.captures.ago then return false end
  if u == "quarter" and n == 1 then return false end
  if m.captures.hyunit and u:match("s$") then return false end
  -- (an "at" or "up" before the quantity is no approximation: it stays out)
  local start = m.first_token
  local ap = m.captures.approx
  if ap and not W.APPROX[ckey(m, "approx")] then start = ap[2] + 1 end
  -- "$2 million a year", "four flights a week": a rate, not a time
  local fk0 = tkey(m, start)
  if (fk0 == "a" or fk0 == "an" or fk0 == "per") and not m.captures.ago then
    local b = start > 1 and tkey(m, start - 1)
    if b and (W.RATE_BEFORE[b] or b:match("^%d") or
       (b:match("[^s]s$") and m.tokens:is(start - 1, "lower"))) then
      return false
    end
  end
  -- a singular unit after a number is adjectival ("a five year low", "the
  -- two day rally"): the article stays out of the expression
  local first
  local fk = tkey(m, start)
  if (fk == "a" or fk == "an" or fk == "the" or fk == "its") and not u:match("s$") and
     n ~= 1 and start > (ap and ap[2] or 0) and not (ap and start == m.first_token) then
    first = start + 1
  end
  -- "a year and a half"
  if m.captures.half and type(n) == "number" then n = n + 0.5 end
  -- "12 to 18 months": a length between two, no single value
  if m.captures.n2 and n ~= "X" then
    local n2 = cnumber(m, "n2")
    if n2 and n2 ~= n and not m.captures.ago then n = "X" end
  end
  -- "will one day", "could one day": some time ahead
  if n == 1 and U == "D" and not m.captures.ago and ckey(m, "n") == "one" and
     W.MODALS[before(m) or ""] then
    return date({ k = "ref", v = "FUTURE_REF" })
  end
  local ago = ckey(m, "ago")
  if ago then
    ago = ago:gsub("^or so ", "")
    local dir = (ago == "ago" or ago == "earlier" or ago == "before") and -1 or 1
    if n == "X" then
      return date({ k = "ref", v = dir < 0 and "PAST_REF" or "FUTURE_REF" })
    end
    -- "2 1/2 years ago": 30 months ago
    if n ~= math.floor(n) then
      if U == "Y" then n, U = n * 12, "M" end
      n = math.floor(n + 0.5)
    end
    return date({ k = "shift", unit = U, n = dir * n, ago = true,
                  anchor = ago ~= "ago" and ago ~= "from now" },
                approx_mod(m), first)
  end
  local t = W.TIME_UNITS[u] and "T" or ""
  return result({ k = "dur", n = n, unit = U, time = t == "T" }, "DATE", "DURATION",
                approx_mod(m), first)
end

-- "the past two months" keeps its article, "a five year low" does not
local DURATION_SHIFTS = { past = true, last = true, next = true, first = true,
  previous = true, coming = true, final = true, following = true, same = true,
  remaining = true, latest = true }

local function build_duration (m)
  local r = build_duration_core(m)
  if type(r) ~= "table" then return r end
  -- "expected to last two months": without "the", "last" is a verb
  local n = m.captures.n
  if not r.first_token and not m.captures.approx and n and n[1] > m.first_token and
     DURATION_SHIFTS[tkey(m, m.first_token)] and before(m) ~= "the" then
    r.first_token = m.first_token + 1
    r.article_done = true
    return r
  end
  local u = ckey(m, "unit") or ""
  local mode = "always"
  if r.first_token or m.captures.hyunit or m.captures.approx or
     (not u:match("s$") and cnumber(m, "n") ~= 1) then
    mode = "never"
  end
  r = article(m, r, mode)
  if r then r.article_done = true end
  return r
end

-- every week, each Monday, daily
local function build_set (m)
  local k = ckey(m, "w")
  -- "daily flights", "the average daily volume": an adjective
  if k and k ~= "annually" and m.last_token < ntokens(m) and
     m.tokens:is(m.last_token + 1, "lower") and m.tokens:is(m.last_token + 1, "alpha") then
    local nk = tkey(m, m.last_token + 1)
    if not W.VERB_AFTER_SET[nk] then return false end
  end
  -- "the Daily Record", "The Weekly Standard": a name
  if k and m.last_token < ntokens(m) and m.tokens:is(m.last_token, "cap") and
     m.tokens:is(m.last_token + 1, "cap") and m.tokens:is(m.last_token + 1, "alpha") then
    return false
  end
  if W.SETS[k] then
    return { frame = { k = "lit", v = W.SETS[k] }, label = "DATE", timex_type = "SET" }
  end
  local u = ckey(m, "unit")
  if W.WEEKDAYS[u] or W.WEEKDAYS_PLURAL[u] then
    return { frame = { k = "lit", v = "XXXX-WXX-" .. (W.WEEKDAYS[u] or W.WEEKDAYS_PLURAL[u]) },
             label = "DATE", timex_type = "SET" }
  end
  if W.MONTHS[u] then
    return { frame = { k = "lit", v = ("XXXX-%02d"):format(W.MONTHS[u]) },
             label = "DATE", timex_type = "SET" }
  end
  local U = W.UNITS[u]
  if not U then return false end
  local v = (W.TIME_UNITS[u] and "PT1" or "P1") .. U
  return { frame = { k = "lit", v = v }, label = "DATE", timex_type = "SET" }
end

-- clock times: "10:30 a.m.", "5 p.m. EST", "7:15pm", "noon", "midnight"
local function clock_of (k)
  if not k then return nil end
  k = k:gsub(" ", "")
  local h, mi, ap = k:match("^(%d%d?)[:.](%d%d)([ap]?)%.?m?%.?$")
  if not h then h, mi = k:match("^(%d%d)(%d%d)$"); ap = "" end
  if not h then
    h, ap = k:match("^(%d%d?)([ap])%.?m%.?$")
    mi = "00"
  end
  if not h then return nil end
  h, mi = tonumber(h), tonumber(mi)
  if h > 24 or mi > 59 then return nil end
  if ap == "p" then
    if h > 12 then return nil end
    if h < 12 then h = h + 12 end
  elseif ap == "a" then
    if h > 12 then return nil end
    if h == 12 then h = 0 end
  end
  return ("%02d:%02d"):format(h, mi)
end
W.clock_of = clock_of

local function build_time (m)
  local k = ckey(m, "clock")
  local hm
  if k == "noon" or k == "midday" then hm = "12:00"
  elseif k == "midnight" then hm = "24:00"
  else
    hm = clock_of(k)
    -- a bare number is a time only with a.m./p.m.
    if not hm then return false end
    if not k:find("[ap]") and not k:find("[:.]") and not k:find("^%d%d%d%d$") then
      return false
    end
    -- "10.30" with no a.m. and no zone: too often a number
    if k:find("%.") and not k:find("[ap]") then return false end
  end
  local base
  if m.captures.wd then base = { k = "weekday", wd = W.WEEKDAYS[ckey(m, "wd")] }
  elseif m.captures.w then
    local d = W.DEICTIC[ckey(m, "w")]
    if d and d.unit then base = { k = "shift", unit = "D", n = d.shift } end
  elseif m.captures.month then
    local mo, d = W.MONTHS[ckey(m, "month")], day_of(ckey(m, "day"))
    if mo and d then base = { k = "abs", m = mo, d = d } end
  end
  return result({ k = "time", hm = hm, base = base }, "TIME", "TIME", approx_mod(m))
end

-- "this morning", "last night", "this afternoon"
local function build_pod (m)
  local p = W.PARTS_OF_DAY[ckey(m, "pod")]
  if not p then return false end
  local s = ckey(m, "shift")
  local n = 0
  if s == "last" and p == "NI" then n = -1
  elseif s == "last" or s == "next" then return false end
  local d = m.captures.w and W.DEICTIC[ckey(m, "w")]
  if d and d.shift then n = d.shift end
  local f = { k = "shift", unit = "D", n = n, pod = p }
  if m.captures.wd then f = { k = "weekday", wd = W.WEEKDAYS[ckey(m, "wd")], pod = p } end
  return result(f, "TIME", "TIME", edge_mod(m))
end

local HOLIDAY_SHIFTS = { last = -1, next = 1, this = 0, coming = 1, past = -1 }
-- holidays: "Christmas Day", "New Year's Eve", "Easter Monday", "last
-- Christmas", "Christmas 2019", "the Easter weekend"
local function build_holiday (m)
  -- the longest name the words start with ("Christmas Day", not "Christmas
  -- Day Parade"); the words after it stay out
  local c = m.captures.hol
  local h, last
  local ks = {}
  for t = c[1], c[2] do
    local k = tkey(m, t)
    if k == "'s" and #ks > 0 then ks[#ks] = ks[#ks] .. "'s" else ks[#ks + 1] = k end
    local hh = W.HOLIDAYS[table.concat(ks, " ")]
    if hh then h, last = hh, t end
  end
  if not h then return false end
  if last < c[2] and (m.captures.year or m.captures.we) then return false end
  if W.OTHER_CALENDARS[before(m) or ""] then return false end
  local y
  if m.captures.year then
    y = year_of(ckey(m, "year"))
    if not y then return false end
  end
  -- "last Christmas", "next Easter", "this Christmas"
  local sk = before(m)
  local s = HOLIDAY_SHIFTS[sk or ""]
  local f = { k = "holiday", h = h, y = y, shift = s }
  if m.captures.we then
    -- "the Easter weekend", "over the Christmas weekend": its weekend
    f = { k = "weekend", base = f }
  end
  local r = date(f, nil, nil, last < c[2] and last or nil)
  if s then
    r.first_token = m.first_token - 1
    r.article_done = true
  elseif m.captures.we then
    r = article(m, r, "always")
    r.article_done = true
  end
  return r
end

-- "the last week of December 2004", "the first week of March": an ISO week
local WEEK_ORD = { first = 1, second = 2, third = 3, fourth = 4, fifth = 5,
  ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["5th"] = 5, last = -1, final = -1 }
local function build_month_week (m)
  local o = WEEK_ORD[ckey(m, "ord")]
  if not o then return false end
  local f
  if m.captures.month then
    local mo = W.MONTHS[ckey(m, "month")]
    if not mo then return false end
    local y
    if m.captures.year then
      y = year_of(ckey(m, "year"))
      if not y then return false end
    end
    local ys = m.captures.yshift and W.SHIFTS[ckey(m, "yshift")] or nil
    f = { k = "monthweek", n = o, m = mo, y = y, yshift = ys }
  else
    local y = m.captures.year and year_of(ckey(m, "year"))
    local yk = ckey(m, "yshift")
    local ys = yk == "year" and 0 or (yk and W.SHIFTS[yk]) or nil
    if m.captures.year and not y then return false end
    if not y and ys == nil then return false end
    f = { k = "monthweek", n = o, y = y, yshift = ys, year = true }
  end
  local r = article(m, date(f), "always")
  r.article_done = true
  return r
end

-- "the weekend of 9 and 10 July", "the weekend of July 9": the weekend of
-- the week of those days; "the week of Dec. 15": that week
local function build_weekend_of (m)
  local mo = W.MONTHS[ckey(m, "month")]
  local d = day_of(ckey(m, "day"))
  if not mo or not d then return false end
  if m.captures.day2 then
    local d2 = day_of(ckey(m, "day2"))
    if not d2 or d2 < d or d2 > d + 2 then return false end
  end
  local y
  if m.captures.year then
    y = year_of(ckey(m, "year"))
    if not y then return false end
  end
  local k = ckey(m, "wk") == "week" and "week_of" or "weekend"
  if k == "week_of" and m.captures.day2 then return false end
  local r = article(m, date({ k = k, base = { k = "abs", y = y, m = mo, d = d } }), "always")
  r.article_done = true
  return r
end

-- "half past three", "a quarter to five", "ten past six", "three o'clock",
-- "half past three in the afternoon": hours 1 to 6 without a part of the
-- day are taken as afternoon, 7 to 11 as morning (news tells office hours)
local HOUR_WORDS = { one = 1, two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7,
  eight = 8, nine = 9, ten = 10, eleven = 11, twelve = 12 }
local CLOCK_CUES = { at = true, by = true, ["until"] = true, till = true, from = true,
  before = true, after = true, since = true }
local POD_HOURS = { morning = "a", afternoon = "p", evening = "p", night = "n" }
local function build_clock_words (m)
  local hk = ckey(m, "hour")
  local h = HOUR_WORDS[hk] or tonumber(hk and hk:match("^%d%d?$") or "")
  if not h or h < 1 or h > 12 then return false end
  local mi = 0
  if m.captures.min then
    local mk = ckey(m, "min")
    -- "won five to two" is a score: a clock only after "at", "by" ... or
    -- with the part of the day, unless with "half" or "quarter"
    if mk ~= "half" and mk ~= "quarter" and not m.captures.pod and
       not m.captures.w and not m.captures.wd and not CLOCK_CUES[before(m) or ""] then
      return false
    end
    mi = W.CLOCK_MINUTES[mk] or tonumber(mk:match("^%d%d?$") or "")
    if not mi or mi < 1 or mi > 59 then return false end
    if ckey(m, "dir") == "to" then
      if mk == "half" then return false end          -- "cut in half to 10%"
      mi = 60 - mi
      h = h - 1
      if h == 0 then h = 12 end
    end
  end
  local p = m.captures.pod and POD_HOURS[ckey(m, "pod")]
  if p == "a" then
    if h == 12 then h = 0 end
  elseif p == "p" then
    if h < 12 then h = h + 12 end
  elseif p == "n" then
    if h >= 6 and h < 12 then h = h + 12 elseif h == 12 then h = 0 end
  elseif h <= 6 then
    h = h + 12
  end
  local base
  if m.captures.w then
    local dd = W.DEICTIC[ckey(m, "w")]
    if dd and dd.unit then base = { k = "shift", unit = "D", n = dd.shift } end
  elseif m.captures.wd then
    base = { k = "weekday", wd = W.WEEKDAYS[ckey(m, "wd")] }
  end
  -- "a quarter to five": the article belongs to it
  local first
  if ckey(m, "min") == "quarter" and before(m) == "a" then first = m.first_token - 1 end
  local r = result({ k = "time", hm = ("%02d:%02d"):format(h, mi), base = base }, "TIME",
                   "TIME", nil, first)
  r.article_done = true
  return r
end

-- "the past", "the future", "the near future", "recent years"
local function build_ref (m)
  local k = ckey(m, "w")
  if (k == "current" or k == "recent") and
     W.NOT_AFTER_ADJECTIVE[tkey(m, m.last_token)] then
    return false
  end
  local v = ({ past = "PAST_REF", future = "FUTURE_REF", present = "PRESENT_REF",
              near = "FUTURE_REF", short = "FUTURE_REF", current = "PRESENT_REF",
              recent = "PAST_REF" })[k]
  if not v then return false end
  -- "the future wife", "the past champion": an adjective
  if (k == "past" or k == "future") and m.last_token < ntokens(m) then
    local nxt = m.last_token + 1
    if m.tokens:is(nxt, "lower") and m.tokens:is(nxt, "alpha") and
       not W.AFTER_REF[tkey(m, nxt)] then
      return false
    end
  end
  return date({ k = "ref", v = v })
end

-- }======================================================


-- {======================================================
-- Rules
-- =======================================================

-- "half past three" and "three o'clock": the hour, and what may follow
local hour_tok = P.words(keys(HOUR_WORDS)) + P.all(digits, P.in_dict "day")
local clock_tail = (P.word "in" * P.word "the" *
                    P.capture("pod", P.words { "morning", "afternoon", "evening" }) +
                    P.word "at" * P.capture("pod", P.word "night") +
                    comma ^ -1 * (P.capture("w", P.words { "today", "yesterday", "tomorrow",
                                                          "tonight" }) +
                                  P.capture("wd", weekday))) ^ -1

-- durations: "the past two months", "about a year", "a few weeks ago"
local duration_shift = P.words { "past", "last", "next", "first", "previous", "coming",
                                 "final", "following", "same", "remaining", "latest" }
local duration_tail = (P.words { "to", "or" } * P.capture("n2", count)) ^ -1 *
                      P.words { "more", "trading", "business", "working", "straight",
                                "consecutive" } ^ -1 *
                      P.capture("unit", P.all(unit, P.isnt { "title", "joined_next" })) *
                      P.capture("half", P.phrase "and a half") ^ -1 *
                      (P.capture("ago", P.phrase "or so" ^ -1 * (P.words { "ago", "earlier" } +
                                P.phrase "from now")) + P.phrase "or so") ^ -1

local wd_opt = ((P.word "this" * P.word "coming" ^ -1) ^ -1 *
                P.capture("wd", weekday) * comma ^ -1) ^ -1
local year_part = comma ^ -1 * P.capture("year", year_tok)
local yshift_poss = P.capture("yshift", P.words { "this", "last", "next" } * P.word "year" *
                              P.word "'s")

-- quarters and halves: "the third quarter", "this year's second half",
-- "the 1988 fourth quarter", "the fiscal first quarter", "the latest period"
local quarter_mod = P.capture("shift", P.words { "latest", "current", "last", "next",
                                                 "previous", "same" }) +
                    P.capture("year", year_tok) + P.word "fiscal" * hy ^ -1
local quarter_tail = (P.capture("ord", P.words { "first", "second", "third", "fourth",
                                                 "1st", "2nd", "3rd", "4th", "final" }) *
                      P.capture("hy", hy) ^ -1) ^ -1 *
                     P.capture("unit", P.all(P.words { "quarter", "half", "period" },
                                             P.isnt "joined_next")) *
                     (P.word "of" * P.capture("year", year_tok)) ^ -1
local shift_part = P.capture("shift", P.word "that") + P.capture("same", P.word "same") +
                   P.capture("edge2", P.words { "early", "late" }) +
                   P.capture("shift", shift) * P.words { "past", "coming" } ^ -1
-- (not "that", "present": frequent words, and no shift of a month)
local shift_month = P.words(keys(W.SHIFTS, { that = true, present = true }))
local shift_part_start = P.capture("same", P.word "same") +
                         P.capture("edge2", P.words { "early", "late" }) +
                         P.capture("shift", P.words(keys(W.SHIFTS, { that = true }))) *
                         P.words { "past", "coming" } ^ -1
local shifted_unit = P.words { "fiscal", "full", "calendar" } ^ -1 *
  P.capture("unit", P.all(P.isnt "title", P.words { "week", "month", "year", "decade",
                                                   "century", "weekend", "spring", "summer",
                                                   "autumn", "fall", "winter" },
                          P.isnt "joined_next")) * P.phrase "or so" ^ -1

local rules = {
  -- calendar dates
  -- (and a year shifted after it: "November 16 last year")
  { id = "date.en.month_day", priority = 70, build = build_mdy,
    pattern = (edge + approx_point) ^ -1 * wd_opt * P.capture("month", month) *
              P.capture("day", day_num) *
              (year_part + P.capture("shift", shift) * P.word "year") ^ -1 },
  { id = "date.en.day_month", priority = 70, build = build_mdy,
    pattern = wd_opt * P.capture("day", day_num) * P.word "of" ^ -1 *
              P.capture("month", month) *
              (year_part + P.capture("shift", shift) * P.word "year") ^ -1 },
  { id = "date.en.month_year", priority = 65, build = build_my,
    pattern = edge ^ -1 * P.capture("month", month) * P.word "of" ^ -1 * comma ^ -1 *
              P.capture("year", year_tok) },
  { id = "date.en.month_shift_year", priority = 65, build = build_m_rel,
    pattern = edge ^ -1 * P.capture("month", month) * P.word "of" ^ -1 *
              P.capture("shift", shift) * P.word "year" },
  { id = "date.en.month", priority = 55, build = build_month,
    pattern = edge ^ -1 * P.capture("shift", shift_month) ^ -1 * P.capture("month", month) },
  { id = "date.en.numeric", priority = 70, build = build_numeric,
    pattern = year_num * hy * digits * hy * digits + numdate },
  -- years, decades, centuries
  { id = "date.en.year", priority = 50, build = build_year,
    pattern = edge ^ -1 * P.capture("fiscal", P.words { "fiscal", "calendar", "fy" } *
              P.word "year" ^ -1) ^ -1 * P.capture("year", year_tok) },
  -- a season or a financial year over two years: "the 2003-04 season",
  -- "2005-6" (the year it starts; the second, in one or two digits, must
  -- follow it: "2006-2007" stays two years)
  { id = "date.en.split_year", priority = 55,
    build = function (m)
      local y = year_of(ckey(m, "year"))
      local k2 = ckey(m, "y2") or ""
      local y2 = #k2 <= 2 and tonumber(k2)
      if not (y and y2) or y2 ~= (y + 1) % 100 % 10 ^ #k2 then return false end
      return build_year(m)
    end,
    pattern = edge ^ -1 * P.capture("year", year_num) * (hy + P.word "/") *
              P.capture("y2", P.kind "number") },
  { id = "date.en.year_spelled_2000", priority = 66,
    build = function (m)
      local ks = ckeys(m, "n") or {}
      local rest = W.number(ks) or 0
      if type(rest) ~= "number" or rest >= 100 then return false end
      return date({ k = "abs", y = 2000 + rest })
    end,
    pattern = P.word "year" * P.word "two" * P.word "thousand" *
              (P.word "and" ^ -1 * P.capture("n", numword * (hy ^ -1 * numword) ^ -1)) ^ -1 },
  { id = "date.en.year_earlier", priority = 50, build = build_year,
    pattern = P.capture("edge", P.words { "earlier", "later" } * P.word "in") *
              P.capture("year", year_tok) },
  { id = "date.en.decade", priority = 60, build = build_decade,
    pattern = edge ^ -1 *
              P.capture("dec", P.all(decade_tok, P.isnt "cap") + year_num * P.word "'s" +
                        P.words(keys(DECADE_WORDS))) },
  { id = "date.en.century", priority = 60, build = build_century,
    pattern = edge ^ -1 * P.capture("n", day_num) * hy ^ -1 * P.word "century" },
  -- shifts from the document date
  { id = "date.en.shift_unit", priority = 60, build = build_shift,
    pattern = ((edge + P.capture("edge", P.words { "earlier", "later" })) * shift_part ^ -1 +
               shift_part_start) * shifted_unit },
  -- (the frequent "that" starts a small rule of its own: "that year")
  { id = "date.en.that_unit", priority = 60, build = build_shift,
    pattern = P.capture("shift", P.word "that") * shifted_unit },
  -- "the year", "the week", "the summer" (the only rule that starts with
  -- "the": a bare "year" is no time expression)
  { id = "date.en.the_unit", priority = 60, build = build_shift,
    pattern = the * shifted_unit },
  { id = "date.en.shift_season", priority = 55, build = build_shift,
    pattern = edge ^ -1 * P.capture("unit", P.all(P.words { "spring", "summer",
              "autumn", "winter" }, P.isnt "cap") + P.word "fall") * P.word "of" *
              P.capture("shift", P.word "this") * P.word "year" },
  { id = "date.en.season_year", priority = 64,
    build = function (m)
      local y = year_of(ckey(m, "year"))
      local sn = W.SEASONS[ckey(m, "unit")]
      if not y or not sn then return false end
      return date({ k = "lit", v = ("%04d-%s"):format(y, sn) }, edge_mod(m))
    end,
    pattern = edge ^ -1 * P.capture("unit", season) * P.word "of" ^ -1 *
              P.capture("year", year_tok) },
  { id = "date.en.year_end", priority = 60, build = build_shift,
    pattern = approx_point ^ -1 * P.capture("unit", P.word "year") * P.word "'s" ^ -1 * hy ^ -1 *
              P.capture("edge", P.word "end") },
  { id = "date.en.deictic", priority = 60, build = build_deictic,
    pattern = (edge + P.capture("edge", P.words { "earlier", "later", "right", "more" })) ^ -1 *
              P.capture("w", P.words(keys(W.DEICTIC))) *
              P.capture("pod", pod) ^ -1 },
  { id = "date.en.weekday", priority = 60, build = build_weekday,
    pattern = (edge + P.capture("edge", P.words { "earlier", "later" })) ^ -1 *
              (P.capture("shift", P.words { "last", "next", "this", "past", "coming" }) *
               P.word "coming" ^ -1 +
               P.capture("shift", P.words { "previous", "following" })) ^ -1 *
              P.capture("wd", weekday) * P.capture("pod", pod) ^ -1 },
  -- (three rules by their first word, so that the matcher tries at a year or
  -- at "this" only the part that can start there)
  { id = "date.en.quarter", priority = 62, build = build_quarter, pattern = quarter_tail },
  { id = "date.en.quarter_det", priority = 62, build = build_quarter,
    pattern = (P.capture("det", P.word "this") + yshift_poss) * quarter_mod ^ -2 *
              quarter_tail },
  { id = "date.en.quarter_mod", priority = 62, build = build_quarter,
    pattern = quarter_mod * quarter_mod ^ -1 * quarter_tail },
  -- a quarter or a half named by its months: "the July-September quarter",
  -- "the April-June period", "the January-June half"
  { id = "date.en.month_quarter", priority = 63,
    build = function (m)
      local a, b = W.MONTHS[ckey(m, "m1")], W.MONTHS[ckey(m, "m2")]
      local q = b == a + 2 and W.QUARTER_OF_FIRST_MONTH[a]
      local half = b == a + 5 and W.HALF_OF_FIRST_MONTH[a]
      if not (q or half) or (half and ckey(m, "unit") == "quarter") or
         (q and ckey(m, "unit") == "half") then
        return false
      end
      return article(m, date({ k = "quarter", q = q or nil, half = half or nil,
                               unit = q and "quarter" or "half" }), "always")
    end,
    pattern = P.capture("m1", month) * hy * P.capture("m2", month) *
              P.capture("unit", P.words { "quarter", "period", "half" }) },
  -- "the year-ago quarter", "the comparable year-earlier period", "year-ago
  -- results" (the article stays out of the adjectival form)
  { id = "date.en.year_ago", priority = 63,
    build = function (m)
      -- "the year-ago quarter"; "a year-ago loss" keeps its article out
      local r = article(m, date({ k = "shift", unit = "Y", n = -1, ago = true,
                                  anchor = true, last_quarter = true }),
                        m.captures.noun and "always" or "never")
      if r then r.article_done = true end
      return r
    end,
    pattern = P.words { "comparable", "corresponding", "same" } ^ -1 *
              P.word "year" * hy * P.words { "ago", "earlier" } *
              P.capture("noun", P.words { "first", "second", "third", "fourth", "fiscal" } ^ -1 *
                        P.words { "quarter", "period" }) ^ -1 },
  { id = "date.en.quarter_code", priority = 62, build = build_quarter,
    pattern = P.capture("q", P.words { "q1", "q2", "q3", "q4", "h1", "h2" }) *
              P.capture("year", year_tok) ^ -1 },
  -- durations and distances in time
  { id = "date.en.duration", priority = 58, build = build_duration,
    pattern = (duration_shift * P.capture("n", count) + P.capture("n", count_noa)) *
              duration_tail },
  -- (rules of their own for the frequent first words: "a year", "at least
  -- two years", "more than a decade", so that the matcher tries the large
  -- rule above only where it can match)
  { id = "date.en.duration_approx", priority = 58, build = build_duration,
    pattern = approx * the ^ -1 * duration_shift ^ -1 * P.capture("n", count) * duration_tail },
  { id = "date.en.duration_a", priority = 58, build = build_duration,
    pattern = P.capture("n", count_a) * duration_tail },
  { id = "date.en.duration_adj", priority = 58, build = build_duration,
    pattern = P.capture("n", digits + numword_noa * (hy * numword) ^ -1) * hy *
              P.capture("hyunit", P.capture("unit", unit)) *
              P.capture("old", hy * P.word "old") ^ -1 },
  { id = "date.en.bare_units", priority = 50, build = build_bare_units,
    pattern = P.words { "for", "within" } *
              P.capture("unit", P.all(P.words { "minutes", "hours", "days", "weeks", "months",
                                                "years", "decades", "centuries" },
                                      P.is "lower")) },
  { id = "date.en.set", priority = 60, build = build_set,
    pattern = P.words { "every", "each", "per" } * P.capture("unit",
              P.words { "day", "week", "month", "year", "quarter", "hour",
                        "minute", "night", "morning", "evening" } + weekday + month) +
              P.capture("w", P.words(keys(W.SETS))) +
              P.capture("unit", P.all(P.words(keys(W.WEEKDAYS_PLURAL)), P.is "cap")) },
  -- times of day
  { id = "time.en.clock", priority = 66, build = build_time,
    pattern = approx_point ^ -1 *
              (clock + P.capture("clock", P.words { "noon", "midnight", "midday" })) *
              (comma ^ -1 * (P.capture("wd", weekday) + P.capture("w", P.words {
               "today", "yesterday", "tomorrow" }) +
               P.capture("month", month) * P.capture("day", day_num))) ^ -1 },
  { id = "time.en.part_of_day", priority = 60, build = build_pod,
    pattern = P.capture("edge", P.words { "early", "late", "earlier", "later" }) ^ -1 *
              P.capture("shift", P.words { "this", "last" }) * P.capture("pod", pod) },
  { id = "time.en.part_of_day_edge", priority = 60, build = build_pod,
    pattern = P.capture("edge", P.words { "early", "late", "mid" } * hy ^ -1) *
              P.capture("pod", pod) *
              (P.capture("w", P.words { "yesterday", "today", "tomorrow" }) +
               P.capture("wd", weekday)) ^ -1 },
  -- holidays, weeks of a month, weekends of given days
  { id = "date.en.holiday", priority = 72, build = build_holiday,
    pattern = P.capture("hol", holiday) *
              (comma ^ -1 * P.capture("year", year_tok) + P.capture("we", P.word "weekend")) ^ -1 },
  { id = "date.en.month_week", priority = 72, build = build_month_week,
    pattern = P.capture("ord", P.words { "first", "second", "third", "fourth", "fifth",
                                         "1st", "2nd", "3rd", "4th", "5th", "last",
                                         "final" }) *
              P.word "week" * P.word "of" *
              (P.capture("month", month) * (comma ^ -1 * P.capture("year", year_tok) +
                                            P.capture("yshift", shift) * P.word "year") ^ -1 +
               P.capture("year", year_tok) +
               P.word "the" * P.capture("yshift", P.word "year") +
               P.capture("yshift", shift) * P.word "year") },
  { id = "date.en.weekend_of", priority = 72, build = build_weekend_of,
    pattern = P.capture("wk", P.words { "weekend", "week" }) * P.word "of" *
              (P.capture("day", day_num) * (P.words { "and", "-", "to", "/" } *
                                            P.capture("day2", day_num)) ^ -1 *
               P.word "of" ^ -1 * P.capture("month", month) +
               P.capture("month", month) * P.capture("day", day_num) *
               (P.words { "and", "-", "to", "/" } * P.capture("day2", day_num)) ^ -1) *
              year_part ^ -1 },
  { id = "time.en.clock_words", priority = 67, build = build_clock_words,
    pattern = P.capture("min", P.words { "half", "quarter", "five", "ten", "twenty" } *
                        (hy ^ -1 * P.word "five") ^ -1) *
              hy ^ -1 * P.capture("dir", P.words { "past", "to" }) *
              P.capture("hour", hour_tok) * P.word "o'clock" ^ -1 * clock_tail },
  { id = "time.en.oclock", priority = 67, build = build_clock_words,
    pattern = P.capture("hour", P.words(keys(HOUR_WORDS))) * P.word "o'clock" * clock_tail },
  { id = "date.en.ref", priority = 50, build = build_ref,
    pattern = P.word "near" ^ -1 * P.capture("w", P.words { "past", "future" }) },
  { id = "date.en.ref_term", priority = 50, build = build_ref,
    pattern = P.capture("w", P.words { "near", "short" }) * P.word "term" },
  -- "these days": now
  { id = "date.en.these_days", priority = 50,
    build = function () return date({ k = "ref", v = "PRESENT_REF" }) end,
    pattern = P.word "these" * P.word "days" },
  -- "the weeks ahead": a length ahead that names no count (the rule starts
  -- at the unit; the "the" before it is required)
  { id = "date.en.units_ahead", priority = 55,
    build = function (m)
      local U = W.UNITS[ckey(m, "unit")]
      if not U then return false end
      return article(m, { frame = { k = "dur", n = "X", unit = U }, label = "DATE",
                          timex_type = "DURATION" }, "required")
    end,
    pattern = P.capture("unit", P.words { "days", "weeks", "months", "years" }) *
              P.word "ahead" },
  -- "current prices", "a recent survey": now, some time before now
  { id = "date.en.ref_adjective", priority = 40, build = build_ref, span = "w",
    pattern = P.capture("w", P.all(P.words { "recent" }, P.is "lower")) *
              P.all(P.kind "word", P.is "lower") },
}

-- how a "the" just before a match belongs to it ("the 1990s", "the end of
-- 2024", "the past"): no rule pattern starts with "the", the most frequent
-- word, so the matcher starts far fewer attempts; the builds look back
local ARTICLE = {
  ["date.en.decade"] = "always", ["date.en.century"] = "always",
  ["date.en.season_year"] = "always",
  ["date.en.ref"] = "required", ["date.en.ref_term"] = "required",
  ["date.en.units_ahead"] = "never",
  ["date.en.year_spelled_2000"] = "required",
}
-- a programme named after a time word: "Radio 4's Today programme", "the
-- Today show" (a capitalized word inside a sentence, a programme's word
-- after it or an owner before it)
local PROGRAMME_WORDS = { programme = true, program = true, show = true }
local PROGRAMME_NAMES = { today = true, tonight = true }
local function programme_name (m)
  local a = m.first_token
  if m.last_token ~= a or a <= 1 or not PROGRAMME_NAMES[tkey(m, a)] then return false end
  local toks = m.tokens
  if not toks:is(a, "cap") or toks:is(a, "upper") then return false end
  local next_key = a < ntokens(m) and tkey(m, a + 1)
  if PROGRAMME_WORDS[next_key] then return true end
  local prev_key = tkey(m, a - 1)
  return (prev_key == "'s" or prev_key == "\226\128\153s") and next_key ~= ","
end

for _, r in ipairs(rules) do
  r.label = r.label or "DATE"
  local build, mode = r.build, ARTICLE[r.id]
  if build then
    r.build = function (m, ctx)
      local res = build(m, ctx)
      if type(res) ~= "table" then return res end
      if programme_name(m) then return false end
      -- "at" or "no" alone is no approximation: it stays out
      local ap = m.captures.approx
      if ap and not W.APPROX[ckey(m, "approx")] and
         (res.first_token or m.first_token) <= ap[2] then
        res.first_token = ap[2] + 1
        res.mod = nil
      end
      if res.article_done then
        res.article_done = nil
        return res
      end
      return article(m, res, mode)
    end
  end
end

return { name = "dates.en", rules = rules, words = W }
