# Runs one side of a compile-fail test (see sinew_add_compile_fail in
# tests/CMakeLists.txt):
#   cmake -DSINEW_CF_CASE=<case file> -DSINEW_CF_MODE=twin|fail -P harness.cmake
# twin: the source as it is must compile.
# fail: with -DSINEW_COMPILE_FAIL it must not compile, and the compiler's output
#       must match the case's regex, so a test passes only when the compiler
#       names the rule that was broken, not on any error at all.
cmake_minimum_required(VERSION 3.23)

if(NOT DEFINED SINEW_CF_CASE OR NOT EXISTS "${SINEW_CF_CASE}")
  message(FATAL_ERROR "harness: SINEW_CF_CASE is missing or does not exist: '${SINEW_CF_CASE}'")
endif()
include("${SINEW_CF_CASE}")

# Plain ASCII quotes in diagnostics, whatever the caller's locale.
set(ENV{LC_ALL} C)
set(ENV{LANG} C)

if(SINEW_CF_MODE STREQUAL "twin")
  set(_command "${SINEW_CF_COMPILER}" ${SINEW_CF_FLAGS} "${SINEW_CF_SOURCE}")
elseif(SINEW_CF_MODE STREQUAL "fail")
  set(_command "${SINEW_CF_COMPILER}" ${SINEW_CF_FLAGS} -DSINEW_COMPILE_FAIL "${SINEW_CF_SOURCE}")
else()
  message(FATAL_ERROR "harness: SINEW_CF_MODE must be 'twin' or 'fail', not '${SINEW_CF_MODE}'")
endif()

list(JOIN _command " " _shown)
execute_process(
  COMMAND ${_command}
  RESULT_VARIABLE _rc
  OUTPUT_VARIABLE _out
  ERROR_VARIABLE _out
  TIMEOUT 600)

# Verdicts go out with message(NOTICE): unlike FATAL_ERROR it does not re-wrap
# the compiler's output, and tests may match the verdict's exact words.
macro(_sinew_cf_fail verdict)
  message(NOTICE "${SINEW_CF_NAME}: ${verdict}\ncommand: ${_shown}\n--- compiler output ---\n${_out}")
  message(FATAL_ERROR "${SINEW_CF_NAME}: ${verdict}")
endmacro()

if(SINEW_CF_MODE STREQUAL "twin")
  if(NOT _rc STREQUAL "0")
    _sinew_cf_fail("the twin must compile, but it does not (exit ${_rc})")
  endif()
  message(NOTICE "${SINEW_CF_NAME}.twin: compiles, as it must")
  return()
endif()

if(_rc STREQUAL "0")
  _sinew_cf_fail("compiled with -DSINEW_COMPILE_FAIL, but it must fail")
endif()
# Compilers echo the offending source lines. A regex that matches the case's
# own text could be satisfied by that echo on any error at all, so it must
# match only what the compiler says: the rule and its computed detail.
file(READ "${SINEW_CF_SOURCE}" _source_text)
if(_source_text MATCHES "${SINEW_CF_MATCHES}")
  _sinew_cf_fail("the regex [${SINEW_CF_MATCHES}] matches the case's own source text (${CMAKE_MATCH_0}), so an echoed source line could satisfy it")
endif()
if(NOT _out MATCHES "${SINEW_CF_MATCHES}")
  _sinew_cf_fail("fails to compile, but the output does not match the regex [${SINEW_CF_MATCHES}], so it may fail for another reason")
endif()
message(NOTICE "${SINEW_CF_NAME}: fails as it must, naming the rule: ${CMAKE_MATCH_0}")
