# Runs a command and checks its exit code and output: the tests of the `sinew`
# tool (examples/CMakeLists.txt), whose exit codes and JSON are a public
# interface.
#   cmake -DSINEW_EXE=<program> [-DSINEW_ARGS=a;b] [-DSINEW_EXPECT_EXIT=0]
#         [-DSINEW_STDOUT_MATCHES=regex] [-DSINEW_STDERR_MATCHES=regex]
#         [-DSINEW_STDERR_NOT_MATCHES=regex] [-DSINEW_JSON_KEYS=k1;k2]
#         [-DSINEW_STDOUT_FILE=/dev/full] [-DSINEW_STDERR_FILE=/dev/full]
#         [-DSINEW_SAME_AS_ARGS=c;d] -P check_command.cmake
# SINEW_JSON_KEYS: stdout must be one JSON object holding each of these keys.
# SINEW_STDOUT_FILE / SINEW_STDERR_FILE: send that stream to a file (such as
#   /dev/full, to check that a failed write is reported) instead of checking it.
# In SINEW_ARGS, <0xHH> stands for the byte HH, so that tests can pass invalid
# UTF-8 and control bytes without putting them in CMake files.
# Always checked: what the tool writes is well-formed UTF-8 without control
# characters other than line feed and tab (so no ESC sequence, no stray byte).
cmake_minimum_required(VERSION 3.23)

if(NOT DEFINED SINEW_EXE)
  message(FATAL_ERROR "check_command: SINEW_EXE is required")
endif()
if(NOT DEFINED SINEW_EXPECT_EXIT)
  set(SINEW_EXPECT_EXIT 0)
endif()

# <0xHH> -> the byte.
function(sinew_decode_bytes out list_name)
  set(_decoded "")
  foreach(_arg IN LISTS ${list_name})
    string(REGEX MATCHALL "<0x[0-9a-fA-F][0-9a-fA-F]>" _codes "${_arg}")
    if(_codes)
      list(REMOVE_DUPLICATES _codes)
    endif()
    foreach(_code IN LISTS _codes)
      string(SUBSTRING "${_code}" 1 4 _hex)
      math(EXPR _value "${_hex}")
      string(ASCII ${_value} _byte)
      string(REPLACE "${_code}" "${_byte}" _arg "${_arg}")
    endforeach()
    string(REPLACE ";" "\\;" _arg "${_arg}")
    list(APPEND _decoded "${_arg}")
  endforeach()
  set(${out} "${_decoded}" PARENT_SCOPE)
endfunction()
sinew_decode_bytes(_args SINEW_ARGS)

set(_redirect "")
if(DEFINED SINEW_STDOUT_FILE)
  list(APPEND _redirect OUTPUT_FILE "${SINEW_STDOUT_FILE}")
endif()
if(DEFINED SINEW_STDERR_FILE)
  list(APPEND _redirect ERROR_FILE "${SINEW_STDERR_FILE}")
endif()
set(_out "")
set(_err "")
if(DEFINED SINEW_STDOUT_FILE AND DEFINED SINEW_STDERR_FILE)
  execute_process(COMMAND "${SINEW_EXE}" ${_args} RESULT_VARIABLE _rc ${_redirect} TIMEOUT 120)
elseif(DEFINED SINEW_STDOUT_FILE)
  execute_process(COMMAND "${SINEW_EXE}" ${_args} RESULT_VARIABLE _rc ERROR_VARIABLE _err ${_redirect} TIMEOUT 120)
elseif(DEFINED SINEW_STDERR_FILE)
  execute_process(COMMAND "${SINEW_EXE}" ${_args} RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ${_redirect} TIMEOUT 120)
else()
  execute_process(COMMAND "${SINEW_EXE}" ${_args} RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err
                  TIMEOUT 120)
endif()

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
if(DEFINED SINEW_STDERR_NOT_MATCHES AND _err MATCHES "${SINEW_STDERR_NOT_MATCHES}")
  message(FATAL_ERROR "stderr matches '${SINEW_STDERR_NOT_MATCHES}', which it must not\n${_context}")
endif()

# Well-formed UTF-8 and no control characters but LF and TAB: on the hex digits,
# one space-separated byte at a time, one pass removes every allowed sequence
# (one pass, so that removing one cannot join the neighbours into another);
# whatever is left is a stray byte or a control character.
set(_c "[89ab][0-9a-f] ")  # a continuation byte
set(_allowed
  "(0[9a]|[2-6][0-9a-f]|7[0-9a-e]) "                  # ASCII without controls, but LF and TAB
  "c2 [ab][0-9a-f] "                                  # two bytes, no C1 control
  "(c[3-9a-f]|d[0-9a-f]) ${_c}"
  "e0 [ab][0-9a-f] ${_c}"                             # three bytes, shortest form
  "(e[1-9a-c]|e[ef]) ${_c}${_c}"
  "ed [89][0-9a-f] ${_c}"                             # no UTF-16 surrogates
  "f0 [9ab][0-9a-f] ${_c}${_c}"                       # four bytes, shortest form
  "f[1-3] ${_c}${_c}${_c}"
  "f4 8[0-9a-f] ${_c}${_c}")                          # nothing above U+10FFFF
list(JOIN _allowed "|" _allowed)
foreach(_stream IN ITEMS out err)
  if(NOT _${_stream} MATCHES "[^ -~\n\t]")  # printable ASCII only: nothing more to check
    continue()
  endif()
  string(HEX "${_${_stream}}" _hex)
  string(REGEX REPLACE "(..)" "\\1 " _bytes "${_hex}")
  string(REGEX REPLACE "${_allowed}" "" _bytes "${_bytes}")
  if(NOT _bytes STREQUAL "")
    message(FATAL_ERROR "std${_stream} holds bytes that are not printable UTF-8 (hex: ${_bytes})\n${_context}")
  endif()
endforeach()

# SINEW_SAME_AS_ARGS: another way of asking, which must print the same stdout
# with the same exit code (a repeated option against its documented equivalent).
if(DEFINED SINEW_SAME_AS_ARGS)
  sinew_decode_bytes(_same_args SINEW_SAME_AS_ARGS)
  execute_process(COMMAND "${SINEW_EXE}" ${_same_args} RESULT_VARIABLE _same_rc OUTPUT_VARIABLE _same_out
                  ERROR_VARIABLE _same_err TIMEOUT 120)
  if(NOT _same_rc STREQUAL _rc OR NOT _same_out STREQUAL _out)
    list(JOIN SINEW_SAME_AS_ARGS " " _same_shown)
    message(FATAL_ERROR "'${_shown}' and '${_same_shown}' differ: exit ${_rc} and ${_same_rc}\n${_context}\n"
                        "--- stdout of the second ---\n${_same_out}")
  endif()
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
