#!/usr/bin/env python3
"""Validates a JSON instance against a JSON Schema (Debian: python3-jsonschema).

usage: validate_json_schema.py SCHEMA INSTANCE
Exit 0 when valid, 1 when not (each error printed with its JSON path), 2 on
usage or I/O errors. The schema's "$schema" picks the draft (2020-12, 07...).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate_json_schema: python3-jsonschema is not installed (run ./setup.sh)", file=sys.stderr)
    sys.exit(2)


def main(argv):
    if len(argv) != 3:
        print("usage: validate_json_schema.py SCHEMA INSTANCE", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        with open(argv[2], encoding="utf-8") as f:
            instance = json.load(f)
    except (OSError, ValueError) as e:
        print(f"validate_json_schema: {e}", file=sys.stderr)
        return 2
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    errors = sorted(cls(schema).iter_errors(instance), key=lambda e: list(e.absolute_path))
    for e in errors:
        path = "/".join(str(p) for p in e.absolute_path) or "(root)"
        print(f"{argv[2]}: {path}: {e.message}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
