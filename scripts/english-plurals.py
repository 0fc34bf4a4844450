#!/usr/bin/env python3
"""Fills the English plural forms that lupdate -pluralonly leaves empty in collabdesk_en.ts.

Source strings mark plurals as "(s)": "%n creator(s)" becomes "%Ln creator" and "%Ln creators"
(%Ln: the count in the language's digits, "8,792 payments" rather than "8792 payments").
Run after `cmake --build build --target update_translations`. Forms already filled are kept.
"""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "resources/translations/collabdesk_en.ts")
text = path.read_text(encoding="utf-8")


def fill(match: re.Match) -> str:
    source = match.group(1)
    singular = source.replace("(s)", "").replace("%n", "%Ln")
    plural = source.replace("(s)", "s").replace("%n", "%Ln")
    return (f"<source>{source}</source>\n        <translation>\n"
            f"            <numerusform>{singular}</numerusform>\n"
            f"            <numerusform>{plural}</numerusform>\n        </translation>")


text = re.sub(r"<source>([^<]*)</source>\s*<translation type=\"unfinished\">\s*"
              r"<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>", fill, text)
path.write_text(text, encoding="utf-8")
