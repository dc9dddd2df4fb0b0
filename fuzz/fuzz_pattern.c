/*
** fuzz_pattern.c: the token-pattern VM (glean.core program / layer / run)
** on programs made from arbitrary bytes, in one lua_State made with
** luaL_newstate: instructions with any op and operand (jumps and splits
** anywhere, loops, captures out of range), tests with any fields, rules
** starting anywhere, layers of any spans. core.program must refuse what
** it cannot run with a "glean:" message; what it accepts must run over
** fixed texts (with and without sentences and layers, with garbage
** collection between runs) and give matches inside the text, in order,
** with capture slots inside the match's sentence.
*/
#include "fuzz_luastate.h"

static lua_State *L;
static int checker_ref;

static const char checker[] =
  "local core = ...\n"
  "local OPS = { 'token', 'span', 'tail', 'split', 'jmp', 'save', 'match',\n"
  "  'sent_start', 'sent_end' }\n"
  "local tz = core.tokenizer({ ['Dr.'] = true })\n"
  "local TEXTS = { 'Italian Defense Minister Guido Crosetto said Kyiv needs help. He left.',\n"
  "  '“Stop!” Dr. Ann Ode said. the the the the the said said Kyiv Kyiv',\n"
  "  '', 'x' }\n"
  "local TOKS = {}\n"
  "for i, t in ipairs(TEXTS) do TOKS[i] = tz:tokenize(t) end\n"
  "return function (bytes)\n"
  "  local at = 0\n"
  "  local function byte ()\n"
  "    at = at + 1\n"
  "    return bytes:byte(at) or 0\n"
  "  end\n"
  "  local ncode = byte() % 40 + 1\n"
  "  local code, spanbits = {}, {}\n"
  "  for pc = 0, ncode - 1 do\n"
  "    local op = OPS[byte() % #OPS + 1]\n"
  "    local a, b = byte() % (ncode + 3), byte() % (ncode + 3)\n"
  "    if op == 'span' or op == 'tail' then a = byte() % 4 end\n"
  "    if op == 'save' then a = byte() % 10 end\n"
  "    code[#code + 1] = op; code[#code + 1] = a; code[#code + 1] = b\n"
  "    if op == 'span' and byte() % 2 == 0 then spanbits[pc] = byte() % 8 end\n"
  "  end\n"
  "  local tests = {}\n"
  "  for i = 1, byte() % 6 + 1 do\n"
  "    local t = {}\n"
  "    if byte() % 2 == 0 then t.kinds = byte() end\n"
  "    if byte() % 2 == 0 then t.on = byte() % 64 end\n"
  "    if byte() % 3 == 0 then t.off = byte() % 64 end\n"
  "    if byte() % 2 == 0 then t.keyset = byte() % 4 - 1 end\n"
  "    if byte() % 3 == 0 then t.layer = byte() % 4 - 1; t.bits = byte() % 8 end\n"
  "    if byte() % 4 == 0 then t.xlayer = byte() % 3 - 1; t.xbits = byte() % 8 end\n"
  "    if byte() % 4 == 0 then t.neg = 1 end\n"
  "    tests[i] = t\n"
  "  end\n"
  "  local rules = {}\n"
  "  for i = 1, byte() % 5 + 1 do\n"
  "    rules[i] = { pc = byte() % (ncode + 2), nslots = byte() % 12 }\n"
  "  end\n"
  "  local spec = { code = code, spanbits = spanbits, tests = tests, rules = rules,\n"
  "                 keysets = { { 'kyiv', 'the' }, { 'said' } } }\n"
  "  local ok, prog = pcall(core.program, spec)\n"
  "  if not ok then\n"
  "    assert(tostring(prog):find('glean:', 1, true), tostring(prog))\n"
  "    return\n"
  "  end\n"
  "  for i, toks in ipairs(TOKS) do\n"
  "    local n = #toks\n"
  "    local sents = toks:sentences()\n"
  "    local f, l, b = {}, {}, {}\n"
  "    local p = 1\n"
  "    while p <= n and #f < 6 do\n"
  "      local len = byte() % 3\n"
  "      if p + len > n then break end\n"
  "      f[#f + 1], l[#l + 1], b[#b + 1] = p, p + len, byte() % 8\n"
  "      p = p + len + 1 + byte() % 3\n"
  "    end\n"
  "    local ok2, layer = pcall(core.layer, n, f, l, b)\n"
  "    assert(ok2, tostring(layer))\n"
  "    for mode = 1, 3 do\n"
  "      local rs, fs, ls, slots\n"
  "      if mode == 1 then rs, fs, ls, slots = prog:run(toks)\n"
  "      elseif mode == 2 then rs, fs, ls, slots = prog:run(toks, sents, layer)\n"
  "      else rs, fs, ls, slots = prog:run(toks, sents, layer, layer) end\n"
  "      assert(#rs == #fs and #fs == #ls)\n"
  "      local prev = 0\n"
  "      for k = 1, #rs do\n"
  "        assert(rs[k] >= 1 and rs[k] <= #rules)\n"
  "        assert(fs[k] >= 1 and ls[k] >= fs[k] - 1 and ls[k] <= n, 'match outside the text')\n"
  "        assert(fs[k] >= prev, 'matches out of order')\n"
  "        prev = fs[k]\n"
  "      end\n"
  "      for k = 1, #slots do assert(slots[k] >= 0 and slots[k] <= n + 1) end\n"
  "      if (bytes:byte(1) or 0) % 2 == 0 then collectgarbage() end\n"
  "    end\n"
  "  end\n"
  "end\n";

static void init (void) {
  L = fuzz_lua_state(checker, sizeof(checker) - 1, &checker_ref, 0);
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  if (L == NULL) init();
  lua_rawgeti(L, LUA_REGISTRYINDEX, checker_ref);
  lua_pushlstring(L, (const char *)data, size);
  CHECK(lua_pcall(L, 1, 0, 0) == 0, "%s", lua_tostring(L, -1));
  CHECK(lua_gettop(L) == 0, "stack %d", lua_gettop(L));
  return 0;
}
