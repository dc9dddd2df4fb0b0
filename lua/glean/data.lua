--- Word lists: finding the bundled TSV files and reading them.
-- A list is a UTF-8 TSV file with six columns (surface, label, canonical,
-- kind, flags, extra); lines starting with `#` and blank lines are
-- comments. Bundled lists live beside the Lua modules (`glean/data/en/`),
-- wherever LuaRocks installed them, and are found through `package.path`.
-- @module glean.data

local io, package, string, table = io, package, string, table
local error, ipairs, tostring, type = error, ipairs, tostring, type

local M = {}

M.COLUMNS = { "surface", "label", "canonical", "kind", "flags", "extra" }

local DIRSEP = package.config:sub(1, 1)

--- Path of a bundled data file.
-- @tparam string name file name under `glean/data/`, e.g. `"en/titles.tsv"`
-- @treturn ?string the path, or nil and a message listing where it looked
function M.path (name)
  local tried = {}
  for template in package.path:gmatch("[^;]+") do
    local dir = template:match("^(.-)%?%.lua$")
    if dir then
      local p = dir .. "glean" .. DIRSEP .. "data" .. DIRSEP ..
                name:gsub("/", DIRSEP)
      local f = io.open(p, "rb")
      if f then
        f:close()
        return p
      end
      tried[#tried + 1] = p
    end
  end
  return nil, "glean: data file '" .. name .. "' not found in:\n\t" ..
              table.concat(tried, "\n\t")
end

local function split_tabs (line)
  local cols, start = {}, 1
  while true do
    local i = line:find("\t", start, true)
    if not i then
      cols[#cols + 1] = line:sub(start)
      return cols
    end
    cols[#cols + 1] = line:sub(start, i - 1)
    start = i + 1
  end
end

--- Read a six-column word list.
-- Each row is a table with the fields of `COLUMNS` (`flags` and `extra`
-- are nil where the file says `-`) and `line`, its line number.
-- @tparam string path the file
-- @treturn ?table rows, or nil, a message naming file and line, and the line number
function M.read_tsv (path)
  local f, err = io.open(path, "rb")
  if not f then return nil, "glean: " .. tostring(err) end
  local rows, n = {}, 0
  for line in f:lines() do
    n = n + 1
    line = line:gsub("\r$", "")
    if line ~= "" and line:sub(1, 1) ~= "#" then
      local cols = split_tabs(line)
      if #cols ~= 6 then
        f:close()
        return nil, string.format("glean: %s:%d: expected 6 tab-separated " ..
                                  "columns, got %d", path, n, #cols), n
      end
      if cols[1] == "" then
        f:close()
        return nil, string.format("glean: %s:%d: empty surface", path, n), n
      end
      local row = { line = n }
      for i, name in ipairs(M.COLUMNS) do
        local v = cols[i]
        if v ~= "-" and v ~= "" then row[name] = v end
      end
      rows[#rows + 1] = row
    end
  end
  f:close()
  return rows
end

--- Read a bundled list by name, raising an error when it is missing or bad.
-- @tparam string name e.g. `"en/abbreviations.tsv"`
-- @treturn table rows
-- @raise when the file is missing or malformed
function M.load (name)
  local p, err = M.path(name)
  if not p then error(err, 2) end
  local rows, rerr = M.read_tsv(p)
  if not rows then error(rerr, 2) end
  return rows
end

--- Parse an `extra` column (`key=value;key=value`) into a table.
function M.extra (s)
  local t = {}
  if type(s) == "string" then
    for k, v in s:gmatch("([^=;]+)=([^;]*)") do t[k] = v end
  end
  return t
end

-- the sex a form of address gives
local HONORIFIC_SEX = { mr = "m", sir = "m", lord = "m", mister = "m",
  mrs = "f", ms = "f", miss = "f", lady = "f", dame = "f", madam = "f" }

-- nouns of kin and roles that say a person's sex ("his mother, Ann Lee")
local NOUN_SEX = { mother = "f", father = "m", wife = "f", husband = "m", son = "m",
  daughter = "f", sister = "f", brother = "m", widow = "f", widower = "m",
  grandmother = "f", grandfather = "m", aunt = "f", uncle = "m", niece = "f",
  nephew = "m", girlfriend = "f", boyfriend = "m", fiancee = "f", fiance = "m",
  stepmother = "f", stepfather = "m", grandson = "m", granddaughter = "f",
  spokeswoman = "f", spokesman = "m", chairwoman = "f", chairman = "m",
  businesswoman = "f", businessman = "m", congresswoman = "f", congressman = "m",
  actress = "f", queen = "f", king = "m", princess = "f", prince = "m",
  duchess = "f", duke = "m", countess = "f", baroness = "f", baron = "m" }

--- The sex a title of address gives ("Mrs." gives "f"), or nil.
function M.title_sex (title)
  if type(title) ~= "string" then return nil end
  return HONORIFIC_SEX[(title:lower():gsub("%.$", ""))]
end

--- The sex a title of address or the last word of a title of kin or role
-- gives ("Mrs.", "mother", "the firm's chairwoman"), or nil.
function M.person_sex (title)
  if type(title) ~= "string" then return nil end
  local t = title:lower()
  return HONORIFIC_SEX[(t:gsub("%.$", ""))] or NOUN_SEX[t:match("(%a+)$") or ""]
end

--- The sex a given name's `extra` column gives ("gender=m;lang=en" gives
-- "m"), or nil: none, or a name of either sex ("gender=f|m").
function M.name_sex (extra)
  local g = type(extra) == "string" and extra:match("gender=([%a|]+)")
  return g and #g == 1 and g or nil
end

--- Is path a directory?
function M.is_dir (path)
  local f = io.open(path .. "/.", "rb")
  if f then f:close() return true end
  return false
end

--- The files under dir whose names end in suffix (".txt", ".ann"),
-- sorted by bytes; depth 1 only when shallow.
-- @return the list, or nil and a message when dir cannot be listed
function M.list_files (dir, suffix, shallow)
  local q = "'" .. dir:gsub("'", "'\\''") .. "'"
  local p = io.popen("find " .. q .. (shallow and " -maxdepth 1" or "") ..
                     " -type f -name '*" .. suffix .. "' | LC_ALL=C sort")
  if not p then return nil, "glean: cannot list " .. dir end
  local files = {}
  for l in p:lines() do files[#files + 1] = l end
  p:close()
  return files
end

-- the lower-case words of English (en/common_words.txt), read on first use
local common

--- Whether a folded word is a common English word ("world", "meeting"):
-- capitalized, it is no name that a list does not know.
-- @tparam string key a token's key (folded)
-- @treturn boolean
function M.is_common (key)
  if not common then
    common = {}
    local p = M.path("en/common_words.txt")
    local f = p and io.open(p, "rb")
    if f then
      for line in f:lines() do
        if line:sub(1, 1) ~= "#" then common[line] = true end
      end
      f:close()
    end
  end
  return common[key] == true
end

return M
