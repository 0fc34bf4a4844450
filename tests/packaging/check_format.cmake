# Fails when a C++ source differs from what clang-format (the repository's .clang-format) makes of it.
file(GLOB_RECURSE sources "${ROOT}/core/*.h" "${ROOT}/core/*.cpp" "${ROOT}/documents/*.h" "${ROOT}/documents/*.cpp" "${ROOT}/ui/*.h" "${ROOT}/ui/*.cpp"
     "${ROOT}/app/*.h" "${ROOT}/app/*.cpp" "${ROOT}/resources/*.h" "${ROOT}/resources/*.cpp"
     "${ROOT}/tests/*.h" "${ROOT}/tests/*.cpp")
set(bad "")
foreach(f IN LISTS sources)
  execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${f} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(NOT rc EQUAL 0)
    list(APPEND bad "${f}")
  endif()
endforeach()
if(bad)
  string(REPLACE ";" "\n  " bad "${bad}")
  message(FATAL_ERROR "not formatted (run clang-format -i on them):\n  ${bad}")
endif()
list(LENGTH sources n)
message(STATUS "${n} files formatted")
