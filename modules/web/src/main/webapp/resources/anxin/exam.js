/*
 * The attempt page: saves every answer the moment it is given, retries until the server has it, and keeps the
 * time. The deadline is the server's; the clock here only counts down what the server said was left, and at
 * zero the page reloads so the server can close the attempt and show the result.
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
                    send(position, 0);
                } else if (response.status === 409) {
                    window.location.reload();  // the deadline passed: the server closes the attempt
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

    // handing in waits while an answer is still on its way (a handler here, not in the page: the policy allows
    // no inline script)
    var submit = document.getElementById("finish:submit");
    if (submit) {
        submit.addEventListener("click", function (event) {
            if (unsaved()) {
                event.preventDefault();
            }
        });
    }

    // the clock: seen every second, announced to screen readers every five minutes and in the last minutes
    var clock = document.getElementById("clock");
    var clockText = document.getElementById("clock-text");
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
