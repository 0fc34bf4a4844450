# Builds the Debian package with cpack into a scratch folder and checks its files and dependencies.
set(out "${BUILD_DIR}/package-test")
file(REMOVE_RECURSE "${out}")
file(MAKE_DIRECTORY "${out}")
execute_process(COMMAND cpack -G DEB -B "${out}" --config "${BUILD_DIR}/CPackConfig.cmake"
                RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed:\n${log}")
endif()
file(GLOB debs "${out}/*.deb")
list(LENGTH debs n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${out}, found ${n}:\n${log}")
endif()
execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends)
foreach(expected
    "usr/bin/collabdesk"
    "usr/bin/collabdesk-cli"
    "usr/share/applications/${APP_ID}.desktop"
    "usr/share/metainfo/${APP_ID}.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg"
    "usr/share/man/man1/collabdesk-cli.1")
  string(REGEX MATCH " \\./${expected}\n" hit "${contents}")
  if(NOT hit)
    message(FATAL_ERROR "the .deb lacks ${expected}; it holds:\n${contents}")
  endif()
endforeach()
foreach(dep libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libqt6widgets6 libqt6sql6)
  if(NOT depends MATCHES "${dep}")
    message(FATAL_ERROR "the .deb does not depend on ${dep}; Depends: ${depends}")
  endif()
endforeach()
if(contents MATCHES "include/|\\.a\n|tests")
  message(FATAL_ERROR "the .deb carries build or test files:\n${contents}")
endif()
message(STATUS "${debs}\nDepends: ${depends}")
