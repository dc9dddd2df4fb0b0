/*
** fuzz_pipeline.c: the whole pipeline through the Lua API. One lua_State
** (luaL_newstate) loads the real `glean` module from lua/ (the English rule
** packs, word lists and the compiled gazetteer cache, read once in
** LLVMFuzzerInitialize) with this binary's glean.core, and runs
** `glean.new():extract(text, {dct =, id =})` with every stage (entities,
** dates, quotes) on the input, then encodes the document with the JSON
** formatter (glean.formats.json, as `glean --format json/jsonl` does).
** The first input byte picks the document date (none, real dates, a
** well-formed but impossible one, a number, or the text's first line), the
** offset unit, pretty printing, a garbage collection before the checks and
** whether every other built-in format (text, conll, brat, csv, html, with
** --only views) writes the document too; the rest is the text.
** Checks, in Lua (any error aborts, with its traceback): extract raises
** nothing, except a `glean:` error when the date is not a real one; every
** entity, quote (and its speaker and cue), registry mention and sentence
** is a span first <= last inside the text, on token boundaries, whose
** `text` is the text's substring; entities are in text order; dates have
** a string value; the JSON encodes (one line unless pretty; written in
** pieces, the same text as the whole document's json.encode), decodes with
** as many entities, quotes and registry records, offsets 0 <= start < end
** <= the text's length in the unit, and the same texts; other formats
** write without error.
*/
#include <limits.h>
#include <unistd.h>

#include "fuzz_luastate.h"

static lua_State *L;
static int checker_ref, traceback_ref;

static const char checker[] =
  "local core = ...\n"
  "local root = os.getenv('GLEAN_FUZZ_ROOT') or '.'\n"
  "package.path = root .. '/lua/?.lua;' .. root .. '/lua/?/init.lua;' .. package.path\n"
  "package.loaded['glean.core'] = core\n"
  "local glean = require 'glean'\n"
  "local formats = require 'glean.formats'\n"
  "local fjson = require 'glean.formats.json'\n"
  "local fjsonl = require 'glean.formats.jsonl'\n"
  "local mtype, fmt = math.type, string.format\n"
  "local ex = glean.new()\n"
  "local TIME = formats.TIME_LABELS\n"
  "local DCT = { false, '2024-03-05', '2019-12-31T23:59', '2000-02-29',\n"
  "  '1999-01-01T00:00:00Z', '2024-13-45' }\n"
  "local UNIT = { 'codepoint', 'utf16', 'byte', 'codepoint' }\n"
  "local ONLY = { { entities = true }, { dates = true }, { quotes = true },\n"
  "  { entities = true, quotes = true } }\n"
  "local function check (c, ...) if not c then error(fmt(...), 2) end end\n"
  "local function sink ()\n"
  "  local buf = {}\n"
  "  return { write = function (self, ...)\n"
  "    for _, s in ipairs({ ... }) do\n"
  "      check(type(s) == 'string' or mtype(s), 'write of a %s', type(s))\n"
  "      buf[#buf + 1] = s\n"
  "    end\n"
  "    return self\n"
  "  end, text = function () return table.concat(buf) end }\n"
  "end\n"
  "return function (text, mode)\n"
  "  local dct, bad_dct = DCT[mode % 8 + 1], false\n"
  "  if mode % 8 == 6 then\n"
  "    local nl = text:find('\\n', 1, true)\n"
  "    if nl and nl <= 64 then dct, text = text:sub(1, nl - 1), text:sub(nl + 1) end\n"
  "    bad_dct = true\n"
  "  elseif mode % 8 == 7 then dct, bad_dct = 20240305, true\n"
  "  elseif mode % 8 == 5 then bad_dct = true end\n"
  "  if dct == false then dct = nil end\n"
  "  local unit = UNIT[(mode >> 3) % 4 + 1]\n"
  "  local pretty = mode & 32 ~= 0\n"
  "  local ok, doc = xpcall(ex.extract, debug.traceback, ex, text,\n"
  "                         { dct = dct, id = 'fuzz' })\n"
  "  if not ok then\n"
  "    check(bad_dct and tostring(doc):match('^[^\\n]*glean:'),\n"
  "          'extract raised (dct %q): %s', tostring(dct), tostring(doc))\n"
  "    return\n"
  "  end\n"
  "  if mode & 128 ~= 0 then collectgarbage() end\n"
  "  local n, toks = #text, doc.tokens\n"
  "  check(doc.text == text, 'doc.text is not the text')\n"
  "  local function span (what, a, b, s)\n"
  "    check(mtype(a) == 'integer' and mtype(b) == 'integer',\n"
  "          '%s: positions %s..%s', what, tostring(a), tostring(b))\n"
  "    check(1 <= a and a <= b and b <= n, '%s: span %d..%d outside 1..%d', what, a, b, n)\n"
  "    local i, j = toks:find(a), toks:find(b)\n"
  "    check(i and toks:first(i) == a, '%s: %d is not a token start', what, a)\n"
  "    check(j and toks:last(j) == b, '%s: %d is not a token end', what, b)\n"
  "    if s ~= nil then\n"
  "      check(s == text:sub(a, b), '%s: text %q is not %q', what, s, text:sub(a, b))\n"
  "    end\n"
  "  end\n"
  "  local prev = 0\n"
  "  for i, e in ipairs(doc.entities) do\n"
  "    local what = fmt('entity %d (%s, %s)', i, tostring(e.label), tostring(e.rule))\n"
  "    check(type(e.label) == 'string' and e.label ~= '', '%s: label', what)\n"
  "    span(what, e.first, e.last, e.text)\n"
  "    check(e.first >= prev, '%s: starts at %d, before %d', what, e.first, prev)\n"
  "    prev = e.first\n"
  "    if TIME[e.label] then\n"
  "      check(type(e.value) == 'string', '%s: value %s', what, tostring(e.value))\n"
  "    end\n"
  "  end\n"
  "  for i, q in ipairs(doc.quotes) do\n"
  "    local what = fmt('quote %d (%s)', i, tostring(q.rule))\n"
  "    span(what, q.first, q.last, nil)\n"
  "    check(q.text == nil or type(q.text) == 'string', '%s: text', what)\n"
  "    for _, f in ipairs({ 'speaker', 'cue' }) do\n"
  "      local a, b = q[f .. '_first'], q[f .. '_last']\n"
  "      check((a == nil) == (b == nil), '%s: %s_first without %s_last', what, f, f)\n"
  "      if a then span(what .. ' ' .. f, a, b, nil) end\n"
  "    end\n"
  "  end\n"
  "  for i, r in ipairs(doc.registry) do\n"
  "    check(r.count == #r.mentions, 'registry %d: count %s', i, tostring(r.count))\n"
  "    for k, m in ipairs(r.mentions) do span(fmt('registry %d mention %d', i, k), m.first, m.last, m.text) end\n"
  "  end\n"
  "  local last = 0\n"
  "  for i, s in ipairs(doc.sentences) do\n"
  "    span('sentence ' .. i, s.first, s.last, nil)\n"
  "    check(s.first > last, 'sentence %d overlaps', i)\n"
  "    last = s.last\n"
  "  end\n"
  "  -- the JSON contract\n"
  "  local size = unit == 'byte' and n or glean.offsets(text, { n + 1 }, unit)[1]\n"
  "  local s = fjson.encode(doc, unit, pretty)\n"
  "  check(type(s) == 'string', 'json: %s', type(s))\n"
  "  check(s == glean.json.encode(fjson.document(doc, unit), fjson.KEY_ORDER, pretty),\n"
  "        'json: the pieces are not the whole')\n"
  "  check(pretty or not s:find('\\n', 1, true), 'json: a line break')\n"
  "  local v, derr = glean.json.decode(s)\n"
  "  check(type(v) == 'table', 'json does not decode: %s', tostring(derr))\n"
  "  check(v.id == 'fuzz' and #v.entities == #doc.entities and #v.quotes == #doc.quotes\n"
  "        and #v.registry == #doc.registry, 'json: counts differ')\n"
  "  local function offsets (what, o, sk, ek)\n"
  "    local a, b = o[sk], o[ek]\n"
  "    check(mtype(a) == 'integer' and mtype(b) == 'integer' and 0 <= a and a < b\n"
  "          and b <= size, '%s: %s %s, %s %s (size %d %s)', what, sk, tostring(a),\n"
  "          ek, tostring(b), size, unit)\n"
  "  end\n"
  "  for i, e in ipairs(v.entities) do\n"
  "    offsets('json entity ' .. i, e, 'start', 'end')\n"
  "    check(e.text == doc.entities[i].text, 'json entity %d: text', i)\n"
  "  end\n"
  "  for i, q in ipairs(v.quotes) do\n"
  "    offsets('json quote ' .. i, q, 'start', 'end')\n"
  "    if q.speaker_start then offsets('json quote ' .. i, q, 'speaker_start', 'speaker_end') end\n"
  "    if q.cue_start then offsets('json quote ' .. i, q, 'cue_start', 'cue_end') end\n"
  "  end\n"
  "  for i, r in ipairs(v.registry) do\n"
  "    for k, m in ipairs(r.mentions) do offsets(fmt('json registry %d.%d', i, k), m, 'start', 'end') end\n"
  "  end\n"
  "  local out = sink()\n"
  "  fjsonl.write(out, doc, { unit = unit })\n"
  "  local line = out.text()\n"
  "  check(line:sub(-1) == '\\n' and not line:sub(1, -2):find('\\n', 1, true), 'jsonl: not one line')\n"
  "  if mode & 64 == 0 then return end\n"
  "  -- the other formats, on the document and on --only views\n"
  "  for k, name in ipairs(formats.BUILTIN) do\n"
  "    local f = assert(formats.load(name))\n"
  "    local o = sink()\n"
  "    local opts = { unit = unit, index = 1, color = mode & 1 == 1, pretty = pretty }\n"
  "    local view = formats.select(doc, (mode & 8 ~= 0) and ONLY[k % 4 + 1] or nil)\n"
  "    if f.begin then f.begin(o, opts) end\n"
  "    f.write(o, view, opts)\n"
  "    if f.finish then f.finish(o, opts) end\n"
  "    check(type(o.text()) == 'string', 'format %s', name)\n"
  "  end\n"
  "end\n";

/* the checkout: GLEAN_FUZZ_ROOT, or the folder above fuzz/out/bin/ */
int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerInitialize (int *argc, char ***argv) {
  char path[PATH_MAX];
  (void)argc;
  if (getenv("GLEAN_FUZZ_ROOT") == NULL && realpath((*argv)[0], path)) {
    char *at = strstr(path, "/fuzz/out/bin/");
    if (at) {
      *at = '\0';
      setenv("GLEAN_FUZZ_ROOT", path, 1);
    }
  }
  L = fuzz_lua_state(checker, sizeof(checker) - 1, &checker_ref, 0);
  lua_getglobal(L, "debug");
  lua_getfield(L, -1, "traceback");
  traceback_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pop(L, 1);
  return 0;
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  lua_rawgeti(L, LUA_REGISTRYINDEX, traceback_ref);
  lua_rawgeti(L, LUA_REGISTRYINDEX, checker_ref);
  lua_pushlstring(L, (const char *)data + 1, size - 1);
  lua_pushinteger(L, data[0]);
  CHECK(lua_pcall(L, 2, 0, 1) == 0, "%s", lua_tostring(L, -1));
  lua_pop(L, 1);
  CHECK(lua_gettop(L) == 0, "stack %d", lua_gettop(L));
  return 0;
}
