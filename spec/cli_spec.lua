local helper = require "spec.helper"
local cli = require "glean.cli"
local glean = require "glean"

-- a file-like sink for cli.main's output
local function sink ()
  local buf = {}
  return { write = function (self, ...)
    for _, s in ipairs({ ... }) do buf[#buf + 1] = tostring(s) end
    return self
  end, text = function () return table.concat(buf) end }
end

local function run (args, stdin)
  local out, err = sink(), sink()
  local io_ = { stdout = out, stderr = err }
  if stdin then
    local name = helper.tmpfile(stdin)
    io_.stdin = assert(io.open(name, "rb"))
    os.remove(name)
  end
  local code = cli.main(args, io_)
  if io_.stdin then io_.stdin:close() end
  return code, out.text(), err.text()
end

local function lines_of (s)
  local t = {}
  for l in s:gmatch("[^\n]+") do t[#t + 1] = l end
  return t
end

local function tmpdir ()
  local d = os.tmpname()
  os.remove(d)
  assert(os.execute("mkdir -p " .. d))
  return d
end

local function write (path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

local ARTICLE = "Finance Minister Lena Voss said on Friday that the budget was " ..
  "\"tight, but honest,\" and the Riverton Council agreed.\n"


describe("glean command", function ()
  it("prints one token a line with offsets, kind and flags", function ()
    local p = helper.tmpfile("Kyiv’s mayor.")
    local code, out = run({ "tokens", p })
    os.remove(p)
    assert.are.equal(0, code)
    local lines = {}
    for l in out:gmatch("[^\n]+") do lines[#lines + 1] = l end
    assert.are.equal(4, #lines)
    assert.matches("^1\t4\tword\tKyiv\t", lines[1])
    assert.matches("^5\t8\tword\t’s\t.*clitic", lines[2])
    assert.matches("^15\t15\tpunct\t%.\t", lines[4])
  end)

  it("prints one sentence a line", function ()
    local p = helper.tmpfile("One. Two here.\nThree")
    local code, out = run({ "sentences", p })
    os.remove(p)
    assert.are.equal(0, code)
    assert.are.equal("1\t4\tOne.\n6\t14\tTwo here.\n16\t20\tThree\n", out)
  end)

  it("says 1 for a file it cannot read and goes on", function ()
    local p = helper.tmpfile("Fine.")
    local code, out, err = run({ "sentences", "/nonexistent/file.txt", p })
    os.remove(p)
    assert.are.equal(1, code)
    assert.matches("^glean: /nonexistent/file.txt", err)
    assert.matches("Fine%.", out)
  end)

  it("says 2 for a usage error", function ()
    local code, _, err = run({ "tokens" })
    assert.are.equal(2, code)
    assert.matches("Usage", err)
    code = run({ "--no-such-option" })
    assert.are.equal(2, code)
    code, _, err = run({})
    assert.are.equal(2, code)
    assert.matches("name a file", err)
  end)

  it("prints its version", function ()
    local code, out = run({ "--version" })
    assert.are.equal(0, code)
    assert.matches("^glean %d+%.%d+%.%d+", out)
  end)

  it("runs from the checkout through bin/glean, reading standard input", function ()
    local out, rc = helper.run("printf 'A b. C d.' | " .. helper.lua ..
                               " bin/glean sentences -")
    assert.are.equal(0, rc)
    assert.are.equal("1\t4\tA b.\n6\t9\tC d.\n", out)
    local _, rc2 = helper.run(helper.lua .. " bin/glean tokens 2>/dev/null")
    assert.are.equal(2, rc2)
    local _, rc3 = helper.run(helper.lua .. " bin/glean tokens /nonexistent 2>/dev/null")
    assert.are.equal(1, rc3)
  end)

  it("prints its help: options, formats, other commands, exit status", function ()
    local out, rc = helper.run(helper.lua .. " bin/glean --help")
    assert.are.equal(0, rc)
    for _, want in ipairs({ "Usage: glean", "--format", "jsonl", "conll", "brat", "html", "csv",
                            "--input", "--only", "--progress", "--offsets", "-o", "--dct",
                            "glean eval GOLD PRED", "Exit status" }) do
      assert.truthy(out:find(want, 1, true), want)
    end
    out, rc = helper.run(helper.lua .. " bin/glean eval --help")
    assert.are.equal(0, rc)
    assert.matches("Usage: glean eval", out)
    assert.matches("%-%-labels", out)
    assert.matches("%-%-map", out)
  end)
end)

describe("glean command, formats and inputs", function ()
  it("writes each format, and says 2 for one it does not know", function ()
    local p = helper.tmpfile(ARTICLE)
    for _, f in ipairs({ "json", "jsonl", "text", "conll", "brat", "csv", "html" }) do
      local code, out, err = run({ "--format", f, "--dct", "2025-01-10", p })
      assert.are.equal(0, code, f .. ": " .. err)
      assert.matches("Lena", out, 1, f)
    end
    local code, _, err = run({ "--format", "yaml", p })
    os.remove(p)
    assert.are.equal(2, code)
    assert.matches("no format 'yaml'", err)
  end)

  it("finds a format module dropped on the Lua path (examples/formats)", function ()
    local p = helper.tmpfile(ARTICLE)
    local out, rc = helper.run("LUA_PATH='examples/formats/?.lua;;' " .. helper.lua ..
                               " bin/glean --format people --id voss " .. p)
    os.remove(p)
    assert.are.equal(0, rc)
    assert.matches("^id\tname\t", out)
    assert.matches("\nvoss\tLena Voss\tFinance Minister\t", out)
  end)

  it("writes json when standard output is no terminal", function ()
    local p = helper.tmpfile(ARTICLE)
    local out, rc = helper.run(helper.lua .. " bin/glean " .. p .. " | head -c 1")
    os.remove(p)
    assert.are.equal(0, rc)
    assert.are.equal("{", out)
  end)

  it("--only entities, dates, quotes", function ()
    local p = helper.tmpfile(ARTICLE)
    local _, out = run({ "--format", "jsonl", "--only", "dates", p })
    local doc = assert(glean.json.decode(out))
    assert.are.equal(1, #doc.entities)
    assert.are.equal("DATE", doc.entities[1].label)
    assert.are.equal(0, #doc.quotes)
    _, out = run({ "--format", "jsonl", "--only", "quotes,entities", p })
    doc = assert(glean.json.decode(out))
    assert.is_true(#doc.quotes >= 1)
    for _, e in ipairs(doc.entities) do assert.are_not.equal("DATE", e.label) end
    local code, _, err = run({ "--only", "people", p })
    os.remove(p)
    assert.are.equal(2, code)
    assert.matches("%-%-only", err)
  end)

  it("reads standard input: '-', or no FILE when input is given", function ()
    local code, out = run({ "--format", "jsonl", "-" }, ARTICLE)
    assert.are.equal(0, code)
    assert.are.equal("stdin", glean.json.decode(out).id)
    code, out = run({ "--format", "jsonl", "--input", "jsonl" },
                    '{"id": "s1", "text": "Lena Voss met Tom Reed."}\n')
    assert.are.equal(0, code)
    assert.are.equal("s1", glean.json.decode(out).id)
    local rc
    out, rc = helper.run("printf '%s' '{\"id\":\"p\",\"text\":\"Kyiv\"}' | " ..
                         helper.lua .. " bin/glean --input jsonl --format jsonl")
    assert.are.equal(0, rc)
    assert.are.equal("p", glean.json.decode(out).id)
  end)

  it("reads several files and directories of .txt files, in order", function ()
    local d = tmpdir()
    write(d .. "/b.txt", "Tom Reed arrived.")
    write(d .. "/a.txt", "Lena Voss left.")
    write(d .. "/notes.md", "Not an article.")
    assert(os.execute("mkdir " .. d .. "/more"))
    write(d .. "/more/c.txt", "Anna Berg stayed.")
    local one = helper.tmpfile("Oslo.")
    local code, out = run({ "--format", "jsonl", d, one })
    assert.are.equal(0, code)
    local ids = {}
    for _, l in ipairs(lines_of(out)) do ids[#ids + 1] = glean.json.decode(l).id end
    local base = d:match("[^/]+$")
    assert.are.same({ base .. "-a", base .. "-b", "more-c", (one:match("[^/]+/[^/]+$"):gsub("/", "-")) },
                    ids)
    -- pretty JSON documents one after another, a blank line between them
    code, out = run({ "--format", "json", d .. "/a.txt", d .. "/b.txt" })
    assert.are.equal(0, code)
    assert.matches("}\n\n{", out)
    os.execute("rm -rf " .. d)
    os.remove(one)
  end)

  it("takes an empty file", function ()
    local p = helper.tmpfile("")
    local code, out = run({ "--format", "jsonl", "--id", "e", p })
    assert.are.equal(0, code)
    local doc = glean.json.decode(out)
    assert.are.same({ "e", 0, 0 }, { doc.id, #doc.entities, #doc.quotes })
    code, out = run({ "--input", "jsonl", "--format", "jsonl", p })
    assert.are.same({ 0, "" }, { code, out })
    code, out = run({ "--input", "jsonl", "--format", "csv", p })
    assert.are.equal(0, code)
    assert.matches("^id,type,start,end,[%w_,]+\r\n$", out)
    code, out = run({ "--format", "html", p })
    assert.are.equal(0, code)
    assert.matches("</html>", out)
    os.remove(p)
  end)

  it("bad JSON Lines: an error in its place, the run goes on, exit 1", function ()
    local p = helper.tmpfile('{"id": "a", "text": "Lena Voss"}\n{"id": "b", "text": \n' ..
                             '[1, 2]\n{"id": "c", "text": "Tom Reed", "dct": 2024}\n' ..
                             '{"id": "d", "text": "Oslo"}\n')
    local code, out, err = run({ "--input", "jsonl", "--format", "jsonl", p })
    assert.are.equal(1, code)
    assert.are.equal("", err)
    local l = lines_of(out)
    assert.are.equal(5, #l)
    local recs = {}
    for i, s in ipairs(l) do recs[i] = glean.json.decode(s) end
    assert.are.same({ "a", "c", "d" }, { recs[1].id, recs[4].id, recs[5].id })
    assert.are.equal(glean.json.null, recs[2].id)
    assert.matches("line 2", recs[2].error)
    assert.matches("line 3", recs[3].error)
    assert.matches("dct", recs[4].error)
    assert.is_nil(recs[5].error)
    -- csv gives error rows, text a note, formats without one a message on stderr
    code, out = run({ "--input", "jsonl", "--format", "csv", p })
    assert.are.equal(1, code)
    assert.are.equal(3, select(2, out:gsub("\r\n[^,]*,error,", "")))
    code, out, err = run({ "--input", "jsonl", "--format", "conll", p })
    assert.are.equal(1, code)
    assert.matches("line 2", err)
    assert.are.equal(2, select(2, out:gsub("%-DOCSTART%-", "")))
    os.remove(p)
  end)

  it("takes a document date with a time (ISO 8601), not other shapes", function ()
    local p = helper.tmpfile('{"id": "a", "text": "He left yesterday.", "dct": "1998-02-27T13:37"}\n' ..
                             '{"id": "b", "text": "He left yesterday.", "dct": "27/02/1998"}\n')
    local code, out = run({ "--input", "jsonl", "--format", "jsonl", p })
    assert.are.equal(1, code)
    local l = lines_of(out)
    local a, b = glean.json.decode(l[1]), glean.json.decode(l[2])
    assert.are.equal("1998-02-27T13:37", a.dct)
    assert.are.equal("1998-02-26", a.entities[1].value)
    assert.matches("dct must be", b.error)
    os.remove(p)
    local t = helper.tmpfile("He left yesterday.")
    code, out = run({ "--format", "jsonl", "--dct", "1998-02-27T09:00:00Z", t })
    assert.are.equal(0, code)
    assert.are.equal("1998-02-26", glean.json.decode(out).entities[1].value)
    assert.are.equal(2, (run({ "--dct", "1998-02-27 09:00", t })))
    os.remove(t)
  end)

  it("places a month without a year by --date-policy", function ()
    local t = helper.tmpfile("Elections in March.")
    local function value (extra)
      local args = { "--format", "jsonl", "--dct", "2024-01-17", t }
      for i, a in ipairs(extra) do table.insert(args, i, a) end
      local code, out = run(args)
      assert.are.equal(0, code)
      return glean.json.decode(out).entities[1].value
    end
    assert.are.equal("2023-03", value({}))
    assert.are.equal("2024-03", value({ "--date-policy", "nearer" }))
    assert.are.equal(2, (run({ "--date-policy", "soon", t })))
    os.remove(t)
  end)

  it("--progress: documents, MB/s and errors on stderr", function ()
    local p = helper.tmpfile('{"id": "a", "text": "Lena Voss"}\nnot json\n')
    local code, _, err = run({ "--input", "jsonl", "--format", "jsonl", "--progress", p })
    os.remove(p)
    assert.are.equal(1, code)
    assert.matches("glean: 2 documents, [%d.]+ MB, [%d.]+ MB/s, 1 errors\n$", err)
  end)

  it("-o FILE, and -o DIR for brat's collection files", function ()
    local p = helper.tmpfile(ARTICLE)
    local d = tmpdir()
    local code = run({ "--format", "csv", "-o", d .. "/out.csv", p })
    assert.are.equal(0, code)
    assert.matches("^id,type", helper.read(d .. "/out.csv"))
    code = run({ "--format", "brat", "--id", "voss", "-o", d, p })
    assert.are.equal(0, code)
    assert.are.equal(ARTICLE, helper.read(d .. "/voss.txt"))
    assert.matches("\tPERSON ", helper.read(d .. "/voss.ann"))
    -- a folder named with a final '/' is made
    code = run({ "--format", "brat", "--id", "voss", "-o", d .. "/new/", p })
    assert.are.equal(0, code)
    assert.matches("\tPERSON ", helper.read(d .. "/new/voss.ann"))
    code = run({ "-o", "/nonexistent/dir/x.json", p })
    assert.are.equal(1, code)
    os.execute("rm -rf " .. d)
    os.remove(p)
  end)
end)

describe("glean eval", function ()
  local gold = '{"id": "g1", "text": "Lena Voss met Tom Reed in Oslo.", "entities": [' ..
    '{"start": 0, "end": 9, "label": "PERSON", "canonical": "Lena Voss"},' ..
    '{"start": 14, "end": 22, "label": "PERSON"},' ..
    '{"start": 26, "end": 30, "label": "GPE"}], "quotes": []}\n'
  local pred = '{"id": "g1", "entities": [' ..
    '{"start": 0, "end": 9, "label": "PERSON", "canonical": "Lena Voss"},' ..
    '{"start": 14, "end": 17, "label": "PERSON"},' ..
    '{"start": 26, "end": 30, "label": "ORG"}], "quotes": []}\n'

  it("prints P, R and F per label and micro, like spacy evaluate", function ()
    local g, p = helper.tmpfile(gold), helper.tmpfile(pred)
    local code, out = run({ "eval", g, p })
    assert.are.equal(0, code)
    assert.matches("=+ Results =+", out)
    assert.matches("NER P%s+33%.33\n", out)
    assert.matches("NER R%s+33%.33\n", out)
    assert.matches("NER partial F%s+66%.67\n", out)
    assert.matches("Canonical acc%s+100%.00", out)
    assert.matches("=+ NER %(per type%) =+", out)
    assert.matches("\nPERSON%s+50%.00%s+50%.00%s+50%.00%s+1%s+1%s+1\n", out)
    assert.matches("\nGPE%s+0%.00%s+0%.00%s+0%.00%s+0%s+0%s+1\n", out)
    assert.matches("\nmicro%s+33%.33", out)
    -- --map conll folds labels; --labels keeps some
    code, out = run({ "eval", "--map", "conll", "--labels", "PER", "--json", g, p })
    assert.are.equal(0, code)
    local res = glean.json.decode(out)
    assert.are.same({ 1, 1, 1 }, { res.labels.PER.tp, res.labels.PER.fp, res.labels.PER.fn })
    assert.is_nil(res.labels.LOC)
    os.remove(g)
    os.remove(p)
  end)

  it("reads the CoNLL and brat that glean writes, as the JSON scores", function ()
    local g = helper.tmpfile(gold)
    local t = helper.tmpfile("Lena Voss met Tom Reed in Oslo.")
    local _, pj = run({ "--format", "jsonl", "--id", "g1", t })
    local _, pc = run({ "--format", "conll", t })
    local pjf, pcf = helper.tmpfile(pj), helper.tmpfile(pc)
    local d = tmpdir()
    assert.are.equal(0, (run({ "--format", "brat", "--id", "g1", "-o", d, t })))
    local _, a = run({ "eval", "--json", g, pjf })
    local _, b = run({ "eval", "--json", g, pcf })
    local _, c = run({ "eval", "--json", g, d })
    local _, e = run({ "eval", "--json", pcf, pcf })
    local ra, rb, rc = glean.json.decode(a), glean.json.decode(b), glean.json.decode(c)
    assert.are.same(ra.micro, rb.micro)
    assert.are.same(ra.micro, rc.micro)
    assert.are.equal(1, glean.json.decode(e).micro.f1)
    for _, f in ipairs({ g, t, pjf, pcf }) do os.remove(f) end
    os.execute("rm -rf " .. d)
  end)

  it("--eval GOLD: extracts GOLD's own articles (or FILEs) and scores them", function ()
    local g = helper.tmpfile(gold)
    local t = helper.tmpfile("Lena Voss met Tom Reed in Oslo.")
    local code, out = run({ "--eval", g })
    assert.are.equal(0, code)
    assert.matches("=+ Results =+", out)
    local _, pj = run({ "--format", "jsonl", "--id", "g1", t })
    local pjf = helper.tmpfile(pj)
    local _, direct = run({ "eval", g, pjf })
    assert.are.equal(direct, out)
    code, out = run({ "--eval", g, "--id", "g1", "--map", "conll", "--labels", "PER", t })
    assert.are.equal(0, code)
    assert.matches("\nPER%s", out)
    assert.is_nil(out:find("\nGPE", 1, true))
    for _, f in ipairs({ g, t, pjf }) do os.remove(f) end
  end)

  it("says 2 for a usage error, 1 for a file it cannot read", function ()
    local code, _, err = run({ "eval", "only-one" })
    assert.are.equal(2, code)
    assert.matches("Usage", err)
    code, _, err = run({ "eval", "/nonexistent/g.jsonl", "/nonexistent/p.jsonl" })
    assert.are.equal(1, code)
    assert.matches("^glean: /nonexistent", err)
    local g, p = helper.tmpfile(gold), helper.tmpfile("-DOCSTART- O\n\nLena B-PER\n")
    code, _, err = run({ "eval", p, helper.tmpfile('{"id": "x", "entities": [' ..
      '{"start": 0, "end": 4, "label": "PER"}]}') })
    assert.are.equal(1, code)
    assert.matches("needs the document's text", err)
    os.remove(g)
    os.remove(p)
  end)
end)

describe("glean command on a terminal", function ()
  local has_script = os.execute("script -qec true /dev/null >/dev/null 2>&1")
  if not (has_script == true or has_script == 0) then
    pending("no script(1) to give the command a terminal")
    return
  end

  it("writes the coloured text format, and a progress line for batches", function ()
    local p = helper.tmpfile(ARTICLE)
    local out, rc = helper.run("script -qec '" .. helper.lua .. " bin/glean " .. p ..
                               "' /dev/null < /dev/null")
    assert.are.equal(0, rc)
    assert.truthy(out:find("\27[1;34mLena Voss\27[0m", 1, true))
    assert.truthy(out:find("Who said what", 1, true))
    assert.is_nil(out:find("documents,", 1, true))
    out = helper.run("NO_COLOR=1 script -qec '" .. helper.lua .. " bin/glean " .. p .. " " ..
                     p .. "' /dev/null < /dev/null")
    assert.is_nil(out:find("\27[1;34m", 1, true))
    assert.truthy(out:find("glean: 2 documents, ", 1, true))
    os.remove(p)
  end)
end)
