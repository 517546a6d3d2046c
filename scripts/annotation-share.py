#!/usr/bin/env python3
"""How much of each JAX-RS resource is annotation text (issue 14: a resource should read as its HTTP shape).

Counts the lines of src/main/java/.../*Resource.java that are not blank, comments, package or imports;
of those, the lines that are (part of) an annotation, and the lines that are (part of) an OpenAPI one
(MicroProfile OpenAPI annotations and the project's meta-annotations that stand for them).
Run from the repository root: python3 scripts/annotation-share.py
"""
import glob
import re
import sys

OPENAPI = {"Tag", "Tags", "Operation", "APIResponse", "APIResponses", "Parameter", "Parameters", "RequestBody",
           "Schema", "ExampleObject", "Content", "Header", "SecurityRequirement", "WriteErrors", "ConditionalErrors", "AuthErrors",
           "APIResponseSchema", "AnswerExample", "DraftsForEditors"}

root = sys.argv[1] if len(sys.argv) > 1 else "."
files = sorted(glob.glob(root + "/src/main/java/uk/goodpractice/directory/*/*Resource.java"))
total = annotated = openapi = 0
for path in files:
    lines = code = ann = oas = 0
    depth, in_oas, in_comment = 0, False, False
    for line in open(path, encoding="utf-8"):
        s = line.strip()
        if in_comment:
            in_comment = "*/" not in s
            continue
        if s.startswith("/*"):
            in_comment = "*/" not in s
            continue
        if not s or s.startswith("//") or s.startswith("import ") or s.startswith("package "):
            continue
        code += 1
        if depth > 0:
            ann += 1
            oas += in_oas
            depth += s.count("(") - s.count(")")
        elif s.startswith("@"):
            ann += 1
            in_oas = any(name.split(".")[-1] in OPENAPI for name in re.findall(r"@([\w.]+)", s))
            oas += in_oas
            depth = s.count("(") - s.count(")")
    total, annotated, openapi = total + code, annotated + ann, openapi + oas
    print(f"{path.rsplit('/', 1)[-1]:36s} {oas:4d} OpenAPI / {ann:4d} annotation / {code:4d} lines")
print(f"{len(files)} resources: OpenAPI annotation lines {openapi}/{total} = {openapi / total:.1%}; "
      f"all annotation lines {annotated}/{total} = {annotated / total:.1%}")
