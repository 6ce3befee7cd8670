# SPDX-License-Identifier: MIT
# Read by cpack once per generator, after CPackConfig.cmake.

# Test hook for installer/test-install.sh: label the same build with another version, to
# exercise an upgrade from an "older" package (maintainer scripts, conffiles, user data).
if(DEFINED ENV{NE_PACKAGE_VERSION_OVERRIDE} AND NOT "$ENV{NE_PACKAGE_VERSION_OVERRIDE}" STREQUAL "")
    set(CPACK_PACKAGE_VERSION "$ENV{NE_PACKAGE_VERSION_OVERRIDE}")
endif()

# CPack DEB prepends CPACK_PACKAGE_DESCRIPTION_SUMMARY to each component's description,
# whose first line already is that package's synopsis (lintian: synopsis duplicated).
if(CPACK_GENERATOR STREQUAL "DEB")
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
