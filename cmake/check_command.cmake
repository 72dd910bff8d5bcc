# Runs a command and checks its exit code and output: the smoke tests of the
# `sinew` tool (examples/CMakeLists.txt), whose exit codes and JSON are a public
# interface.
#   cmake -DSINEW_EXE=<program> [-DSINEW_ARGS=a;b] [-DSINEW_EXPECT_EXIT=0]
#         [-DSINEW_STDOUT_MATCHES=regex] [-DSINEW_STDERR_MATCHES=regex]
#         [-DSINEW_JSON_KEYS=k1;k2] -P check_command.cmake
# SINEW_JSON_KEYS: stdout must be one JSON object holding each of these keys.
cmake_minimum_required(VERSION 3.23)

if(NOT DEFINED SINEW_EXE)
  message(FATAL_ERROR "check_command: SINEW_EXE is required")
endif()
if(NOT DEFINED SINEW_EXPECT_EXIT)
  set(SINEW_EXPECT_EXIT 0)
endif()

execute_process(
  COMMAND "${SINEW_EXE}" ${SINEW_ARGS}
  RESULT_VARIABLE _rc
  OUTPUT_VARIABLE _out
  ERROR_VARIABLE _err
  TIMEOUT 120)

list(JOIN SINEW_ARGS " " _shown)
set(_context "command: ${SINEW_EXE} ${_shown}\n--- stdout ---\n${_out}\n--- stderr ---\n${_err}")

if(NOT _rc STREQUAL "${SINEW_EXPECT_EXIT}")
  message(FATAL_ERROR "exit code ${_rc}, expected ${SINEW_EXPECT_EXIT}\n${_context}")
endif()
if(DEFINED SINEW_STDOUT_MATCHES AND NOT _out MATCHES "${SINEW_STDOUT_MATCHES}")
  message(FATAL_ERROR "stdout does not match '${SINEW_STDOUT_MATCHES}'\n${_context}")
endif()
if(DEFINED SINEW_STDERR_MATCHES AND NOT _err MATCHES "${SINEW_STDERR_MATCHES}")
  message(FATAL_ERROR "stderr does not match '${SINEW_STDERR_MATCHES}'\n${_context}")
endif()
if(DEFINED SINEW_JSON_KEYS)
  string(JSON _type ERROR_VARIABLE _json_error TYPE "${_out}")
  if(_json_error)
    message(FATAL_ERROR "stdout is not valid JSON: ${_json_error}\n${_context}")
  endif()
  if(NOT _type STREQUAL "OBJECT")
    message(FATAL_ERROR "stdout is JSON of type ${_type}, expected an object\n${_context}")
  endif()
  foreach(_key IN LISTS SINEW_JSON_KEYS)
    string(JSON _ignored ERROR_VARIABLE _key_error TYPE "${_out}" "${_key}")
    if(_key_error)
      message(FATAL_ERROR "the JSON on stdout has no key \"${_key}\"\n${_context}")
    endif()
  endforeach()
endif()
message(STATUS "ok: ${SINEW_EXE} ${_shown} (exit ${_rc})")
