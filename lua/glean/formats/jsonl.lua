--- JSON Lines: one document (the JSON contract) a line; a failed input
-- line gives `{"id", "error"}` in its place, so output lines match input
-- lines one to one.
-- @module glean.formats.jsonl

local json = require "glean.formats.json"

local M = {}

function M.write (out, doc, opts)
  json.put(out, doc, opts and opts.unit, false)
  out:write("\n")
end

M.write_error = json.write_error

return M
