"""Turn the demo content's plain block lists into StreamField data.

Block ids are derived from the content's keys, so the English and Spanish versions of a page
share them and wagtail-localize pairs their strings block by block.
"""

import uuid

ID_NAMESPACE = uuid.UUID("5f0c7f44-8a3e-4d7b-9a55-2f4c3a1e9b10")


def block_id(*parts):
    """A stable StreamField block id, the same in both languages."""
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(part) for part in parts)))


def list_items(values, *parts):
    """A ListBlock value whose items keep their ids from one language to the other."""
    return [
        {"type": "item", "value": value, "id": block_id(*parts, index)}
        for index, value in enumerate(values)
    ]


def body_stream(key, blocks, link=None):
    """A ``BodyBlock`` stream from ``(block_type, value)`` pairs. ``link`` turns a call to
    action's ``{"label", "page" key or "url"}`` button into a ``LinkBlock`` value."""
    stream = []
    for index, (block_type, value) in enumerate(blocks):
        if block_type == "call_to_action":
            value = {**value, "button": link(value["button"])}
        elif block_type == "roles":
            value = {**value, "roles": list_items(value["roles"], key, index, "role")}
        elif block_type == "accordion":
            value = {**value, "items": list_items(value["items"], key, index, "item")}
        stream.append({"type": block_type, "value": value, "id": block_id(key, index)})
    return stream
