/*
 * The Hub — progressive enhancement only. Everything works without this file.
 *
 * Main navigation: on narrow screens (< 48em) the menu list becomes a disclosure behind a
 * "Menu" button. The hiding itself is done in hub.css (.main-nav.js-enhanced / .is-open), so
 * on wider screens the list is always visible whatever state the button is in.
 */
(function () {
    "use strict";

    var nav = document.querySelector("nav.main-nav");
    var list = nav && (nav.querySelector(".main-nav__list") || nav.querySelector("ul"));
    if (!list || nav.classList.contains("js-enhanced")) {
        return;
    }

    var narrow = window.matchMedia ? window.matchMedia("(max-width: 47.9375em)") : null;
    var label = (nav.getAttribute("data-menu-label") || "").trim() || "Menu";

    if (!list.id) {
        list.id = "main-nav-list";
    }

    var button = document.createElement("button");
    button.type = "button";
    button.className = "main-nav__toggle";
    button.textContent = label;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", list.id);

    function isOpen() {
        return button.getAttribute("aria-expanded") === "true";
    }

    function setOpen(open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
        nav.classList.toggle("is-open", open);
    }

    button.addEventListener("click", function () {
        setOpen(!isOpen());
    });

    // Escape closes the open menu and puts focus back on the button.
    nav.addEventListener("keydown", function (event) {
        if ((event.key === "Escape" || event.key === "Esc") && isOpen() && (!narrow || narrow.matches)) {
            event.preventDefault();
            setOpen(false);
            button.focus();
        }
    });

    nav.insertBefore(button, list);
    nav.classList.add("js-enhanced");
})();

// Buttons that print the page (certificates): progressive, hidden from print.
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () {
        window.print();
    });
});

// After a form is sent, take keyboard and screen-reader users straight to what it said.
var focusTarget = document.querySelector("[data-focus-on-load]");
if (focusTarget) {
    focusTarget.focus();
}

// Events: local times. An event's time is written in its own zone; where the visitor's zone
// shows a different clock, add "Your time: …" beside it. Without JavaScript the event's own
// zone, which the page names, is enough.
document.querySelectorAll("[data-local-time]").forEach(function (element) {
    if (!window.Intl || !Intl.DateTimeFormat) {
        return;
    }
    var start = new Date(element.getAttribute("data-start"));
    var end = element.getAttribute("data-end") ? new Date(element.getAttribute("data-end")) : null;
    var eventZone = element.getAttribute("data-zone");
    var visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (isNaN(start.getTime()) || !visitorZone || visitorZone === eventZone) {
        return;
    }
    var language = document.documentElement.lang || undefined;
    var options = {weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit"};
    try {
        var inEventZone = new Intl.DateTimeFormat(language, Object.assign({timeZone: eventZone}, options));
        if (inEventZone.format(start) === new Intl.DateTimeFormat(language, options).format(start)) {
            return; // Another name for the same clock.
        }
    } catch (error) {
        // An unknown zone name: say the visitor's time anyway.
    }
    var local = new Intl.DateTimeFormat(language, Object.assign({timeZoneName: "short"}, options));
    var text = end && local.formatRange ? local.formatRange(start, end) : local.format(start);
    var note = document.createElement("span");
    note.className = "event-when__local";
    note.textContent = (element.getAttribute("data-label") || "Your time:") + " " + text;
    element.appendChild(note);
});
