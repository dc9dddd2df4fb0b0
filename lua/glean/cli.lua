--- The `glean` command: `main(argv)` returns an exit code.
-- 0 ok, 1 runtime error (a file that cannot be read), 2 usage error.
-- Messages go to stderr; results to stdout.
-- @module glean.cli

local argparse = require "argparse"
local glean = require "glean"
local formats_json = require "glean.formats.json"

local io, table = io, table
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
                     "in news articles. 'glean tokens FILE' and 'glean " ..
                     "sentences FILE' show the tokenizer's work.")
    :add_help("-h --help")
  p:flag("--version", "Print the version and exit.")
  p:argument("file", "Text files, or JSON Lines with --input jsonl " ..
             "('-' for standard input)."):args("*")
  p:option("--format", "Output: json (one document), jsonl (one line a " ..
           "document).", "json"):choices({ "json", "jsonl" })
  p:option("--input", "Input: text, or jsonl ({\"id\", \"text\", " ..
           "\"dct\"} a line).", "text"):choices({ "text", "jsonl" })
  p:option("--dct", "The document date (YYYY-MM-DD) for relative dates.")
  p:option("--offsets", "Offset unit in the output.", "codepoint")
    :choices({ "codepoint", "byte", "utf16" })
  p:option("--rules", "A rule file to add (repeatable).")
    :count("*"):args(1)
  p:option("--list", "A word list (TSV) to add (repeatable).")
    :count("*"):args(1)
  p:option("--id", "The document id (default: the file's folder and name, " ..
           "e.g. 'seed-article' for seed/article.txt).")
  p:option("-o --output", "Write to this file instead of standard output.")
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

local function valid_dct (s)
  return s == nil or s:match("^%d%d%d%d%-%d%d%-%d%d$") ~= nil
end

-- one JSON Lines record: a document, or {"id", "error"}
local function jsonl_record (ex, line, lineno, unit, dct)
  local rec, derr = glean.json.decode(line)
  if type(rec) ~= "table" then
    return { id = glean.json.null, error = "line " .. lineno .. ": " ..
             tostring(derr or "a JSON object expected") }, true
  end
  local id = rec.id
  if type(id) ~= "string" and type(id) ~= "number" then id = glean.json.null end
  if type(rec.text) ~= "string" then
    return { id = id, error = "line " .. lineno .. ": no \"text\" string" }, true
  end
  local d = rec.dct
  if d == glean.json.null then d = nil end
  d = d or dct
  if type(d) ~= "nil" and (type(d) ~= "string" or not valid_dct(d)) then
    return { id = id, error = "line " .. lineno .. ": dct must be YYYY-MM-DD" }, true
  end
  local ok, doc = pcall(ex.extract, ex, rec.text, { id = id ~= glean.json.null and id or nil,
                                                    dct = d })
  if not ok then return { id = id, error = tostring(doc) }, true end
  return formats_json.document(doc, unit), false
end

--- Run the command.
-- @tparam table argv the arguments (as in `arg`)
-- @tparam[opt] table io_ `{stdout = file, stderr = file}` for tests
-- @treturn integer exit code
function M.main (argv, io_)
  local out = io_ and io_.stdout or io.stdout
  local err = io_ and io_.stderr or io.stderr
  local args_ = {}
  for i = 1, #(argv or {}) do args_[i] = argv[i] end
  if args_[1] == "tokens" or args_[1] == "sentences" then
    return run_sub(args_, out, err)
  end
  local p = extract_parser()
  local args = parse(p, args_, err)
  if not args then return 2 end
  if args.version then
    out:write(glean._VERSION, "\n")
    return 0
  end
  if #args.file == 0 then
    err:write(p:get_usage(), "\n", "glean: name a file ('-' for standard input)\n")
    return 2
  end
  if not valid_dct(args.dct) then
    err:write("glean: --dct must be a date YYYY-MM-DD\n")
    return 2
  end
  local okx, ex = pcall(glean.new, { rules = flatten(args.rules), lists = flatten(args.list) })
  if not okx then
    err:write(tostring(ex), "\n")
    return 1
  end
  if args.output then
    local f, oerr = io.open(args.output, "wb")
    if not f then
      err:write("glean: ", tostring(oerr), "\n")
      return 1
    end
    out = f
  end
  local status = 0
  local first_doc = true
  for _, name in ipairs(args.file) do
    if args.input == "jsonl" then
      local f, ferr
      if name == "-" then f = io.stdin else f, ferr = io.open(name, "rb") end
      if not f then
        err:write("glean: ", tostring(ferr), "\n")
        status = 1
      else
        local lineno = 0
        for line in f:lines() do
          lineno = lineno + 1
          if line:match("%S") then
            local rec, failed = jsonl_record(ex, line, lineno, args.offsets, args.dct)
            if failed then status = 1 end
            out:write(glean.json.encode(rec, formats_json.KEY_ORDER), "\n")
          end
        end
        if f ~= io.stdin then f:close() end
      end
    else
      local text, rerr = read_input(name)
      if not text then
        err:write(rerr, "\n")
        status = 1
      else
        local okd, doc = pcall(ex.extract, ex, text,
                               { dct = args.dct, id = args.id or doc_id(name) })
        if not okd then
          err:write(tostring(doc), "\n")
          status = 1
        else
          local pretty = args.format == "json"
          if not first_doc and pretty then out:write("\n") end
          out:write(formats_json.encode(doc, args.offsets, pretty), "\n")
          first_doc = false
        end
      end
    end
  end
  if args.output then out:close() end
  return status
end

return M
