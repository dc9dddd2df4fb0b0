--- `glean eval GOLD PRED`: precision, recall and F1 per label (exact span
-- and label) and micro-averaged, a partial-overlap F1, the accuracy of
-- canonical names and date values on matched gold entities, quote
-- precision, recall and F1 (a predicted quote counts when it overlaps at
-- least half of the longer span) and speaker accuracy. Gold and prediction
-- are each in the JSON contract (one object, or JSON Lines), CoNLL (IOB1 or
-- IOB2) or brat standoff (a `.ann` file or a folder of them).
--
-- Documents are paired by id; when one side is CoNLL (which has no ids)
-- they are paired by order. CoNLL tokens get offsets from the other side's
-- `text` when it has one, else both sides must be CoNLL (offsets are then
-- those of the tokens joined by spaces).
-- @module glean.eval

local argparse = require "argparse"
local glean = require "glean"

local io, ipairs, pairs, tostring, type = io, ipairs, pairs, tostring, type
local floor = math.floor
local getmetatable = getmetatable
local concat, sort = table.concat, table.sort
local max, min = math.max, math.min

local M = {}

--- Label folding for `--map conll`: labels to CoNLL-2003 classes (nil:
-- not scored).
M.CONLL = { PERSON = "PER", PER = "PER", GPE = "LOC", LOC = "LOC", FAC = "LOC",
  LOCATION = "LOC", ORG = "ORG", ORGANIZATION = "ORG", NORP = "MISC", MISC = "MISC",
  EVENT = "MISC", WORK_OF_ART = "MISC", LAW = "MISC", LANGUAGE = "MISC", PRODUCT = "MISC" }

--- Time expression labels for `--map timex` (folded to TIMEX).
M.TIMEX = { DATE = true, TIME = true, DURATION = true, SET = true, TIMEX = true }

local function read_file (path)
  local f, err = io.open(path, "rb")
  if not f then return nil, "glean: " .. tostring(err) end
  local s = f:read("*a")
  f:close()
  if not s then return nil, "glean: cannot read " .. path end
  return s
end

local is_dir = require("glean.data").is_dir

local function list_ann (dir)
  return require("glean.data").list_files(dir, ".ann", true) or {}
end

--- Guess a file's format from its name and its first lines.
-- @treturn string "json", "conll" or "brat"
function M.sniff (path, s)
  if is_dir(path) or path:match("%.ann$") then return "brat" end
  if path:match("%.jsonl?$") then return "json" end
  if path:match("%.conll$") or path:match("%.iob2?$") then return "conll" end
  local first = s:match("^%s*(%S)")
  if first == "{" or first == "[" then return "json" end
  local line = s:match("^%s*([^\n]*)")
  if line:match("^T%d+\t") or line:match("^#%d*\tAnnotatorNotes") then return "brat" end
  return "conll"
end

-- JSON: one object, or one a line (as score.py reads them)
local function load_json (s, path)
  local docs = {}
  local trimmed = s:match("^%s*(.-)%s*$")
  if trimmed == "" then return docs end
  local items = {}
  local whole = (trimmed:sub(1, 1) == "{" or trimmed:sub(1, 1) == "[") and
                glean.json.decode(trimmed)
  if type(whole) == "table" then
    -- one document, or an array of documents
    if whole[1] ~= nil or (getmetatable(whole) == glean.json.array_mt) then items = whole
    else items[1] = whole end
  else
    local n = 0
    for line in (trimmed .. "\n"):gmatch("([^\n]*)\n") do
      n = n + 1
      if line:match("%S") then
        local d, err = glean.json.decode(line)
        if type(d) ~= "table" then
          return nil, path .. ":" .. n .. ": " .. tostring(err or "a JSON object expected")
        end
        items[#items + 1] = d
      end
    end
  end
  for i, d in ipairs(items) do
    local id = d.id
    if id == nil or id == glean.json.null then id = i - 1 end
    docs[#docs + 1] = { id = tostring(id), entities = d.entities or {}, quotes = d.quotes or {},
                        text = type(d.text) == "string" and d.text or nil }
  end
  return docs
end

local function load_brat (path)
  local brat = require "glean.formats.brat"
  local files = is_dir(path) and list_ann(path) or { path }
  local docs = {}
  for _, f in ipairs(files) do
    local s, err = read_file(f)
    if not s then return nil, err end
    local d, rerr = brat.read(s)
    if not d then return nil, f .. ": " .. rerr end
    d.id = f:match("([^/]*)%.ann$") or f
    docs[#docs + 1] = d
  end
  return docs
end

local function load_conll (s, path)
  local conll = require "glean.formats.conll"
  local docs, err = conll.read(s)
  if not docs then return nil, path .. ": " .. err end
  for i, d in ipairs(docs) do d.id = tostring(i - 1) end
  return docs
end

--- Load a file (or a brat folder) as a list of documents.
-- @tparam string path the file
-- @tparam[opt] string fmt "json", "conll" or "brat" (default: guessed)
-- @return documents, or nil and a message
function M.load (path, fmt)
  local s = ""
  if not is_dir(path) then
    local err
    s, err = read_file(path)
    if not s then return nil, err end
  end
  fmt = fmt or M.sniff(path, s)
  if fmt == "json" then return load_json(s, path) end
  if fmt == "brat" then return load_brat(path) end
  if fmt == "conll" then return load_conll(s, path) end
  return nil, "glean: unknown format " .. tostring(fmt)
end

-- code point offsets of a CoNLL document's entities: its tokens found in
-- order in text, or joined by spaces
local function place_conll (d, text)
  local toks = d.tokens
  local joined = text == nil
  if joined then text = concat(toks, " ") end
  local firsts, lasts = {}, {}
  local at = 1
  for i, t in ipairs(toks) do
    local a, b
    if joined then
      a, b = at, at + #t - 1
      at = b + 2
    else
      a, b = text:find(t, at, true)
      if not a then
        -- CoNLL files replace spaces in tokens: try them as spaces
        a, b = text:find((t:gsub("_", " ")), at, true)
      end
      if not a then
        return nil, ("token %d '%s' is not in the document's text"):format(i, t)
      end
      at = b + 1
    end
    firsts[i], lasts[i] = a, b
  end
  local pos = {}
  for _, e in ipairs(d.entities) do
    pos[#pos + 1] = firsts[e.first_token]
    pos[#pos + 1] = lasts[e.last_token] + 1
  end
  local off = #pos > 0 and glean.offsets(text, pos, "codepoint") or {}
  local ents = {}
  for i, e in ipairs(d.entities) do
    ents[i] = { start = off[2 * i - 1], ["end"] = off[2 * i], label = e.label }
  end
  d.entities = ents
  return true
end

--- Pair gold and predicted documents: by id, or by order when either side
-- is CoNLL; CoNLL documents are given offsets.
-- @return a list of `{gold, pred}` (pred may be an empty document), the
-- number of gold documents with no prediction; or nil and a message
function M.pair (gold, pred)
  -- CoNLL documents are those read as tokens
  for _, side in ipairs({ gold, pred }) do
    for _, d in ipairs(side) do d.conll = type(d.tokens) == "table" end
  end
  local by_order = (gold[1] and gold[1].conll) or (pred[1] and pred[1].conll)
  local pairs_, missing = {}, 0
  local at = {}
  if not by_order then
    for _, p in ipairs(pred) do at[p.id] = p end
  end
  for i, g in ipairs(gold) do
    local p
    if by_order then p = pred[i] else p = at[g.id] end
    if not p then
      missing = missing + 1
      p = { id = g.id, entities = {}, quotes = {} }
    end
    if g.conll or p.conll then
      local mixed = (g.conll and not p.conll) or (p.conll and not g.conll)
      local other = g.conll and p or g
      if mixed and not other.text and #(other.entities or {}) > 0 then
        return nil, "glean: document " .. i .. ": CoNLL against JSON or brat needs the " ..
                    "document's text on the other side (a \"text\" field)"
      end
      for _, d in ipairs({ g, p }) do
        if d.conll and d.tokens then
          local ok, err = place_conll(d, mixed and other.text or nil)
          if not ok then return nil, "glean: document " .. i .. ": " .. err end
          d.tokens = nil
        end
      end
    end
    pairs_[#pairs_ + 1] = { g, p }
  end
  return pairs_, missing
end

local function prf (tp, fp, fn)
  local p = (tp + fp) > 0 and tp / (tp + fp) or 0
  local r = (tp + fn) > 0 and tp / (tp + fn) or 0
  local f = (p + r) > 0 and 2 * p * r / (p + r) or 0
  return p, r, f
end

-- did the prediction name the gold quote's speaker? (the same name, an
-- overlapping mention, or the gold mention's words all in the name)
local function same_speaker (g, p)
  local ps = p.speaker
  if ps == nil or ps == glean.json.null then return false end
  if ps == g.speaker then return true end
  if g.speaker_start and p.speaker_start and p.speaker_start ~= glean.json.null and
     p.speaker_start < g.speaker_end and g.speaker_start < p.speaker_end then
    return true
  end
  local words = {}
  for w in tostring(ps):lower():gmatch("%S+") do words[w] = true end
  local any = false
  for w in tostring(g.speaker_text or g.speaker or ""):lower():gmatch("%S+") do
    any = true
    if not words[w] then return false end
  end
  return any
end

--- Score paired documents.
-- @tparam table pairs_ from `pair`
-- @tparam[opt] table opts `map` ("conll" or "timex"), `labels` (a set)
-- @treturn table `labels` (label -> {p, r, f1, tp, fp, fn}), `micro`,
-- `partial`, `canonical_acc`, `date_value_acc`, `quotes`,
-- `quote_speaker_acc` (nil when there was nothing to measure)
function M.score (pairs_, opts)
  opts = opts or {}
  local fold
  if opts.map == "conll" then fold = function (l) return M.CONLL[l] end
  elseif opts.map == "timex" then fold = function (l) return M.TIMEX[l] and "TIMEX" or nil end
  else fold = function (l) return l end end
  local keep = opts.labels
  local stats = {}
  local function stat (l)
    stats[l] = stats[l] or { 0, 0, 0 }
    return stats[l]
  end
  local part = { 0, 0, 0 }
  local canon, value = { 0, 0 }, { 0, 0 }
  local qstat, qspk = { 0, 0, 0 }, { 0, 0 }
  local function ents (d)
    local out = {}
    for _, e in ipairs(d.entities or {}) do
      local l = fold(e.label)
      if l and (not keep or keep[l]) then
        out[#out + 1] = { s = e.start, e = e["end"], l = l, x = e }
      end
    end
    return out
  end
  for _, gp in ipairs(pairs_) do
    local ge, pe = ents(gp[1]), ents(gp[2])
    local gset, pset = {}, {}
    for _, x in ipairs(ge) do gset[x.s .. ":" .. x.e .. ":" .. x.l] = x end
    for _, x in ipairs(pe) do pset[x.s .. ":" .. x.e .. ":" .. x.l] = x end
    for k, x in pairs(gset) do
      local px = pset[k]
      if px then
        stat(x.l)[1] = stat(x.l)[1] + 1
        if x.x.canonical ~= nil then
          canon[2] = canon[2] + 1
          if px.x.canonical == x.x.canonical then canon[1] = canon[1] + 1 end
        end
        if x.x.value ~= nil then
          value[2] = value[2] + 1
          if px.x.value == x.x.value then value[1] = value[1] + 1 end
        end
      else
        stat(x.l)[3] = stat(x.l)[3] + 1
      end
    end
    for k, x in pairs(pset) do
      if not gset[k] then stat(x.l)[2] = stat(x.l)[2] + 1 end
    end
    -- partial: same label, overlapping spans, matched one to one in order
    local used = {}
    for _, g in ipairs(ge) do
      local hit
      for j, p in ipairs(pe) do
        if not used[j] and p.l == g.l and p.s < g.e and g.s < p.e then
          hit = j
          break
        end
      end
      if hit then
        used[hit] = true
        part[1] = part[1] + 1
      else
        part[3] = part[3] + 1
      end
    end
    local nused = 0
    for _ in pairs(used) do nused = nused + 1 end
    part[2] = part[2] + #pe - nused
    -- quotes
    local pq = gp[2].quotes or {}
    local usedq, nq = {}, 0
    for _, q in ipairs(gp[1].quotes or {}) do
      local hit
      for j, r in ipairs(pq) do
        if not usedq[j] then
          local ov = min(q["end"], r["end"]) - max(q.start, r.start)
          if ov > 0 and ov >= 0.5 * max(q["end"] - q.start, r["end"] - r.start) then
            hit = j
            break
          end
        end
      end
      if hit then
        usedq[hit] = true
        nq = nq + 1
        qstat[1] = qstat[1] + 1
        if q.speaker and q.speaker ~= glean.json.null and q.speaker ~= "" then
          qspk[2] = qspk[2] + 1
          if same_speaker(q, pq[hit]) then qspk[1] = qspk[1] + 1 end
        end
      elseif not q.optional then
        qstat[3] = qstat[3] + 1
      end
    end
    qstat[2] = qstat[2] + #pq - nq
  end
  local res = { labels = {}, label_order = {} }
  local tot = { 0, 0, 0 }
  for l, v in pairs(stats) do
    local p, r, f = prf(v[1], v[2], v[3])
    res.labels[l] = { p = p, r = r, f1 = f, tp = v[1], fp = v[2], fn = v[3] }
    res.label_order[#res.label_order + 1] = l
    for i = 1, 3 do tot[i] = tot[i] + v[i] end
  end
  sort(res.label_order)
  local p, r, f = prf(tot[1], tot[2], tot[3])
  res.micro = { p = p, r = r, f1 = f, tp = tot[1], fp = tot[2], fn = tot[3] }
  p, r, f = prf(part[1], part[2], part[3])
  res.partial = { p = p, r = r, f1 = f }
  res.canonical_acc = canon[2] > 0 and canon[1] / canon[2] or nil
  res.date_value_acc = value[2] > 0 and value[1] / value[2] or nil
  p, r, f = prf(qstat[1], qstat[2], qstat[3])
  res.quotes = { p = p, r = r, f1 = f, tp = qstat[1], fp = qstat[2], fn = qstat[3] }
  res.quote_speaker_acc = qspk[2] > 0 and qspk[1] / qspk[2] or nil
  return res
end

local function rule (title, width)
  local pad = width - #title - 2
  local left = floor(pad / 2)
  return ("="):rep(left) .. " " .. title .. " " .. ("="):rep(pad - left)
end

local function pct (x) return ("%.2f"):format(100 * x) end

--- The report as text, laid out like `spacy evaluate`.
function M.report (res, missing)
  local w = 72
  local lines = { "", rule("Results", w), "" }
  local rows = {
    { "NER P", pct(res.micro.p) }, { "NER R", pct(res.micro.r) },
    { "NER F", pct(res.micro.f1) }, { "NER partial F", pct(res.partial.f1) },
  }
  if res.canonical_acc then rows[#rows + 1] = { "Canonical acc", pct(res.canonical_acc) } end
  if res.date_value_acc then rows[#rows + 1] = { "Date value acc", pct(res.date_value_acc) } end
  local q = res.quotes
  if q.tp + q.fp + q.fn > 0 then
    rows[#rows + 1] = { "QUOTE P", pct(q.p) }
    rows[#rows + 1] = { "QUOTE R", pct(q.r) }
    rows[#rows + 1] = { "QUOTE F", pct(q.f1) }
    if res.quote_speaker_acc then
      rows[#rows + 1] = { "Speaker acc", pct(res.quote_speaker_acc) }
    end
  end
  for _, r in ipairs(rows) do lines[#lines + 1] = ("%-16s %6s"):format(r[1], r[2]) end
  if missing and missing > 0 then
    lines[#lines + 1] = ("%-16s %6d"):format("Docs missing", missing)
  end
  lines[#lines + 1] = ""
  lines[#lines + 1] = rule("NER (per type)", w)
  lines[#lines + 1] = ""
  lines[#lines + 1] = ("%-10s %7s %7s %7s %6s %6s %6s"):format("", "P", "R", "F", "TP", "FP", "FN")
  local function row (name, v)
    lines[#lines + 1] = ("%-10s %7s %7s %7s %6d %6d %6d"):format(name, pct(v.p), pct(v.r),
      pct(v.f1), v.tp, v.fp, v.fn)
  end
  for _, l in ipairs(res.label_order) do row(l, res.labels[l]) end
  row("micro", res.micro)
  if q.tp + q.fp + q.fn > 0 then row("QUOTE", q) end
  lines[#lines + 1] = ""
  return concat(lines, "\n")
end

local function parser ()
  local p = argparse("glean eval", "Precision, recall and F1 per label (exact span and " ..
                     "label), as spacy evaluate prints them, plus partial-overlap F1, " ..
                     "canonical-name and date-value accuracy, quote F1 and speaker accuracy.")
    :add_help("-h --help")
    :help_max_width(80)
  p:argument("gold", "Gold annotations: JSON or JSON Lines (the JSON contract), " ..
             "CoNLL (IOB), or brat (.ann file or folder).")
  p:argument("pred", "Predictions, in any of the same formats.")
  p:option("--labels", "Score only these labels (comma separated, after --map).")
  p:option("--map", "Fold labels first: conll (PER, LOC, ORG, MISC) or timex " ..
           "(DATE, TIME, DURATION, SET as TIMEX).")
    :choices({ "conll", "timex" })
  p:option("--gold-format", "Format of GOLD (default: guessed).")
    :choices({ "json", "conll", "brat" })
  p:option("--pred-format", "Format of PRED (default: guessed).")
    :choices({ "json", "conll", "brat" })
  p:flag("--json", "Print the scores as one JSON object.")
  return p
end

--- Gold and predicted documents paired and scored.
-- @tparam table opts `map` ("conll", "timex"), `labels` ("PER,LOC")
-- @return the scores and the ids missing from the prediction, or nil and
-- a message
function M.compare (gold, pred, opts)
  local pairs_, missing = M.pair(gold, pred)
  if not pairs_ then return nil, missing end
  local keep
  if opts.labels then
    keep = {}
    for l in opts.labels:gmatch("[^,%s]+") do keep[l] = true end
  end
  return M.score(pairs_, { map = opts.map, labels = keep }), missing
end

--- The `glean eval` command.
-- @tparam table argv the arguments after `eval`
-- @tparam[opt] table io_ `{stdout =, stderr =}`
-- @treturn integer exit code (0, 1 unreadable input, 2 usage)
function M.main (argv, io_)
  local out = io_ and io_.stdout or io.stdout
  local err = io_ and io_.stderr or io.stderr
  local p = parser()
  local ok, args = p:pparse(argv)
  if not ok then
    err:write(p:get_usage(), "\n", "glean: ", tostring(args), "\n")
    return 2
  end
  local gold, gerr = M.load(args.gold, args.gold_format)
  if not gold then
    err:write(gerr, "\n")
    return 1
  end
  local pred, perr = M.load(args.pred, args.pred_format)
  if not pred then
    err:write(perr, "\n")
    return 1
  end
  local res, missing = M.compare(gold, pred, args)
  if not res then
    err:write(missing, "\n")
    return 1
  end
  if args.json then
    res.docs_missing_in_pred = missing
    local labels = res.labels
    res.label_order = nil
    res.labels = labels
    out:write(glean.json.encode(res), "\n")
  else
    out:write(M.report(res, missing), "\n")
  end
  return 0
end

return M
