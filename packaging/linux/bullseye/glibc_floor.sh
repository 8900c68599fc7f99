#!/usr/bin/env bash
# Prints the highest GLIBC_x.y symbol version any ELF file in a bundle needs, and the files that
# need it: the oldest glibc the bundle can load on. With a second argument, fails if it is higher.
#   glibc_floor.sh dist-bullseye/nianbao [2.31]
set -euo pipefail
dir="$1"; limit="${2:-}"
table="$(mktemp)"; trap 'rm -f "$table"' EXIT
while IFS= read -r -d '' f; do
  if [ "$(head -c4 "$f" | tr -d '\0')" = $'\x7fELF' ]; then
    { objdump -T "$f" 2>/dev/null || true; } | { grep -o 'GLIBC_[0-9][0-9.]*' || true; } | sort -u \
      | sed "s|^GLIBC_||; s|\$| ${f#"$dir"/}|"
  fi
done < <(find "$dir" -type f -print0) > "$table"
top="$(cut -d' ' -f1 "$table" | sort -uV | tail -1)"
echo "glibc floor of $dir: $top"
echo "  needed by: $(awk -v v="$top" '($1 "") == (v "") {print $2}' "$table" | sort -u | head -8 | tr '\n' ' ')"
for v in $(cut -d' ' -f1 "$table" | sort -uV | tail -4 | head -3 | sort -rV); do
  echo "  $v: $(awk -v v="$v" '($1 "") == (v "") {print $2}' "$table" | sort -u | head -5 | tr '\n' ' ')"
done
if [ -n "$limit" ] && [ "$(printf '%s\n%s\n' "$top" "$limit" | sort -V | tail -1)" != "$limit" ]; then
  echo "FAIL: needs glibc $top, above $limit" >&2; exit 1
fi
