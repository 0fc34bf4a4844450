# Fails when files of a layer name what the layer must not use:
#  core/ links Qt Core and Sql only (no widget, GUI or chart header or class);
#  documents/ draws with Qt Gui (QPdfWriter, QTextDocument) but never widgets, so it runs headless.
function(refuse layer pattern why)
  file(GLOB_RECURSE files "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.cpp" "${ROOT}/${layer}/CMakeLists.txt")
  set(bad "")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "${pattern}")
    if(lines)
      list(APPEND bad "${f}: ${lines}")
    endif()
  endforeach()
  if(bad)
    string(REPLACE ";" "\n" bad "${bad}")
    message(FATAL_ERROR "${layer}/ must not use ${why}:\n${bad}")
  endif()
  list(LENGTH files n)
  message(STATUS "checked ${n} files in ${layer}/: no ${why}")
endfunction()

refuse(core "QtWidgets|QWidget|QApplication|QMessageBox|QDialog|QMainWindow|QtCharts|QChart|QtGui|QGuiApplication|Qt6::Gui|Qt6::Widgets"
       "widgets, GUI or charts")
refuse(documents "QtWidgets|QWidget|QApplication|QMessageBox|QDialog|QMainWindow|QPrinter|Qt6::Widgets" "widgets")
