-- Hostile input for glean.tokenize, glean.sentences, glean.offsets and the
-- glean command: invalid UTF-8, NUL bytes, huge lines and texts, floods of
-- one character, wrong argument types, coroutines, garbage collection at
-- awkward moments. Each case must give a correct result (the invariants
-- below) or a clear "glean: ..." error; nothing may crash. The biggest
-- inputs shrink by GLEAN_SPEC_SCALE (make valgrind sets 0.1).
local glean = require "glean"
local helper = require "spec.helper"
local cli = require "glean.cli"

local SCALE = tonumber(os.getenv("GLEAN_SPEC_SCALE") or "") or 1
local function scaled (n) return math.max(1, math.floor(n * SCALE)) end

local floor, concat, char = math.floor, table.concat, string.char

-- UTF-8 of any code point up to U+7FFFFFFF, surrogates included
local function u (cp)
  if cp < 0x80 then return char(cp) end
  if cp < 0x800 then return char(0xC0 + floor(cp / 64), 0x80 + cp % 64) end
  if cp < 0x10000 then
    return char(0xE0 + floor(cp / 4096), 0x80 + floor(cp / 64) % 64,
                0x80 + cp % 64)
  end
  return char(0xF0 + floor(cp / 262144), 0x80 + floor(cp / 4096) % 64,
              0x80 + floor(cp / 64) % 64, 0x80 + cp % 64)
end

-- characters the tokenizer skips (white space, separators, NEL, format
-- characters): the only bytes a token list may leave uncovered
local SKIP = {}
do
  local ranges = { { 0x85, 0x85 }, { 0xA0, 0xA0 }, { 0xAD, 0xAD },
    { 0x61C, 0x61C }, { 0x1680, 0x1680 }, { 0x180E, 0x180E },
    { 0x2000, 0x200F }, { 0x2028, 0x202F }, { 0x205F, 0x2064 },
    { 0x2066, 0x206F }, { 0x3000, 0x3000 }, { 0xFEFF, 0xFEFF },
    { 0xFFF9, 0xFFFB }, { 0x600, 0x605 }, { 0x6DD, 0x6DD }, { 0x70F, 0x70F },
    { 0x890, 0x891 }, { 0x8E2, 0x8E2 }, { 0x110BD, 0x110BD },
    { 0x110CD, 0x110CD }, { 0x13430, 0x1343F }, { 0x1BCA0, 0x1BCA3 },
    { 0x1D173, 0x1D17A }, { 0xE0001, 0xE0001 }, { 0xE0020, 0xE007F } }
  for _, r in ipairs(ranges) do
    for cp = r[1], r[2] do SKIP[#SKIP + 1] = u(cp) end
  end
end

local function skippable (gap)
  gap = gap:gsub("[ \t\r\n\f\v]", "")
  if gap == "" then return true end
  for _, s in ipairs(SKIP) do
    gap = gap:gsub(s:gsub("%W", "%%%0"), "")
    if gap == "" then return true end
  end
  return false
end

local function show (s)
  s = #s > 40 and s:sub(1, 40) .. "..." or s
  return (s:gsub("[^\32-\126]", function (c) return ("\\%d"):format(c:byte()) end))
end

-- the token invariants: ordered, non-overlapping, in bounds, texts are the
-- text's substrings, every byte outside the tokens is skippable white space
local function check_tokens (text, toks)
  local firsts, lasts, kinds = toks:arrays()
  local n, prev = #toks, 0
  assert.are.equal(n, #firsts)
  for i = 1, n do
    local a, b = firsts[i], lasts[i]
    if not (a > prev and b >= a and b <= #text) then
      error(("token %d at %d..%d after %d (text of %d bytes)"):format(
        i, a, b, prev, #text), 2)
    end
    if a > prev + 1 and not skippable(text:sub(prev + 1, a - 1)) then
      error(("bytes %d..%d (%s) are in no token"):format(prev + 1, a - 1,
            show(text:sub(prev + 1, a - 1))), 2)
    end
    if kinds[i] == nil then error(("token %d has no kind"):format(i), 2) end
    prev = b
  end
  if prev < #text and not skippable(text:sub(prev + 1)) then
    error(("bytes %d.. (%s) after the last token are in no token"):format(
          prev + 1, show(text:sub(prev + 1))), 2)
  end
  return n
end

-- sentences: non-empty token ranges, in order, covering every token
local function check_sentences (toks, ss)
  local nt, nexti = #toks, 1
  for i = 1, #ss do
    local s = ss[i]
    if s.first_token ~= nexti or s.last_token < s.first_token then
      error(("sentence %d covers tokens %d..%d, expected to start at %d")
            :format(i, s.first_token, s.last_token, nexti), 2)
    end
    if s.first ~= toks:first(s.first_token) or
       s.last ~= toks:last(s.last_token) then
      error(("sentence %d byte range %d..%d does not match its tokens")
            :format(i, s.first, s.last), 2)
    end
    nexti = s.last_token + 1
  end
  if nexti ~= nt + 1 then
    error(("sentences cover tokens 1..%d of %d"):format(nexti - 1, nt), 2)
  end
  return #ss
end

-- tokenize, check, split (every wrap mode), check; returns toks, sents
local function check_text (text, wraps)
  local toks = glean.tokenize(text)
  check_tokens(text, toks)
  local ss
  for _, wrap in ipairs(wraps or { "auto" }) do
    ss = glean.sentences(toks, { wrap = wrap })
    check_sentences(toks, ss)
  end
  local ss2 = glean.sentences(text)
  assert.are.equal(#glean.sentences(toks), #ss2)
  return toks, ss
end

local function cpu (f)
  local t0 = os.clock()
  local r = f()
  return os.clock() - t0, r
end

-- does work grow linearly? t(10 n) against t(n), loosely (quadratic: 100x)
local function assert_linear (make, n, what, work)
  work = work or function (s) return #glean.tokenize(s) end
  local small, big = make(n), make(10 * n)
  local ts = math.min(cpu(function () return work(small) end),
                      cpu(function () return work(small) end))
  -- the best of two runs, a floor for timer noise, and a bound halfway
  -- between linear (10x) and quadratic (100x): a loaded machine passes
  local tb = math.min(cpu(function () return work(big) end),
                      cpu(function () return work(big) end))
  local ratio = tb / math.max(ts, 0.005)
  assert(ratio < 50, ("%s: %d bytes took %.3f s, %d bytes %.3f s (x%.0f)")
         :format(what, #small, ts, #big, tb, ratio))
end

local tmpfile = helper.tmpfile

local function sink ()
  local buf = {}
  return { write = function (self, ...)
    for _, s in ipairs({ ... }) do buf[#buf + 1] = tostring(s) end
    return self
  end, text = function () return concat(buf) end }
end

local function run_cli (args)
  local out, err = sink(), sink()
  local code = cli.main(args, { stdout = out, stderr = err })
  return code, out.text(), err.text()
end

local function count_lines (s)
  local n = 0
  for _ in s:gmatch("\n") do n = n + 1 end
  return n
end

-- pcall f(...): must fail with a message that says "glean:"
local function glean_error (f, ...)
  local ok, err = pcall(f, ...)
  if ok then return "no error" end
  err = tostring(err)
  if not err:find("glean:", 1, true) then return "message " .. err end
  return nil
end

describe("hostile input", function ()
  describe("invalid UTF-8", function ()
    local BAD = {
      "\255", "\254\255", "\192\128", "\193\191", "\224\128\128",
      "\224\159\191", "\240\128\128\128", "\240\143\191\191",
      "\244\144\128\128", "\245\128\128\128", "\248\136\128\128\128",
      "\252\132\128\128\128\128", "\226\128", "\240\159\145", "\128\191",
      "\195", "\237\160\128", "\237\191\191", "\237\160\189\237\184\128",
    }

    it("makes every bad byte a one-byte invalid token", function ()
      for _, bad in ipairs(BAD) do
        local text = "Kyiv " .. bad .. "said" .. bad .. ". " .. bad
        local toks = check_text(text, { "auto", "no", "yes" })
        local invalid = 0
        for i = 1, #toks do
          local t = toks[i]
          assert.are.equal(text:sub(t.first, t.last), t.text)
          assert.is_string(t.key)
          if t.invalid then
            invalid = invalid + 1
            assert.are.equal(1, #t.text)
            assert.are.equal("other", t.kind)
          end
        end
        assert.are.equal(3 * #bad, invalid, "in " .. show(text))
        assert.are.equal(#toks[1].text, 4)
      end
    end)

    it("handles UTF-8-encoded lone surrogates (CESU-8)", function ()
      for _, cp in ipairs({ 0xD800, 0xDBFF, 0xDC00, 0xDFFF }) do
        local text = "a" .. u(cp) .. "b " .. u(cp) .. "\n" .. u(cp)
        local toks = check_text(text)
        assert.are.equal(11, #toks)        -- a, 3 bytes, b, 3 bytes, 3 bytes
        assert.are.same({ 4, 13 }, glean.offsets(text, { 5, #text + 1 }))
        assert.are.same({ 4, 13 }, glean.offsets(text, { 5, #text + 1 }, "utf16"))
      end
    end)

    it("survives random bytes", function ()
      local rnd = 12345
      local function byte ()
        rnd = (rnd * 1103515245 + 12345) % 2147483648
        return floor(rnd / 65536) % 256
      end
      for _ = 1, 50 do
        local b = {}
        for i = 1, 400 do b[i] = char(byte()) end
        local text = concat(b)
        check_text(text, { "auto", "no", "yes" })
        local pos = {}
        for i = 1, #text + 1 do pos[i] = i end
        local off = glean.offsets(text, pos, "utf16")
        for i = 2, #off do assert(off[i] >= off[i - 1]) end
      end
    end)
  end)

  describe("texts that end early", function ()
    it("extracts from every stretch of words of a sentence full of cues", function ()
      local ex = glean.new()
      local words = {}
      for w in ("Ann Lee, who said the claim that costs rose was wrong, told the Herald " ..
                "in March, as one critic put it, and quote"):gmatch("%S+") do
        words[#words + 1] = w
      end
      for i = 1, #words do
        for j = i, #words do
          local doc = ex:extract(table.concat(words, " ", i, j), { dct = "2024-01-17" })
          assert.is_table(doc.quotes)
        end
      end
    end)
  end)

  describe("NUL bytes", function ()
    it("keeps NULs as tokens, anywhere", function ()
      for _, text in ipairs({ "\0", "abc\0", "\0abc", "Hello\0world. \0\0 Next.\0",
                              "www.example.org\0/x", "a@b.c\0d", "x.\0Y.",
                              "don\0't", "“\0”", ("\0"):rep(1000) }) do
        local toks = check_text(text, { "auto", "no", "yes" })
        local nuls = 0
        for i = 1, #toks do
          if toks:text(i):find("\0", 1, true) then
            nuls = nuls + 1
            assert.are.equal("\0", toks:text(i))
          end
        end
        assert.are.equal(select(2, text:gsub("%z", "")), nuls)
      end
    end)

    it("treats a NUL after a quote mark like any other control character", function ()
      -- (a NUL must not match the terminator of a C string of closers)
      for _, q in ipairs({ "\"", "'", "“", "”" }) do
        assert.are.equal(glean.tokenize(q .. "\1")[1].side,
                         glean.tokenize(q .. "\0")[1].side, show(q))
        assert.are.equal(glean.tokenize("x" .. q .. "\1")[2].side,
                         glean.tokenize("x" .. q .. "\0")[2].side, show(q))
      end
    end)
  end)

  describe("size", function ()
    local CHUNK = "Dr. Smith said “it’s fine” on Jan. 5, 2024 – prices rose " ..
      "3.5% in the U.S. and Kyïv; see www.example.org/a or mail a.b@example.com. "

    it("tokenizes a 20 MB line in about ten times the time of 2 MB", function ()
      local reps = floor(scaled(2 * 1024 * 1024) / #CHUNK)
      local small = CHUNK:rep(reps)
      local big = CHUNK:rep(10 * reps)
      local ts, toks = cpu(function () return glean.tokenize(small) end)
      check_tokens(small, toks)
      local ss = toks:sentences()
      check_sentences(toks, ss)
      local ts2 = cpu(function () return glean.tokenize(small) end)
      local tb, btoks = cpu(function () return glean.tokenize(big) end)
      assert.are.equal(10 * #toks, #btoks)
      assert.are.equal(1, btoks:first(1))
      assert.are.equal(#big - 1, btoks:last(#btoks))
      local tb2 = cpu(function () return glean.tokenize(big) end)
      local ratio = math.min(tb, tb2) / math.max(math.min(ts, ts2), 0.005)
      assert(ratio < 50, ("2 MB %.3f s, 20 MB %.3f s"):format(ts, tb))
      local tss = cpu(function () return toks:sentences() end)
      local tbs, bss = cpu(function () return btoks:sentences() end)
      assert.are.equal(10 * #ss, #bss)
      assert(tbs / math.max(tss, 0.005) < 50,
             ("sentences: 2 MB %.3f s, 20 MB %.3f s"):format(tss, tbs))
    end)

    it("splits 200,000 short lines", function ()
      local n = scaled(200000)
      local text = ("A short line.\n"):rep(n)
      local toks, ss = check_text(text, { "auto", "no", "yes" })
      assert.are.equal(4 * n, #toks)
      assert.are.equal(n, #ss)
      text = ("no stop here\r\n"):rep(n)
      toks, ss = check_text(text, { "auto", "yes" })
      assert.are.equal(3 * n, #toks)
      assert.are.equal(n, #ss)
      assert.are.equal(n, #glean.sentences(("x\n\n"):rep(n)))
    end)

    it("handles empty and white-space-only text", function ()
      for _, text in ipairs({ "", " ", "\n", ("\n"):rep(10000), (" \t\r\n"):rep(10000),
                              ("\u{2029}\u{2028}\u{85}\u{A0}\u{200B}\u{FEFF}"):rep(1000) }) do
        local toks = glean.tokenize(text)
        assert.are.equal(0, #toks)
        assert.are.equal(0, #glean.sentences(text))
        assert.are.equal(0, #toks:sentences())
        assert.is_nil(toks:find(1))
        assert.is_nil(toks[1])
      end
    end)
  end)

  describe("quote marks", function ()
    it("survives 10,000 nested or unbalanced quote marks", function ()
      local n = 10000
      local texts = {
        ("“"):rep(n) .. "x" .. ("”"):rep(n),
        ("“He said "):rep(n) .. "no. Then. She left.",
        ("”. "):rep(n) .. "End.",
        ("\""):rep(n), ("'"):rep(n), ("‘"):rep(n) .. "a" .. ("’"):rep(n),
        ("«"):rep(n) .. "Da. Net." .. ("»"):rep(floor(n / 2)),
        ("„x“ "):rep(n), ("\"a. B.\" "):rep(n), ("(\"[‘"):rep(n) .. ".",
        ("「"):rep(n) .. "。" .. ("」"):rep(n),
      }
      for _, text in ipairs(texts) do
        local toks, ss = check_text(text, { "auto", "no" })
        assert(#toks > 0 and #ss > 0)
      end
      -- a quotation that is never closed keeps its sentences together
      local ss = glean.sentences(("“One. Two. "):rep(n))
      assert(#ss >= 1)
    end)
  end)

  describe("one character repeated (~1 MB)", function ()
    local size = scaled(1024 * 1024)
    local cases = {
      { "a", 1 }, { "Z", 1 }, { "é", 1 }, { "ж", 1 }, { "7", 1 },
      { ".", 1 }, { "-", 1 }, { "—", nil }, { "'", nil }, { "’", nil },
      { "\"", nil }, { "“", nil }, { "”", nil }, { "«", nil },
      { "!", nil }, { "?", nil }, { "@", nil }, { "&", nil }, { "/", nil },
      { "中", nil }, { "カ", 1 }, { "\u{301}", 1 }, { "👍", nil },
      { "\u{1F1FA}", nil }, { "…", nil }, { "•", nil }, { "\255", nil },
      { "\0", nil }, { " ", 0 }, { "\u{200D}", 0 }, { "\u{2028}", 0 },
    }
    for _, c in ipairs(cases) do
      local ch, want = c[1], c[2]
      it(("'%s'"):format(show(ch)), function ()
        local text = ch:rep(floor(size / #ch))
        local toks = glean.tokenize(text)
        if want then assert.are.equal(want, #toks) end
        if #toks <= 200000 then check_tokens(text, toks)
        else -- cheaper: the ends and a stride
          assert.are.equal(1, toks:first(1))
          assert.are.equal(#text, toks:last(#toks))
          for i = 1, #toks - 1, 997 do
            assert.are.equal(toks:last(i) + 1, toks:first(i + 1))
          end
        end
        check_sentences(toks, toks:sentences())
        check_sentences(toks, toks:sentences("yes"))
        local n = floor(size / 10 / #ch)
        assert_linear(function (k) return ch:rep(k) end, n, show(ch),
          function (s) return #glean.tokenize(s):sentences() end)
      end)
    end
  end)

  describe("pathological shapes (linear time)", function ()
    -- each dot-letter pair restarts a scan of all the dotted text after it
    it("dotted letters: a.a.a.a... and A.A.A...", function ()
      for _, unit in ipairs({ "a.", "A.", "ab." }) do
        local make = function (k) return unit:rep(k) .. "a" end
        check_tokens(make(1000), glean.tokenize(make(1000)))
        assert_linear(make, scaled(5000), unit:rep(3) .. "...a")
      end
    end)

    -- a U+2028 or NEL line break in wrapped mode scans back to the last \n
    it("U+2028 and NEL line breaks with wrap = yes", function ()
      for _, sep in ipairs({ "\u{2028}", "\u{85}" }) do
        local make = function (k) return ("word" .. sep):rep(k) end
        assert_linear(make, scaled(4000), "word" .. show(sep) .. "...",
          function (s) return #glean.sentences(s, { wrap = "yes" }) end)
      end
    end)

    -- U+2028 and NEL are line breaks to the tokenizer (newline_before): a
    -- short line they end must end its sentence as a short \n line does
    it("U+2028 and NEL end short lines like \\n in wrapped text", function ()
      for _, wrap in ipairs({ "yes", "auto", "no" }) do
        local want = #glean.sentences("Short one\nNext line here", { wrap = wrap })
        for _, sep in ipairs({ "\u{2028}", "\u{85}" }) do
          local text = "Short one" .. sep .. "Next line here"
          assert.are.equal(want, #glean.sentences(text, { wrap = wrap }),
                           ("wrap = %s, %s"):format(wrap, show(sep)))
          -- after a long \n line: the short line is what counts
          local long = ("A long line of words that goes on and on, "):rep(2):sub(1, 70)
          local want2 = #glean.sentences(long .. "\nShort one\nNext line here", { wrap = wrap })
          text = long .. "\nShort one" .. sep .. "Next line here"
          assert.are.equal(want2, #glean.sentences(text, { wrap = wrap }),
                           ("wrap = %s, after a long line, %s"):format(wrap, show(sep)))
        end
      end
    end)

    it("hyphen chains, apostrophe chains, digit groups, e-mail and URL runs", function ()
      local shapes = {
        function (k) return ("a-"):rep(k) .. "a" end,
        function (k) return ("a'"):rep(k) .. "a" end,
        function (k) return ("a’"):rep(k) .. "s" end,
        function (k) return ("1,"):rep(k) .. "1" end,
        function (k) return ("1."):rep(k) .. "x" end,
        function (k) return ("a@"):rep(k) .. "b.c" end,
        function (k) return ("a.b@"):rep(k) end,
        function (k) return "x@" .. ("a-"):rep(k) end,
        function (k) return ("www."):rep(k) end,
        function (k) return ("www.'"):rep(k) end,
        function (k) return "http://x/" .. ("("):rep(k) end,
        function (k) return ("http://"):rep(k) end,
        function (k) return ("n't "):rep(k) end,
        function (k) return ("AT&"):rep(k) .. "T" end,
        function (k) return ("\n- "):rep(k) end,
        function (k) return ("x\n"):rep(k) .. ("y"):rep(k) .. "\n" .. ("z "):rep(k) end,
      }
      for i, make in ipairs(shapes) do
        local s = make(300)
        check_tokens(s, glean.tokenize(s))
        assert_linear(make, scaled(5000), "shape " .. i .. " " .. show(make(3)),
          function (t) return #glean.tokenize(t):sentences("yes") end)
      end
    end)
  end)

  describe("scripts and marks", function ()
    it("handles right-to-left text, bidi controls and combining marks", function ()
      local texts = {
        "השר אמר: „שלום“. הוא הלך.",
        "الوزير قالَ: «مرحباً». ثم غادر.",
        "\u{200F}RLM\u{200E}LRM \u{202E}override\u{202C} \u{2067}isolate\u{2069}.",
        "e\u{301}te\u{301} Zo\u{308}e \u{301}\u{301}start",
        "Z" .. ("\u{336}\u{301}\u{320}"):rep(2000) .. "algo.",
        "a" .. ("\u{301}"):rep(100000),
        "\u{301}", "مرحبا\u{200D}\u{200C}بالعالم",
        "👨\u{200D}👩\u{200D}👧 🇺🇦🇺 👍🏽👍 1\u{FE0F}\u{20E3}",
        "ﾃｽﾄ ＡＢＣ １２３！？。",
        "डॉक्टर ने कहा। ठीक है।", "ภาษาไทยไม่มีช่องว่าง", "한국어 문장입니다. 다음.",
      }
      for _, text in ipairs(texts) do
        local toks = check_text(text, { "auto", "no", "yes" })
        for i = 1, #toks do assert.is_string(toks:key(i)) end
      end
      local toks = glean.tokenize("e\u{301}te\u{301}")
      assert.are.equal(1, #toks)
      assert.are.equal("ete", toks:key(1))
      assert.are.equal(1, #glean.tokenize("Z" .. ("\u{336}"):rep(5000)))
    end)
  end)

  describe("long words and URLs", function ()
    it("keeps very long words, URLs and addresses whole", function ()
      local n = scaled(500000)
      local url = "https://example.com/" .. ("x/"):rep(n)
      local toks = check_text("See " .. url .. " now.")
      assert.are.equal("url", toks[2].kind)
      assert.are.equal(url, toks:text(2))
      local mail = ("a"):rep(n) .. "@example.com"
      toks = check_text("Write " .. mail .. ".")
      assert.are.equal("email", toks[2].kind)
      toks = check_text("http://" .. ("."):rep(n))
      assert.are.equal(2, #toks)
      local word = ("Wörd"):rep(floor(n / 4))
      toks = check_text(word .. " " .. word)
      assert.are.equal(2, #toks)
      assert.are.equal(("word"):rep(floor(n / 4)), toks:key(1))
    end)
  end)

  describe("JSON", function ()
    it("decodes numbers beyond any integer as floats (fuzz find: an undefined cast)", function ()
      local v = glean.json.decode("[-3e64, 1e308, 9007199254740993, -0.5, 12]")
      assert.are.equal(-3e64, v[1])
      assert.are.equal(1e308, v[2])
      assert.are.equal(12, v[5])
      local mtype = rawget(math, "type")     -- (Lua 5.3+)
      if mtype then assert.are.equal("integer", mtype(v[5])) end
    end)

    it("encodes and decodes NUL bytes as \\u0000 (pipeline fuzz find: a quote " ..
       "holding a NUL could not be encoded, its JSON Lines line was lost)", function ()
      local j = glean.json
      for _, t in ipairs({ "\0", "a\0b", ("\0"):rep(100), "x\0\"\\\n\1\31\127\195\169\0",
                           "\255\0\255\254\254\254\254\254", "\255" .. "0\0\255F",
                           "\0\255\255\0" }) do
        for _, pretty in ipairs({ false, true }) do
          local s = j.encode({ t, { k = t } }, nil, pretty)
          assert.is_nil(s:find("\0", 1, true))
          local v = assert(j.decode(s))
          assert.are.equal(t, v[1], show(t))
          assert.are.equal(t, v[2].k, show(t))
        end
      end
      -- "\u0000" in keys, next to FF bytes, after an escaped backslash
      local v = assert(j.decode('{"\\u0000k\255":"\\u0000\255", "b":"\\\\u0000"}'))
      assert.are.equal("\0\255", v["\0k\255"])
      assert.are.equal("\\u0000", v.b)
      -- a broken text with "\u0000" says where the text itself is broken
      local bad, err, at = j.decode('["\\u0000", \255]')
      assert.is_nil(bad)
      assert.truthy(err:find("glean:", 1, true))
      assert.are.equal(12, at)
      -- a key holding a NUL cannot be encoded (cJSON's keys are C strings)
      assert.is_nil(glean_error(j.encode, { ["a\0b"] = 1 }))
    end)

    it("keeps a JSON Lines line whose quote holds a NUL byte", function ()
      local p = tmpfile('{"id":"a","text":"\\u201cWe will\\u0000 win,\\u201d said Ann Lee.' ..
                        '\\u0000 Paris"}\n{"id":"b","text":"Rain in London."}\n')
      local code, out, err = run_cli({ "--input", "jsonl", "--format", "jsonl", p })
      os.remove(p)
      assert.are.equal(0, code, err)
      assert.are.equal(2, count_lines(out))
      local doc = assert(glean.json.decode(out:match("^[^\n]*")))
      assert.are.equal("a", doc.id)
      local found = false
      for _, q in ipairs(doc.quotes) do
        if q.text:find("\0", 1, true) then found = true end
      end
      assert.truthy(found, out)
    end)

    it("writes a document's JSON in pieces, as the whole would encode", function ()
      -- (a 5 MB article's tree and string took as much memory again as its extraction)
      local fjson = require "glean.formats.json"
      local ex = glean.new()
      local texts = { "", "Rain.", "“We will\0 win,” said Dr. Ann Lee in Paris on Monday.\n\n" ..
        ("The Bank of England (BoE) said on 3 March 2021 that rates would rise, " ..
         "Mr Okafor told the BBC. "):rep(40) }
      for _, text in ipairs(texts) do
        local doc = ex:extract(text, { dct = "2024-03-05", id = "x" })
        for _, unit in ipairs({ "codepoint", "utf16", "byte" }) do
          for _, pretty in ipairs({ false, true }) do
            local whole = glean.json.encode(fjson.document(doc, unit), fjson.KEY_ORDER, pretty)
            local out = sink()
            fjson.put(out, doc, unit, pretty)
            assert.are.equal(whole, out.text())
            assert.are.equal(whole, fjson.encode(doc, unit, pretty))
          end
        end
      end
    end)

    it("treats a long text as a short one, but for its memory", function ()
      -- (a long text's JSON is checked, then written as it is encoded
      -- rather than held: glean.LONG_TEXT lowered to try it here)
      local fjson = require "glean.formats.json"
      local ex = glean.new()
      local text = ("“We will win,” said Dr. Ann Lee, chief executive of Acme Corp, " ..
                    "in Paris on Monday. The Bank of England (BoE) said on 3 March " ..
                    "2021 that rates would rise, Mr Okafor told the BBC.\n\n"):rep(12)
      local old = glean.LONG_TEXT
      local ok, err = pcall(function ()
        glean.LONG_TEXT = math.huge
        local short = ex:extract(text, { dct = "2024-03-05", id = "x" })
        glean.LONG_TEXT = 1000
        local long = ex:extract(text, { dct = "2024-03-05", id = "x" })
        assert.is_true(#long.entities > 12 and #long.quotes >= 12)
        for _, list in ipairs({ "entities", "quotes" }) do
          assert.are.equal(#short[list], #long[list])
          for i, r in ipairs(long[list]) do
            assert.are.same(short[list][i], r)
          end
        end
        for _, pretty in ipairs({ false, true }) do
          local whole = fjson.encode(short, "codepoint", pretty)
          local out = sink()
          fjson.put(out, long, "codepoint", pretty)
          assert.are.equal(whole, out.text())
        end
        -- (a record that cannot be encoded: no half document)
        long.entities[#long.entities]["a\0b"] = 1
        local out = sink()
        assert.is_false(pcall(fjson.put, out, long, "codepoint", false))
        assert.are.equal("", out.text())
      end)
      glean.LONG_TEXT = old
      assert(ok, err)
    end)

    it("writes an error record for a document the format fails on", function ()
      package.loaded["glean.formats.spec_failing"] = {
        write = function () error("glean: cannot write this one", 0) end,
        write_error = function (out, rec) out:write("ERR ", tostring(rec.id), " ", rec.error, "\n") end,
      }
      local p = tmpfile('{"id":"a","text":"One."}\n{"id":"b","text":"Two."}\n')
      local code, out = run_cli({ "--input", "jsonl", "--format", "spec_failing", p })
      os.remove(p)
      package.loaded["glean.formats.spec_failing"] = nil
      assert.are.equal(1, code)
      assert.are.equal("ERR a glean: cannot write this one\nERR b glean: cannot write this one\n", out)
    end)

    it("rejects broken and too deep documents with a message", function ()
      local v, err = glean.json.decode("[1, nu")
      assert.is_nil(v)
      assert.truthy(err:find("glean:", 1, true))
      local ok, e = pcall(glean.json.decode, string.rep("[", 5000) .. string.rep("]", 5000))
      assert.truthy(not ok and e:find("glean:", 1, true) or (ok and e == nil))
    end)
  end)

  describe("pattern programs from a hostile source (fuzz finds)", function ()
    local core = glean.core
    it("refuses an instruction that runs off the end of the code", function ()
      local ok, err = pcall(core.program, { code = { "token", 0, 0 }, tests = { {} },
                                            keysets = {}, rules = { { pc = 0, nslots = 0 } } })
      assert.is_false(ok)
      assert.truthy(err:find("runs off the end", 1, true))
    end)

    it("indexes a rule whose every instruction splits", function ()
      local code = {}
      for i = 0, 30 do
        code[#code + 1] = "split"; code[#code + 1] = (i + 1) % 31; code[#code + 1] = (i + 2) % 31
      end
      code[#code + 1] = "match"; code[#code + 1] = 0; code[#code + 1] = 0
      local prog = core.program({ code = code, tests = {}, keysets = {},
                                  rules = { { pc = 0, nslots = 0 } } })
      local rs = prog:run(glean.tokenize("a b c"))
      assert.are.equal("table", type(rs))
    end)
  end)

  describe("wrong arguments", function ()
    -- calls is a list of {description, function}: each must raise an error
    -- whose message says "glean:"
    local function expect_glean_errors (calls)
      local bad = {}
      for _, c in ipairs(calls) do
        local why = glean_error(c[2])
        if why then bad[#bad + 1] = c[1] .. ": " .. why end
      end
      local shown = {}
      for i = 1, math.min(#bad, 12) do shown[i] = bad[i] end
      if #bad > 12 then shown[13] = ("... and %d more"):format(#bad - 12) end
      assert(#bad == 0, ("%d of %d calls without a 'glean:' error:\n  ")
             :format(#bad, #calls) .. concat(shown, "\n  "))
    end

    local WRONG = { nil, 1, 2.5, true, {}, function () end, io.stdout,
                    coroutine.create(function () end) }
    local NWRONG = 8

    -- calls f(w) for every wrong value w whose type is not in except
    local function each_wrong (calls, name, f, except)
      for i = 1, NWRONG do
        local w = WRONG[i]
        local tw = type(w)
        if not (except and except:find(tw, 1, true)) then
          calls[#calls + 1] = { name:gsub("%$", tw), function () return f(w) end }
        end
      end
    end

    it("module functions", function ()
      local g = glean
      local calls = {}
      each_wrong(calls, "tokenize($)", function (w) return g.tokenize(w) end)
      each_wrong(calls, "sentences($)", function (w) return g.sentences(w) end,
                 "userdata")
      each_wrong(calls, "sentences('x', $)", function (w) return g.sentences("x", w) end,
                 "nil table")
      each_wrong(calls, "sentences('x', {wrap = $})",
                 function (w) return g.sentences("x", { wrap = w }) end, "nil")
      each_wrong(calls, "offsets($, {1})", function (w) return g.offsets(w, { 1 }) end)
      each_wrong(calls, "core.compact($)", function (w) return g.core.compact(w) end, "table")
      local toks = g.tokenize("Ann Lee won.")
      each_wrong(calls, "core.place($, {})", function (w) return g.core.place(w, {}) end)
      each_wrong(calls, "core.place(toks, $)", function (w) return g.core.place(toks, w) end,
                 "table")
      local none = function () end
      each_wrong(calls, "core.link_names($, ...)", function (w)
        return g.core.link_names(w, {}, {}, none, {}, {}, {}) end)
      for a = 2, 7 do
        each_wrong(calls, "core.link_names(toks, ...$ at " .. a .. ")", function (w)
          local args = { toks, {}, {}, none, {}, {}, {} }
          args[a] = w
          local unpack = rawget(table, "unpack") or rawget(_G, "unpack")
          return g.core.link_names(unpack(args, 1, 7))
        end, a == 4 and "function" or "table")
      end
      each_wrong(calls, "offsets('x', $)", function (w) return g.offsets("x", w) end, "table")
      each_wrong(calls, "offsets('x', {$})", function (w) return g.offsets("x", { w }) end,
                 "nil number")
      each_wrong(calls, "offsets('x', {1}, $)", function (w) return g.offsets("x", { 1 }, w) end,
                 "nil")
      each_wrong(calls, "codepoint($, 1)", function (w) return g.codepoint(w, 1) end)
      each_wrong(calls, "codepoint('x', $)", function (w) return g.codepoint("x", w) end,
                 "number")
      each_wrong(calls, "tokenizer($)", function (w) return g.tokenizer(w) end, "nil table")
      each_wrong(calls, "tokenizer{abbreviations = $}",
                 function (w) return g.tokenizer({ abbreviations = w }) end, "nil table")
      for _, v in ipairs({ 0, -1, 3, 2.5, 0 / 0, math.huge, -math.huge, 2 ^ 53, 2 ^ 63 }) do
        calls[#calls + 1] = { "offsets('x', {" .. tostring(v) .. "})",
                              function () return g.offsets("x", { v }) end }
        calls[#calls + 1] = { "codepoint('x', " .. tostring(v) .. ")",
                              function () return g.codepoint("x", v) end }
      end
      local more = {
        { "offsets('x', {1}, 'bytes')", function () return g.offsets("x", { 1 }, "bytes") end },
        { "sentences('x', {wrap = 'maybe'})",
          function () return g.sentences("x", { wrap = "maybe" }) end },
        { "tokenizer{abbreviations = {[1] = true}}",
          function () return g.tokenizer({ abbreviations = { [1] = true } }) end },
        { "tokenizer{abbreviations = {['Dr.'] = 'bogus'}}",
          function () return g.tokenizer({ abbreviations = { ["Dr."] = "bogus" } }) end },
        { "tokenizer{abbreviations = {[long] = true}}",
          function () return g.tokenizer({ abbreviations = { [("x"):rep(100)] = true } }) end },
        { "tokenizer{abbreviations = {[''] = true}}",
          function () return g.tokenizer({ abbreviations = { [""] = true } }) end },
      }
      for _, c in ipairs(more) do calls[#calls + 1] = c end
      expect_glean_errors(calls)
      assert.are.equal(3, #glean.tokenize("Still fine."))   -- nothing broke
    end)

    it("tokenizer{extra_abbreviations = not a table}", function ()
      local calls = {}
      each_wrong(calls, "tokenizer{extra_abbreviations = $}",
                 function (w) return glean.tokenizer({ extra_abbreviations = w }) end,
                 "nil table")
      expect_glean_errors(calls)
    end)

    local function lists ()
      local toks = glean.tokenize("One. Two three.")
      return toks, toks:sentences(), glean.tokenizer({ abbreviations = { ["Dr."] = true } })
    end
    local TOKS_INDEXED = { "first", "last", "kind", "flags", "text", "key", "get" }

    it("method arguments: indexes, flag names, wrap options, texts", function ()
      local toks, ss, tz = lists()
      local calls = {}
      for _, m in ipairs(TOKS_INDEXED) do
        each_wrong(calls, "toks:" .. m .. "($)", function (w) return toks[m](toks, w) end,
                   "number")
        if m ~= "get" then
          for _, i in ipairs({ 0, -1, 6, 2 ^ 40, 0 / 0 }) do
            calls[#calls + 1] = { "toks:" .. m .. "(" .. tostring(i) .. ")",
                                  function () return toks[m](toks, i) end }
          end
        end
      end
      each_wrong(calls, "toks:is(1, $)", function (w) return toks:is(1, w) end, "number")
      calls[#calls + 1] = { "toks:is(1, 'nonsense')",
                            function () return toks:is(1, "nonsense") end }
      calls[#calls + 1] = { "toks:is(9, 'cap')", function () return toks:is(9, "cap") end }
      each_wrong(calls, "toks:find($)", function (w) return toks:find(w) end, "number")
      each_wrong(calls, "toks:sentences($)", function (w) return toks:sentences(w) end,
                 "nil boolean")
      calls[#calls + 1] = { "toks:sentences('maybe')",
                            function () return toks:sentences("maybe") end }
      for _, m in ipairs({ "text", "get" }) do
        each_wrong(calls, "ss:" .. m .. "($)", function (w) return ss[m](ss, w) end, "number")
      end
      calls[#calls + 1] = { "ss:text(0)", function () return ss:text(0) end }
      calls[#calls + 1] = { "ss:text(3)", function () return ss:text(3) end }
      each_wrong(calls, "tz:tokenize($)", function (w) return tz:tokenize(w) end)
      each_wrong(calls, "tz:sentences($)", function (w) return tz:sentences(w) end)
      calls[#calls + 1] = { "tz:sentences(ss)", function () return tz:sentences(ss) end }
      calls[#calls + 1] = { "tz:sentences('x', 'maybe')",
                            function () return tz:sentences("x", "maybe") end }
      expect_glean_errors(calls)
    end)

    it("methods called on the wrong object", function ()
      local toks, ss, tz = lists()
      local calls = {}
      local others = { toks = toks, ss = ss, tz = tz }
      local function on_wrong (obj, oname, methods)
        for _, m in ipairs(methods) do
          local f = obj[m]
          each_wrong(calls, oname .. "." .. m .. "($, 1)", function (w) return f(w, 1) end)
          for name, other in pairs(others) do
            if other ~= obj then
              calls[#calls + 1] = { oname .. "." .. m .. "(" .. name .. ", 1)",
                                    function () return f(other, 1) end }
            end
          end
        end
      end
      on_wrong(toks, "toks", { "first", "text", "is", "arrays", "find", "sentences" })
      on_wrong(ss, "ss", { "text", "get", "tokens", "arrays" })
      on_wrong(tz, "tz", { "tokenize", "sentences", "count" })
      expect_glean_errors(calls)
    end)

    it("a closed tokenizer says so", function ()
      local tz = glean.tokenizer({ abbreviations = {} })
      local toks = tz:tokenize("Still here.")
      tz:close()
      tz:close()
      assert.is_nil(glean_error(function () return tz:tokenize("x") end))
      assert.is_nil(glean_error(function () return tz:sentences("x") end))
      assert.is_nil(glean_error(function () return tz:count() end))
      assert.are.equal("Still", toks:text(1))
      assert.matches("closed", tostring(tz))
    end)

    it("offsets of no positions is an empty table", function ()
      assert.are.same({}, glean.offsets("abc", {}))
      assert.are.same({}, glean.offsets("", {}, "utf16"))
      assert.are.same({ 0 }, glean.offsets("", { 1 }))
    end)
  end)

  describe("coroutines", function ()
    it("tokenizes and splits inside coroutines, read elsewhere", function ()
      local made = {}
      local cos = {}
      for k = 1, 20 do
        cos[k] = coroutine.wrap(function ()
          local text = ("Co %d said: “yes.” Dr. No left. "):format(k):rep(50)
          local toks = glean.tokenize(text)
          coroutine.yield()
          local ss = toks:sentences()
          coroutine.yield()
          for i = 1, #toks do
            assert.are.equal(text:sub(toks:first(i), toks:last(i)), toks:text(i))
            if i % 50 == 0 then coroutine.yield() end
          end
          made[k] = { text, toks, ss }
          return "done"
        end)
      end
      local live = #cos
      while live > 0 do
        live = 0
        for k = 1, #cos do
          if cos[k] and cos[k]() == "done" then cos[k] = false
          elseif cos[k] then live = live + 1 end
        end
        collectgarbage("step")
      end
      collectgarbage()
      for k = 1, #made do
        local text, toks, ss = made[k][1], made[k][2], made[k][3]
        check_tokens(text, toks)
        check_sentences(toks, ss)
      end
    end)

    it("reports errors inside a coroutine as glean errors", function ()
      local co = coroutine.create(function () return glean.tokenize(42) end)
      local ok, err = coroutine.resume(co)
      assert.is_false(ok)
      assert.matches("glean:", err)
      co = coroutine.create(function () return glean.offsets("abc", { 9 }) end)
      ok, err = coroutine.resume(co)
      assert.is_false(ok)
      assert.matches("glean:", err)
    end)
  end)

  describe("garbage collection", function ()
    local function gen (k)
      local b = {}
      for i = 1, k do b[i] = ("Word%d said “x.” "):format(i) end
      return concat(b)
    end

    it("keeps the text alive while a token list lives", function ()
      local toks = glean.tokenize(gen(500))   -- no other reference to the text
      collectgarbage()
      collectgarbage()
      local text = gen(500)
      check_tokens(text, toks)
      for i = 1, #toks do assert.are.equal(text:sub(toks:first(i), toks:last(i)), toks:text(i)) end
      local ss = glean.sentences(gen(300))
      collectgarbage()
      text = gen(300)
      local t2 = ss:tokens()
      collectgarbage()
      check_sentences(t2, ss)
      for i = 1, #ss do assert.are.equal(text:sub(ss[i].first, ss[i].last), ss:text(i)) end
    end)

    it("keeps the token list alive while its sentences live", function ()
      local ss
      do
        local toks = glean.tokenize(gen(400))
        ss = toks:sentences()
      end
      collectgarbage()
      collectgarbage()
      local text = gen(400)
      assert.are.equal(text:sub(ss[2].first, ss[2].last), ss:text(2))
      local toks = ss:tokens()
      assert.are.equal(text:sub(toks:first(7), toks:last(7)), toks[7].text)
    end)

    it("survives finalizers that touch lists being collected", function ()
      -- the holder is finalized after (or before) the lists it refers to;
      -- using them then must give results or glean errors, never a crash
      local seen, alive = {}, {}
      local function holder (obj)
        return setmetatable({ obj = obj }, { __gc = function (h)
          local ok, err = pcall(function ()
            local o = h.obj
            if tostring(o):match("Sentences") then
              for i = 1, #o do o:text(i) end
              local t = o:tokens()
              for i = 1, #t do t:text(i) end
              return #o
            end
            for i = 1, #o do o:text(i) end
            return #o:sentences()
          end)
          seen[#seen + 1] = ok or tostring(err)
          alive[1] = h.obj                          -- resurrect it
        end })
      end
      for round = 1, 20 do
        do
          local h1 = setmetatable({}, { __gc = function (h)
            if h.ss then pcall(function () return h.ss:text(1) end) end
            alive[2] = h.ss
          end })
          h1.ss = glean.sentences(gen(20 + round))
          local toks = glean.tokenize(gen(10 + round))
          holder(toks)
          holder(toks:sentences())
          holder(glean.sentences(gen(round)))
        end
        collectgarbage()
        collectgarbage()
        -- the resurrected (finalized) lists are still safe to use
        for _, o in pairs(alive) do
          pcall(function () for i = 1, #o do o:text(i) end end)
          pcall(function () return o[1] end)
          pcall(function () return o:tokens() end)
          pcall(function () return o:sentences() end)
          pcall(function () return o:arrays() end)
        end
        alive[1], alive[2] = nil, nil
      end
      collectgarbage()
      for _, r in ipairs(seen) do
        assert(r == true or r:find("glean:", 1, true), tostring(r))
      end
    end)

    -- the stages keep arrays and views from text to text: an extraction
    -- that starts inside another (from a debug hook, or a finalizer that
    -- extracts) must neither change the outer one's results nor be changed
    -- by it
    -- a function that makes an object with a finalizer: a table on 5.2
    -- and later, a proxy userdata on 5.1 and LuaJIT, whose tables have
    -- none (source text: a child process runs it too)
    local FINALIZED = [[
      local newproxy = rawget(_G, "newproxy")
      return function (fn)
        if newproxy then
          local p = newproxy(true)
          getmetatable(p).__gc = fn
          return p
        end
        return setmetatable({}, { __gc = fn })
      end
    ]]
    local load_chunk = rawget(_G, "loadstring") or load
    -- a Lua script run in a process of its own, with this one's module
    -- paths: its output (stderr too) and exit code
    local function run_script (body)
      local script = helper.tmpfile(("package.path = %q\npackage.cpath = %q\n"):format(
        package.path, package.cpath) .. body)
      local out, rc = helper.run(helper.lua .. " " .. script .. " 2>&1")
      os.remove(script)
      return out, rc
    end

    local function nested_texts ()
      local texts = {}
      for k = 1, 6 do
        texts[k] = ("Finance Minister Anna Berg said on Monday that prices would fall " ..
          "by %d per cent in 2025. \"We will act,\" Berg told reporters in Oslo. " ..
          "Dr Omar Haddad of Nordvik University, a chemist, said on 3 March the " ..
          "plan was sound. \"It works,\" he added. Berg met Haddad last week.\n\n"):format(k)
          :rep(k)
      end
      return texts
    end
    local function plain (d)
      local out = {}
      for _, e in ipairs(d.entities) do
        out[#out + 1] = table.concat({ e.first, e.last, e.label, e.canonical or "",
                                       e.value or "" }, "|")
      end
      for _, q in ipairs(d.quotes) do
        out[#out + 1] = table.concat({ q.first, q.last, q.kind, q.speaker or "",
                                       q.cue or "" }, "|")
      end
      return table.concat(out, "\n")
    end

    it("extracts inside an extraction (a debug hook)", function ()
      local ex, texts, want = glean.new(), nested_texts(), {}
      for k = 1, #texts do want[k] = plain(ex:extract(texts[k], { dct = "2024-01-17" })) end
      local inner, inner_ok = 0, true
      -- (every 20,000 instructions of the outer one, a whole inner one;
      -- a hook is off while it runs)
      debug.sethook(function ()
        inner = inner + 1
        local k = inner % #texts + 1
        local ok, d = pcall(ex.extract, ex, texts[k], { dct = "2024-01-17" })
        if not ok then inner_ok = tostring(d)
        elseif plain(d) ~= want[k] then inner_ok = "inner text " .. k .. " differs" end
      end, "", 20000)
      local got = {}
      for k = 1, #texts do got[k] = plain(ex:extract(texts[k], { dct = "2024-01-17" })) end
      debug.sethook()
      assert.are.same(want, got)
      assert.are.equal(true, inner_ok)
      assert.is_true(inner > 10)
    end)

    it("extracts inside the first extraction of a new process", function ()
      -- (a fresh state: the quote rules are made by glean.new, not by the
      -- first extraction, where an inner one would find them half made)
      local out, rc = run_script([[
        local glean = require "glean"
        local ex = glean.new()
        -- (the quote rules are ready before the first extraction)
        if not package.loaded["glean.rules.en.quotes"] then
          io.stderr:write("the quote rules are not ready\n")
          os.exit(5)
        end
        local text = ("Anna Berg said on Monday: \"Prices will fall.\" " ..
                      "Berg met Omar Haddad.\n\n"):rep(20)
        local bad, inner, counts = nil, 0, {}
        debug.sethook(function ()
          inner = inner + 1
          local ok, d = pcall(ex.extract, ex, text)
          if not ok then bad = bad or tostring(d) else counts[#counts + 1] = #d.quotes end
        end, "", 20000)
        local d = ex:extract(text)
        debug.sethook()
        if bad then io.stderr:write(bad, "\n") os.exit(3) end
        for _, n in ipairs(counts) do
          if n ~= #d.quotes then io.stderr:write("inner: ", n, " quotes\n") os.exit(4) end
        end
        print(#d.quotes, d.quotes[1].speaker, inner > 0)
      ]])
      assert.are.equal(0, rc, out)
      assert.matches("^20\tAnna Berg\ttrue", out)
    end)

    it("extracts inside a finalizer the collector runs during an extraction", function ()
      local ex, texts, want = glean.new(), nested_texts(), {}
      for k = 1, #texts do want[k] = plain(ex:extract(texts[k], { dct = "2024-01-17" })) end
      local inner, inner_ok, armed = 0, true, true
      local finalized = load_chunk(FINALIZED)()
      local function arm ()
        finalized(function ()
          if not armed then return end
          inner = inner + 1
          local k = inner % #texts + 1
          local ok, d = pcall(ex.extract, ex, texts[k], { dct = "2024-01-17" })
          if not ok then inner_ok = tostring(d)
          elseif plain(d) ~= want[k] then inner_ok = "inner text " .. k .. " differs" end
          arm()
        end)
      end
      -- (the collector at a quick pace; setpause and setstepmul give back
      -- the old values, on every Lua)
      local pause = collectgarbage("setpause", 100)
      local stepmul = collectgarbage("setstepmul", 400)
      arm()
      local got = {}
      for _ = 1, 3 do
        for k = 1, #texts do got[#got + 1] = plain(ex:extract(texts[k], { dct = "2024-01-17" })) end
      end
      -- (no finalizer left armed: one that ran at exit would extract after
      -- the module's own objects were collected)
      armed = false
      collectgarbage()
      collectgarbage()
      collectgarbage("setpause", pause)
      collectgarbage("setstepmul", stepmul)
      for i = 1, #got do assert.are.equal(want[(i - 1) % #texts + 1], got[i]) end
      assert.are.equal(true, inner_ok)
    end)

    it("answers a finalizer that extracts at exit, or says why not; never crashes", function ()
      -- (a closing state may unload its C libraries before the last
      -- finalizers run: glean stays loaded, and its collected objects say
      -- they are closed)
      local out, rc = run_script([[
        local glean = require "glean"
        local ex = glean.new()
        ex:extract("Anna Berg said on Monday: \"Yes.\"")
        local finalized = (function () ]] .. FINALIZED .. [[ end)()
        KEEP = {}
        for i = 1, 5 do
          KEEP[i] = finalized(function ()
            local ok, err = pcall(ex.extract, ex, "Omar Haddad said: \"No.\"")
            if not ok and not tostring(err):find("glean:", 1, true) then
              io.stderr:write("not a glean error: ", tostring(err), "\n")
              os.exit(3)
            end
          end)
        end
        print("armed")
      ]])
      assert.are.equal(0, rc, out)
      assert.matches("armed", out)
    end)

    it("creates and drops many lists", function ()
      local text = gen(50)
      for i = 1, 2000 do
        local toks = glean.tokenize(text)
        if i % 3 == 0 then toks:sentences() end
        if i % 100 == 0 then collectgarbage() end
      end
      collectgarbage()
    end)
  end)

  describe("the glean command", function ()
    local function cli_ok (content, cmd, extra)
      local p = tmpfile(content)
      local args = { cmd, p }
      for _, a in ipairs(extra or {}) do args[#args + 1] = a end
      local code, out, err = run_cli(args)
      os.remove(p)
      assert.are.equal(0, code, err)
      return out
    end

    it("prints tokens and sentences of hostile text", function ()
      local texts = {
        "Bad \255\254 bytes\0 and NUL \237\160\128 surrogate \192\175.",
        "", "\n\n\n", ("“"):rep(5000), ("a."):rep(200) .. "a",
        ("Line.\n"):rep(5000), "e\u{301} \u{202E}rtl\u{202C} 👍🏽\r\nx\ty",
      }
      for _, text in ipairs(texts) do
        local out = cli_ok(text, "tokens")
        assert.are.equal(#glean.tokenize(text), count_lines(out))
        out = cli_ok(text, "sentences")
        assert.are.equal(#glean.sentences(text), count_lines(out))
        for _, w in ipairs({ "yes", "no" }) do
          out = cli_ok(text, "sentences", { "--wrap", w })
          assert.are.equal(#glean.sentences(text, { wrap = w }), count_lines(out))
        end
      end
    end)

    it("handles a big single line", function ()
      local text = ("Big line, “quoted” – U.S. text. "):rep(floor(scaled(1024 * 1024) / 36))
      local out = cli_ok(text, "sentences")
      assert.are.equal(#glean.sentences(text), count_lines(out))
    end)

    it("says 1 for a directory and goes on", function ()
      local p = tmpfile("Fine.")
      local code, out, err = run_cli({ "tokens", "/", p })
      os.remove(p)
      assert.are.equal(1, code)
      assert.matches("glean:", err)
      assert.matches("Fine", out)
    end)

    it("reads invalid bytes from standard input", function ()
      local out, rc = helper.run("printf 'Bad \\377\\000 x. Y \\355\\240\\200.' | " ..
                                 helper.lua .. " bin/glean sentences -")
      assert.are.equal(0, rc)
      assert.are.equal(2, count_lines(out))
      out, rc = helper.run("head -c 30000 /dev/zero | " .. helper.lua ..
                           " bin/glean tokens - | wc -l")
      assert.are.equal(0, rc)
      assert.are.equal(30000, tonumber(out:match("%d+")))
    end)
  end)
end)
