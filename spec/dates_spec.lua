local glean = require "glean"
local dates = require "glean.dates"
local fjson = require "glean.formats.json"

-- the entity passes and the dates stage alone
local extractor = glean.new({ stages = { "glean.dates" } })

-- "text=value" (and "/MOD") of the time expressions found
local function found (text, dct)
  local doc = extractor:extract(text, { dct = dct })
  local out = {}
  for _, e in ipairs(doc.entities) do
    if e.label == "DATE" or e.label == "TIME" then
      out[#out + 1] = e.text .. "=" .. tostring(e.value) .. (e.mod and ("/" .. e.mod) or "")
    end
  end
  return out, doc
end

local function one (text, dct)
  local out = found(text, dct)
  return out[1]
end

describe("glean.dates", function ()

  describe("absolute dates", function ()
    it("reads months with years, full dates and numeric dates", function ()
      assert.are.same({ "February 2022=2022-02", "1996-08-30=1996-08-30",
                        "30 August 1996=1996-08-30", "Sept. 4, 2019=2019-09-04",
                        "Tuesday, March 5, 2024=2024-03-05" },
                      found("Prices fell in February 2022, on 1996-08-30 and on " ..
                            "30 August 1996, again on Sept. 4, 2019 and on " ..
                            "Tuesday, March 5, 2024.", "2024-06-01"))
      assert.are.equal("12/05/2023=2023-05-12", one("Filed on 12/05/2023.", "2024-06-01"))
      assert.are.equal("2023-11-30=2023-11-30", one("Filed 2023-11-30.", "2024-06-01"))
    end)

    it("gives a day and month without a year the year nearest the document date", function ()
      assert.are.equal("Aug. 30=2024-08-30", one("The plant shut on Aug. 30.", "2024-09-10"))
      assert.are.equal("Aug. 30=2023-08-30", one("The plant shut on Aug. 30.", "2024-01-17"))
      assert.are.equal("Feb. 2=2025-02-02", one("The bonus is payable Feb. 2.", "2024-12-20"))
    end)

    it("reads years, decades, centuries, quarters and fiscal years", function ()
      assert.are.same({ "2022=2022", "the 1990s=199", "the early 1980s=198/START",
                        "the 20th century=19" },
                      found("In 2022 the mill, built in the 1990s on a site used " ..
                            "since the early 1980s, was the largest of the 20th century.",
                            "2024-01-17"))
      assert.are.same({ "Q3 2023=2023-Q3", "fiscal 2024=2024" },
                      found("Orders rose in Q3 2023 and will rise in fiscal 2024.",
                            "2024-01-17"))
      assert.are.equal("the third quarter=2023-Q3",
                       one("Profit fell in the third quarter.", "2024-01-17"))
      assert.are.equal("the second quarter=2024-Q2",
                       one("Profit fell in the second quarter.", "2024-08-02"))
    end)

    it("reads spelled-out years", function ()
      assert.are.equal("nineteen ninety-six=1996",
                       one("The dam opened in nineteen ninety-six.", "2024-01-17"))
    end)
  end)

  describe("edges and ranges", function ()
    it("marks the start, middle and end of a period", function ()
      assert.are.same({ "end-2024=2024/END", "the end of 2024=2024/END",
                        "mid-2023=2023/MID", "early March=2024-03/START" },
                      found("Costs peak by end-2024, or at the end of 2024, after " ..
                            "mid-2023 and early March.", "2024-05-02"))
    end)

    it("splits a range into its expressions and lends the year", function ()
      assert.are.same({ "November=2022-11", "December 2022=2022-12" },
                      found("Output fell in November and December 2022.", "2024-01-17"))
      assert.are.same({ "2022=2022", "2024=2024" },
                      found("Rents rose from 2022 to 2024.", "2024-01-17"))
      assert.are.same({ "May=2023-05", "July=2023-07" },
                      found("The strike lasted between May and July.", "2023-09-01"))
    end)
  end)

  describe("relative dates", function ()
    it("counts from the document date across year boundaries", function ()
      assert.are.equal("last month=2023-12", one("Sales fell last month.", "2024-01-17"))
      assert.are.equal("last month=2023-02", one("Sales fell last month.", "2023-03-31"))
      assert.are.equal("next month=2024-01", one("Sales rise next month.", "2023-12-05"))
      assert.are.equal("yesterday=2023-12-31", one("It snowed yesterday.", "2024-01-01"))
      assert.are.equal("yesterday=2024-02-29", one("It snowed yesterday.", "2024-03-01"))
      assert.are.equal("last year=2023", one("Prices rose last year.", "2024-01-01"))
      assert.are.equal("this year=2024", one("Prices rose this year.", "2024-01-01"))
      assert.are.equal("tomorrow=2025-01-01", one("It opens tomorrow.", "2024-12-31"))
    end)

    it("counts weeks, months and years back with ago", function ()
      assert.are.equal("two weeks ago=2024-W01", one("He left two weeks ago.", "2024-01-17"))
      assert.are.equal("three months ago=2023-10",
                       one("He left three months ago.", "2024-01-17"))
      assert.are.equal("a year ago=2023", one("He left a year ago.", "2024-01-17"))
    end)

    it("takes a weekday before the document date unless the wording says future", function ()
      -- 2024-01-17 is a Wednesday
      assert.are.equal("Friday=2024-01-12", one("The board met on Friday.", "2024-01-17"))
      assert.are.equal("Friday=2024-01-19", one("The board will meet on Friday.", "2024-01-17"))
      assert.are.equal("Wednesday=2024-01-17", one("The board met on Wednesday.", "2024-01-17"))
      assert.are.equal("last Monday=2024-01-15", one("It rained last Monday.", "2024-01-17"))
      assert.are.equal("next Monday=2024-01-22", one("It opens next Monday.", "2024-01-17"))
      -- across a year boundary: 2024-01-02 is a Tuesday
      assert.are.equal("Friday=2023-12-29", one("The board met on Friday.", "2024-01-02"))
    end)

    it("reads no half of a year in a game's half", function ()
      assert.are.same({}, (found("Lee scored twice in the second half.", "2024-01-17")))
      assert.are.equal("the second half=2023-H2",
                       one("Profits rose in the second half.", "2024-01-17"))
    end)

    it("puts a weekday right after 'expected' or 'due' ahead, not one after 'postponed'", function ()
      assert.are.equal("Friday=2024-01-19", one("A ruling is expected Friday.", "2024-01-17"))
      assert.are.equal("Friday=2024-01-19", one("The verdict is due on Friday.", "2024-01-17"))
      assert.are.equal("Friday=2024-01-12", one("The vote was postponed Friday.", "2024-01-17"))
    end)

    it("resolves seasons and the weekend", function ()
      assert.are.equal("next winter=2024-WI", one("Gas runs short next winter.", "2024-01-17"))
      assert.are.equal("last summer=2023-SU", one("It was hot last summer.", "2024-01-17"))
    end)

    it("gives references to the present, past and future", function ()
      assert.are.same({ "recently=PAST_REF", "now=PRESENT_REF", "the future=FUTURE_REF" },
                      found("Fares rose recently and now stand high; they may fall " ..
                            "in the future.", "2024-01-17"))
      assert.are.same({ "these days=PRESENT_REF", "the months ahead=PXM" },
                      found("Few firms hire these days, and fewer will in the months ahead.",
                            "2024-01-17"))
    end)

    it("leaves relative values unresolved without a document date", function ()
      assert.are.same({ "last month=XXXX-XX", "December=XXXX-12", "Friday=XXXX-WXX-5",
                        "yesterday=XXXX-XX-XX", "the third quarter=XXXX-Q3",
                        "this morning=XXXX-XX-XXTMO", "May 2023=2023-05" },
                      found("Sales fell last month and in December; the board met on " ..
                            "Friday and yesterday, and profit fell in the third quarter. " ..
                            "It rained this morning, as in May 2023."))
    end)
  end)

  describe("durations, sets and times", function ()
    it("reads durations", function ()
      local out, doc = found("The trial took three years and 48 hours, then 2 1/2 years; " ..
                             "more than a decade passed.", "2024-01-17")
      assert.are.same({ "three years=P3Y", "48 hours=PT48H", "2 1/2 years=P2Y6M",
                        "more than a decade=P10Y/MORE_THAN" }, out)
      for _, e in ipairs(doc.entities) do
        if e.label == "DATE" then assert.are.equal("DURATION", e.timex_type) end
      end
      assert.are.equal("A minute and a half=PT1M30S",
                       one("A minute and a half later the jet landed.", "2024-01-17"))
      assert.are.same({ "a year and a half=P1Y6M", "two and a half hours=PT2H30M" },
                      found("The siege lasted a year and a half; the talks took two and " ..
                            "a half hours.", "2024-01-17"))
    end)

    it("reads lengths that name no count", function ()
      assert.are.same({ "years=PXY", "weeks=PXW", "centuries=PXC", "decades=PXE" },
                      found("The feud ran for years and may end within weeks; the wall " ..
                            "stood for centuries, the mill for decades.", "2024-01-17"))
      assert.are.equal("two centuries=P200Y", one("The wall stood two centuries.",
                                                  "2024-01-17"))
    end)

    it("reads a season over two years as one date, from its first year", function ()
      assert.are.same({ "the end of the 2003-04=2003/END", "2005-6=2005" },
                      found("He left at the end of the 2003-04 season. The 2005-6 budget " ..
                            "is tight.", "2024-01-17"))
      -- (two full years stay two)
      assert.are.same({ "2006=2006", "2007=2007" },
                      found("Sales rose in 2006-2007.", "2024-01-17"))
    end)

    it("reads sets", function ()
      local out, doc = found("The paper is printed daily and the board meets every week.",
                             "2024-01-17")
      assert.are.same({ "daily=P1D", "every week=P1W" }, out)
      for _, e in ipairs(doc.entities) do
        if e.label == "DATE" then assert.are.equal("SET", e.timex_type) end
      end
      -- (a name is no set: "the Weekly Standard", "the Daily Record")
      assert.are.same({ "monthly=P1M" }, found("The Tarnow Weekly Ledger and the Daily " ..
                                               "Record pay their staff monthly.", "2024-01-17"))
    end)

    it("reads times on the 24-hour clock with a time zone", function ()
      assert.are.same({ "1030 GMT=2024-01-17T10:30", "2200 GMT=2024-01-17T22:00" },
                      found("Shares rose by 1030 GMT and the curfew starts at 2200 GMT.",
                            "2024-01-17"))
    end)

    it("reads clock times and parts of the day", function ()
      local out, doc = found("Polls close at 10:30 a.m., at midnight and at 7 p.m. " ..
                             "Friday; it rained this morning.", "2024-01-17")
      assert.are.same({ "10:30 a.m.=2024-01-17T10:30", "midnight=2024-01-17T24:00",
                        "7 p.m. Friday=2024-01-12T19:00", "this morning=2024-01-17TMO" }, out)
      for _, e in ipairs(doc.entities) do
        assert.are.equal("TIME", e.label)
        assert.are.equal("TIME", e.timex_type)
      end
    end)
  end)

  describe("span conventions", function ()
    it("leaves the article out of adjectival expressions and keeps it in noun phrases", function ()
      assert.are.same({ "third-quarter=2023-Q3", "the past two months=P2M" },
                      found("A third-quarter loss followed the past two months of gains.",
                            "2024-01-17"))
      assert.are.equal("five-year=P5Y", one("They signed a five-year deal.", "2024-01-17"))
    end)

    it("keeps approximations and leaves out over and within", function ()
      assert.are.same({ "nearly three years=P3Y/APPROX", "at least 20 days=P20D/EQUAL_OR_MORE",
                        "a week=P1W", "six months=P6M" },
                      found("It took nearly three years, at least 20 days, over a week " ..
                            "and within six months.", "2024-01-17"))
    end)
  end)

  describe("anchors and titles", function ()
    it("counts from the time the text spoke of last", function ()
      assert.are.same({ "2002=2002", "the same year=2002", "the following year=2003" },
                      found("The band split in 2002, the same year the label closed; " ..
                            "the following year it reformed.", "2024-01-17"))
    end)

    it("splits a range of years", function ()
      assert.are.same({ "2001=2001", "2003=2003" },
                      found("The tax claim covers the 2001-2003 period.", "2024-01-17"))
    end)

    it("leaves titles and verbs out", function ()
      assert.are.same({ "two months=P2M" },
                      found("Album of the year went to a duo; the trial is expected " ..
                            "to last two months.", "2024-01-17"))
      assert.are.same({}, found("The show starred Ant and Dec.", "2024-01-17"))
      assert.are.same({ "the 1970s=197" },
                      found("A man in his 30s met the future mayor, a star of the 1970s.",
                            "2024-01-17"))
      assert.are.same({ "2 November=2023-11-02" },
                      found("Before the 2 November election, three quarter-point rises " ..
                            "took nearly a quarter off sales.", "2024-10-01"))
    end)
  end)

  describe("numbers that are no dates", function ()
    it("leaves scores, money and counts out", function ()
      assert.are.same({}, found("He took four for 38 as the club paid £30m " ..
                                "and 2,000 soldiers marched.", "2024-01-17"))
      assert.are.same({}, found("The 52 years old pilot flew a 136-year-old plane.",
                                "2024-01-17"))
    end)

    it("rejects impossible dates and long digit strings without an error", function ()
      assert.are.same({}, found("Filed on 99/99/9999 and 31/31/2020.", "2024-01-17"))
      assert.are.same({}, found("Code 12345678901234567890123456789012345678901234567890.",
                                "2024-01-17"))
      assert.are.same({}, found(("1/"):rep(5000) .. "1", "2024-01-17"))
      assert.are.same({}, found(string.rep("9", 100000), "2024-01-17"))
      local out = found("He waited 100000000000000000000000 years and 1e308 days.", "2024-01-17")
      assert.are.same({}, out)
      assert.are.same({}, found("It ended on 31 June 2023.", "2024-01-17"))
    end)
  end)

  describe("names and dates", function ()
    it("takes a month for a date in a date context and keeps a name a name", function ()
      local out, doc = found("Theresa May said in May 2023 that she may leave in May.",
                             "2024-01-17")
      assert.are.same({ "May 2023=2023-05", "May=2024-05" }, out)
      local person
      for _, e in ipairs(doc.entities) do
        if e.label == "PERSON" then person = e.text end
      end
      assert.are.equal("Theresa May", person)
    end)

    it("takes a month between 'the' and an event's or a break's noun", function ()
      assert.are.same({ "August=2025-08" },
                      found("They hope to vote before the August recess.", "2025-06-11"))
      assert.are.same({ "May=2025-05" },
                      found("The May election was close. The August heat came.",
                            "2025-06-11"))
    end)

    it("reads no date in a programme named after a time word", function ()
      local out = found("He told Radio 9's Today programme that the port would close. " ..
                        "Today, the mayor agreed. The Today show, and Tonight, asked why. " ..
                        "Ruritania's Tuesday vote was close.", "2024-01-17")
      assert.are.same({ "Today=2024-01-17", "Tonight=2024-01-17TNI", "Tuesday=2024-01-16" }, out)
    end)

    it("keeps a family name that is a time of day, and the time of day", function ()
      local out, doc = found("Centre Tobias Noon is fit. Noon said the match starts at noon.",
                             "2024-01-17")
      assert.are.same({ "noon=2024-01-17T12:00" }, out)
      local names = {}
      for _, e in ipairs(doc.entities) do
        if e.label == "PERSON" then names[#names + 1] = e.text .. "/" .. e.canonical end
      end
      assert.are.same({ "Tobias Noon/Tobias Noon", "Noon/Tobias Noon" }, names)
    end)
  end)

  describe("the document", function ()
    it("keeps entities in text order with exact offsets", function ()
      local text = "Guido Crosetto met NATO leaders in Rome on Friday, 12 January 2024, " ..
                   "and again last week."
      local doc = extractor:extract(text, { dct = "2024-01-17" })
      local prev = 0
      for _, e in ipairs(doc.entities) do
        assert.are.equal(e.text, text:sub(e.first, e.last))
        assert.is_true(e.first > prev)
        prev = e.first
      end
      local json = fjson.encode(doc)
      assert.truthy(json:find('"value":"2024-01-12"', 1, true))
      assert.truthy(json:find('"timex_type":"DATE"', 1, true))
      assert.truthy(json:find('"rule":"date.en.', 1, true))
    end)

    it("merges dates into entities given out of text order", function ()
      local function ent (f, l, label) return { first_token = f, last_token = l, first = f,
                                                last = l, label = label, text = label } end
      local b, a = ent(10, 11, "ORG"), ent(1, 2, "PERSON")
      local inside = ent(5, 5, "PERSON")
      local d = ent(4, 6, "DATE")
      local out = dates.merge({ b, inside, a }, { d }, {}, nil, "")
      assert.are.same({ a, d, b }, out)
    end)

    it("survives bad input", function ()
      assert.are.same({}, found("", "2024-01-17"))
      assert.are.same({ "May 2023=2023-05" }, found("\255\254 in May 2023 \192", "2024-01-17"))
      assert.are.same({ "last month=XXXX-XX" }, found("It fell last month.", "2024-13-45"))
      assert.are.same({ "last month=XXXX-XX" }, found("It fell last month.", "yesterday"))
    end)

    it("runs as the first stage of the default extractor", function ()
      assert.are.equal("glean.dates", glean.STAGES[1])
      local doc = glean.extract("Sales fell last month.", { dct = "2024-01-17" })
      local values = {}
      for _, e in ipairs(doc.entities) do values[#values + 1] = e.value end
      assert.are.same({ "2023-12" }, values)
    end)
  end)

  describe("tense", function ()
    it("reads the past from verbs in -ed and irregular past forms", function ()
      assert.are.equal("January=2024-01",
                       one("In January, the board brought in a new chief executive.",
                           "2024-10-27"))
      assert.are.equal("March=2024-03",
                       one("He stepped down as chairman, president and chief executive " ..
                           "in March for health reasons.", "2024-11-02"))
      -- a participle after "be", an infinitive, an adjective: no past
      assert.are.equal("Dec. 14=2023-12-14",
                       one("The dividend will be paid Dec. 14 to holders of record.",
                           "2023-10-26"))
      assert.are.equal("January=2025-01",
                       one("The bank announced an agreement to acquire the lender in January.",
                           "2024-11-02"))
      assert.are.equal("January=2025-01",
                       one("It would be paid on a still unspecified date in January.",
                           "2024-10-26"))
    end)

    it("finds a future cue further back in the clause", function ()
      assert.are.equal("December=2024-12",
                       one("She will be named commander of the crew for a mission in December.",
                           "2024-03-04"))
    end)

    it("takes a weekday after a scheduled event in the present tense as ahead", function ()
      assert.are.equal("Monday=2024-05-06", one("The two leaders meet Monday in Geneva.",
                                                "2024-05-03"))
      assert.are.equal("Friday=2024-05-03", one("The offer expires on Friday.", "2024-05-01"))
      -- (past a place between: "starts at Old Trafford on …")
      assert.are.equal("23 July=2024-07-23", one("The third match starts at Hamble Park on " ..
                                                 "23 July.", "2024-07-12"))
      assert.are.equal("3 July=2024-07-03", one("He scored at Hamble Park on 3 July.",
                                                "2024-07-12"))
      -- "a report Monday" is a noun: the past
      assert.are.equal("Monday=2024-04-29",
                       one("In a report Monday, the agency said prices rose.", "2024-05-01"))
      -- (a plan in the past: the nearer of the two)
      assert.are.equal("Wednesday=2025-10-29",
                       one("The storm was expected to hit the coast on Wednesday.", "2025-10-28"))
      assert.are.equal("Sunday=2025-10-26",
                       one("The storm was expected to hit the coast on Sunday.", "2025-10-28"))
      -- "due to the holiday" is a cause, no plan
      assert.are.equal("Thanksgiving=2023-11-23",
                       one("Due to the Thanksgiving holiday, the film opened on Wednesday.",
                           "2024-01-17"))
    end)

    it("takes a bare month or day of a month before the document date", function ()
      -- the closest one on or before the document date, across year ends
      assert.are.equal("December=2023-12", one("Sales fell in December.", "2024-01-17"))
      assert.are.equal("January=2024-01", one("Sales fell in January.", "2024-01-17"))
      assert.are.equal("February=2023-02", one("Sales fell in February.", "2024-01-17"))
      assert.are.equal("November=2024-11", one("Sales fell in November.", "2024-12-31"))
      assert.are.equal("Jan. 20=2023-01-20", one("The mill closed on Jan. 20.", "2024-01-17"))
      assert.are.equal("Jan. 17=2024-01-17", one("The mill closed on Jan. 17.", "2024-01-17"))
      assert.are.equal("Dec. 30=2023-12-30", one("The mill closed on Dec. 30.", "2024-01-02"))
      -- no tense at all: still the past
      assert.are.equal("March=2023-03", one("Profits in March: a record.", "2023-11-30"))
      assert.are.equal("Christmas=2023-12-25", one("Sales at Christmas were weak.",
                                                   "2024-12-01"))
    end)

    it("takes the next one when the tense or wording says future", function ()
      assert.are.equal("February=2024-02", one("Sales will rise in February.", "2024-01-17"))
      assert.are.equal("January=2025-01", one("The mill will reopen in January.",
                                              "2024-12-31"))
      assert.are.equal("March=2025-03", one("The plant is scheduled to open in March.",
                                            "2024-10-05"))
      assert.are.equal("June=2024-06", one("The firm plans to list its shares in June.",
                                           "2024-01-17"))
      assert.are.equal("May=2024-05", one("The strike is expected to end by May.", "2024-01-17"))
      assert.are.equal("Jan. 5=2025-01-05", one("He said the vote would be held on Jan. 5.",
                                                "2024-12-20"))
      assert.are.equal("March 3=2025-03-03",
                       one("The council extended the bid to March 3.", "2025-02-20"))
      assert.are.equal("June 8=2026-06-08", one("The final is on June 8.", "2026-05-30"))
      assert.are.equal("June 4=2026-06-04",
                       one("The league has set June 4 as the deadline for transfers.",
                           "2026-05-30"))
      assert.are.equal("June 4=2025-06-04",
                       one("The club missed the June 4 deadline for transfers.", "2026-05-30"))
      assert.are.equal("April=2025-04",
                       one("The chain agreed to open a store in Leeds, Yorkshire, in April.",
                           "2025-02-11"))
      -- a verb in -ed after "will" is no past; one after "was" is
      assert.are.equal("May 30=2025-05-30",
                       one("It will pay its delayed bonus on May 30.", "2025-05-20"))
      assert.are.equal("March=2023-03",
                       one("He will say the firm was founded in March.", "2023-10-20"))
      assert.are.equal("May 28=2024-05-28", one("The deadline passed on May 28.", "2025-05-20"))
      assert.are.equal("Christmas=2024-12-25", one("Sales will peak at Christmas.",
                                                   "2024-12-01"))
      -- a weekday given with the day settles the year
      assert.are.equal("Sunday, July 12=2026-07-12",
                       one("The gig on Sunday, July 12, sold out.", "2026-07-10"))
    end)

    it("reads the tense of weekdays the same way", function ()
      -- 2025-01-01 is a Wednesday
      assert.are.equal("Monday=2024-12-30", one("The talks broke down on Monday.", "2025-01-01"))
      assert.are.equal("Monday=2025-01-06", one("The talks will resume on Monday.", "2025-01-01"))
      assert.are.equal("Saturday=2025-01-04", one("The talks resume Saturday.", "2025-01-01"))
      assert.are.same({ "Friday=2024-12-27", "the previous Friday=2024-12-20" },
                      found("Shares fell on Friday, after a rise the previous Friday.",
                            "2024-12-31"))
    end)

    it("offers the nearer reading as an option", function ()
      local nearer = glean.new({ stages = { dates.stage({ policy = "nearer" }) } })
      local function value (text, dct)
        for _, e in ipairs(nearer:extract(text, { dct = dct }).entities) do
          if e.label == "DATE" then return e.text .. "=" .. tostring(e.value) end
        end
      end
      assert.are.equal("2 November=2024-11-02",
                       value("Before the 2 November election, rates rose.", "2024-10-01"))
      assert.are.equal("February=2024-02", value("Sales rose in February.", "2024-01-17"))
      assert.are.equal("March=2023-03", value("Sales rose in March.", "2024-01-17"))
      -- (a weekday too, where no tense says which: Tuesday the 28th)
      assert.are.equal("Friday=2025-10-31", value("Talks with the union on Friday.", "2025-10-28"))
      assert.are.equal("Friday=2025-10-24", one("Talks with the union on Friday.", "2025-10-28"))
      assert.are.equal("February=2023-02", one("Sales rose in February.", "2024-01-17"))
      assert.has_error(function () dates.stage({ policy = "soon" }) end)
    end)

    it("puts last February a year back in March, last December in the last year", function ()
      assert.are.equal("last February=2023-02", one("Two helicopters crashed last February.",
                                                    "2024-03-01"))
      assert.are.equal("last December=2023-12", one("Sales slowed last December.", "2024-01-10"))
    end)

    it("reads a count after in with will as a time ahead", function ()
      assert.are.equal("five years=2029",
                       one("The notes would be redeemed in five years, the bank said.",
                           "2024-06-01"))
      assert.are.equal("nine years=P9Y",
                       one("It will be the first annual fall in nine years.", "2024-06-01"))
      assert.are.equal("the next two weeks=P2W",
                       one("The deal will close in the next two weeks.", "2024-06-01"))
      assert.are.equal("one day=FUTURE_REF", one("Rail traffic will one day double.",
                                                 "2024-03-03"))
      assert.are.equal("the next 12 to 18 months=PXM",
                       one("Deals are expected during the next 12 to 18 months.", "2024-06-01"))
    end)
  end)

  describe("dates ahead and behind read on unseen articles (session 29)", function ()
    it("takes a date after 'could' or 'might' and a verb as ahead, not after 'could not'",
       function ()
      assert.are.equal("December=2024-12",
                       one("A deal could be announced as early as December.", "2024-11-07"))
      assert.are.equal("Monday=2024-11-04",
                       one("He could not be reached on Monday.", "2024-11-07"))
    end)

    it("reads a reporting verb in the passive as no end of the clause", function ()
      assert.are.equal("December=2024-12",
                       one("A decision will be announced in December.", "2024-11-07"))
      assert.are.equal("January=2024-01",
                       one("The firm announced in January that it would cut jobs.",
                           "2024-11-07"))
    end)

    it("keeps a date after 'until' behind where the clause speaks of the past", function ()
      assert.are.equal("March 18=2024-03-18",
                       one("The jail did not check her fingerprints until March 18.",
                           "2024-09-12"))
      assert.are.equal("March 18=2025-03-18",
                       one("The offer stays open until March 18.", "2024-09-12"))
    end)

    it("reads the date of a thing planned, and of a court's conference, as a plan", function ()
      assert.are.equal("Sept. 2=2024-09-02",
                       one("The union had planned a partial walkout from Sept. 2.",
                           "2024-08-28"))
      assert.are.equal("Oct. 15=2024-10-15",
                       one("The judge set a scheduling conference for Oct. 15.", "2024-09-12"))
    end)

    it("reads a quarter or a half named by its months, and a year before it", function ()
      local d = glean.new():extract("Profit for the July-September quarter fell 23% from " ..
                                    "a year earlier.", { dct = "2024-11-07" })
      local got = {}
      for _, e in ipairs(d.entities) do got[#got + 1] = e.text .. "=" .. e.value end
      assert.are.same({ "the July-September quarter=2024-Q3", "a year earlier=2023-Q3" }, got)
      assert.are.equal("the January-June period=2024-H1",
                       one("Sales in the January-June period rose.", "2024-11-07"))
    end)

    it("takes the date of a scheduled event's infinitive after a comma as ahead", function ()
      assert.are.equal("Nov. 8=2024-11-08",
                       one("It announced a buyback, to run from Nov. 8.", "2024-11-07"))
    end)

    it("reads the end of a range of days after its start, and a present schedule 'from' a " ..
       "date as ahead", function ()
      local d = glean.new():extract("The Games run from July 23 to Aug. 2.",
                                    { dct = "2026-06-20" })
      assert.are.equal("2026-07-23", d.entities[1].value)
      assert.are.equal("2026-08-02", d.entities[2].value)
      d = glean.new():extract("The festival ran from Dec. 28 to Jan. 3.", { dct = "2026-06-20" })
      assert.are.equal("2025-12-28", d.entities[1].value)
      assert.are.equal("2026-01-03", d.entities[2].value)
    end)

    it("ends a weekday's clause at a comma and 'and'", function ()
      assert.are.equal("Monday=2025-10-13",
                       one("The firm argued it would lose money, and in a post on Monday it " ..
                           "said it had spent more.", "2025-10-14"))
    end)

    it("reads the months of a sentence 'Last year,' opens as of that year", function ()
      local d = glean.new():extract("Last year, storms in October and November killed 160.",
                                    { dct = "2025-10-21" })
      assert.are.equal("2024-10", d.entities[2].value)
      assert.are.equal("2024-11", d.entities[3].value)
    end)

    it("reads a thing planned in a month, and an event named by its date, as a plan",
       function ()
      assert.are.equal("November=2025-11",
                       one("Rail unions are also planning action in November.", "2025-10-07"))
      assert.are.equal("June 6=2027-06-06",
                       one("She told them the June 6 election was far from over.",
                           "2027-05-16"))
      assert.are.equal("15 September=2024-09-15",
                       one("The 15 September protest came on the day of a rally.",
                           "2025-06-01"))
    end)

    it("reads 'this weekend' as the week's own, whatever the tense", function ()
      assert.are.equal("this weekend=2025-W27-WE",
                       one("The organisers cancelled this weekend's edition.", "2025-07-02"))
      assert.are.equal("the weekend=2025-W26-WE",
                       one("He spent the weekend in hospital.", "2025-07-02"))
    end)

    it("reads a deadline a verb in -ed tells of, and an infinitive's deadline told of in " ..
       "the past, as the nearer date", function ()
      assert.are.equal("Nov. 14=2024-11-14",
                       one("Arrivals reached 148,000 tons by Nov. 14.", "2024-11-21"))
      assert.are.equal("Oct. 15=2024-10-15",
                       one("The ministry had ordered the firm to report by Oct. 15.",
                           "2024-09-26"))
      assert.are.equal("May=2024-05", one("Output had fallen by May.", "2024-11-21"))
      assert.are.equal("Thursday=2024-11-14",
                       one("He was forced to withdraw on Thursday.", "2024-11-20"))
    end)

    it("reads an event its month's possessive names as the nearer one", function ()
      assert.are.equal("July=2005-07",
                       one("July's G8 summit in Gleneagles tops the agenda.", "2005-04-01"))
    end)

    it("takes a season the wording puts ahead as the next one", function ()
      assert.are.equal("the spring=2025-SP",
                       one("The unit is due to open in the spring.", "2024-11-21"))
      assert.are.equal("the summer=2025-SU",
                       one("Families will be selling their land by the summer.", "2025-02-19"))
      assert.are.equal("The summer=2024-SU", one("The summer was hot.", "2024-11-21"))
    end)
  end)

  describe("dates ahead read on unseen articles (session 28)", function ()
    it("takes a date after 'must' or 'should' as ahead, not after 'should have'", function ()
      assert.are.equal("April 15=2026-04-15",
                       one("Candidates must begin collecting papers on April 15.", "2026-02-07"))
      assert.are.equal("April 15=2025-04-15",
                       one("He should have filed on April 15.", "2026-02-07"))
    end)

    it("takes the date an event is called for, and a deadline after 'before the', as ahead",
       function ()
      assert.are.equal("May 16=2026-05-16",
                       one("The union has called a second demonstration for May 16.",
                           "2026-04-23"))
      assert.are.equal("March 31=2026-03-31",
                       one("He said more mergers were likely before the March 31 deadline.",
                           "2026-02-12"))
      -- (a deadline missed stays in the past)
      assert.are.equal("March 31=2025-03-31",
                       one("The firm missed the March 31 deadline.", "2026-02-12"))
    end)

    it("takes a date after 'would have' and an object, 'peaks in' and 'travel to' as ahead",
       function ()
      assert.are.equal("Monday=2025-08-11", one("He would have a scan on Monday.", "2025-08-07"))
      assert.are.equal("Monday=2025-08-04", one("He would have gone on Monday.", "2025-08-07"))
      assert.are.equal("September=2025-09",
                       one("The dry season usually peaks in September.", "2025-08-07"))
      assert.are.equal("February 28=2026-02-28",
                       one("They travel to face Scotland in Edinburgh on February 28.",
                           "2026-02-14"))
    end)

    it("reads a day of a month with its year shifted as one date", function ()
      assert.are.equal("November 16 last year=2024-11-16",
                       one("The vote was held on November 16 last year.", "2025-04-17"))
      assert.are.equal("5 May next year=2026-05-05",
                       one("The games open on 5 May next year.", "2025-04-17"))
    end)

    it("reads a month in the clause of 'this year' as of that year", function ()
      assert.are.same({ "this year=2026", "May=2026-05" },
                      found("The Hajj, which this year falls in May, is near.", "2026-01-14"))
    end)

    it("takes a weekday after a headline's infinitive as ahead", function ()
      assert.are.equal("Thursday=2025-06-12",
                       one("Ferry strike to halt island links on Thursday\n\nText.",
                           "2025-06-11"))
      assert.are.equal("Friday=2025-06-06",
                       one("Minister declined to comment Friday\n\nText.", "2025-06-11"))
    end)

    it("takes a weekday after a scheduled verb and its object as ahead", function ()
      assert.are.equal("Saturday=2026-02-07",
                       one("The Bucks host the Chicago Bulls on Saturday.", "2026-02-05"))
      assert.are.equal("Saturday=2026-01-31",
                       one("The minister met Putin on Saturday.", "2026-02-05"))
    end)

    it("takes a weekday after 'continues' as ahead", function ()
      assert.are.equal("Friday=2026-05-22",
                       one("The hearing continues on Friday with evidence from families.",
                           "2026-05-21"))
    end)
  end)

  describe("the quarter a report is about", function ()
    it("resolves the quarter and the latest period to the quarter named first", function ()
      assert.are.same({ "fiscal first quarter=2024-Q1", "the quarter=2024-Q1",
                        "the latest period=2024-Q1" },
                      found("Acme lost money in its fiscal first quarter. Sales in the " ..
                            "quarter rose 4%, and the latest period included a gain.",
                            "2024-10-26"))
      assert.are.same({ "the final quarter of 2023=2023-Q4", "the previous quarter=2023-Q3" },
                      found("Output shrank in the final quarter of 2023, after growth in " ..
                            "the previous quarter.", "2024-02-20"))
      -- without a quarter named before: the last one that has ended
      assert.are.equal("the quarter=2024-Q2", one("Sales in the quarter rose.", "2024-08-02"))
    end)
  end)

  describe("short months in a byline (session 25)", function ()
    it("reads Mar, Jun, Jul and Sep with a day or a year, not alone", function ()
      assert.are.equal("21 Jun 2024=2024-06-21", one("Fri 21 Jun 2024 13.40 BST", "2024-06-22"))
      assert.are.equal("10 Mar 2025=2025-03-10", one("Published On 10 Mar 2025", "2025-03-10"))
      assert.are.equal("Jul 4, 2023=2023-07-04", one("It opened on Jul 4, 2023.", "2024-01-17"))
      assert.are.equal("Sep 2023=2023-09", one("Sep 2023 was hot.", "2024-01-17"))
      assert.is_nil(one("Rain will mar the day.", "2024-01-17"))
    end)
  end)

  describe("weeks of a month, weekends of days, holidays, clock words", function ()
    it("reads the n-th and the last week of a month or a year as an ISO week", function ()
      assert.are.equal("the last week of December 2004=2004-W53",
                       one("Downloads peaked in the last week of December 2004.", "2005-01-20"))
      assert.are.equal("the first week of March=2023-W09",
                       one("Sales jumped in the first week of March.", "2024-01-17"))
      assert.are.equal("the first week of March=2024-W10",
                       one("Sales will jump in the first week of March.", "2024-01-17"))
      assert.are.equal("the last week of the year=2025-W52",
                       one("Shops were busy in the last week of the year.", "2025-12-30"))
      assert.are.equal("the first week of next year=2025-W01",
                       one("Talks resume in the first week of next year.", "2024-12-20"))
      assert.are.equal("the first week of March=XXXX-WXX",
                       one("Sales jumped in the first week of March."))
    end)

    it("reads the weekend of given days", function ()
      assert.are.equal("the weekend of 9 and 10 July=2022-W27-WE",
                       one("The festival ran over the weekend of 9 and 10 July.", "2022-07-20"))
      assert.are.equal("the weekend of July 9-10=2022-W27-WE",
                       one("The festival runs over the weekend of July 9-10.", "2022-06-20"))
    end)

    it("reads the week of a given day, ahead when the wording says so", function ()
      assert.are.equal("the week of Dec. 15=2025-W51",
                       one("The council is due to vote in the week of Dec. 15.", "2025-11-27"))
      assert.are.equal("the week of 3 March=2025-W10",
                       one("Sales fell in the week of 3 March.", "2025-11-27"))
    end)

    it("reads a weekday before 'would' as a plan in the past, before 'will' ahead", function ()
      assert.are.equal("Saturday=2026-11-21",
                       one("He admitted the session on Saturday would be decisive.", "2026-11-20"))
      assert.are.equal("Monday=2026-11-23",
                       one("She said the vote on Monday will go ahead.", "2026-11-20"))
      assert.are.equal("Monday=2026-11-16",
                       one("He said on Monday he would resign.", "2026-11-20"))
    end)

    it("reads holidays, with Easter computed", function ()
      assert.are.equal("Christmas Day=2023-12-25",
                       one("Shops were shut on Christmas Day.", "2024-01-17"))
      assert.are.equal("next Christmas=2024-12-25",
                       one("Prices will rise before next Christmas.", "2024-01-17"))
      assert.are.equal("Last Christmas=2023-12-25",
                       one("Last Christmas was quieter.", "2024-12-25"))
      assert.are.equal("Easter=2024-03-31", one("Churches were full at Easter.", "2024-05-01"))
      assert.are.same({ "Good Friday=2025-04-18", "Easter Monday=2025-04-21" },
                      found("Banks will close on Good Friday and Easter Monday.", "2025-04-01"))
      assert.are.equal("Christmas Eve 2019=2019-12-24",
                       one("It happened on Christmas Eve 2019.", "2024-01-17"))
      -- across the year boundary, both ways
      assert.are.equal("New Year's Day=2025-01-01",
                       one("The law will take effect on New Year's Day.", "2024-12-28"))
      assert.are.equal("New Year's Eve=2024-12-31",
                       one("Fireworks lit the sky on New Year's Eve.", "2025-01-02"))
      assert.are.equal("Thanksgiving=2024-11-28",
                       one("Stores opened early after Thanksgiving.", "2024-12-01"))
      assert.are.equal("the Easter weekend=2024-W13-WE",
                       one("Traffic was heavy over the Easter weekend.", "2024-04-10"))
      -- without a document date: the day of a fixed one only
      assert.are.same({ "Christmas Day=XXXX-12-25", "Easter=XXXX-XX-XX" },
                      found("Shops shut on Christmas Day and at Easter."))
      -- "New" and "Good" alone are no holidays, nor those of other calendars
      assert.are.same({}, found("New York had a Good day.", "2024-01-17"))
      assert.are.same({ "New Year's Day=2024-01-01" },
                      found("Shops shut for Chinese New Year and Orthodox Christmas, not " ..
                            "for New Year's Day.", "2024-01-17"))
      local ymd = function (z)
        local y, m, d = dates.civil_from_days(z)
        return ("%04d-%02d-%02d"):format(y, m, d)
      end
      assert.are.same({ "2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21", "2038-04-25" },
                      { ymd(dates.easter(2000)), ymd(dates.easter(2008)),
                        ymd(dates.easter(2011)), ymd(dates.easter(2019)),
                        ymd(dates.easter(2038)) })
    end)

    it("reads the time in words", function ()
      assert.are.same({ "half past three=2024-01-17T15:30", "a quarter to five=2024-01-17T16:45" },
                      found("The meeting starts at half past three and ends at a quarter " ..
                            "to five.", "2024-01-17"))
      assert.are.same({ "ten past nine in the morning=2024-01-17T09:10",
                        "ten to six in the evening=2024-01-17T17:50" },
                      found("He left at ten past nine in the morning and was back at ten " ..
                            "to six in the evening.", "2024-01-17"))
      assert.are.equal("half past eleven at night=2024-01-17T23:30",
                       one("The bar shut at half past eleven at night.", "2024-01-17"))
      assert.are.equal("three o'clock tomorrow=2025-01-01T15:00",
                       one("The vote is at three o'clock tomorrow.", "2024-12-31"))
      -- scores and fractions are no times
      assert.are.same({}, found("They won five to two. The firm cut its stake in half to 10%.",
                                "2024-01-17"))
    end)
  end)

  describe("the calendar", function ()
    it("converts days both ways and parses document dates", function ()
      for _, d in ipairs({ { 1970, 1, 1 }, { 2000, 2, 29 }, { 2024, 12, 31 }, { 1600, 3, 1 } }) do
        local z = dates.days_from_civil(d[1], d[2], d[3])
        assert.are.same(d, { dates.civil_from_days(z) })
      end
      assert.are.equal(0, dates.days_from_civil(1970, 1, 1))
      assert.is_nil(dates.parse_dct("2023-02-29"))
      assert.is_nil(dates.parse_dct(nil))
      assert.are.equal(2024, dates.parse_dct("2024-01-17T10:00:00").y)
    end)
  end)
end)
