#!/usr/bin/env python3
"""Helpers around the Qt translation sources (resources/translations/npmdesk_<lang>.ts).

    scripts/fill_translations.py contexts template.ts
        (run by scripts/update-translations) lupdate files the strings of a module-level helper,
        `tr("…")` or `_tr("…")` defined as `QCoreApplication.translate(CONTEXT, text)`, under
        no context; give them their module's context (its `CONTEXT = "…"`, or the literal
        context of its helper), plural forms to every text with %n, and drop the line numbers.
        Fails on strings it cannot place.
    scripts/fill_translations.py errors template.ts
        (run by scripts/update-translations) add the fixed messages of the core's errors
        (`message = "…"` in an NpmdeskError class, `raise SomeError("…")`, and the templates an
        error class gives `super().__init__("… {path} …", path=path)`; whole sentences, starting
        with a capital letter, "npmdesk", "-", "'" or a {placeholder}), and the core's phrases
        (`Phrase("…")`, npmdesk/phrase.py, and the details of DamagedPackage("…") and the like) under the context
        "NpmdeskError", in which the window (gui/inline_error.error_text) and the command line
        (npmdesk/translation.error_message) translate an error; a template with %n gets plural forms.
    scripts/fill_translations.py helps template.ts
        (run by scripts/update-translations) add the command line's help texts (`help="…"` and
        `description="…"` in npmdesk/cli) under the context "cli", in which the help formatter
        (cli/argparse_words.py) translates them when the help is shown.
    scripts/fill_translations.py catalogs resources/translations/*.ts
        (run by scripts/update-translations) write beside each npmdesk_<lang>.ts the catalog
        npmdesk_<lang>.json that the command line reads without Qt (npmdesk/translation.py): the
        finished translations of the contexts "cli", "NpmdeskError" and "argparse".
    scripts/fill_translations.py status resources/translations/*.ts
        How many messages each file has, and how many still wait for a translation.
    scripts/fill_translations.py dump [--by-source] resources/translations/*.ts > todo.tsv
        The messages unfinished in any of the files, one per line:
        id <TAB> context <TAB> source <TAB> comment <TAB> "n" if it has plural forms.
        With --by-source, each text once, its context "*": one translation for all contexts.
    scripts/fill_translations.py apply todo.tsv done.tsv
        done.tsv starts with a header line "id <TAB> fr <TAB> es" (any languages), then one
        line per id with the translations; plural forms are separated by " || ".
        Fills resources/translations/npmdesk_<lang>.ts; then run scripts/update-translations.

In every column a newline is written \\n, a tab \\t and a backslash \\\\. Qt Linguist
(`.venv/bin/pyside6-linguist`) edits the same files, for whoever prefers a window.
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET  # our own files, written by lupdate
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
PLURAL_SEPARATOR = " || "


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescape(text: str) -> str:
    out, chars = [], iter(text)
    for char in chars:
        if char != "\\":
            out.append(char)
            continue
        following = next(chars, "")
        out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(following, "\\" + following))
    return "".join(out)


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    """(context name, <message>) for every message of a .ts tree."""
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        found.extend((name, message) for message in context.iter("message"))
    return found


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return translation is None or translation.get("type") == "unfinished"
    forms = translation.findall("numerusform")
    texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
    return any(not text for text in texts)


def key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def parse(path: str | Path) -> ET.ElementTree:
    return ET.parse(path)  # noqa: S314 - lupdate's output, not outside input


MODULE_CONTEXT = re.compile(r'^_?CONTEXT\s*=\s*"([^"]+)"', re.MULTILINE)
HELPER_CONTEXT = re.compile(r'QCoreApplication\.translate\(\s*"([^"]+)"\s*,\s*[a-z_]+\s*[,)]')
HIDDEN_CALL = re.compile(r'(?:translate|QT_TRANSLATE_NOOP)\(\s*[A-Za-z_][\w.]*\s*,\s*[rf]?"')


def module_context(path: Path) -> str | None:
    """The context a module's own tr/_tr helper translates in, if it declares one."""
    text = path.read_text(encoding="utf-8")
    found = MODULE_CONTEXT.search(text) or HELPER_CONTEXT.search(text)
    return found.group(1) if found else None


def contexts(template: str) -> int:
    """Move the messages lupdate found outside any class into their module's context."""
    tree = parse(template)
    root = tree.getroot()
    moved: dict[str, list[ET.Element]] = {}
    problems = []
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        if name and "." not in name:
            continue
        for message in list(context.iter("message")):
            location = message.find("location")
            source = Path(template).parent / location.get("filename", "") if location is not None else None
            target = module_context(source) if source is not None and source.suffix == ".py" else None
            if target is None:
                where = f"{location.get('filename')}:{location.get('line')}" if location is not None else "?"
                problems.append(f"{where}: {message.findtext('source')!r} has no context (context {name!r})")
                continue
            context.remove(message)
            moved.setdefault(target, []).append(message)
        if not context.findall("message"):
            root.remove(context)
    existing = {context.findtext("name"): context for context in root.iter("context")}
    for name, found in moved.items():
        context = existing.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            existing[name] = context
        context.extend(found)
    for message in root.iter("message"):
        for location in message.findall("location"):
            message.remove(location)
        # `tr("%n file(s)", count)` through a helper: lupdate takes `count` for a comment and
        # misses the plural; the helper passes n, so give the message its plural forms.
        if "%n" in (message.findtext("source") or ""):
            message.set("numerus", "yes")
    tree.write(template, encoding="utf-8", xml_declaration=True)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


ERROR_CONTEXT = "NpmdeskError"


def _name(node: ast.expr) -> str:
    return node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""


def error_messages(package: Path) -> list[str]:
    """The fixed user-facing messages of NpmdeskError and its subclasses (the GUI's own too)."""
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in sorted(package.rglob("*.py"))]
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    errors = {"NpmdeskError", "UserFacingError"}  # age's errors derive from UserFacingError (= NpmdeskError)
    while True:  # subclasses of subclasses, across modules
        found = {c.name for c in classes if any(_name(base) in errors for base in c.bases)} - errors
        if not found:
            break
        errors |= found
    messages: list[str] = []
    for node in classes:
        if node.name in errors:
            for item in node.body:
                if (isinstance(item, ast.Assign) and any(_name(t) == "message" for t in item.targets)
                        and isinstance(item.value, ast.Constant) and isinstance(item.value.value, str)):
                    messages.append(item.value.value)
    for node in classes:  # the templates of `super().__init__("… {path} …", path=path)`
        if node.name in errors:
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "__init__" and isinstance(call.func.value, ast.Call)
                        and _name(call.func.value.func) == "super"):
                    messages.extend(t.value for t in call.args
                                    if isinstance(t, ast.Constant) and isinstance(t.value, str))
    for tree in trees:
        for node in ast.walk(tree):
            call = node.exc if isinstance(node, ast.Raise) else None
            if isinstance(call, ast.Call) and _name(call.func) in errors:
                # the sentence is the first argument, or the second of InvalidRecord(field, "…")
                texts = [*call.args[:2], *(k.value for k in call.keywords if k.arg == "message")]
                messages.extend(t.value for t in texts if isinstance(t, ast.Constant) and isinstance(t.value, str))
    # Whole sentences only (and templates, and command-line usage errors "-r/-R cannot…"): a
    # lowercase piece (a field name) goes into a message built elsewhere. The core's phrases
    # (npmdesk/phrase.py: `Phrase("…")`, and the details the errors that take one turn into a
    # phrase) are pieces meant to be translated, whatever letter they start with.
    sentences = [m for m in messages if m[:1].isupper() or m.startswith(SENTENCE_STARTS)]
    return list(dict.fromkeys(sentences + phrases(trees)))


SENTENCE_STARTS = ("npmdesk ", "{", "-", "'", "%n ")
PHRASE_MAKERS = {"Phrase", "DamagedPackage", "PackageTooLarge", "BadTeamFile", "JSONRefused", "InvalidPackageRecord",
                 "_require"}


def phrases(trees: list[ast.Module]) -> list[str]:
    """The first literal text among the arguments of every call that makes a phrase
    (npmdesk/phrase.py; `InvalidPackageRecord(record_id, "…")`, schema's `_require(ok, id, "…")`),
    but for those made of placeholders alone ("{text}"): "{file}: {reason}" is translated, since
    languages punctuate and order it differently."""
    found = [next(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
             for tree in trees for node in ast.walk(tree)
             if isinstance(node, ast.Call) and _name(node.func) in PHRASE_MAKERS
             and any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)]
    return [text for text in found if re.sub(r"\{\w+\}", "", text).strip()]


def add_errors(template: str) -> int:
    """Add the core's error messages to the template, in the context the GUI translates them in."""
    tree = parse(template)
    root = tree.getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == ERROR_CONTEXT), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ERROR_CONTEXT
    known = {message.findtext("source") for message in context.iter("message")}
    for text in error_messages(TRANSLATIONS.parent.parent / "npmdesk"):
        if text not in known:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
            if "%n" in text:
                message.set("numerus", "yes")
    tree.write(template, encoding="utf-8", xml_declaration=True)
    return 0


def help_texts(folder: Path) -> list[str]:
    """The literal `help=` and `description=` texts of the command line's arguments and commands."""
    found: list[str] = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                found.extend(k.value.value for k in node.keywords
                             if k.arg in ("help", "description") and isinstance(k.value, ast.Constant)
                             and isinstance(k.value.value, str) and k.value.value)
    return list(dict.fromkeys(found))


def add_helps(template: str) -> int:
    """Add the command line's help texts to the template (context "cli")."""
    tree = parse(template)
    root = tree.getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == "cli"), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "cli"
    known = {message.findtext("source") for message in context.iter("message")}
    for text in help_texts(TRANSLATIONS.parent.parent / "npmdesk" / "cli"):
        if text not in known:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
    tree.write(template, encoding="utf-8", xml_declaration=True)
    return 0


def hidden_calls(folder: Path) -> list[str]:
    """`translate(CONTEXT, "…")` calls: lupdate only reads a literal context, so it misses them."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HIDDEN_CALL.search(line):
                found.append(f"{path}:{number}: lupdate cannot see this string (use a literal context)")
    return found


def status(paths: list[str]) -> int:
    for folder in ("gui", "cli"):
        for warning in hidden_calls(TRANSLATIONS.parent.parent / "npmdesk" / folder):
            print(warning, file=sys.stderr)
    for path in paths:
        found = messages(parse(path))
        waiting = sum(unfinished(message) for _, message in found)
        print(f"{Path(path).name}: {len(found)} messages, {waiting} to translate")
    return 0


def dump(paths: list[str]) -> int:
    by_source = paths[:1] == ["--by-source"]
    seen: dict[tuple[str, str, str], bool] = {}
    for path in paths[1:] if by_source else paths:
        for context, message in messages(parse(path)):
            if unfinished(message):
                found = key("*", message) if by_source else key(context, message)
                seen.setdefault(found, message.get("numerus") == "yes")
    for number, ((context, source, comment), numerus) in enumerate(seen.items(), 1):
        print("\t".join([str(number), escape(context), escape(source), escape(comment), "n" if numerus else ""]))
    return 0


def apply(todo: str, done: str) -> int:
    wanted = {}
    for line in Path(todo).read_text(encoding="utf-8").splitlines():
        if line.strip():
            number, context, source, comment, *_ = line.split("\t")
            wanted[number] = (unescape(context), unescape(source), unescape(comment))
    lines = [line for line in Path(done).read_text(encoding="utf-8").splitlines() if line.strip()]
    languages = lines[0].split("\t")[1:]
    answers: dict[str, dict[tuple[str, str, str], str]] = {language: {} for language in languages}
    for line in lines[1:]:
        number, *texts = line.split("\t")
        if number not in wanted or len(texts) != len(languages):
            print(f"skipped line {number!r}: unknown id or not {len(languages)} columns", file=sys.stderr)
            continue
        for language, text in zip(languages, texts, strict=True):
            answers[language][wanted[number]] = unescape(text)
    for language, translated in answers.items():
        path = TRANSLATIONS / f"npmdesk_{language}.ts"
        tree = parse(path)
        filled = 0
        for context, message in messages(tree):
            text = translated.get(key(context, message), translated.get(key("*", message)))
            if text is None or not unfinished(message):
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            forms = translation.findall("numerusform")
            if forms:
                parts = text.split(PLURAL_SEPARATOR)
                for index, form in enumerate(forms):
                    form.text = parts[min(index, len(parts) - 1)]
            else:
                translation.text = text
            filled += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
        print(f"{path.name}: {filled} translations filled")
    return 0


CATALOG_CONTEXTS = ("cli", ERROR_CONTEXT, "argparse")  # npmdesk/translation.py CONTEXTS


def catalog(path: Path) -> dict[str, dict[str, str | list[str]]]:
    """The finished translations of a .ts in the contexts the command line speaks in."""
    found: dict[str, dict[str, str | list[str]]] = {}
    for context, message in messages(parse(path)):
        if context not in CATALOG_CONTEXTS or unfinished(message):
            continue
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")]
        found.setdefault(context, {})[message.findtext("source") or ""] = forms or (translation.text or "")
    return found


def catalogs(paths: list[str]) -> int:
    """Write npmdesk_<lang>.json beside each npmdesk_<lang>.ts (sorted, one message a line)."""
    import json

    for path in map(Path, paths):
        found = catalog(path)
        text = json.dumps({context: dict(sorted(found[context].items())) for context in sorted(found)},
                          ensure_ascii=False, indent=0, sort_keys=False)
        path.with_suffix(".json").write_text(text + "\n", encoding="utf-8")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "contexts":
        return contexts(argv[1])
    if len(argv) == 2 and argv[0] == "errors":
        return add_errors(argv[1])
    if len(argv) == 2 and argv[0] == "helps":
        return add_helps(argv[1])
    if len(argv) >= 2 and argv[0] == "catalogs":
        return catalogs(argv[1:])
    if len(argv) >= 2 and argv[0] == "status":
        return status(argv[1:])
    if len(argv) >= 2 and argv[0] == "dump":
        return dump(argv[1:])
    if len(argv) == 3 and argv[0] == "apply":
        return apply(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
