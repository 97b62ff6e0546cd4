#!/bin/sh
# Writes MD5SUMS once; refuses if it exists.
cd "$(dirname "$0")/.." || exit 1
[ -e MD5SUMS ] && { echo "MD5SUMS exists: frozen" >&2; exit 1; }
tmp=$(mktemp)
find . -type f ! -name MD5SUMS ! -path './src/__pycache__/*' | sed 's|^\./||' | LC_ALL=C sort | xargs md5sum > "$tmp" && mv "$tmp" MD5SUMS
