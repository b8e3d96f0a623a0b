"""The image form editors fill in when they upload or edit an image.

An image's description is its alt text: what ``ImageBlock`` suggests and what templates read to
people who cannot see the picture. The Hub asks for it every time.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class HubImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        alt_text = self.fields.get("description")
        if alt_text is not None:
            alt_text.required = True
            alt_text.label = _("Alt text")
            alt_text.help_text = _(
                "Describe what the picture shows for someone who cannot see it, in a sentence: "
                "who is there and what is happening, e.g. 'Two residents reviewing a chart "
                "together on the ward'. No need to begin with 'Image of'."
            )
