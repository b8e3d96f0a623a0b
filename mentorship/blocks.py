"""Blocks of the volunteer protocol: the roles volunteers take on and the protocol's sections."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import paragraphs


class ProtocolSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    body = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul", "h3"])

    class Meta:
        icon = "doc-full"
        label = _("Protocol section")
        template = "mentorship/blocks/protocol_section.html"
        description = _("One part of the protocol, such as confidentiality, with its own heading.")
        preview_value = {
            "heading": _("Confidentiality"),
            "body": paragraphs(
                _(
                    "What a mentee tells you stays between you. The one exception is when "
                    "someone's safety is at risk: then tell NMF staff the same day."
                )
            ),
        }


class RoleBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=80, help_text=_("e.g. Mentor, Council member"))
    description = blocks.TextBlock(help_text=_("What the role involves, in two or three lines."))
    time = blocks.CharBlock(
        max_length=120,
        required=False,
        help_text=_("The usual time it asks, e.g. 'One hour a month'."),
    )

    class Meta:
        description = _("One way to volunteer: what it involves and the time it asks.")


class RolesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    roles = blocks.ListBlock(RoleBlock())

    class Meta:
        icon = "group"
        label = _("Volunteer roles")
        template = "mentorship/blocks/roles.html"
        description = _("The ways to volunteer, side by side as cards.")
        preview_value = {
            "heading": _("Ways to volunteer"),
            "roles": [
                {
                    "name": _("Mentor"),
                    "description": _(
                        "Guide a student or resident through training and the first years of "
                        "practice."
                    ),
                    "time": _("One hour a month"),
                },
                {
                    "name": _("Council member"),
                    "description": _(
                        "Shape the network's programs with other alumni in your region or "
                        "specialty."
                    ),
                    "time": _("A meeting each quarter"),
                },
            ],
        }


class ProtocolBlock(blocks.StreamBlock):
    roles = RolesBlock()
    section = ProtocolSectionBlock()
