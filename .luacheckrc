std = "min"
max_line_length = 100
files["spec/**/*.lua"] = { std = "+busted", max_line_length = 120 }
files["bench/*.lua"] = { globals = { "jit" } }
files["bin/glean"] = { read_globals = { "jit" } }
exclude_files = { "build/**", "lua_modules/**", ".luarocks/**" }
