#!/usr/bin/env python3
"""Fills unfinished entries of a Qt .ts file from a JSON dictionary {source: translation}.

A numerus entry takes a list of forms. Only entries still marked unfinished are touched, so a
translator's later edits are never overwritten. Prints the sources that are still unfinished.

    scripts/fill-translations.py translations/postback-workbench_ru.ts dictionary.json
"""
import html
import json
import re
import sys

ts_path, dict_path = sys.argv[1], sys.argv[2]
text = open(ts_path, encoding="utf-8").read()
words = json.load(open(dict_path, encoding="utf-8"))


def escape(s):
    return html.escape(s, quote=False).replace('"', "&quot;").replace("'", "&apos;")


pattern = re.compile(
    r'(<message( numerus="yes")?>\s*<source>)([^<]*)(</source>\s*(?:<comment>.*?</comment>\s*)?)'
    r'<translation type="unfinished">(.*?)</translation>', re.S)


def fill(match):
    source = html.unescape(match.group(3))
    if source not in words:
        return match.group(0)
    value = words[source]
    if match.group(2):
        forms = value if isinstance(value, list) else [value]
        body = "".join(f"\n            <numerusform>{escape(f)}</numerusform>" for f in forms) + "\n        "
    else:
        body = escape(value)
    return f"{match.group(1)}{match.group(3)}{match.group(4)}<translation>{body}</translation>"


text = pattern.sub(fill, text)
open(ts_path, "w", encoding="utf-8").write(text)
for m in pattern.finditer(text):
    print("unfinished:", html.unescape(m.group(3)))
