-- The quote stage (glean.quotes): direct, mixed and reported speech, the
-- speaker resolved, one spec per construction, on short articles written
-- for the purpose. Bad input (unbalanced marks, invalid bytes, floods of
-- marks) never raises, and the work stays linear in the text.
local glean = require "glean"
local quotes = require "glean.quotes"

local SCALE = tonumber(os.getenv("GLEAN_SPEC_SCALE") or "") or 1

-- the quotes of a text as tables with the mention and cue texts
local function find (text, opts)
  local doc = glean.extract(text, opts)
  local out = {}
  for i, q in ipairs(doc.quotes) do
    assert.are.equal(text:sub(q.first, q.last), q.text)
    out[i] = {
      text = q.text, kind = q.kind, speaker = q.speaker, cue = q.cue, rule = q.rule,
      addressee = q.addressee,
      mention = q.speaker_first and text:sub(q.speaker_first, q.speaker_last),
      cue_text = q.cue_first and text:sub(q.cue_first, q.cue_last),
    }
  end
  return out, doc
end

-- the one quote whose content starts with prefix
local function quote (qs, prefix)
  for _, q in ipairs(qs) do
    if q.text:sub(1, #prefix) == prefix then return q end
  end
  error("no quote starting with '" .. prefix .. "'", 2)
end

describe("glean.quotes", function ()
  it("is a stage of the default extractor", function ()
    local found = false
    for _, name in ipairs(glean.STAGES) do
      if name == "glean.quotes" then found = true end
    end
    assert.is_true(found)
  end)

  describe("direct quotes", function ()
    it("with the cue after the quotation", function ()
      local qs = find("“We will rebuild the bridge before winter,” Tobias Brenner said.")
      assert.are.equal(1, #qs)
      assert.are.same({ text = "We will rebuild the bridge before winter,", kind = "direct",
                        speaker = "Tobias Brenner", cue = "said", rule = "quote.en.subject_cue",
                        mention = "Tobias Brenner", cue_text = "said" }, qs[1])
    end)

    it("with the cue before the quotation (a colon or a comma)", function ()
      local q = find("Tobias Brenner said: “We will rebuild the bridge before winter.”")[1]
      assert.are.equal("We will rebuild the bridge before winter.", q.text)
      assert.are.equal("direct", q.kind)
      assert.are.equal("Tobias Brenner", q.speaker)
      q = find("Tobias Brenner told reporters, “The bridge opens in May.”")[1]
      assert.are.equal("The bridge opens in May.", q.text)
      assert.are.equal("told", q.cue)
    end)

    it("with the verb before the speaker, and a reported clause after it", function ()
      local qs = find("“We will rebuild the bridge,” said Tobias Brenner, " ..
                      "adding that work on the new span starts in May.")
      assert.are.equal(2, #qs)
      local d = quote(qs, "We will rebuild")
      assert.are.equal("direct", d.kind)
      assert.are.equal("Tobias Brenner", d.speaker)
      assert.are.equal("quote.en.quote_cue_subject", d.rule)
      local i = quote(qs, "work on the new span")
      assert.are.equal("indirect", i.kind)
      assert.are.equal("Tobias Brenner", i.speaker)
      assert.are.equal("work on the new span starts in May", i.text)
      assert.are.equal("quote.en.gerund", i.rule)
    end)

    it("when the sentence splitter cuts after the quotation", function ()
      local qs = find("Tobias Brenner met the council on Friday.\n“Stop!” Brenner said.")
      local q = quote(qs, "Stop!")
      assert.are.equal("Tobias Brenner", q.speaker)
      assert.are.equal("Brenner", q.mention)
    end)

    it("with an ellipsis inside", function ()
      local q = find("“From the river … to the hills, we stand together,” " ..
                     "Tobias Brenner said.")[1]
      assert.are.equal("From the river … to the hills, we stand together,", q.text)
    end)

    it("over several paragraphs (no closing mark until the last)", function ()
      local text = "Tobias Brenner said: “The first paragraph of a long statement.\n" ..
                   "“The second paragraph goes on.\n" ..
                   "“The last one ends here.”\n" ..
                   "Then the meeting closed."
      local qs = find(text)
      assert.are.equal(1, #qs)
      assert.are.equal("The first paragraph of a long statement.\n“The second paragraph goes on.\n" ..
                       "“The last one ends here.", qs[1].text)
      assert.are.equal("direct", qs[1].kind)
    end)

    it("with straight marks and single marks inside double ones", function ()
      local qs = find("\"The river 'will not wait' for us,\" Tobias Brenner said.")
      assert.are.equal(1, #qs)
      assert.are.equal("The river 'will not wait' for us,", qs[1].text)
      assert.are.equal("Tobias Brenner", qs[1].speaker)
      qs = find("‘Curly singles’ are not quotations here, Tobias Brenner said of the sign.")
      assert.are.equal("Tobias Brenner", qs[1].speaker)
    end)

    it("goes on after the cue when the quotation resumes in the same paragraph", function ()
      local qs = find("“We are ready,” Tobias Brenner said. “Nobody will stop us now.”")
      assert.are.equal(1, #qs)
      assert.matches("^We are ready,” Tobias Brenner said%. “Nobody will stop us now%.$", qs[1].text)
    end)

    it("with a byline after the quotation", function ()
      local q = find("“The town deserves better than this.” ― Tobias Brenner")[1]
      assert.are.same({ "The town deserves better than this.", "Tobias Brenner", "quote.en.dash_byline" },
                      { q.text, q.speaker, q.rule })
    end)

    it("in the paragraphs after a cue that ends with a colon", function ()
      local q = find("The Guardian reports:\n\n“The bridge will open in May.\n\n“The work is done.”\n\n" ..
                     "The mayor left.")[1]
      assert.are.equal("The bridge will open in May.\n\n“The work is done.", q.text)
      assert.are.equal("The Guardian", q.speaker)
    end)

    it("gives a quotation paragraph with no cue to the speaker before it", function ()
      local qs = find("“We are ready,” Tobias Brenner said.\n" ..
                      "“Nobody will stop us now. The work goes on through the winter.”")
      assert.are.equal(2, #qs)
      local f = quote(qs, "Nobody will stop us")
      assert.are.equal("Tobias Brenner", f.speaker)
      assert.are.equal("quote.en.floating", f.rule)
      assert.is_nil(f.cue)
    end)

    it("leaves scare quotes and quoted words of the speaker alone", function ()
      local qs = find("The “bold” plan reached the council on Monday.\n" ..
                      "“I think the plan is sound,” Tobias Brenner said.")
      assert.are.equal(1, #qs)
      assert.are.equal("Tobias Brenner", qs[1].speaker)
    end)
  end)

  describe("mixed quotes", function ()
    it("run from the reported clause to the end, with a pronoun resolved", function ()
      local text = "Mayor Tobias Brenner met farmers on Monday. He argued the new dam " ..
                   "“will protect every village downstream,” while critics “doubt it.”"
      local q = find(text)[1]
      assert.are.equal("mixed", q.kind)
      assert.are.equal("the new dam “will protect every village downstream,” while critics " ..
                       "“doubt it.”", q.text)
      assert.are.equal("Tobias Brenner", q.speaker)
      assert.are.equal("He", q.mention)
      assert.are.equal("argued", q.cue)
    end)

    it("stop where a clause of their own begins", function ()
      local q = find("Tobias Brenner argued the harbour “is no longer safe,” " ..
                     "pointing to the storms of last year.")[1]
      assert.are.equal("the harbour “is no longer safe,”", q.text)
    end)
  end)

  describe("indirect quotes", function ()
    it("after a reporting verb, a surname resolved to the full name", function ()
      local qs = find("Tobias Brenner said the harbour would reopen in spring.\n" ..
                      "Later, Brenner stressed that the cost of the work had doubled.")
      assert.are.equal(2, #qs)
      assert.are.same({ "the harbour would reopen in spring", "indirect", "Tobias Brenner" },
                      { qs[1].text, qs[1].kind, qs[1].speaker })
      assert.are.same({ "the cost of the work had doubled", "Tobias Brenner", "Brenner" },
                      { qs[2].text, qs[2].speaker, qs[2].mention })
    end)

    it("with an addressee", function ()
      local q = find("Tobias Brenner told the Guardian the cost of the work had doubled.")[1]
      assert.are.equal("the cost of the work had doubled", q.text)
      assert.are.equal("The Guardian", q.addressee)
    end)

    it("with the subject of the sentence as the speaker of a gerund clause", function ()
      local q = find("Tobias Brenner opened the new bridge on Monday, " ..
                     "telling the Guardian the town would build another one.")[1]
      assert.are.equal("the town would build another one", q.text)
      assert.are.equal("Tobias Brenner", q.speaker)
      assert.are.equal("The Guardian", q.addressee)
    end)

    it("from an outlet, with that, and after a time", function ()
      local q = find("The Guardian reported that the mayor will resign next week.")[1]
      assert.are.equal("the mayor will resign next week", q.text)
      assert.are.equal("The Guardian", q.speaker)
      q = find("Tobias Brenner said on Tuesday that the mayor will resign next week.")[1]
      assert.are.equal("the mayor will resign next week", q.text)
    end)

    it("with according to, before or after the content", function ()
      local q = find("According to the Guardian, the mayor will resign next week.")[1]
      assert.are.same({ "the mayor will resign next week", "The Guardian", "According to" },
                      { q.text, q.speaker, q.cue })
      q = find("The mayor will resign next week, according to the Guardian.")[1]
      assert.are.same({ "The mayor will resign next week", "The Guardian" }, { q.text, q.speaker })
    end)

    it("with the cue inside the sentence (both sides are the content)", function ()
      local q = find("The harbour, Tobias Brenner said, would reopen in spring.")[1]
      assert.are.equal("The harbour, Tobias Brenner said, would reopen in spring", q.text)
    end)

    it("keeps the outer attribution when one is reported inside another", function ()
      local qs = find("Tobias Brenner said the council believes the harbour will reopen.")
      assert.are.equal(1, #qs)
      assert.are.equal("the council believes the harbour will reopen", qs[1].text)
    end)

    it("with an apposition after the speaker", function ()
      local q = find("Tobias Brenner, the mayor of the town, said the bridge would open in May.")[1]
      assert.are.same({ "the bridge would open in May", "Tobias Brenner", "quote.en.subject_apposition_cue" },
                      { q.text, q.speaker, q.rule })
    end)

    it("with any verb before a that-clause, and with a noun as the cue", function ()
      local q = find("Tobias Brenner regretted that the bridge would not open in May.")[1]
      assert.are.same({ "the bridge would not open in May", "regretted", "quote.en.verb_that" },
                      { q.text, q.cue, q.rule })
      q = find("Critics rejected Tobias Brenner's claim that the river is clean.")[1]
      assert.are.same({ "the river is clean", "Tobias Brenner", "claim", "Tobias Brenner" },
                      { q.text, q.speaker, q.cue, q.mention })
    end)

    it("leaves out verbs with an object and no clause", function ()
      assert.are.same({}, find("The Guardian published a long report on the harbour."))
    end)
  end)

  describe("headlines and short forms", function ()
    it("Outlet: content", function ()
      local q = find("Guardian: Mayor to resign next week")[1]
      assert.are.same({ "Mayor to resign next week", "The Guardian", ":" }, { q.text, q.speaker, q.cue })
    end)

    it("content, claims Outlet (in a list)", function ()
      local q = find("Read more:\n- Mayor to resign next week, claims Guardian. Is it true?")[1]
      assert.are.same({ "Mayor to resign next week", "The Guardian", "claims" },
                      { q.text, q.speaker, q.cue })
    end)
  end)

  describe("the word lists", function ()
    it("read reporting verbs and phrases from the dictionary", function ()
      local found = glean.lookup("She pointed out that it rained.")
      local labels = {}
      for _, r in ipairs(found) do labels[r.text] = r.label end
      assert.are.equal("reporting_verb", labels["pointed out"])
    end)

    it("take the rules as data (a rule set compiles on its own)", function ()
      local set = require "glean.rules.en.quotes"
      local c = quotes.compile(set)
      assert.is_truthy(c.program)
      assert.has_error(function () quotes.compile({ rules = { { id = "x" } } }) end)
    end)
  end)

  describe("bad input", function ()
    it("never raises: empty text, invalid bytes, unbalanced marks", function ()
      for _, text in ipairs({ "", " ", "\255\254 said “", "”", "“", "\"", "''", "'' ''",
                              "“ said Brenner", "Tobias Brenner said “\n\n”",
                              "Tobias Brenner said: “This never closes.\nNext paragraph.",
                              string.rep("“", 10000), string.rep("\"", 10001),
                              string.rep("” Tobias Brenner said “", 500),
                              "said:" .. string.rep(" “a", 3000) }) do
        local ok, err = pcall(find, text)
        assert(ok, err)
      end
    end)

    it("ends an unclosed quotation at the end of its paragraph", function ()
      local q = find("Tobias Brenner said: “This never closes.\nNext paragraph here.")[1]
      assert.are.equal("This never closes.", q.text)
    end)

    it("stays linear in the text (10 MB of unbalanced marks)", function ()
      local ex = glean.new({ packs = {}, stages = { "glean.quotes" } })
      local function took (n)
        local text = string.rep("“", math.floor(n / 3))
        local t0 = os.clock()
        ex:extract(text)
        return os.clock() - t0
      end
      local big = math.max(30000, math.floor(10e6 * SCALE))
      local small = math.floor(big / 10)
      local ts = took(small)
      local tb = took(big)
      -- ten times the text in well under a hundred times the time
      assert.is_true(tb < 40 * math.max(ts, 0.005),
                     ("%d bytes: %.3fs, %d bytes: %.3fs"):format(small, ts, big, tb))
    end)

    it("stays linear with a cue in every sentence and no quotation closed", function ()
      local ex = glean.new({ packs = {}, stages = { "glean.quotes" } })
      local function took (unit, n)
        local text = string.rep(unit, math.floor(n / #unit))
        local t0 = os.clock()
        ex:extract(text)
        return os.clock() - t0
      end
      local big = math.max(20000, math.floor(200000 * SCALE))
      for _, unit in ipairs({ "“Ann said ", "Ann said, ", "he said that " }) do
        local ts = took(unit, big / 10)
        local tb = took(unit, big)
        assert.is_true(tb < 40 * math.max(ts, 0.005),
                       ("%q: %.3fs, then %.3fs"):format(unit, ts, tb))
      end
    end)
  end)
end)
