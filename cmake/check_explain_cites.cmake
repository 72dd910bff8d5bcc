# `sinew explain` on every built-in exercise cites its articles as a reader can
# find them (author and title, sinew/sources.hpp), never by a seed number:
#   cmake -DSINEW_EXE=<sinew> -P cmake/check_explain_cites.cmake
# The exercise ids come from `sinew exercises` (first column), so a new
# exercise is checked without editing this file.
if(NOT SINEW_EXE)
  message(FATAL_ERROR "sinew: pass -DSINEW_EXE=<the sinew tool>")
endif()
execute_process(COMMAND "${SINEW_EXE}" exercises RESULT_VARIABLE _rc OUTPUT_VARIABLE _list)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "sinew: `sinew exercises` exited ${_rc}")
endif()
string(REGEX MATCHALL "(^|\n)[a-z0-9_]+" _ids "${_list}")
set(_failures "")
set(_checked 0)
set(_cited 0)
foreach(_id IN LISTS _ids)
  string(STRIP "${_id}" _id)
  execute_process(COMMAND "${SINEW_EXE}" explain "${_id}" RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0)
    string(APPEND _failures "  sinew explain ${_id}: exit ${_rc}: ${_err}\n")
  endif()
  if(_out MATCHES "[Ss]eed|[(]00[0-3]")
    string(APPEND _failures "  sinew explain ${_id}: cites a seed number: ${CMAKE_MATCH_0}\n")
  endif()
  if(_out MATCHES "Padron, \"Leg Training for Maximal Muscle Growth\"|\"Building Legs That Actually Grow\"")
    math(EXPR _cited "${_cited} + 1")
  endif()
  math(EXPR _checked "${_checked} + 1")
endforeach()
if(_checked LESS 100)
  string(APPEND _failures "  only ${_checked} exercise ids read from `sinew exercises`\n")
endif()
# The derivation's article rules (toes out, one leg, loaded spine, knees past
# toes) apply to many built-in exercises: none cited would mean the citation
# was dropped from the output.
if(_cited LESS 20)
  string(APPEND _failures "  only ${_cited} explanations cite an article by author and title\n")
endif()
if(_failures)
  message(FATAL_ERROR "sinew: explain must cite what a user can find:\n${_failures}")
endif()
message(STATUS "sinew: ${_checked} exercises explained, ${_cited} cite an article by its title")
