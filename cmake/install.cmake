# Installing ragft (issue 9): `make install` or `cmake --install build [--prefix DIR]` put
#   bin/ragft                                      the executable (the rule base is compiled in)
#   share/man/man1/ragft.1.gz                      the man page
#   share/bash-completion/completions/ragft        bash completion (loaded on demand by bash-completion)
#   share/zsh/vendor-completions/_ragft            zsh completion, prefix /usr (Debian's zsh reads it)
#   share/zsh/site-functions/_ragft                zsh completion, any other prefix (on zsh's default fpath)
#   share/ragft/rules/{default,prices}.yaml        the built-in rule base and price sheet, to read and extend
#   share/doc/ragft/{README.md,docs/,examples/}    the front page, the manual and example specs
# under the prefix (default /usr/local), and `make package` builds a Debian package of the same
# files under /usr with CPack. Included at the end of the top-level CMakeLists.txt.

include(GNUInstallDirs)

install(TARGETS ragft RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The man page: the version filled in, then gzipped (-n: reproducible) as Debian's policy wants.
configure_file(${PROJECT_SOURCE_DIR}/man/ragft.1.in ${PROJECT_BINARY_DIR}/ragft.1 @ONLY)
add_custom_command(
  OUTPUT ${PROJECT_BINARY_DIR}/ragft.1.gz
  COMMAND gzip -9nc ${PROJECT_BINARY_DIR}/ragft.1 > ${PROJECT_BINARY_DIR}/ragft.1.gz
  DEPENDS ${PROJECT_BINARY_DIR}/ragft.1
  COMMENT "Compressing the man page")
add_custom_target(ragft_man ALL DEPENDS ${PROJECT_BINARY_DIR}/ragft.1.gz)
install(FILES ${PROJECT_BINARY_DIR}/ragft.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES ${PROJECT_SOURCE_DIR}/completions/ragft.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME ragft)

# zsh reads /usr/share/zsh/vendor-completions for packages and /usr/local/share/zsh/site-functions
# for local installs; the prefix is known only when installing (`--prefix`, CPack's /usr), so the
# folder is chosen then. RAGFT_ZSH_COMPLETION_DIR (relative to the prefix) overrides the choice.
set(RAGFT_ZSH_COMPLETION_DIR "" CACHE STRING "zsh completion folder under the prefix (empty: by prefix)")
install(CODE "
  set(ragft_zsh_source \"${PROJECT_SOURCE_DIR}/completions/_ragft\")
  set(ragft_zsh_dir \"${RAGFT_ZSH_COMPLETION_DIR}\")
  set(ragft_datadir \"${CMAKE_INSTALL_DATADIR}\")")
install(CODE [[
  if(ragft_zsh_dir STREQUAL "")
    if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
      set(ragft_zsh_dir "${ragft_datadir}/zsh/vendor-completions")
    else()
      set(ragft_zsh_dir "${ragft_datadir}/zsh/site-functions")
    endif()
  endif()
  file(INSTALL "${ragft_zsh_source}" DESTINATION "${CMAKE_INSTALL_PREFIX}/${ragft_zsh_dir}")
]])

install(FILES ${PROJECT_SOURCE_DIR}/rules/default.yaml ${PROJECT_SOURCE_DIR}/rules/prices.yaml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/ragft/rules)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
file(GLOB RAGFT_DOC_PAGES ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${RAGFT_DOC_PAGES} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)
# The pictures the pages show (docs/img/), so their links hold where the manual is installed.
file(GLOB RAGFT_DOC_IMAGES ${PROJECT_SOURCE_DIR}/docs/img/*.png)
install(FILES ${RAGFT_DOC_IMAGES} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs/img)
file(GLOB RAGFT_EXAMPLE_SPECS ${PROJECT_SOURCE_DIR}/examples/*.yaml ${PROJECT_SOURCE_DIR}/examples/*.json)
install(FILES ${RAGFT_EXAMPLE_SPECS} DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

# The Debian package: `make package` (cpack -G DEB in the build folder) -> ragft_<version>_amd64.deb.
# Runtime dependencies come from dpkg-shlibdeps (package dpkg-dev), from the libraries the binary
# links: libc6, libstdc++6, libgcc-s1, libfmt9, libyaml-cpp0.7, libncursesw6, libtinfo6.
set(RAGFT_PACKAGE_MAINTAINER "ragft maintainers <maintainers@users.noreply.b-seed-98e519ac.example>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ragft)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${RAGFT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "decide between RAG, fine-tuning or a hybrid for an LLM project")
# The long description; CPack puts the summary line before it and indents it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "ragft reads a project's facts (how fast its knowledge changes, how many labelled
examples exist, how rigid the output is, latency, budget, citations, private
data, team skill) from a YAML or JSON spec file or a questionnaire, and answers
rag, fine-tune or hybrid. Every reason names the rule that fired, its points
and the evidence it rests on. It also explains what would flip a verdict, how
robust it is and what each option would cost, scores folders of specs for CI
(JSON, CSV, SARIF, JUnit, GitHub annotations), and lints and tests custom
rule bases.")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
