#!/usr/bin/env bash
# Checks, without changing anything, that every tracked C++ file under app core ui tests bench fuzz
# is formatted as .clang-format says; fails naming the files that are not. To fix them:
#   clang-format -i FILE…
# CLANG_FORMAT picks the program (the tree is formatted with clang-format 14, as
# scripts/install-deps.sh installs it on Debian 12).
set -uo pipefail

source_dir=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$source_dir" || exit 1

clang_format=${CLANG_FORMAT:-}
if [[ -z $clang_format ]]; then
    for candidate in clang-format-14 clang-format; do
        if command -v "$candidate" >/dev/null; then
            clang_format=$candidate
            break
        fi
    done
fi
if [[ -z $clang_format ]] || ! command -v "$clang_format" >/dev/null; then
    echo "clang-format is not installed: run scripts/install-deps.sh" >&2
    exit 1
fi

folders=(app core ui tests bench fuzz)
files=()
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    while IFS= read -r -d '' file; do
        [[ -f $file ]] && files+=("$file") # a tracked file deleted in the work tree is not checked
    done < <(git ls-files -z -- "${folders[@]}" | grep -zE '\.(cpp|h)$')
else # a source tree without its history: every file there
    while IFS= read -r -d '' file; do
        files+=("$file")
    done < <(find "${folders[@]}" -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
fi
if ((${#files[@]} == 0)); then
    echo "no C++ file found under ${folders[*]} in $source_dir" >&2
    exit 1
fi

output=$("$clang_format" --dry-run -Werror "${files[@]}" 2>&1)
status=$?
mapfile -t unformatted < <(grep -oE '^[^:]+:[0-9]+:[0-9]+: error: code should be clang-formatted' <<<"$output" \
    | cut -d: -f1 | sort -u)
if ((status == 0)); then
    echo "${#files[@]} files checked with $("$clang_format" --version): all formatted"
    exit 0
fi
if ((${#unformatted[@]} == 0)); then # clang-format itself failed: say what it said
    echo "$clang_format failed:" >&2
    echo "$output" >&2
    exit 1
fi
echo "${#unformatted[@]} of ${#files[@]} files are not formatted as .clang-format says ($("$clang_format" --version)):"
printf '  %s\n' "${unformatted[@]}"
echo "Fix: clang-format -i ${unformatted[*]}"
exit 1
