local glean = require "glean"
local helper = require "spec.helper"

local function split (text, opts)
  local s = glean.sentences(text, opts)
  local out = {}
  for i = 1, #s do out[i] = s:text(i) end
  return out
end

describe("glean.sentences", function ()
  it("has length and index access with Lua positions", function ()
    local text = "One here. Two there."
    local s = glean.sentences(text)
    assert.are.equal(2, #s)
    assert.are.equal(1, s[1].first)
    assert.are.equal(9, s[1].last)
    assert.are.equal("Two there.", text:sub(s[2].first, s[2].last))
    assert.are.equal(1, s[1].first_token)
    assert.are.equal(3, s[1].last_token)
    assert.are.equal(4, s[2].first_token)
    assert.is_nil(s[3])
  end)

  it("ends no sentence at 'v.' or 'vs.', nor at an initial 'V.'", function ()
    assert.are.equal(1, #split("Roe v. Wade was decided in 1973."))
    assert.are.equal(1, #split("Leeds vs. Hull ended 2-1."))
    assert.are.equal(1, #split("Commissioner V. Palaniappan said so."))
  end)

  it("ends a sentence at a state's abbreviation only after a comma", function ()
    assert.are.same({ "He lives in Baltimore, Md.", "The next day he left." },
                    split("He lives in Baltimore, Md. The next day he left."))
    assert.are.equal(1, #split("The water rose, said Md. Enamul Haque, the minister."))
    -- (the class is one a caller may give: "place")
    local tk = glean.tokenizer({ abbreviations = { ["Ky."] = "place" } })
    assert.are.equal(2, #tk:sentences("She lives in Paducah, Ky. The mayor spoke."))
    assert.are.equal(1, #tk:sentences("He met Ky. Lee at noon."))
  end)

  it("gives the token ranges as parallel arrays on request", function ()
    local s = glean.sentences("One here. Two there. And three.")
    local firsts, lasts = s:arrays()
    assert.are.equal(#s, #firsts)
    assert.are.equal(#s, #lasts)
    for i = 1, #s do
      assert.are.equal(s[i].first_token, firsts[i])
      assert.are.equal(s[i].last_token, lasts[i])
    end
    firsts, lasts = glean.sentences(""):arrays()
    assert.are.same({}, firsts)
    assert.are.same({}, lasts)
  end)

  it("accepts a token list and shares it", function ()
    local toks = glean.tokenize("A b. C d.")
    local s = glean.sentences(toks)
    assert.are.equal(2, #s)
    assert.are.equal(toks, s:tokens())
    assert.are.equal(#toks, #s:tokens())
    local s2 = toks:sentences()
    assert.are.equal(2, #s2)
  end)

  it("splits after . ? ! before a capital", function ()
    assert.are.same({ "It rose.", "Why?", "Nobody knows!", "Then it fell." },
                    split("It rose. Why? Nobody knows! Then it fell."))
  end)

  it("does not split before lower case, after abbreviations or initials", function ()
    assert.are.same({ "Dr. Jones met Gen. Smith and J. R. R. Tolkien in Jan. last year." },
                    split("Dr. Jones met Gen. Smith and J. R. R. Tolkien in Jan. last year."))
    assert.are.same({ "The U.S. Army said so." }, split("The U.S. Army said so."))
    assert.are.same({ "See No. 5 on the list." }, split("See No. 5 on the list."))
  end)

  it("ends a sentence at an acronym in capitals that folds to an abbreviation", function ()
    assert.are.same({ "He joined the PT.", "A spokesman said so." },
                    split("He joined the PT. A spokesman said so."))
    assert.are.same({ "It \"helps the PT.\"", "A spokesman said so." },
                    split("It \"helps the PT.\" A spokesman said so."))
    assert.are.same({ "It is under review by the SEC.", "The firm said so." },
                    split("It is under review by the SEC. The firm said so."))
    -- (a line in capitals keeps its abbreviations)
    assert.are.same({ "THE ST. LOUIS CARDINALS WON." }, split("THE ST. LOUIS CARDINALS WON."))
  end)

  it("lets some abbreviations end a sentence", function ()
    assert.are.same({ "They sold apples, pears etc.", "Then they left." },
                    split("They sold apples, pears etc. Then they left."))
  end)

  it("keeps the closing quote with its sentence", function ()
    assert.are.same({ "He said “the talks are over.”", "Nobody answered." },
                    split("He said “the talks are over.” Nobody answered."))
    assert.are.same({ "“We are ready, from both sides,” the minister said." },
                    split("“We are ready, from both sides,” the minister said."))
    assert.are.same({ "\"Is it over?\" he asked." }, split("\"Is it over?\" he asked."))
  end)

  it("does not cut a quotation", function ()
    assert.are.same({ "“We will win. They will lose,” she said.", "Later she left." },
                    split("“We will win. They will lose,” she said. Later she left."))
  end)

  it("does not split at an ellipsis before lower case", function ()
    assert.are.same({ "“From here … it seems fine,” he said." },
                    split("“From here … it seems fine,” he said."))
    assert.are.same({ "Wait …", "Now go." }, split("Wait … Now go."))
  end)

  it("treats line breaks between paragraphs, headlines and list items as ends", function ()
    assert.are.same({ "HEADLINE WITHOUT STOP", "Body text here.", "Read more:",
                      "- First item", "- Second item.", "With two sentences" },
      split("HEADLINE WITHOUT STOP\nBody text here.\nRead more:\n- First item\n" ..
            "- Second item. With two sentences\n"))
  end)

  it("splits inside a quotation that never closes", function ()
    assert.are.same({ "“This never closes.", "Still inside", "Next paragraph.", "Two." },
                    split("“This never closes. Still inside\nNext paragraph. Two."))
    assert.are.equal(1001, #glean.sentences("“Unclosed. " .. ("A b. "):rep(1000)))
    assert.are.same({ "“One. Two,” she said.", "Three." },
                    split("“One. Two,” she said. Three."))
  end)

  it("joins the lines of hard-wrapped text", function ()
    local text = table.concat({
      "The minister said on Tuesday that the talks would go on for another",
      "week, and that both sides had agreed to meet again in the capital,",
      "where officials from several countries were expected to attend.",
      "",
      "A second paragraph starts here and it goes on for a while as well so",
      "that it wraps onto another line just like the first one did before.",
    }, "\n")
    local s = split(text)
    assert.are.equal(2, #s)
    assert.matches("^The minister said .* expected to attend%.$", s[1])
    assert.are.equal(5, #split(text, { wrap = "no" }))
  end)

  it("rejects bad options", function ()
    assert.has_error(function () glean.sentences("x", { wrap = "maybe" }) end)
    assert.has_error(function () glean.sentences(42) end)
  end)

  describe("the seed article", function ()
    local path = helper.shared("seed/article.txt")
    local it_ = path and it or pending
    it_("has 22 sentences and no quotation is cut", function ()
      local text = helper.read(path)
      local s = glean.sentences(text)
      assert.are.equal(22, #s)
      for i = 1, #s do
        local t = s:text(i)
        local opens = select(2, t:gsub("“", ""))
        local closes = select(2, t:gsub("”", ""))
        assert.are.equal(opens, closes, t)
      end
      assert.are.equal("Read more:", s:text(15))
      assert.are.equal("Should we believe it?", s:text(17))
    end)
  end)
end)
