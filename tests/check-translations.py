#!/usr/bin/env python3
"""Fails when a shipped translation is behind the code or incomplete.

Runs lupdate over the sources into copies of the .ts files (the originals are not touched), then
checks every message: in the shipped languages each must be translated (every plural form), keep
the source's placeholders (%1, %n) and have at most one shortcut mark (&); the English file must
have every plural form. A tr() string missing from the .ts files shows up as an unfinished
message; a message the code no longer has shows up as one lupdate drops.

usage: check-translations.py LUPDATE SOURCE_DIR TS_FILE...
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")


def messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def mnemonics(text):
    return len(re.findall(r"&(?!&)(?=[^\s&;])", text.replace("&&", "")))


def check(path, plural_only):
    problems = []
    count = 0
    for context, message in messages(path):
        count += 1
        source = message.findtext("source")
        where = f"{os.path.basename(path)}: {context}: {source!r}"
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        numerus = message.get("numerus") == "yes"
        if plural_only and not numerus:
            continue
        if kind in ("unfinished", "missing"):
            problems.append(f"{where}: not translated")
            continue
        if kind in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] if numerus else [
            translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"{where}: an empty form")
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            if numerus and "%n" in wanted and "%n" not in form and len(forms) > 1:
                # A singular form may say "one" instead of %n.
                wanted.remove("%n")
            got = sorted(set(PLACEHOLDER.findall(form)))
            missing = [p for p in wanted if p not in got]
            extra = [p for p in got if p not in PLACEHOLDER.findall(source)]
            if missing or extra:
                problems.append(f"{where}: placeholders {missing or ''}{extra or ''} differ in {form!r}")
            if mnemonics(form) > max(1, mnemonics(source)):
                problems.append(f"{where}: more than one & in {form!r}")
            if mnemonics(source) and not mnemonics(form):
                problems.append(f"{where}: the shortcut (&) is missing in {form!r}")
    return count, problems


def main():
    lupdate, source_dir, *ts_files = sys.argv[1:]
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in ts_files:
            copy = os.path.join(scratch, os.path.basename(ts))
            shutil.copy(ts, copy)
            before = sum(1 for _ in messages(copy))
            plural_only = os.path.basename(ts).endswith("_en.ts")
            args = [lupdate, "-silent", "-no-obsolete", "-locations", "none"]
            if plural_only:
                args.append("-pluralonly")
            args += [os.path.join(source_dir, d) for d in ("app", "httpserver", "ui")]
            subprocess.run(args + ["-ts", copy], check=True, stdout=subprocess.DEVNULL)
            after, found = check(copy, plural_only)
            problems += found
            if after < before:
                problems.append(f"{os.path.basename(ts)}: {before - after} message(s) the code "
                                "no longer has; run the update_translations target")
            print(f"{os.path.basename(ts)}: {after} messages checked")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s). Run `cmake --build build --target update_translations` "
              "and translate what is unfinished.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
