# Checks that README.md shows exactly the compiled example: the lines between
# "// [readme-begin]" and "// [readme-end]" of SOURCE must appear verbatim in
# README.md right after the marker "<!-- snippet: RELATIVE_SOURCE -->" inside a
# ```cpp fence. Run by CTest (examples/CMakeLists.txt).
#   cmake -DREADME=... -DSOURCE=... -DNAME=examples/readme/quick_tour.cpp -P check_readme_snippet.cmake
cmake_minimum_required(VERSION 3.23)
file(READ "${SOURCE}" _source)
string(FIND "${_source}" "// [readme-begin]\n" _b)
string(FIND "${_source}" "// [readme-end]" _e)
if(_b EQUAL -1 OR _e EQUAL -1)
  message(FATAL_ERROR "${SOURCE}: no // [readme-begin] ... // [readme-end] region")
endif()
string(LENGTH "// [readme-begin]\n" _len)
math(EXPR _from "${_b} + ${_len}")
math(EXPR _count "${_e} - ${_from}")
string(SUBSTRING "${_source}" ${_from} ${_count} _snippet)

file(READ "${README}" _readme)
set(_marker "<!-- snippet: ${NAME} -->\n```cpp\n")
string(FIND "${_readme}" "${_marker}" _m)
if(_m EQUAL -1)
  message(FATAL_ERROR "README.md has no block marked '<!-- snippet: ${NAME} -->' followed by a ```cpp fence")
endif()
string(LENGTH "${_marker}" _mlen)
math(EXPR _start "${_m} + ${_mlen}")
string(SUBSTRING "${_readme}" ${_start} -1 _rest)
string(FIND "${_rest}" "```" _end)
string(SUBSTRING "${_rest}" 0 ${_end} _shown)
if(NOT _shown STREQUAL _snippet)
  message(FATAL_ERROR "README.md's example differs from ${NAME}; copy the region between the markers into the README.\n--- README ---\n${_shown}\n--- ${NAME} ---\n${_snippet}")
endif()
