"""Give a page or snippet its Spanish text through wagtail-localize.

The demo content is written in both languages with the same structure. Instead of copying the
Spanish straight into a second page, we record it as wagtail-localize string translations, so
editors find a normal synchronised translation: when the English changes later, they update
only the strings that changed.
"""

import polib
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue


class StructureMismatch(Exception):
    """The two languages of a piece of demo content are not shaped alike."""


def _strings(instance):
    return [
        (segment.path, segment.string.data)
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    ]


def pair_strings(source, shadow):
    """Pair each translatable string of ``source`` with the one at the same place in ``shadow``.

    ``shadow`` is an unsaved instance of the same model holding the translated text, with the
    same StreamField block ids and child translation keys, so both extract to the same paths.
    Strings are paired path by path (a rich text block holds several strings at one path, in
    order), so child objects may come in any order.
    """
    translated_at = {}
    for path, translated in _strings(shadow):
        translated_at.setdefault(path, []).append(translated)
    source_strings = _strings(source)
    source_counts = {}
    for path, _text in source_strings:
        source_counts[path] = source_counts.get(path, 0) + 1
    shadow_counts = {path: len(strings) for path, strings in translated_at.items()}
    if source_counts != shadow_counts:
        differ = sorted(
            path
            for path in source_counts.keys() | shadow_counts.keys()
            if source_counts.get(path) != shadow_counts.get(path)
        )
        raise StructureMismatch(f"{source!r}: the two languages differ at {differ[:5]}")
    return [(path, text, translated_at[path].pop(0)) for path, text in source_strings]


def translate(instance, shadow, locale):
    """Create or refresh ``instance``'s translation into ``locale`` from ``shadow``'s text."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    for path, text, translated in pair_strings(instance, shadow):
        po.append(polib.POEntry(msgid=text, msgctxt=path, msgstr=translated))
    translation.import_po(po)
    save_and_publish(translation)
    return translation


def save_and_publish(translation):
    """Write the translated object and, for a page, publish it now.

    wagtail-localize publishes pages when the transaction commits; the demo loader builds a
    whole tree in one transaction, so it publishes each page straight away instead, before
    children are added beneath it.
    """
    instance = translation.source.get_source_instance()
    if not isinstance(instance, Page):
        translation.save_target(publish=True)
        return
    translation.save_target(publish=False)
    target = instance.get_translation(translation.target_locale)
    target.get_latest_revision().publish()
