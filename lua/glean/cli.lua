--- The `glean` command: `main(argv)` returns an exit code.
-- 0 ok, 1 runtime error (a file that cannot be read), 2 usage error.
-- Messages go to stderr; results to stdout.
-- @module glean.cli

local argparse = require "argparse"
local glean = require "glean"

local io, table = io, table
local ipairs, pcall, tostring = ipairs, pcall, tostring

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

local function parser ()
  local p = argparse("glean", "Who is named, when, and who said what, " ..
                     "in news articles.")
    :add_help("-h --help")
  p:flag("--version", "Print the version and exit.")
  p:command_target("command")
  p:require_command(false)
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

--- Run the command.
-- @tparam table argv the arguments (as in `arg`)
-- @tparam[opt] table io_ `{stdout = file, stderr = file}` for tests
-- @treturn integer exit code
function M.main (argv, io_)
  local out = io_ and io_.stdout or io.stdout
  local err = io_ and io_.stderr or io.stderr
  local p = parser()
  local args_ = {}
  for i = 1, #(argv or {}) do args_[i] = argv[i] end
  local ok, args = p:pparse(args_)
  if not ok then
    err:write(p:get_usage(), "\n", "glean: ", tostring(args), "\n")
    return 2
  end
  if args.version then
    out:write(glean._VERSION, "\n")
    return 0
  end
  if not args.command then
    err:write(p:get_usage(), "\n",
              "glean: name a command: tokens or sentences\n")
    return 2
  end
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

return M
