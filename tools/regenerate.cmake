# Rewrites every generated file of sinew, in dependency order; run by the
# `regenerate` target (tools/CMakeLists.txt), which builds the generators first:
#   1. exercises/catalog_source/order.hpp   tools/catalog_order.py (new statements get the next ids)
#   2. anatomy/detail/lower_body_tables.hpp sinew_generate_lower_body_tables, from the entity types
#   3. exercises/detail/builtin_*.hpp       sinew_generate_builtin_catalog, from the statements
#   4. programs/detail/builtin_name_index.hpp sinew_generate_name_index, from the catalog and its aliases
#   5. tests/fuzz/notation.dict             sinew_generate_notation_dict (when the tests are built)
#   6. single_include/sinew/sinew.hpp       tools/amalgamate.py, last, as it inlines the others
# The catalog generator is compiled against files 1 and 2: when step 1 or 2
# changed one of them, it is out of date, so this stops and asks for a second
# run (which rebuilds it first) instead of writing a catalog from stale inputs;
# likewise the name index generator is compiled against the catalog of step 3.
foreach(var SINEW_SOURCE_DIR SINEW_LOWER_BODY SINEW_CATALOG SINEW_NAME_INDEX)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "sinew: regenerate.cmake needs -D${var}=...")
  endif()
endforeach()
if(NOT SINEW_PYTHON)
  message(FATAL_ERROR "sinew: python3 is needed to regenerate (tools/catalog_order.py, tools/amalgamate.py)")
endif()

function(sinew_step)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${SINEW_SOURCE_DIR}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " shown "${ARGN}")
    message(FATAL_ERROR "sinew: regenerate: `${shown}` failed (${rc})")
  endif()
endfunction()

set(order "${SINEW_SOURCE_DIR}/include/sinew/exercises/catalog_source/order.hpp")
set(tables "${SINEW_SOURCE_DIR}/include/sinew/anatomy/detail/lower_body_tables.hpp")
file(SHA256 "${order}" order_before)
file(SHA256 "${tables}" tables_before)

sinew_step("${SINEW_PYTHON}" tools/catalog_order.py)
sinew_step("${SINEW_LOWER_BODY}" --write "${tables}")

file(SHA256 "${order}" order_after)
file(SHA256 "${tables}" tables_after)
if(NOT order_before STREQUAL order_after OR NOT tables_before STREQUAL tables_after)
  message(FATAL_ERROR "sinew: regenerate rewrote the exercise order or the anatomy tables, which the exercise "
                      "catalog generator is built from: run the regenerate target again to rebuild it and finish")
endif()

set(records "${SINEW_SOURCE_DIR}/include/sinew/exercises/detail/builtin_records.hpp")
file(SHA256 "${records}" records_before)
sinew_step("${SINEW_CATALOG}" --write include/sinew/exercises/detail)
file(SHA256 "${records}" records_after)
if(NOT records_before STREQUAL records_after)
  message(FATAL_ERROR "sinew: regenerate rewrote the built-in exercise records, which the name index generator is "
                      "built from: run the regenerate target again to rebuild it and finish")
endif()
sinew_step("${SINEW_NAME_INDEX}" --write include/sinew/programs/detail/builtin_name_index.hpp)
if(SINEW_NOTATION_DICT)
  execute_process(COMMAND "${SINEW_NOTATION_DICT}" OUTPUT_FILE "${SINEW_SOURCE_DIR}/tests/fuzz/notation.dict"
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "sinew: regenerate: sinew_generate_notation_dict failed (${rc})")
  endif()
endif()
sinew_step("${SINEW_PYTHON}" tools/amalgamate.py)
message(STATUS "sinew: every generated file is up to date")
