#!/usr/bin/env bash
# Installs the programs the tests use for real: LibreOffice (render docx/xlsx to PDF), poppler-utils
# (pdftotext, pdftoppm), a Japanese font (Noto CJK), Chromium (the HTML report's browser test) and
# Tesseract with Japanese data (OCR of scanned documents).
set -euo pipefail
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui)
command -v pdftotext >/dev/null || need+=(poppler-utils)
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
if [ "$(id -u)" -ne 0 ]; then
  echo "missing system packages: ${need[*]} (run as root or install them)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
