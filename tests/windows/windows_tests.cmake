# Windows tests (the cross build, run by ctest under Wine; see scripts/windows/test.sh), included
# from tests/CMakeLists.txt instead of the Linux harness: the harness cases run the real
# Tafelgesprek.exe from the unzipped portable folder, in a path with a space and "ë".
add_executable(os_tests windows/test_files.cpp)
target_link_libraries(os_tests PRIVATE tafel_core GTest::gtest_main)
gtest_discover_tests(os_tests DISCOVERY_TIMEOUT 120)

set(TAFEL_WINDOWS_SCREENSHOTS "${CMAKE_BINARY_DIR}/screenshots")
foreach(_case board arena report hostile console)
  add_test(NAME windows_harness.${_case}
    COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/windows/harness.sh" ${_case} "${TAFEL_WINDOWS_ZIP}" "${CMAKE_SOURCE_DIR}"
            "${TAFEL_WINDOWS_SCREENSHOTS}")
endforeach()
