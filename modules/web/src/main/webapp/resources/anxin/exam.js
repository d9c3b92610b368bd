/*
 * The attempt page: saves every answer the moment it is given, retries until the server has it, and keeps the
 * time. The deadline is the server's; the clock here only counts down what the server said was left, and at
 * zero the page reloads so the server can close the attempt and show the result. Each save is announced in the
 * polite status region. During a break (the attempt's clock stopped by the server) the page shows no questions:
 * the clock stands still, the button to come back takes the focus, and at the break's limit the page reloads.
 */
(function () {
    "use strict";
    var root = document.getElementById("exam");
    if (!root) {
        return;
    }
    var attempt = root.dataset.attempt;
    var endpoint = root.dataset.endpoint;
    var deadline = Date.now() + Number(root.dataset.secondsLeft) * 1000;
    var pending = {};      // position -> answer text waiting to be sent
    var inFlight = {};     // position -> true while a request is out
    var announcer = document.getElementById("announcer");
    var alertBox = document.getElementById("save-alert");

    function answerOf(item) {
        var type = item.dataset.type;
        if (type === "ORDERING") {
            var places = [];
            var selects = item.querySelectorAll("select");
            for (var i = 0; i < selects.length; i++) {
                var place = Number(selects[i].value);
                if (place > 0) {
                    places.push({place: place, option: Number(selects[i].dataset.option)});
                }
            }
            if (places.length === 0) {
                return "";
            }
            var distinct = new Set(places.map(function (p) { return p.place; }));
            if (places.length !== selects.length || distinct.size !== places.length) {
                return null;  // not a whole order yet: nothing to save
            }
            places.sort(function (a, b) { return a.place - b.place; });
            return places.map(function (p) { return p.option; }).join(",");
        }
        var chosen = [];
        item.querySelectorAll("input:checked").forEach(function (input) { chosen.push(input.value); });
        return chosen.join(",");
    }

    function state(position, text) {
        document.getElementById("state-q" + position).textContent = text;
    }

    function countAnswered() {
        var answered = 0;
        document.querySelectorAll("li.question").forEach(function (item) {
            var answer = answerOf(item);
            if (answer) {
                answered++;
            }
        });
        document.getElementById("answered").textContent = answered;
    }

    function send(position, delay) {
        if (inFlight[position] || pending[position] === undefined) {
            return;
        }
        var answer = pending[position];
        delete pending[position];
        inFlight[position] = true;
        state(position, root.dataset.saving);
        var body = new URLSearchParams({attempt: attempt, position: position, answer: answer});
        fetch(endpoint, {method: "POST", body: body, credentials: "same-origin", redirect: "manual",
                         headers: {"X-Anxin-Autosave": "1"}})
            .then(function (response) {
                inFlight[position] = false;
                if (response.status === 200) {
                    alertBox.hidden = true;
                    state(position, root.dataset.saved);
                    announcer.textContent = root.dataset.answerSaved.replace("{0}", Number(position) + 1);
                    send(position, 0);
                } else if (response.status === 409) {
                    return response.json().then(function (reply) {
                        if (reply.state === "paused") {
                            // a break was begun, perhaps in another window: nothing is saved until it ends
                            state(position, "");
                            alertBox.textContent = root.dataset.pausedRefusal;
                            alertBox.hidden = false;
                        } else {
                            window.location.reload();  // the deadline passed: the server closes the attempt
                        }
                    });
                } else if (response.type === "opaqueredirect" || response.status === 401 || response.status === 403) {
                    alertBox.textContent = root.dataset.signedOut;
                    alertBox.hidden = false;
                    if (pending[position] === undefined) {
                        pending[position] = answer;
                    }
                } else {
                    throw new Error("status " + response.status);
                }
            })
            .catch(function () {
                inFlight[position] = false;
                if (pending[position] === undefined) {
                    pending[position] = answer;  // a newer answer wins; otherwise this one is tried again
                }
                state(position, root.dataset.retrying);
                alertBox.textContent = root.dataset.retrying;
                alertBox.hidden = false;
                var next = Math.min((delay || 500) * 2, 8000);
                setTimeout(function () { send(position, next); }, next);
            });
    }

    root.addEventListener("change", function (event) {
        var item = event.target.closest("li.question");
        if (!item) {
            return;
        }
        var answer = answerOf(item);
        var position = item.dataset.position;
        if (answer === null) {
            state(position, root.dataset.orderIncomplete);
            return;
        }
        pending[position] = answer;
        countAnswered();
        send(position, 0);
    });

    function unsaved() {
        return Object.keys(pending).length > 0 || Object.keys(inFlight).some(function (p) { return inFlight[p]; });
    }

    window.addEventListener("beforeunload", function (event) {
        if (unsaved() && Date.now() < deadline) {
            event.preventDefault();
            event.returnValue = "";
        }
    });

    // handing in, or taking a break, waits while an answer is still on its way (a handler here, not in the
    // page: the policy allows no inline script)
    ["finish:submit", "pause:take"].forEach(function (id) {
        var button = document.getElementById(id);
        if (button) {
            button.addEventListener("click", function (event) {
                if (unsaved()) {
                    event.preventDefault();
                }
            });
        }
    });

    // said once the page has settled, so that a screen reader reads it as news rather than as the page
    function announceSoon(text) {
        setTimeout(function () { announcer.textContent = text; }, 300);
    }

    var clock = document.getElementById("clock");
    var clockText = document.getElementById("clock-text");
    if (root.dataset.paused === "true") {
        // a break: the exam time left stands still; the clock runs again by itself at the break's limit
        var left = Number(root.dataset.secondsLeft);
        clock.textContent = Math.floor(left / 60) + ":" + (left % 60 < 10 ? "0" : "") + (left % 60);
        clockText.textContent = root.dataset.minutesLeft.replace("{0}", Math.ceil(left / 60));
        var resume = document.getElementById("break:resume");
        if (resume) {
            resume.focus();
        }
        announceSoon(root.dataset.breakStarted);
        setTimeout(function () { window.location.reload(); },
            Number(root.dataset.pauseSecondsLeft) * 1000 + 1000);
        return;
    }
    if (root.dataset.resumed === "true") {
        // back from a break: told the time left, and taken to the first question without an answer
        announceSoon(root.dataset.breakEnded.replace("{0}", Math.ceil(Number(root.dataset.secondsLeft) / 60)));
        var questions = document.querySelectorAll("li.question");
        for (var q = 0; q < questions.length; q++) {
            if (!answerOf(questions[q])) {
                questions[q].querySelector("input, select").focus();
                break;
            }
        }
    }

    // the clock: seen every second, announced to screen readers every five minutes and in the last minutes
    var lastAnnounced = null;
    function tick() {
        var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
        var minutes = Math.floor(left / 60);
        var seconds = left % 60;
        clock.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
        clockText.textContent = root.dataset.minutesLeft.replace("{0}", Math.ceil(left / 60));
        var due = left > 0 && (left % 300 === 0 || left === 120 || left === 60 || left === 30);
        if (due && lastAnnounced !== left) {
            lastAnnounced = left;
            announcer.textContent = left < 60 ? root.dataset.secondsLeftText.replace("{0}", left)
                : root.dataset.minutesLeft.replace("{0}", minutes);
        }
        if (left === 0) {
            announcer.textContent = root.dataset.timeUp;
            setTimeout(function () { window.location.reload(); }, 1500);
            return;
        }
        setTimeout(tick, 1000 - (Date.now() % 1000));
    }
    tick();
})();
