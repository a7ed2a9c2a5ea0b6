# Install rules for the native package: the static libraries, the public
# headers, the CLI, a CMake package (find_package(cozecore) ->
# cozecore::cozecore, cozecore::curl) and a pkg-config file (cozecore.pc).
include_guard(GLOBAL)

include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(COZE_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/cozecore)
set(_coze_targets cozecore)
if(TARGET cozecore_curl)
  set_target_properties(cozecore_curl PROPERTIES EXPORT_NAME curl)
  list(APPEND _coze_targets cozecore_curl)
  set(COZE_PACKAGE_HAS_CURL ON)
else()
  set(COZE_PACKAGE_HAS_CURL OFF)
endif()

install(TARGETS ${_coze_targets} EXPORT cozecoreTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/core/include/coze DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(TARGET coze)
  install(TARGETS coze RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(EXPORT cozecoreTargets NAMESPACE cozecore:: DESTINATION ${COZE_INSTALL_CMAKEDIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/cozecoreConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cozecoreConfig.cmake INSTALL_DESTINATION ${COZE_INSTALL_CMAKEDIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cozecoreConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cozecoreConfig.cmake ${PROJECT_BINARY_DIR}/cozecoreConfigVersion.cmake
  DESTINATION ${COZE_INSTALL_CMAKEDIR})

if(COZE_PACKAGE_HAS_CURL)
  set(COZE_PC_LIBS "-lcozecore_curl -lcozecore")
  set(COZE_PC_REQUIRES "libcurl libcrypto")
else()
  set(COZE_PC_LIBS "-lcozecore")
  set(COZE_PC_REQUIRES "")
endif()
# Relocatable: the prefix is found from the .pc file's own place.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(COZE_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH _coze_up /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
  string(REGEX REPLACE "/$" "" _coze_up "${_coze_up}")
  set(COZE_PC_PREFIX "\${pcfiledir}/${_coze_up}")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/cozecore.pc.in ${PROJECT_BINARY_DIR}/cozecore.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/cozecore.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
