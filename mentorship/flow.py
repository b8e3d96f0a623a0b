"""The request flow (send, accept, decline, withdraw, remind and expire) and what follows it
in a mentorship (agree, check in, close, give feedback).

Every change is a conditional update inside a transaction, so a double click, two tabs or two
people acting at once change a request only once. Accepting locks the mentor's profile row
first: all accepts for one mentor queue behind each other, and capacity is counted inside the
lock, so it is never exceeded.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import User
from mentorship.models import (
    CheckIn,
    MentorProfile,
    Mentorship,
    MentorshipFeedback,
    MentorshipRequest,
    MentorshipSettings,
    RequestStatus,
    current_protocol_version,
)
from mentorship.notifications import notify, notify_partner, notify_staff_of_support


class Refused(Exception):
    """A step that cannot happen; the message is written for the person who tried."""


def open_requests(mentee):
    return MentorshipRequest.objects.filter(mentee=mentee, status=RequestStatus.PENDING)


def send_request(mentee, mentor, *, message, goals, preferred_format):
    """``mentor`` is a MentorProfile (with ``active_mentees``). Returns the new request."""
    limit = MentorshipSettings.load().open_request_limit
    with transaction.atomic():
        # One mentee's requests are made one at a time: the cap holds under double submits.
        User.objects.select_for_update().get(pk=mentee.pk)
        if mentor.member.user_id == mentee.pk:
            raise Refused(_("You cannot ask yourself to be your mentor."))
        listed = MentorProfile.objects.listed(current_protocol_version()).with_active_mentees()
        mentor = listed.filter(pk=mentor.pk).accepting_mentees().first()
        if mentor is None:
            raise Refused(_("This mentor is not taking new mentees right now."))
        if open_requests(mentee).filter(mentor_id=mentor.member.user_id).exists():
            raise Refused(_("You have already asked this mentor; they have not answered yet."))
        if Mentorship.objects.filter(
            mentor_id=mentor.member.user_id, mentee=mentee, ended_at__isnull=True
        ).exists():
            raise Refused(_("This mentor is already your mentor."))
        if open_requests(mentee).count() >= limit:
            raise Refused(
                _(
                    "You already have %(limit)s requests waiting for an answer. Withdraw one, "
                    "or wait for an answer, before you ask someone else."
                )
                % {"limit": limit}
            )
        request = MentorshipRequest.objects.create(
            mentee=mentee,
            mentor_id=mentor.member.user_id,
            message=message,
            goals=goals,
            preferred_format=preferred_format,
        )
        notify("request_received", request.pk)
    return request


def _pending(request_id, **who):
    request = (
        MentorshipRequest.objects.select_for_update()
        .filter(pk=request_id, **who)
        .select_related("mentee", "mentor")
        .first()
    )
    if request is None:
        raise Refused(_("This request is not yours to answer."))
    if request.status != RequestStatus.PENDING:
        raise Refused(
            _("This request was already closed: %(state)s.")
            % {"state": request.get_status_display().lower()}
        )
    return request


def accept(request_id, mentor_user):
    """Accept a pending request if the mentor has an open place; returns the Mentorship."""
    with transaction.atomic():
        profile = MentorProfile.objects.select_for_update().filter(member__user=mentor_user).first()
        if profile is None:
            raise Refused(_("Only mentors can accept requests."))
        if profile.paused:
            raise Refused(_("Your mentor profile is paused by NMF staff, so you cannot accept."))
        request = _pending(request_id, mentor=mentor_user)
        if is_past_expiry(request):
            # Recorded as expired (the block ends normally), then refused below.
            _expire(request)
            mentorship = None
        else:
            mentorship = _start_mentorship(request, profile)
    if mentorship is None:
        raise Refused(_("This request expired before it was answered."))
    return mentorship


def _start_mentorship(request, profile):
    active = Mentorship.objects.filter(mentor=request.mentor, ended_at__isnull=True)
    if active.count() >= profile.capacity:
        raise Refused(
            _(
                "All your places are taken. Close a mentorship or raise your capacity in "
                "your mentor profile before you accept another request."
            )
        )
    if active.filter(mentee=request.mentee).exists():
        raise Refused(_("You are already this member's mentor."))
    mentorship = Mentorship.objects.create(mentor=request.mentor, mentee=request.mentee)
    request.status = RequestStatus.ACCEPTED
    request.responded_at = timezone.now()
    request.mentorship = mentorship
    request.save(update_fields=["status", "responded_at", "mentorship"])
    notify("request_accepted", request.pk)
    return mentorship


def decline(request_id, mentor_user, reason):
    with transaction.atomic():
        request = _pending(request_id, mentor=mentor_user)
        request.status = RequestStatus.DECLINED
        request.decline_reason = reason
        request.responded_at = timezone.now()
        request.save(update_fields=["status", "decline_reason", "responded_at"])
        notify("request_declined", request.pk)
    return request


def withdraw(request_id, mentee_user):
    with transaction.atomic():
        request = _pending(request_id, mentee=mentee_user)
        request.status = RequestStatus.WITHDRAWN
        request.responded_at = timezone.now()
        request.save(update_fields=["status", "responded_at"])
    return request


# --- Time: reminders and expiry -------------------------------------------------------------


def is_past_expiry(request, settings=None):
    settings = settings or MentorshipSettings.load()
    return request.created_at <= timezone.now() - timedelta(days=settings.expire_after_days)


def _expire(request):
    request.status = RequestStatus.EXPIRED
    request.responded_at = timezone.now()
    request.save(update_fields=["status", "responded_at"])
    notify("request_expired", request.pk)


def process_due_requests():
    """Remind mentors of requests waiting too long and expire those past the limit.
    Returns (reminded, expired). Safe to run as often as you like."""
    settings = MentorshipSettings.load()
    now = timezone.now()
    expired = 0
    for request_id in MentorshipRequest.objects.filter(
        status=RequestStatus.PENDING,
        created_at__lte=now - timedelta(days=settings.expire_after_days),
    ).values_list("pk", flat=True):
        with transaction.atomic():
            request = (
                MentorshipRequest.objects.select_for_update()
                .filter(pk=request_id, status=RequestStatus.PENDING)
                .first()
            )
            if request is not None:
                _expire(request)
                expired += 1
    reminded = 0
    for request_id in MentorshipRequest.objects.filter(
        status=RequestStatus.PENDING,
        reminded_at__isnull=True,
        created_at__lte=now - timedelta(days=settings.reminder_after_days),
    ).values_list("pk", flat=True):
        # The conditional update claims the reminder, so two runs never send it twice.
        if MentorshipRequest.objects.filter(
            pk=request_id, status=RequestStatus.PENDING, reminded_at__isnull=True
        ).update(reminded_at=now):
            notify("request_reminder", request_id)
            reminded += 1
    return reminded, expired


# --- Mentorships: agreement, check-ins, closing and feedback ---------------------------------


def _mine(mentorship_id, user, *, active=True):
    """The mentorship, locked, if ``user`` is in it (and it is still active, unless not asked)."""
    mentorship = (
        Mentorship.objects.select_for_update()
        .involving(user)
        .filter(pk=mentorship_id)
        .select_related("mentor", "mentee")
        .first()
    )
    if mentorship is None:
        raise Refused(_("This mentorship is not yours."))
    if active and not mentorship.is_active:
        raise Refused(_("This mentorship is closed."))
    return mentorship


def save_agreement(mentorship_id, user, data):
    """Write the agreement; it counts as ``user``'s confirmation and asks the other person to
    confirm. Saving the same words again changes nothing."""
    with transaction.atomic():
        mentorship = _mine(mentorship_id, user)
        role = mentorship.role_of(user)
        unchanged = all(getattr(mentorship, name) == value for name, value in data.items())
        if unchanged and mentorship.confirmed_by(role):
            return mentorship
        for name, value in data.items():
            setattr(mentorship, name, value)
        mentorship.agreement_version += 1
        mentorship.agreement_updated_at = timezone.now()
        mentorship.agreement_updated_by = user
        setattr(mentorship, f"{role}_confirmed_version", mentorship.agreement_version)
        mentorship.save()
        notify_partner("agreement_proposed", mentorship, user)
    return mentorship


def confirm_agreement(mentorship_id, user, version):
    """Confirm the agreement as it stood when ``user`` read it (``version``)."""
    with transaction.atomic():
        mentorship = _mine(mentorship_id, user)
        role = mentorship.role_of(user)
        if not mentorship.has_agreement:
            raise Refused(_("There is no agreement to confirm yet."))
        if version != mentorship.agreement_version:
            raise Refused(
                _("The agreement changed after you opened it. Please read it again and confirm.")
            )
        if mentorship.confirmed_by(role):
            return mentorship
        setattr(mentorship, f"{role}_confirmed_version", version)
        mentorship.save(update_fields=[f"{role}_confirmed_version"])
        notify_partner("agreement_confirmed", mentorship, user)
    return mentorship


def log_check_in(mentorship_id, user, data, token):
    """Record a check-in once per form (``token``); asking for support tells staff."""
    with transaction.atomic():
        mentorship = _mine(mentorship_id, user)
        existing = CheckIn.objects.filter(token=token).first()
        if existing is not None:
            if existing.mentorship_id != mentorship.pk or existing.author_id != user.pk:
                raise Refused(_("This form was already used. Please open it again."))
            return existing
        check_in = CheckIn.objects.create(mentorship=mentorship, author=user, token=token, **data)
        if check_in.support_requested:
            notify_staff_of_support(check_in.pk)
    return check_in


def close_mentorship(mentorship_id, user, end_reason, feedback):
    """End the mentorship (freeing the mentor's place) with the closer's feedback. A second
    click finds it closed by the same person and changes nothing."""
    with transaction.atomic():
        mentorship = _mine(mentorship_id, user, active=False)
        if not mentorship.is_active:
            if mentorship.ended_by_id == user.pk:
                return mentorship
            raise Refused(_("This mentorship was already closed."))
        mentorship.ended_at = timezone.now()
        mentorship.ended_by = user
        mentorship.end_reason = end_reason
        mentorship.save(update_fields=["ended_at", "ended_by", "end_reason"])
        MentorshipFeedback.objects.create(
            mentorship=mentorship, author=user, role=mentorship.role_of(user), **feedback
        )
        notify_partner("mentorship_closed", mentorship, user)
    return mentorship


def give_feedback(mentorship_id, user, feedback):
    """The other person's feedback after a mentorship closed; once each."""
    with transaction.atomic():
        mentorship = _mine(mentorship_id, user, active=False)
        if mentorship.is_active:
            raise Refused(_("Feedback is asked for when a mentorship closes."))
        given, created = MentorshipFeedback.objects.get_or_create(
            mentorship=mentorship,
            author=user,
            defaults={"role": mentorship.role_of(user), **feedback},
        )
        if not created:
            raise Refused(_("You have already shared your feedback. Thank you."))
    return given
