from django.urls import path

from resources import ical

app_name = "resources"

urlpatterns = [
    path("events/calendar.ics", ical.event_feed, name="event_feed"),
    path("events/<int:page_id>/event.ics", ical.event_file, name="event_ics"),
]
