# Interface targets carry warnings, defines and sanitizer flags to every target of ours.
# pbw_warnings: compiler warnings (and -Werror in CI) for all code, tests included.
# pbw_build_options: pbw_warnings plus the strict Qt defines for product code.
add_library(pbw_warnings INTERFACE)
target_compile_options(pbw_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough)
if(PBW_WARNINGS_AS_ERRORS)
    target_compile_options(pbw_warnings INTERFACE -Werror)
endif()
target_compile_definitions(pbw_warnings INTERFACE
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PBW_VERSION="${PROJECT_VERSION}")
if(PBW_SANITIZE)
    target_compile_options(pbw_warnings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(pbw_warnings INTERFACE -fsanitize=address,undefined)
endif()

# The fuzz preset (clang): coverage for libFuzzer in every object, the fuzzer's main only in fuzz/.
if(PBW_FUZZ)
    target_compile_options(pbw_warnings INTERFACE -fsanitize=fuzzer-no-link)
endif()

add_library(pbw_build_options INTERFACE)
target_link_libraries(pbw_build_options INTERFACE pbw_warnings)
# Every user-visible string goes through tr() or an explicit QStringLiteral/QLatin1String.
target_compile_definitions(pbw_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH)
