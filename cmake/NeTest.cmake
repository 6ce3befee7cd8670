# SPDX-License-Identifier: MIT
# ne_add_test(NAME SOURCES a.cpp [LIBS ...] LABELS unit|ui|pg|server|rest|upload|dashboard [GUI] [TIMEOUT s])
# One executable per class or feature. GUI tests run offscreen so CI needs no display.
function(ne_add_test name)
    cmake_parse_arguments(T "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE ne_project_options Qt6::Test ${T_LIBS})
    target_compile_definitions(${name} PRIVATE NE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${name} COMMAND ${name})
    set(env ${T_ENVIRONMENT})
    if(T_GUI)
        list(APPEND env QT_QPA_PLATFORM=offscreen)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
                         ENVIRONMENT "${env}")
endfunction()
