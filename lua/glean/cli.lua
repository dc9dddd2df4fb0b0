--- The `glean` command: `main(argv)` returns an exit code.
-- 0 ok, 1 runtime error (a file that cannot be read, an input line that
-- failed), 2 usage error. Messages go to stderr; results to stdout (or
-- `-o FILE`). Output formats are modules `glean.formats.<name>` (see
-- `glean.formats`); `glean eval` is `glean.eval`.
-- @module glean.cli

local argparse = require "argparse"
local glean = require "glean"
local formats = require "glean.formats"

local io, os, table = io, os, table
local ipairs, pairs, pcall, tostring, type = ipairs, pairs, pcall, tostring, type

local M = {}

local FLAG_NAMES = {}
for name, bit in pairs(glean.FLAG) do FLAG_NAMES[#FLAG_NAMES + 1] = { name, bit } end
table.sort(FLAG_NAMES, function (a, b) return a[2] < b[2] end)

local function flag_list (toks, i)
  local names = {}
  for _, nb in ipairs(FLAG_NAMES) do
    if toks:is(i, nb[1]) then names[#names + 1] = nb[1] end
  end
  return #names > 0 and table.concat(names, ",") or "-"
end

local function one_line (s)
  return (s:gsub("[\r\n\t]", " "))
end

local function read_input (name)
  if name == "-" then
    local s = io.stdin:read("*a")
    if not s then return nil, "glean: cannot read standard input" end
    return s
  end
  local f, err = io.open(name, "rb")
  if not f then return nil, "glean: " .. tostring(err) end
  local s = f:read("*a")
  f:close()
  if not s then return nil, "glean: cannot read " .. name end
  return s
end

-- one token a line: first, last (byte positions), kind, text, flags
local function print_tokens (out, text)
  local toks = glean.tokenize(text)
  local buf = {}
  for i = 1, #toks do
    buf[#buf + 1] = ("%d\t%d\t%s\t%s\t%s\n"):format(toks:first(i),
      toks:last(i), toks:kind(i), one_line(toks:text(i)), flag_list(toks, i))
    if #buf >= 4096 then
      out:write(table.concat(buf))
      buf = {}
    end
  end
  out:write(table.concat(buf))
end

-- one sentence a line: first, last (byte positions), text
local function print_sentences (out, text, wrap)
  local sents = glean.sentences(text, { wrap = wrap })
  for i = 1, #sents do
    local s = sents[i]
    out:write(("%d\t%d\t%s\n"):format(s.first, s.last,
              one_line(sents:text(i))))
  end
end

local function sub_parser ()
  local p = argparse("glean", "Who is named, when, and who said what, " ..
                     "in news articles.")
    :add_help("-h --help")
    :help_max_width(80)
  p:command_target("command")
  local tokens = p:command("tokens", "Print one token a line: first and " ..
    "last byte position, kind, text, flags.")
  tokens:argument("file", "Text files ('-' for standard input)."):args("+")
  local sentences = p:command("sentences", "Print one sentence a line: " ..
    "first and last byte position, text.")
  sentences:argument("file", "Text files ('-' for standard input)."):args("+")
  sentences:option("--wrap", "Line breaks inside paragraphs: auto, yes, no.",
                   "auto"):choices({ "auto", "yes", "no" })
  return p
end

local function extract_parser ()
  local p = argparse("glean", "Who is named, when, and who said what, " ..
                     "in news articles.")
    :add_help("-h --help")
    :help_max_width(80)
    :epilog("Other commands:\n" ..
      "  glean eval GOLD PRED      scores per label (see glean eval --help)\n" ..
      "  glean tokens FILE...      one token a line\n" ..
      "  glean sentences FILE...   one sentence a line\n\n" ..
      "Formats are modules glean.formats.NAME: drop one on the Lua path to add a format.\n" ..
      "Exit status: 0 ok, 1 a file or an input line failed, 2 usage error.")
  p:flag("--version", "Print the version and exit.")
  p:argument("file", "Text files, directories of .txt files, or JSON Lines " ..
             "with --input jsonl ('-', or no FILE, for standard input)."):args("*")
  p:option("--format", "Output: json, jsonl, text, conll, brat, html, csv, " ..
           "or the name of a format module (default: text on a terminal, " ..
           "else json).")
  p:option("--input", "Input: text, or jsonl ({\"id\", \"text\", " ..
           "\"dct\"} a line).", "text"):choices({ "text", "jsonl" })
  p:option("--only", "Output only some results: entities, dates, quotes " ..
           "(comma separated).")
  p:option("--dct", "The document date (YYYY-MM-DD, or YYYY-MM-DDThh:mm) " ..
           "for relative dates.")
  p:option("--date-policy", "A month or weekday without a year: past (the " ..
           "latest on or before the document date unless the wording says " ..
           "future) or nearer.", "past"):choices({ "past", "nearer" })
  p:option("--offsets", "Offset unit in the output.", "codepoint")
    :choices({ "codepoint", "byte", "utf16" })
  p:option("--rules", "A rule file to add (repeatable).")
    :count("*"):args(1)
  p:option("--list", "A word list (TSV) to add (repeatable).")
    :count("*"):args(1)
  p:option("--id", "The document id (default: the file's folder and name, " ..
           "e.g. 'seed-article' for seed/article.txt).")
  p:option("-o --output", "Write to this file instead of standard output " ..
           "(with --format brat, a directory, made when named with a final '/': " ..
           "NAME.txt and NAME.ann a document).")
    :argname("<file>")
  p:flag("--progress", "A progress line on stderr: documents, MB/s, errors " ..
         "(automatic when stderr is a terminal).")
  p:flag("--no-progress", "No progress line, even on a terminal.")
  p:option("--color", "Colour the text format: auto (when standard output " ..
           "is a terminal), always, never.", "auto"):choices({ "auto", "always", "never" })
  p:option("--eval", "Score the results against GOLD (as 'glean eval GOLD PRED' " ..
           "does) and print the scores instead of the results; with no FILE, " ..
           "GOLD's own JSON Lines (with \"text\") are the input.")
    :argname("<gold>")
  p:option("--map", "With --eval: fold labels first (conll or timex).")
    :choices({ "conll", "timex" })
  p:option("--labels", "With --eval: score only these labels (comma separated).")
  return p
end

-- a document id from a file name: its folder and its name without the
-- extension ("seed/article.txt" -> "seed-article")
local function doc_id (name)
  if name == "-" then return "stdin" end
  local dir, base = name:match("([^/]*)/([^/]*)$")
  base = (base or name):gsub("%.[^.]*$", "")
  if dir and dir ~= "" and dir ~= "." and dir ~= ".." then return dir .. "-" .. base end
  return base
end

local function flatten (v)
  local out = {}
  for _, x in ipairs(v or {}) do
    if type(x) == "table" then for _, y in ipairs(x) do out[#out + 1] = y end
    else out[#out + 1] = x end
  end
  return out
end

-- parse argv with parser p: the arguments, or nil after a usage message
local function parse (p, argv, err)
  local ok, args = p:pparse(argv)
  if not ok then
    err:write(p:get_usage(), "\n", "glean: ", tostring(args), "\n")
    return nil
  end
  return args
end

local function run_sub (argv, out, err)
  local args = parse(sub_parser(), argv, err)
  if not args then return 2 end
  local status = 0
  for _, name in ipairs(args.file) do
    local text, rerr = read_input(name)
    if not text then
      err:write(rerr, "\n")
      status = 1
    else
      local done, perr = pcall(function ()
        if args.command == "tokens" then print_tokens(out, text)
        else print_sentences(out, text, args.wrap) end
      end)
      if not done then
        err:write(tostring(perr), "\n")
        status = 1
      end
    end
  end
  return status
end

-- a document date: YYYY-MM-DD, or an ISO 8601 date and time
-- (YYYY-MM-DDThh:mm[:ss][zone], as TimeBank's are; the date part is what
-- resolves relative dates)
local function valid_dct (s)
  if s == nil then return true end
  if s:match("^%d%d%d%d%-%d%d%-%d%d$") then return true end
  return s:match("^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d[%d:.]*[Z%d:+%-]*$") ~= nil
end


-- one JSON Lines input line: the document, or an {"id", "error"} record and
-- true
local function jsonl_record (ex, line, lineno, dct)
  local null = glean.json.null
  local rec, derr = glean.json.decode(line)
  if type(rec) ~= "table" then
    return { id = null, error = "line " .. lineno .. ": " ..
             tostring(derr or "a JSON object expected") }, true
  end
  local id = rec.id
  if type(id) ~= "string" and type(id) ~= "number" then id = null end
  if type(rec.text) ~= "string" then
    return { id = id, error = "line " .. lineno .. ": no \"text\" string" }, true
  end
  local d = rec.dct
  if d == null then d = nil end
  d = d or dct
  if type(d) ~= "nil" and (type(d) ~= "string" or not valid_dct(d)) then
    return { id = id, error = "line " .. lineno ..
             ": dct must be YYYY-MM-DD (or YYYY-MM-DDThh:mm)" }, true
  end
  local ok, doc = pcall(ex.extract, ex, rec.text, { id = id ~= null and id or nil, dct = d })
  if not ok then return { id = id, error = "line " .. lineno .. ": " .. tostring(doc) }, true end
  return doc, false
end

-- is file descriptor fd (0, 1, 2) a terminal? (asked of the shell once)
local tty_cache = {}
local function is_tty (fd)
  if tty_cache[fd] == nil then
    local r = os.execute("test -t " .. fd)
    tty_cache[fd] = (r == true or r == 0)
  end
  return tty_cache[fd]
end

local is_dir = require("glean.data").is_dir

-- A batch's memory: a document's token, sentence and match lists hold C
-- memory the collector does not count, and its garbage comes in bursts,
-- so between the collector's own cycles the peak crept up with the number
-- of documents (55 MB after 1,000 news articles, 84 MB after 10,000). A
-- full collection every GC_DOCS documents or GC_BYTES of text keeps it
-- flat; it takes about a millisecond, and the smaller heap is faster. (It
-- comes before the document is written: a big document's output is then
-- made without the garbage of its extraction.)
local GC_DOCS, GC_BYTES = 100, 4 * 1024 * 1024

local function batch_gc ()
  local docs, bytes = 0, 0
  return function (n)
    docs, bytes = docs + 1, bytes + n
    if docs >= GC_DOCS or bytes >= GC_BYTES then
      docs, bytes = 0, 0
      collectgarbage()
    end
  end
end

local function shell_quote (s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

-- the .txt files under a directory, sorted
local function list_dir (dir)
  return require("glean.data").list_files(dir, ".txt")
end

-- the progress line: documents, megabytes, MB/s (over processor time),
-- errors; rewritten in place on a terminal, one line a second otherwise
local function progress (err, on_tty)
  local self = { docs = 0, bytes = 0, errors = 0 }
  local t0 = os.clock()
  local last = -1
  function self.show (final)
    local t = os.clock() - t0
    if not final and t - last < (on_tty and 0.25 or 1) then return end
    last = t
    local mb = self.bytes / 1e6
    local line = ("glean: %d documents, %.1f MB, %.1f MB/s, %d errors"):format(
      self.docs, mb, t > 0 and mb / t or 0, self.errors)
    if on_tty then err:write("\r", line, "\27[K", final and "\n" or "")
    else err:write(line, "\n") end
    if err.flush then err:flush() end
  end
  return self
end

-- --eval: score the kept results against the gold; the exit code
function M.score (args, predictions, out, err)
  local eval = require "glean.eval"
  local gold, gerr = eval.load(args.eval)
  if not gold then
    err:write(gerr, "\n")
    return 1
  end
  local res, missing = eval.compare(gold, predictions, args)
  if not res then
    err:write(missing, "\n")
    return 1
  end
  out:write(eval.report(res, missing), "\n")
  return 0
end

--- Run the command.
-- @tparam table argv the arguments (as in `arg`)
-- @tparam[opt] table io_ `{stdout = file, stderr = file, stdin = file}` for
-- tests (then nothing is a terminal)
-- @treturn integer exit code
function M.main (argv, io_)
  local out = io_ and io_.stdout or io.stdout
  local err = io_ and io_.stderr or io.stderr
  local stdin = io_ and io_.stdin or (not io_ and io.stdin) or nil
  local args_ = {}
  for i = 1, #(argv or {}) do args_[i] = argv[i] end
  if args_[1] == "tokens" or args_[1] == "sentences" then
    return run_sub(args_, out, err)
  end
  if args_[1] == "eval" then
    table.remove(args_, 1)
    return require("glean.eval").main(args_, { stdout = out, stderr = err })
  end
  local p = extract_parser()
  local args = parse(p, args_, err)
  if not args then return 2 end
  if args.version then
    out:write(glean._VERSION, "\n")
    return 0
  end
  local files = args.file
  if args.eval and #files == 0 then
    -- the gold's own lines are the articles
    files = { args.eval }
    args.input = "jsonl"
  end
  if #files == 0 then
    -- no FILE: standard input, unless it is a terminal (or absent in tests)
    if stdin and (io_ or not is_tty(0)) then
      files = { "-" }
    else
      err:write(p:get_usage(), "\n", "glean: name a file ('-' for standard input)\n")
      return 2
    end
  end
  if not valid_dct(args.dct) then
    err:write("glean: --dct must be a date YYYY-MM-DD (or YYYY-MM-DDThh:mm)\n")
    return 2
  end
  local only
  if args.only then
    local oerr
    only, oerr = formats.parse_only(args.only)
    if not only then
      err:write(oerr, "\n")
      return 2
    end
  end
  local to_terminal = not io_ and not args.output and is_tty(1)
  local fname = args.format or (to_terminal and "text" or "json")
  local fmt, ferr = formats.load(fname)
  if not fmt then
    err:write(ferr, "\n")
    return 2
  end
  local predictions
  if args.eval then
    -- --eval: the results are kept (in the JSON contract's shape) and scored
    local json_fmt = require "glean.formats.json"
    predictions = {}
    fmt = { write = function (_, doc)
      local d = json_fmt.document(doc, "codepoint")
      d.id = d.id ~= nil and tostring(d.id) or tostring(#predictions)
      predictions[#predictions + 1] = d
    end }
  end
  local color = args.color == "always" or
    (args.color == "auto" and to_terminal and not os.getenv("NO_COLOR"))
  local okx, ex = pcall(glean.new, { rules = flatten(args.rules), lists = flatten(args.list),
                                    date_policy = args.date_policy })
  if not okx then
    err:write(tostring(ex), "\n")
    return 1
  end
  -- -o DIR with a format that writes a file set (brat) writes one set a document
  local out_dir
  if args.output and fmt.write_files and args.output:sub(-1) == "/" and
     not is_dir(args.output) then
    -- "-o new/" asks for a folder
    os.execute("mkdir -p " .. shell_quote(args.output))
  end
  if args.output and fmt.write_files and is_dir(args.output) then
    out_dir = args.output
  elseif args.output then
    local f, oerr = io.open(args.output, "wb")
    if not f then
      err:write("glean: ", tostring(oerr), "\n")
      return 1
    end
    out = f
  end
  local prog -- the progress line, when one is shown
  local opts = { unit = args.offsets, color = color, index = 0,
                 pretty = fname == "json" and args.input == "text" }
  local status = 0
  local function emit (doc)
    opts.index = opts.index + 1
    local view, werr = formats.select(doc, only), nil
    if out_dir then
      local okc, r1, r2 = pcall(fmt.write_files, out_dir, view, opts)
      if not okc then werr = r1 elseif not r1 then werr = r2 or "glean: cannot write" end
    else
      local okc, r1 = pcall(fmt.write, out, view, opts)
      if not okc then werr = r1 end
    end
    if werr then
      status = 1
      if prog then prog.errors = prog.errors + 1 end
      if fmt.write_error and not out_dir then
        -- (the document's line is an error record: no line of a batch is lost)
        local id = doc.id
        if type(id) ~= "string" and type(id) ~= "number" then id = glean.json.null end
        fmt.write_error(out, { id = id, error = tostring(werr) }, opts)
      else
        err:write(tostring(werr), "\n")
      end
    end
  end
  local function failed (rec)
    status = 1
    if prog then prog.errors = prog.errors + 1 end
    if fmt.write_error and not out_dir then
      fmt.write_error(out, rec, opts)
    else
      local id = rec.id
      if type(id) ~= "string" and type(id) ~= "number" then id = "-" end
      err:write("glean: ", tostring(id), ": ", tostring(rec.error), "\n")
    end
  end
  -- JSON Lines in: each result leaves as soon as it is made (a consumer
  -- downstream of a pipe sees it at once; one write a document costs
  -- little next to extracting it)
  if args.input == "jsonl" and io.type(out) == "file" then out:setvbuf("line") end
  if fmt.begin and not out_dir then fmt.begin(out, opts) end
  -- the inputs: files, directories (their .txt files), standard input
  local inputs = {}
  for _, name in ipairs(files) do
    if name ~= "-" and is_dir(name) then
      local list, lerr = list_dir(name)
      if not list then
        err:write(lerr, "\n")
        status = 1
      else
        if #list == 0 then err:write("glean: no .txt files in ", name, "\n") end
        for _, f in ipairs(list) do inputs[#inputs + 1] = { f } end
      end
    else
      inputs[#inputs + 1] = { name }
    end
  end
  -- the progress line: asked for, or automatic on a terminal for batches
  local show = args.progress or (not args.no_progress and not io_ and is_tty(2) and
                                 (args.input == "jsonl" or #inputs > 1))
  prog = show and progress(err, not io_ and is_tty(2)) or nil
  local collect = batch_gc()
  for _, input in ipairs(inputs) do
    local name = input[1]
    if args.input == "jsonl" then
      local f, oerr
      if name == "-" then f = stdin else f, oerr = io.open(name, "rb") end
      if not f then
        err:write("glean: ", tostring(oerr), "\n")
        status = 1
      else
        -- line by line: bounded memory whatever the file's size
        local lineno = 0
        for line in f:lines() do
          lineno = lineno + 1
          if line:match("%S") then
            local doc, bad = jsonl_record(ex, line, lineno, args.dct)
            collect(#line)
            if bad then failed(doc) else emit(doc) end
            if prog then
              prog.docs = prog.docs + 1
              prog.bytes = prog.bytes + #line + 1
              prog.show()
            end
          end
        end
        if f ~= stdin then f:close() end
      end
    else
      local text, rerr
      if name == "-" then
        text = stdin and stdin:read("*a")
        if not text then rerr = "glean: cannot read standard input" end
      else
        text, rerr = read_input(name)
      end
      if not text then
        err:write(rerr, "\n")
        status = 1
        if prog then prog.errors = prog.errors + 1 end
      else
        local id = (#inputs == 1 and args.id) or doc_id(name)
        local okd, doc = pcall(ex.extract, ex, text, { dct = args.dct, id = id })
        collect(#text)
        if not okd then
          err:write(tostring(doc), "\n")
          status = 1
          if prog then prog.errors = prog.errors + 1 end
        else
          emit(doc)
        end
        if prog then
          prog.docs = prog.docs + 1
          prog.bytes = prog.bytes + #text
          prog.show()
        end
      end
    end
  end
  if fmt.finish and not out_dir then fmt.finish(out, opts) end
  if prog then prog.show(true) end
  if predictions then
    local code = M.score(args, predictions, out, err)
    if code ~= 0 then status = code end
  end
  if args.output and not out_dir then out:close() end
  return status
end

return M
