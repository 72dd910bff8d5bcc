# Checks that a document (README.md, or a page of docs/ given as README) shows
# exactly the compiled example: the lines between "// [MARK-begin]" and
# "// [MARK-end]" of SOURCE (MARK: readme unless given) must appear verbatim in
# the document right after the marker "<!-- snippet: RELATIVE_SOURCE -->" inside
# a ```cpp fence. Run by CTest (examples/CMakeLists.txt).
#   cmake -DREADME=... -DSOURCE=... -DNAME=examples/readme/quick_tour.cpp [-DMARK=doc] -P check_readme_snippet.cmake
cmake_minimum_required(VERSION 3.23)
if(NOT DEFINED MARK)
  set(MARK readme)
endif()
get_filename_component(_doc "${README}" NAME)
file(READ "${SOURCE}" _source)
string(FIND "${_source}" "// [${MARK}-begin]\n" _b)
string(FIND "${_source}" "// [${MARK}-end]" _e)
if(_b EQUAL -1 OR _e EQUAL -1)
  message(FATAL_ERROR "${SOURCE}: no // [${MARK}-begin] ... // [${MARK}-end] region")
endif()
string(LENGTH "// [${MARK}-begin]\n" _len)
math(EXPR _from "${_b} + ${_len}")
math(EXPR _count "${_e} - ${_from}")
string(SUBSTRING "${_source}" ${_from} ${_count} _snippet)

file(READ "${README}" _readme)
set(_marker "<!-- snippet: ${NAME} -->\n```cpp\n")
string(FIND "${_readme}" "${_marker}" _m)
if(_m EQUAL -1)
  message(FATAL_ERROR "${_doc} has no block marked '<!-- snippet: ${NAME} -->' followed by a ```cpp fence")
endif()
string(LENGTH "${_marker}" _mlen)
math(EXPR _start "${_m} + ${_mlen}")
string(SUBSTRING "${_readme}" ${_start} -1 _rest)
string(FIND "${_rest}" "```" _end)
string(SUBSTRING "${_rest}" 0 ${_end} _shown)
if(NOT _shown STREQUAL _snippet)
  message(FATAL_ERROR "${_doc}'s example differs from ${NAME}; copy the region between the markers into ${_doc}.\n--- ${_doc} ---\n${_shown}\n--- ${NAME} ---\n${_snippet}")
endif()
