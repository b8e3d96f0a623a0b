"""Build the demo learning library: topics, facilitators, courses and modules, in both languages.

Called by ``load_demo_content``. Idempotent: existing topics, people and courses are left alone.
"""

from wagtail.models import Locale

from home.demo.stream import block_id, list_items
from home.demo.translation import translate
from learning.demo import courses as content
from learning.models import (
    CourseFacilitator,
    CoursePage,
    CoursePrerequisite,
    ModulePage,
    Person,
    Topic,
)


def lesson_stream(module_key, blocks):
    stream = []
    for index, (block_type, value) in enumerate(blocks):
        if block_type == "heading":
            value = {"text": value, "level": "h2"}
        elif block_type == "key_takeaways":
            value = list_items(value, module_key, index)
        stream.append({"type": block_type, "value": value, "id": block_id(module_key, index)})
    return stream


def question_stream(module_key, check):
    if not check:
        return []
    return [
        {
            "type": "question",
            "value": {
                "prompt": question["prompt"],
                "kind": question["kind"],
                "answers": list_items(question["answers"], module_key, "q", index),
            },
            "id": block_id(module_key, "q", index),
        }
        for index, question in enumerate(check["questions"])
    ]


def course_fields(spec, language):
    data = spec[language]
    return {
        "title": data["title"],
        "slug": spec["key"],
        "summary": data["summary"],
        "introduction": data["introduction"],
        "search_description": data["summary"],
        "objectives": [
            {"type": "objective", "value": objective, "id": block_id(spec["key"], "o", index)}
            for index, objective in enumerate(data["objectives"])
        ],
    }


def module_fields(module, language):
    data = module[language]
    check = data["check"]
    return {
        "title": data["title"],
        "slug": module["key"],
        "introduction": data["summary"],
        "estimated_minutes": module["minutes"],
        "lesson": lesson_stream(module["key"], data["lesson"]),
        "questions": question_stream(module["key"], check),
        "pass_mark": check["pass_mark"] if check else 70,
    }


class LearningDemo:
    def __init__(self, spanish):
        self.english = Locale.get_default()
        self.spanish = spanish
        self.created = []

    def load(self, library):
        """Create what is missing in English; return the courses in order."""
        self.topics = {spec["key"]: self.topic(spec) for spec in content.TOPICS}
        self.people = {spec["key"]: self.person(spec) for spec in content.PEOPLE}
        self.courses = {}
        for spec in content.COURSES:
            self.courses[spec["key"]] = self.course(library, spec)
        return list(self.courses.values())

    def translate_all(self):
        """Give every topic, person, course and module its Spanish translation if it lacks one."""
        for spec in content.TOPICS:
            topic = self.topics[spec["key"]]
            if not topic.has_translation(self.spanish):
                translate(topic, Topic(slug=spec["key"], **spec["es"]), self.spanish)
        for spec in content.PEOPLE:
            person = self.people[spec["key"]]
            if not person.has_translation(self.spanish):
                shadow = Person(
                    name=spec["name"], credentials=spec["credentials"], bio=spec["es"]["bio"]
                )
                translate(person, shadow, self.spanish)
        for spec in content.COURSES:
            course = self.courses[spec["key"]]
            if course.has_translation(self.spanish):
                continue
            translate(course, CoursePage(**course_fields(spec, "es")), self.spanish)
            for module in spec["modules"]:
                page = course.get_children().filter(slug=module["key"]).specific().first()
                if page is not None:
                    translate(page, ModulePage(**module_fields(module, "es")), self.spanish)

    def topic(self, spec):
        topic = Topic.objects.filter(locale=self.english, slug=spec["key"]).first()
        if topic is None:
            topic = Topic.objects.create(locale=self.english, slug=spec["key"], **spec["en"])
            self.created.append(f"topic {spec['key']}")
        return topic

    def person(self, spec):
        person = Person.objects.filter(locale=self.english, name=spec["name"]).first()
        if person is None:
            person = Person.objects.create(
                locale=self.english,
                name=spec["name"],
                credentials=spec["credentials"],
                bio=spec["en"]["bio"],
            )
        if not person.has_translation(self.spanish):
            shadow = Person(
                name=spec["name"], credentials=spec["credentials"], bio=spec["es"]["bio"]
            )
            translate(person, shadow, self.spanish)
        return person

    def course(self, library, spec):
        course = library.get_children().filter(slug=spec["key"]).specific().first()
        if course is None:
            course = CoursePage(
                **course_fields(spec, "en"),
                topic=self.topics[spec["topic"]],
                audience=spec["stages"],
                format=spec["format"],
                issues_certificate=spec["certificate"],
                members_only=spec["members_only"],
            )
            course.facilitators = [
                CourseFacilitator(person=self.people[key]) for key in spec["facilitators"]
            ]
            course.prerequisites = [
                CoursePrerequisite(required_course=self.courses[key])
                for key in spec["prerequisites"]
            ]
            library.add_child(instance=course)
            course.save_revision().publish()
            for module in spec["modules"]:
                page = course.add_child(instance=ModulePage(**module_fields(module, "en")))
                page.save_revision().publish()
            self.created.append(f"course {spec['key']}")
        return course
