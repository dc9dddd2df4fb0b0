rockspec_format = "3.0"
package = "glean"
version = "scm-1"

source = {
  url = "git+https://example.invalid/glean.git",
  branch = "main",
}

description = {
  summary = "Names, dates and quotes from news articles: a Lua module with a C core",
  detailed = [[
glean reads news articles and returns who is named (people with titles and
affiliations, organizations and media, places, nationalities), when things
happened, and who said what. A C core tokenizes UTF-8 text and splits
sentences; rules and word lists are Lua and data files that users change
without recompiling.
]],
  license = "MIT",
  labels = { "nlp", "ner", "news", "text" },
}

dependencies = {
  "lua >= 5.1",
  "lpeg >= 1.0",
  "argparse",
}

test_dependencies = {
  "busted",
}

external_dependencies = {
  CJSON = { header = "cjson/cJSON.h", library = "cjson" },
  UTF8PROC = { header = "utf8proc.h", library = "utf8proc" },
}

build = {
  type = "builtin",
  modules = {
    ["glean.core"] = {
      sources = {
        "csrc/abbrev.c", "csrc/alloc.c", "csrc/args.c", "csrc/class.c", "csrc/compat.c",
        "csrc/core.c", "csrc/json.c", "csrc/keys.c",
        "csrc/gazetteer.c", "csrc/link.c", "csrc/match.c", "csrc/pattern.c",
        "csrc/offsets.c", "csrc/records.c", "csrc/sentences.c", "csrc/tokenize.c",
        "csrc/tokens.c", "csrc/utf8.c",
      },
      incdirs = { "$(CJSON_INCDIR)", "$(UTF8PROC_INCDIR)", "csrc" },
      libdirs = { "$(CJSON_LIBDIR)", "$(UTF8PROC_LIBDIR)" },
      libraries = { "utf8proc", "cjson" },
      defines = { "_GNU_SOURCE" },
    },
    ["glean"] = "lua/glean/init.lua",
    ["glean.cli"] = "lua/glean/cli.lua",
    ["glean.data"] = "lua/glean/data.lua",
    ["glean.gazetteer"] = "lua/glean/gazetteer.lua",
    ["glean.pattern"] = "lua/glean/pattern.lua",
    ["glean.eval"] = "lua/glean/eval.lua",
    ["glean.formats"] = "lua/glean/formats/init.lua",
    ["glean.formats.brat"] = "lua/glean/formats/brat.lua",
    ["glean.formats.conll"] = "lua/glean/formats/conll.lua",
    ["glean.formats.csv"] = "lua/glean/formats/csv.lua",
    ["glean.formats.html"] = "lua/glean/formats/html.lua",
    ["glean.formats.json"] = "lua/glean/formats/json.lua",
    ["glean.formats.jsonl"] = "lua/glean/formats/jsonl.lua",
    ["glean.formats.text"] = "lua/glean/formats/text.lua",
    ["glean.rules.en.entities"] = "lua/glean/rules/en/entities.lua",
    ["glean.rules"] = "lua/glean/rules.lua",
    ["glean.dates"] = "lua/glean/dates.lua",
    ["glean.rules.en.dates"] = "lua/glean/rules/en/dates.lua",
    ["glean.quotes"] = "lua/glean/quotes.lua",
    ["glean.rules.en.quotes"] = "lua/glean/rules/en/quotes.lua",
  },
  install = {
    bin = { glean = "bin/glean" },
    lua = {
      ["glean.data.en.abbreviations"] = "lua/glean/data/en/abbreviations.tsv",
      ["glean.data.en.cities"] = "lua/glean/data/en/cities.tsv",
      ["glean.data.en.common_words"] = "lua/glean/data/en/common_words.txt",
      ["glean.data.en.countries"] = "lua/glean/data/en/countries.tsv",
      ["glean.data.en.demonyms"] = "lua/glean/data/en/demonyms.tsv",
      ["glean.data.en.given_names"] = "lua/glean/data/en/given_names.tsv",
      ["glean.data.en.media"] = "lua/glean/data/en/media.tsv",
      ["glean.data.en.organizations"] = "lua/glean/data/en/organizations.tsv",
      ["glean.data.en.places"] = "lua/glean/data/en/places.tsv",
      ["glean.data.en.regions"] = "lua/glean/data/en/regions.tsv",
      ["glean.data.en.reporting_verbs"] = "lua/glean/data/en/reporting_verbs.tsv",
      ["glean.data.en.surnames"] = "lua/glean/data/en/surnames.tsv",
      ["glean.data.en.titles"] = "lua/glean/data/en/titles.tsv",
    },
  },
}

test = {
  type = "busted",
}
