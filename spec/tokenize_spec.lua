local glean = require "glean"
local helper = require "spec.helper"

local texts = helper.texts

local function find_token (toks, text)
  for i = 1, #toks do
    if toks:text(i) == text then return toks[i], i end
  end
end

describe("glean.tokenize", function ()
  describe("API contract", function ()
    it("returns a list with length, index access and Lua positions", function ()
      local text = "Kyiv said no."
      local toks = glean.tokenize(text)
      assert.are.equal(4, #toks)
      assert.are.equal(1, toks[1].first)
      assert.are.equal(4, toks[1].last)
      assert.are.equal("word", toks[1].kind)
      for i = 1, #toks do
        assert.are.equal(toks[i].text, text:sub(toks[i].first, toks[i].last))
      end
      assert.is_nil(toks[0])
      assert.is_nil(toks[5])
    end)

    it("has accessors that build no table", function ()
      local toks = glean.tokenize("Hello, world")
      assert.are.equal(5, toks:last(1))
      assert.are.equal(6, toks:first(2))
      assert.are.equal("punct", toks:kind(2))
      assert.are.equal("world", toks:text(3))
      assert.is_true(toks:is(1, "title"))
      assert.is_false(toks:is(3, "title"))
      assert.are.equal(1, math.floor(toks:flags(1) / glean.FLAG.title) % 2)
    end)

    it("gives parallel arrays on request", function ()
      local firsts, lasts, kinds, flags = glean.tokenize("a, b"):arrays()
      assert.are.same({ 1, 2, 4 }, firsts)
      assert.are.same({ 1, 2, 4 }, lasts)
      assert.are.same({ "word", "punct", "word" }, kinds)
      assert.are.equal(3, #flags)
    end)

    it("finds the token at a byte position", function ()
      local toks = glean.tokenize("ab  cd")
      assert.are.equal(1, toks:find(2))
      assert.is_nil(toks:find(3))
      assert.are.equal(2, toks:find(5))
      assert.is_nil(toks:find(0))
      assert.is_nil(toks:find(99))
    end)

    it("rejects wrong argument types with a glean: error", function ()
      assert.has_error(function () glean.tokenize(nil) end)
      assert.has_error(function () glean.tokenize({}) end)
      local ok, err = pcall(glean.tokenize, 42)
      assert.is_false(ok)
      assert.matches("glean: bad argument #1 to 'tokenize'", err)
      local toks = glean.tokenize("a b")
      ok, err = pcall(toks.first, toks, 3)
      assert.is_false(ok)
      assert.matches("glean: index 3 out of range", err)
      ok, err = pcall(toks.is, toks, 1, "shiny")
      assert.is_false(ok)
      assert.matches("glean: unknown token flag 'shiny'", err)
    end)

    it("gives no tokens for empty or blank text", function ()
      assert.are.equal(0, #glean.tokenize(""))
      assert.are.equal(0, #glean.tokenize(" \n\t\r\n  "))
      assert.are.equal(0, #glean.sentences(""))
    end)

    it("keeps the text alive as long as the list", function ()
      local toks = glean.tokenize(("word "):rep(1000) .. "end")
      collectgarbage()
      collectgarbage()
      assert.are.equal("end", toks:text(#toks))
    end)
  end)

  describe("splits news text as a reader would", function ()
    it("separates possessive 's from the name", function ()
      assert.are.same({ "Ukraine", "’s", "stance" },
                      texts(glean.tokenize("Ukraine’s stance")))
      assert.are.same({ "Russia", "'s", "army" },
                      texts(glean.tokenize("Russia's army")))
      local t = glean.tokenize("Ukraine’s")
      assert.is_true(t[2].clitic)
      assert.is_nil(t[2].space_before)
    end)

    it("splits other clitics, keeps names with apostrophes", function ()
      assert.are.same({ "do", "n’t", "we", "’re" }, texts(glean.tokenize("don’t we’re")))
      assert.are.same({ "O'Brien", "and", "d'Ivoire" },
                      texts(glean.tokenize("O'Brien and d'Ivoire")))
    end)

    it("gives a name's elided particle its capital's shape", function ()
      local t = glean.tokenize("d’Almeida d'Ávila d'Or d'amour l'Audiovisuel")
      assert.is_true(t[1].cap)
      assert.is_true(t[2].cap)
      assert.is_nil(t[3].cap)
      assert.is_nil(t[4].cap)
      assert.is_nil(t[5].cap)
      assert.is_true(t[4].lower)
    end)

    it("takes quote marks and punctuation off words", function ()
      assert.are.same({ "“", "From", "both", "sides", ",", "”", "she", "said", "." },
                      texts(glean.tokenize("“From both sides,” she said.")))
    end)

    it("marks the side of quote marks", function ()
      local t = glean.tokenize("“Yes,” he said. \"No\" she 'said' ‘so’")
      assert.are.equal("open", t[1].side)
      assert.are.equal("close", t[4].side)
      local open = find_token(t, '"')
      assert.are.equal("open", open.side)
      assert.are.equal("quote", t[10].kind)
      assert.are.equal("close", t[10].side)
      local single = t[12]
      assert.are.equal("'", single.text)
      assert.is_true(single.single)
      assert.are.equal("open", single.side)
      assert.are.equal("‘", t[15].text)
      assert.are.equal("open", t[15].side)
      assert.are.equal("close", t[17].side)
    end)

    it("makes an ellipsis its own token", function ()
      local t = glean.tokenize("this … it and so... on")
      assert.are.same({ "this", "…", "it", "and", "so", "...", "on" }, texts(t))
      assert.is_true(t[2].ellipsis)
      assert.is_true(t[6].ellipsis)
    end)

    it("splits hyphenated compounds and marks them joined", function ()
      local t = glean.tokenize("by end-2024 a pro-Russian group")
      assert.are.same({ "by", "end", "-", "2024", "a", "pro", "-", "Russian", "group" },
                      texts(t))
      assert.is_true(t[2].joined_next)
      assert.is_true(t[3].joined_prev and t[3].joined_next)
      assert.are.equal("hyphen", t[3].kind)
      assert.is_true(t[4].joined_prev)
      assert.is_nil(t[5].joined_prev)
      assert.are.equal("number", t[4].kind)
      assert.is_true(t[8].joined_prev)
    end)

    it("joins an abbreviation to a hyphenated word", function ()
      local t = glean.tokenize("a U.S.-led force")
      assert.are.same({ "a", "U.S.", "-", "led", "force" }, texts(t))
      assert.is_true(t[2].joined_next and t[2].abbrev)
      assert.is_true(t[4].joined_prev)
    end)

    it("keeps abbreviations and initials whole", function ()
      assert.are.same({ "U.S.", "Dr.", "Smith", "met", "J.", "R.", "R.", "Tolkien", "in",
                        "Jan.", ",", "e.g.", "here" },
                      texts(glean.tokenize("U.S. Dr. Smith met J. R. R. Tolkien in Jan., " ..
                                           "e.g. here")))
      local t = glean.tokenize("J. Smith")
      assert.is_true(t[1].initial)
      assert.is_true(t[1].abbrev)
    end)

    it("keeps numbers whole", function ()
      assert.are.same({ "1,000.5", "and", "3.5", "in", "2024", "at", "10:30" },
                      texts(glean.tokenize("1,000.5 and 3.5 in 2024 at 10:30")))
      local t = glean.tokenize("2,000 soldiers")
      assert.are.equal("number", t[1].kind)
      assert.are.same({ "£", "30m", "in", "2024", "." }, texts(glean.tokenize("£30m in 2024.")))
    end)

    it("keeps URLs and e-mail addresses whole", function ()
      local t = glean.tokenize("See https://example.org/a/b?c=1&d=(2). Mail " ..
                               "jane.doe+news@example.co.uk now, or www.example.com.")
      local url = find_token(t, "https://example.org/a/b?c=1&d=(2)")
      assert.are.equal("url", url.kind)
      local mail = find_token(t, "jane.doe+news@example.co.uk")
      assert.are.equal("email", mail.kind)
      assert.are.equal("url", find_token(t, "www.example.com").kind)
      assert.are.same({ "Seti", "@", "home" }, texts(glean.tokenize("Seti@home")))
    end)

    it("recognises dashes and bullets", function ()
      local t = glean.tokenize("- first item\nCRICKET - TOP — and – so\n• second")
      assert.are.equal("bullet", t[1].kind)
      assert.are.equal("dash", find_token(t, "-", 2) and t[5].kind)
      assert.are.equal("dash", find_token(t, "—").kind)
      assert.are.equal("dash", find_token(t, "–").kind)
      assert.are.equal("bullet", find_token(t, "•").kind)
    end)

    it("tokenizes other scripts sensibly", function ()
      assert.are.same({ "Зеленський", "сказав", ":", "«", "Київ", "»" },
                      texts(glean.tokenize("Зеленський сказав: «Київ»")))
      assert.are.same({ "Città", "di", "Zürich", "Ærø" },
                      texts(glean.tokenize("Città di Zürich Ærø")))
      local t = glean.tokenize("東京タワーは2024年")
      assert.are.same({ "東", "京", "タワー", "は", "2024", "年" }, texts(t))
      assert.is_true(t[1].cjk)
    end)

    it("keeps an emoji with its modifiers in one token", function ()
      assert.are.same({ "ok", "👍🏽", "🇺🇦" }, texts(glean.tokenize("ok 👍🏽 🇺🇦")))
    end)
  end)

  describe("flags", function ()
    it("describes case and content", function ()
      local t = glean.tokenize("Kyiv NATO iPhone london McDonald 4G")
      assert.is_true(t[1].title and t[1].cap)
      assert.is_nil(t[1].upper)
      assert.is_true(t[2].upper and t[2].cap)
      assert.is_nil(t[3].cap)
      assert.is_nil(t[3].lower)
      assert.is_true(t[4].lower)
      assert.is_true(t[5].cap)
      assert.is_nil(t[5].title)
      assert.is_true(t[6].digit and t[6].alpha)
      assert.is_true(glean.tokenize("Ärzte")[1].title)
      assert.is_true(glean.tokenize("ÖSTERREICH")[1].upper)
    end)

    it("agrees with a plain reading of case on words of any length", function ()
      local rand = helper.rng(99)
      local alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
      for _ = 1, 500 do
        local n = rand(40) + 1
        local chars = {}
        for k = 1, n do
          local c = rand(#alphabet) + 1
          if k == 1 and c > 52 then c = c - 52 end   -- start with a letter
          chars[k] = alphabet:sub(c, c)
        end
        local w = table.concat(chars)
        local t = glean.tokenize(("x "):rep(rand(20)) .. w .. " y")
        local v = t[#t - 1]
        assert.are.equal(w, v.text)
        local rest = w:sub(2)
        assert.are.equal(w:match("^%u") ~= nil, v.cap == true, w)
        assert.are.equal(w:match("%u") ~= nil and not w:match("%l"), v.upper == true, w)
        assert.are.equal(w:match("%l") ~= nil and not w:match("%u"), v.lower == true, w)
        assert.are.equal(w:match("^%u") ~= nil and not rest:match("%u"), v.title == true, w)
        assert.are.equal(w:match("%d") ~= nil, v.digit == true, w)
      end
    end)

    it("records the white space before a token", function ()
      local t = glean.tokenize("a b\nc\n\nd,e")
      assert.is_nil(t[1].space_before)
      assert.is_true(t[1].line_start)
      assert.is_true(t[2].space_before)
      assert.is_nil(t[2].newline_before)
      assert.is_true(t[3].newline_before and t[3].line_start)
      assert.is_nil(t[3].para_before)
      assert.is_true(t[4].para_before)
      assert.is_nil(t[5].space_before)
    end)
  end)

  describe("normalized keys", function ()
    it("fold case, compatibility forms and diacritics", function ()
      local keys = {}
      local t = glean.tokenize("KYIV Kyïv ﬁnance Straße Zaporizhzhia’s")
      for i = 1, #t do keys[i] = t:key(i) end
      assert.are.same({ "kyiv", "kyiv", "finance", "strasse", "zaporizhzhia", "'s" }, keys)
    end)
  end)

  describe("bad input", function ()
    it("turns each invalid byte into a token and keeps offsets exact", function ()
      local text = "ab\255cd \192\175 \237\160\128 x\226\130"
      local t = glean.tokenize(text)
      local kinds, joined = {}, {}
      for i = 1, #t do
        kinds[i] = t[i].kind
        joined[i] = t[i].text
        assert.are.equal(t[i].text, text:sub(t[i].first, t[i].last))
      end
      assert.are.same({ "ab", "\255", "cd", "\192", "\175", "\237", "\160", "\128", "x",
                        "\226", "\130" }, joined)
      assert.are.equal("other", kinds[2])
      assert.is_true(t[2].invalid)
    end)

    it("handles NUL and control characters", function ()
      local t = glean.tokenize("a\0b\1c")
      assert.are.same({ "a", "\0", "b", "\1", "c" }, texts(t))
      assert.are.equal("other", t[2].kind)
    end)

    it("covers every non-space byte exactly once, on any input", function ()
      -- a deterministic generator of messy text
      local rand = helper.rng(12345)
      local pieces = { "a", "Z", "7", " ", "\n", ".", ",", "'", "’", "“", "”", "\"", ". A",
                       "? “", ".”\n", "!",
                       "-", "—", "…", "@", "http://", "www.", "é", "Ж", "東", "\255",
                       "\226\128", "U.S.", "n't", "’s", "&", "1,0", "\240\159\145\141", "\t" }
      for _ = 1, 300 do
        local parts = {}
        for k = 1, rand(40) do parts[k] = pieces[rand(#pieces) + 1] end
        local text = table.concat(parts)
        local t = glean.tokenize(text)
        local covered, prev = {}, 0
        for i = 1, #t do
          local a, b = t:first(i), t:last(i)
          assert.is_true(a > prev and b >= a and b <= #text)
          for p = a, b do covered[p] = true end
          prev = b
        end
        for p = 1, #text do
          local c = text:sub(p, p)
          if not covered[p] then
            assert.truthy(c:match("^[ \t\n\r]$"), ("byte %d of %q lost"):format(p, text))
          end
        end
        -- sentences: non-empty, in order, every token in exactly one
        for _, wrap in ipairs({ "auto", "yes", "no" }) do
          local ss = t:sentences(wrap)
          local last = 0
          for k = 1, #ss do
            local v = ss[k]
            assert.are.equal(last + 1, v.first_token, ("%q (%s)"):format(text, wrap))
            assert.is_true(v.last_token >= v.first_token)
            last = v.last_token
          end
          assert.are.equal(#t, last)
        end
      end
    end)
  end)
end)

describe("the seed article", function ()
  local path = helper.shared("seed/article.txt")
  local it_ = path and it or pending

  it_("tokenizes its tricky spots", function ()
    local text = helper.read(path)
    local t = glean.tokenize(text)
    local s = table.concat(texts(t), " ")
    assert.truthy(s:find("Ukraine ’s stance", 1, true))
    assert.truthy(s:find("“ From this perspective …", 1, true))
    assert.truthy(s:find("both sides , ” Crosetto", 1, true))
    assert.truthy(s:find("end - 2024", 1, true))
    assert.truthy(s:find("“ pro - Russian peacekeeping ”", 1, true))
  end)
end)
