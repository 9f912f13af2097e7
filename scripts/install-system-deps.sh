#!/usr/bin/env bash
# Installs the programs the tests use for real: LibreOffice Writer, Calc and Impress (render
# docx/xlsx/pptx and legacy .doc/.xls/.ppt), poppler-utils (pdftotext, pdftoppm), the CMaps for
# Japanese CID fonts, a Japanese font (Noto CJK), Chromium (the HTML report's browser test), git, and Tesseract
# with Japanese data (OCR of scanned documents).
#
# Each component is checked on its own: a machine with LibreOffice Writer and Calc but no Impress
# has `soffice` yet cannot open a presentation. A LibreOffice component is present when its
# library sits next to the real `soffice` (libswlo.so Writer, libsclo.so Calc, libsdlo.so Impress).
#
#   scripts/install-system-deps.sh          install what is missing (needs root)
#   scripts/install-system-deps.sh --check  only list what is missing; exit 1 if anything is
set -euo pipefail
check_only=0
[ "${1:-}" = "--check" ] && check_only=1
need=()

lo_component() {  # $1 library, $2 package
  local soffice
  soffice=$(command -v soffice || true)
  if [ -z "$soffice" ] || [ ! -e "$(dirname "$(readlink -f "$soffice")")/$1" ]; then
    need+=("$2")
  fi
}
lo_component libswlo.so libreoffice-writer-nogui
lo_component libsclo.so libreoffice-calc-nogui
lo_component libsdlo.so libreoffice-impress-nogui
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || need+=(poppler-utils)
# CMaps for non-embedded Japanese CID fonts (the PDF stamp's HeiseiKakuGo-W5 / UniJIS-UCS2-H)
test -d /usr/share/poppler/cMap/Adobe-Japan1 || need+=(poppler-data)
fc-list 2>/dev/null | grep -q "Noto Sans CJK JP" || need+=(fonts-noto-cjk)
command -v chromium >/dev/null || need+=(chromium)
command -v git >/dev/null || need+=(git)

# --- OCR (scanned documents, docs/scanning.md): Tesseract's Japanese, vertical-Japanese and
# orientation data. tesserocr (pip extra "ocr") drives Tesseract in-process; its wheel brings the
# library, the language data comes from here. The package tesseract-ocr gives the CLI as well.
for pkg in tesseract-ocr tesseract-ocr-jpn tesseract-ocr-jpn-vert tesseract-ocr-osd; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
# --- end OCR
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$check_only" -eq 1 ]; then
  echo "missing system packages: ${need[*]}" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "missing system packages: ${need[*]} (run as root or install them)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
