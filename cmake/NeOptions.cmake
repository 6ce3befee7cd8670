# SPDX-License-Identifier: MIT
# One INTERFACE target carries the language level, warnings and Qt's safety defines;
# every target of ours links it, so no flag is set anywhere else.
include(CTest)

option(NE_WERROR "Treat warnings in our own code as errors" OFF)
option(NE_BUILD_SERVER "Build nextevent-server" ON)
add_feature_info(NE_WERROR NE_WERROR "warnings are errors (CI turns this on)")
add_feature_info(NE_BUILD_SERVER NE_BUILD_SERVER "the NextEvent v2 REST server")

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

find_program(NE_CCACHE ccache)
if(NE_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${NE_CCACHE})
endif()

add_library(ne_project_options INTERFACE)
target_compile_features(ne_project_options INTERFACE cxx_std_20)
target_compile_options(ne_project_options INTERFACE -Wall -Wextra -Wpedantic
                       $<$<BOOL:${NE_WERROR}>:-Werror>)
target_compile_definitions(ne_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY
    NE_VERSION="${PROJECT_VERSION}")
