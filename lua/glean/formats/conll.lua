--- CoNLL-2003 style output: one token a line, "TOKEN TAG" with IOB2 tags
-- (B-PERSON, I-PERSON, O; the labels are glean's), a blank line between
-- sentences and a `-DOCSTART- O` line (then a blank line) before each
-- document (an entity that runs over a sentence break keeps the two
-- sentences together: IOB tags cannot cross a blank line). Tokens holding
-- white space have it replaced by `_`. Quotes do
-- not fit IOB tags over tokens and are left out; `read` turns such text
-- back into tokens and entity spans.
-- @module glean.formats.conll

local ipairs = ipairs
local concat = table.concat

local M = {}

M.DOCSTART = "-DOCSTART-"

--- The IOB2 tag of each token of a document.
-- @treturn table tags, one string a token
function M.tags (doc)
  local toks = doc.tokens
  local n = #toks
  local tags = {}
  for i = 1, n do tags[i] = "O" end
  -- entities are in text order: walk tokens and entities together
  local i = 1
  for _, e in ipairs(doc.entities or {}) do
    while i <= n and toks:last(i) < e.first do i = i + 1 end
    local j, begun = i, false
    while j <= n and toks:first(j) <= e.last do
      if toks:last(j) >= e.first and tags[j] == "O" then
        tags[j] = (begun and "I-" or "B-") .. e.label
        begun = true
      end
      j = j + 1
    end
  end
  return tags
end

local function token_text (s)
  s = s:gsub("%s", "_")
  if s == "" then s = "_" end
  return s
end

function M.write (out, doc)
  local toks = doc.tokens
  local tags = M.tags(doc)
  local buf = { M.DOCSTART, " O\n\n" }
  local sents = doc.sentences or {}
  local si, cur = 1, nil
  local n = #toks
  for i = 1, n do
    -- a blank line where a new sentence begins
    local f = toks:first(i)
    while sents[si] and sents[si].last < f do si = si + 1 end
    -- (not inside an entity that runs over a sentence break: the two
    -- sentences stay together)
    if i > 1 and si ~= cur and tags[i]:sub(1, 2) ~= "I-" then buf[#buf + 1] = "\n" end
    cur = si
    buf[#buf + 1] = token_text(toks:text(i))
    buf[#buf + 1] = " "
    buf[#buf + 1] = tags[i]
    buf[#buf + 1] = "\n"
    if #buf > 4096 then
      out:write(concat(buf))
      buf = {}
    end
  end
  if n > 0 then buf[#buf + 1] = "\n" end
  out:write(concat(buf))
end

--- Read CoNLL text (2 or more columns: token first, IOB tag last; IOB1 or
-- IOB2; `-DOCSTART-` separates documents).
-- @tparam string s the text
-- @treturn table documents: `{tokens = {…}, entities = {{first_token,
-- last_token, label}, …}}`, tokens in order across the document's sentences
function M.read (s)
  local docs = {}
  local doc
  local function new_doc ()
    doc = { tokens = {}, entities = {} }
    docs[#docs + 1] = doc
  end
  local open -- the entity being read: {first_token, last_token, label}
  local function close ()
    if open then
      doc.entities[#doc.entities + 1] = open
      open = nil
    end
  end
  local lineno = 0
  for line in (s .. "\n"):gmatch("([^\n]*)\n") do
    lineno = lineno + 1
    line = line:gsub("\r$", "")
    local cols = {}
    for c in line:gmatch("%S+") do cols[#cols + 1] = c end
    if #cols == 0 then
      close()
    elseif cols[1] == M.DOCSTART then
      close()
      new_doc()
    elseif #cols == 1 then
      return nil, ("line %d: a token and a tag expected"):format(lineno)
    else
      if not doc then new_doc() end
      local tag = cols[#cols]
      local k = #doc.tokens + 1
      doc.tokens[k] = cols[1]
      local b, label = tag:match("^([BIES])%-(.+)$")
      if tag == "O" then
        close()
      elseif not b then
        return nil, ("line %d: bad tag '%s'"):format(lineno, tag)
      elseif b == "B" or b == "S" or not open or open.label ~= label then
        close()
        open = { first_token = k, last_token = k, label = label }
        if b == "S" then close() end
      else
        open.last_token = k
        if b == "E" then close() end
      end
    end
  end
  close()
  return docs
end

return M
