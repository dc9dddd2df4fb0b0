-- The corpus cut into its articles, as the benchmarks read it
-- (bench/bench.lua, bench/count.lua): a short line without final
-- punctuation starts an article; an article's lines are joined as
-- paragraphs.
return function (text)
  local articles, cur = {}, {}
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    if line ~= "" and #line < 100 and not line:find("[%.!?\"'%)]%s*$") and #cur > 0 then
      articles[#articles + 1] = table.concat(cur, "\n\n")
      cur = {}
    end
    if line ~= "" then cur[#cur + 1] = line end
  end
  articles[#articles + 1] = table.concat(cur, "\n\n")
  return articles
end
