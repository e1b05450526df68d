#!/usr/bin/env python3
"""Validates a JSON document against a JSON Schema (Debian's python3-jsonschema).

    validate-json.py SCHEMA DOCUMENT      exit 0 when valid; each problem printed otherwise
"""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
document = json.load(open(sys.argv[2], encoding="utf-8"))
validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
problems = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
for problem in problems:
    print("/".join(str(p) for p in problem.path) or "(root)", ":", problem.message)
sys.exit(1 if problems else 0)
