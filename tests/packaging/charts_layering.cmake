# Fails when Qt Charts leaks out of ui/charts/, or the programs' links cross the layers:
#  only ui/charts/ (the `charts` library) includes a Qt Charts header or names a Qt Charts class,
#  so a move to Qt Graphs (Qt Charts is deprecated from Qt 6.10) touches one folder;
#  ui/charts/ includes nothing from the rest of ui/, so collabdesk-cli can link it without `ui`;
#  collabdesk-cli does not link `ui`, `charts` does not link `ui`, documents/ does not link Qt Widgets.
# ROOT is the source tree; CLI_LINKS, CHARTS_LINKS and DOCUMENTS_LINKS are what those targets link,
# directly or through other targets, comma-separated (tests/packaging/CMakeLists.txt works them out).

# A Qt Charts class as a whole word: every class Qt Charts 6 installs ends in Series, Axis,
# LegendMarker or ModelMapper, starts with QChart, or is one of the few named here.
set(word_before "(^|[^A-Za-z0-9_])")
set(word_after "([^A-Za-z0-9_]|$)")
set(chart_class "(Q[A-Za-z]*(Series|Axis|LegendMarker|ModelMapper)|QChart[A-Za-z]*|QPolarChart|QLegend|QBarSet|QBoxSet|QCandlestickSet|QPieSlice|QtCharts[A-Za-z]*)")
set(chart_header_file "q[a-z]*(series|axis|legendmarker|modelmapper)\\.h|qchart[a-z]*\\.h|qpolarchart\\.h|qlegend\\.h|qbarset\\.h|qboxset\\.h|qcandlestickset\\.h|qpieslice\\.h|qtcharts[a-z]*\\.h")
set(include_line "^[ \t]*#[ \t]*include[ \t]*[<\"]")
set(chart_include "${include_line}(QtCharts/|${chart_class}[>\"]|${chart_header_file}[>\"])")
set(chart_name "${word_before}${chart_class}${word_after}")
set(any_chart "${chart_name}|${chart_header_file}|QtCharts/")

# The lines of `file` matching `regex` but not `unless` (empty: no exception), as text, one
# "  path: line" a line; none unless the whole file matches `anywhere` (a quick first look).
# Read whole and split by hand: file(STRINGS) hands lines back as a list, which a ";" (every C++
# statement) would cut in two.
function(grep_lines out file anywhere regex unless)
  set(${out} "" PARENT_SCOPE)
  file(RELATIVE_PATH shown "${ROOT}" "${file}")
  file(READ "${file}" text)
  if(NOT text MATCHES "${anywhere}")
    return()
  endif()
  # Out of the list's way: ";" separates items, and CMake does not split inside [ ].
  string(REPLACE ";" "<semicolon>" text "${text}")
  string(REPLACE "[" "<open>" text "${text}")
  string(REPLACE "]" "<close>" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  set(result "")
  foreach(line IN LISTS lines)
    if(line MATCHES "${regex}" AND (unless STREQUAL "" OR NOT line MATCHES "${unless}"))
      string(STRIP "${line}" line)
      string(REPLACE "<semicolon>" ";" line "${line}")
      string(REPLACE "<open>" "[" line "${line}")
      string(REPLACE "<close>" "]" line "${line}")
      string(APPEND result "  ${shown}: ${line}\n")
    endif()
  endforeach()
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

set(outside "")
foreach(layer ui app core documents)
  file(GLOB_RECURSE layer_files "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.cpp")
  list(APPEND outside ${layer_files})
endforeach()
list(FILTER outside EXCLUDE REGEX "^${ROOT}/ui/charts/")

set(failures "")
set(includes "")
set(names "")
foreach(f IN LISTS outside)
  grep_lines(found "${f}" "${any_chart}" "${chart_include}" "")
  string(APPEND includes "${found}")
  # Names outside #include lines (a member `QChartView *`, a forward declaration, a comment).
  grep_lines(found "${f}" "${any_chart}" "${chart_name}" "${include_line}")
  string(APPEND names "${found}")
endforeach()
if(includes)
  string(APPEND failures "Qt Charts headers are included outside ui/charts/ (use the charts library's "
         "widgets and functions instead: ChartPanel, FollowersChart, writeCampaignChart, campaignChartPicture):\n"
         "${includes}")
endif()
if(names)
  string(APPEND failures "Qt Charts classes are named outside ui/charts/:\n${names}")
endif()

# ui/charts/ stands alone: no header of another ui/ folder.
file(GLOB ui_entries LIST_DIRECTORIES true "${ROOT}/ui/*")
set(siblings "")
foreach(entry IN LISTS ui_entries)
  get_filename_component(name "${entry}" NAME)
  if(IS_DIRECTORY "${entry}" AND NOT name STREQUAL "charts")
    list(APPEND siblings "${name}")
  endif()
endforeach()
list(JOIN siblings "|" siblings)
file(GLOB_RECURSE chart_files "${ROOT}/ui/charts/*.h" "${ROOT}/ui/charts/*.cpp")
set(reaching "")
foreach(f IN LISTS chart_files)
  grep_lines(found "${f}" "#" "${include_line}(\\.\\./|(${siblings})/)" "")
  string(APPEND reaching "${found}")
endforeach()
if(reaching)
  string(APPEND failures "ui/charts/ includes headers of the rest of ui/ (the CLI links charts without ui):\n"
         "${reaching}")
endif()

# Links, as configured.
function(refuse_link target links pattern why)
  string(REPLACE "," ";" links "${links}")
  if(NOT links)
    set(failures "${failures}cannot check what ${target} links: the test was configured without it\n" PARENT_SCOPE)
    return()
  endif()
  set(found "")
  foreach(l IN LISTS links)
    if(l MATCHES "${pattern}")
      list(APPEND found "${l}")
    endif()
  endforeach()
  if(found)
    set(failures "${failures}${target} must not link ${why}, but links ${found}\n" PARENT_SCOPE)
  endif()
endfunction()
refuse_link(collabdesk-cli "${CLI_LINKS}" "^ui$" "the widgets front end `ui` (charts come from `charts`)")
refuse_link(charts "${CHARTS_LINKS}" "^ui$" "`ui`")
refuse_link(documents "${DOCUMENTS_LINKS}" "^Qt[0-9]*::Widgets$" "Qt Widgets (documents are drawn headless)")

if(failures)
  message(FATAL_ERROR "${failures}")
endif()
list(LENGTH outside n)
list(LENGTH chart_files m)
message(STATUS "checked ${n} files outside ui/charts/ and ${m} in it; collabdesk-cli links ${CLI_LINKS}")
