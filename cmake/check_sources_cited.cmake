# Text a user reads cites what a user can find (docs/CONTRIBUTING.md):
#   cmake -DSINEW_SOURCE_DIR=<repo> -P cmake/check_sources_cited.cmake
# fails, naming file and line, on
#   - a reference to the project's own copies of the articles (a seed number or
#     file name, "the seed articles") or to its internal spec (domain.md),
#     instead of the citation in sinew/sources.hpp;
#   - an issue-tracker reference ("issue 7", "issue #7", "the issue's list");
#   - a sinew header included with quotes, or any quoted include in include/;
#   - the tool in examples/ reaching into sinew::detail (it uses the public API,
#     as other programs must).
# Scanned: include/, docs/, README.md, examples/, benchmarks/. No allow-list: a
# hit is fixed where it is, never excused here.
if(NOT SINEW_SOURCE_DIR)
  message(FATAL_ERROR "sinew: pass -DSINEW_SOURCE_DIR=<the repository>")
endif()

file(GLOB_RECURSE _files LIST_DIRECTORIES false
     "${SINEW_SOURCE_DIR}/include/*" "${SINEW_SOURCE_DIR}/docs/*" "${SINEW_SOURCE_DIR}/examples/*"
     "${SINEW_SOURCE_DIR}/benchmarks/*")
if(EXISTS "${SINEW_SOURCE_DIR}/README.md")
  list(APPEND _files "${SINEW_SOURCE_DIR}/README.md")
endif()

# Each rule: a regex (CMake syntax, no case folding, hence [Ss]) and what to write instead.
set(_rules
  "(^|[^-])[Ss]eeds?[ _-]?[0-9]" "cite the article (sinew/sources.hpp), not its seed number (a generator's seed: --seed N, or the seed value N)"
  "[Ss]eed articles?" "cite the articles by their keys in sinew/sources.hpp"
  "shared/seeds" "cite the article (sinew/sources.hpp), not the project's copy"
  "00[0-3]_[0-9a-f][0-9a-f][0-9a-f][0-9a-f]" "cite the article (sinew/sources.hpp), not its file name"
  "[(]00[0-3][,)]" "cite the article by its key, e.g. (Padron), not a number"
  "domain[.]md" "cite the article or paper, not the project's internal spec"
  "(^|[^A-Za-z])[Ii]ssue" "say what the rule is, not which tracker issue asked for it"
  "#include \"sinew/" "include sinew headers as #include <sinew/...>")

set(_any "#[ \t]*include[ \t]*\"")
set(_i 0)
list(LENGTH _rules _count)
while(_i LESS _count)
  list(GET _rules ${_i} _regex)
  string(APPEND _any "|${_regex}")
  math(EXPR _i "${_i} + 2")
endwhile()

set(_failures "")
foreach(_file IN LISTS _files)
  if(NOT _file MATCHES "[.](hpp|cpp|h|md|txt|cmake|sh)$")
    continue()
  endif()
  # Read lines as they are: CMake lists split at ';' and group at '[' ']', so
  # those are swapped out first (the rules use neither).
  file(READ "${_file}" _text)
  file(RELATIVE_PATH _rel "${SINEW_SOURCE_DIR}" "${_file}")
  set(_example_internals OFF)
  if(_rel MATCHES "^examples/" AND _text MATCHES "detail::")
    set(_example_internals ON)
  endif()
  if(NOT _text MATCHES "${_any}" AND NOT _example_internals)
    continue()  # the common case: one regex over the file, no line loop
  endif()
  string(REPLACE ";" "<semicolon>" _text "${_text}")
  string(REPLACE "[" "<open>" _text "${_text}")
  string(REPLACE "]" "<close>" _text "${_text}")
  string(REPLACE "\n" ";" _lines "${_text}")
  set(_number 0)
  foreach(_line IN LISTS _lines)
    math(EXPR _number "${_number} + 1")
    set(_i 0)
    while(_i LESS _count)
      list(GET _rules ${_i} _regex)
      math(EXPR _j "${_i} + 1")
      list(GET _rules ${_j} _advice)
      if(_line MATCHES "${_regex}")
        string(APPEND _failures "${_rel}:${_number}: ${_advice}:\n    ${_line}\n")
      endif()
      math(EXPR _i "${_i} + 2")
    endwhile()
    if(_example_internals AND _line MATCHES "detail::")
      string(APPEND _failures "${_rel}:${_number}: the tool uses sinew's public API, not sinew::detail:\n    ${_line}\n")
    endif()
    if(_rel MATCHES "^include/" AND _line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"")
      string(APPEND _failures "${_rel}:${_number}: a library header includes with <...> only:\n    ${_line}\n")
    endif()
  endforeach()
endforeach()

if(_failures)
  message(FATAL_ERROR "sinew: text a user reads must cite what a user can find "
                      "(docs/CONTRIBUTING.md, 'Cite what a reader can find'):\n${_failures}")
endif()
list(LENGTH _files _scanned)
message(STATUS "sinew: ${_scanned} files cite their sources and include sinew as <sinew/...>")
