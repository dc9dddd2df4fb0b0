/*
** fuzz_json.c: the JSON bridge (glean.core json.decode / json.encode, cJSON
** underneath) on arbitrary bytes, in one lua_State made with
** luaL_newstate. decode either fails with a "glean:" message or gives a
** value; that value encodes (with and without a key order, compact and
** pretty) to text that decodes to an equal value. Deep nesting, huge
** numbers, invalid UTF-8 and NUL bytes must never crash.
*/
#include "fuzz_luastate.h"

static lua_State *L;
static int checker_ref;

static const char checker[] =
  "local core = ...\n"
  "local json = core.json\n"
  "local function same (a, b, depth)\n"
  "  if depth > 300 then return true end\n"
  "  if type(a) ~= type(b) then return false end\n"
  "  if type(a) == 'number' then return a == b or (a ~= a and b ~= b)\n"
  "    or math.abs(a - b) <= 1e-9 * math.max(math.abs(a), math.abs(b)) end\n"
  "  if type(a) ~= 'table' then return a == b end\n"
  "  for k, v in pairs(a) do if not same(v, b[k], depth + 1) then return false end end\n"
  "  for k in pairs(b) do if a[k] == nil then return false end end\n"
  "  return true\n"
  "end\n"
  "return function (text, mode)\n"
  "  local ok, v, err = pcall(json.decode, text)\n"
  "  if not ok or v == nil then\n"
  "    local msg = ok and err or v\n"
  "    assert(type(msg) == 'string' and msg:find('glean:', 1, true), tostring(msg))\n"
  "    return\n"
  "  end\n"
  "  local order = (mode % 2 == 1) and { 'id', 'text', 'start', 'end' } or nil\n"
  "  local ok2, out = pcall(json.encode, v, order, mode % 4 >= 2)\n"
  "  if not ok2 then\n"
  "    assert(type(out) == 'string' and out:find('glean:', 1, true), tostring(out))\n"
  "    return\n"
  "  end\n"
  "  assert(type(out) == 'string')\n"
  "  local ok3, back, err3 = pcall(json.decode, out)\n"
  "  assert(ok3 and back ~= nil, 'encoded text does not decode: ' .. tostring(err3 or back))\n"
  "  assert(same(v, back, 0), 'round trip changed the value')\n"
  "end\n";

static void init (void) {
  L = fuzz_lua_state(checker, sizeof(checker) - 1, &checker_ref, 0);
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  if (L == NULL) init();
  if (size == 0) return 0;
  lua_rawgeti(L, LUA_REGISTRYINDEX, checker_ref);
  lua_pushlstring(L, (const char *)data + 1, size - 1);
  lua_pushinteger(L, data[0]);
  CHECK(lua_pcall(L, 2, 0, 0) == 0, "%s", lua_tostring(L, -1));
  CHECK(lua_gettop(L) == 0, "stack %d", lua_gettop(L));
  if ((data[0] & 0x30) == 0) lua_gc(L, LUA_GCCOLLECT, 0);
  return 0;
}
