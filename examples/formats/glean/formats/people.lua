--- An example output format: one line a person, "name<TAB>titles<TAB>
-- affiliations<TAB>mentions". glean finds it as `--format people` when
-- this folder is on the Lua path:
--   LUA_PATH="examples/formats/?.lua;;" bin/glean --format people FILE
-- A format is a module glean.formats.NAME with write(out, doc, opts) and,
-- if it wants them, begin(out, opts), finish(out, opts) and
-- write_error(out, rec, opts).

local M = {}

function M.begin (out)
  out:write("id\tname\ttitles\taffiliations\tmentions\n")
end

function M.write (out, doc)
  for _, r in ipairs(doc.registry) do
    if r.label == "PERSON" then
      out:write(tostring(doc.id), "\t", r.canonical, "\t", table.concat(r.titles, "; "), "\t",
                table.concat(r.affiliations, "; "), "\t", r.count, "\n")
    end
  end
end

return M
