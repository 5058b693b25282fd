// The idle warning of the signed-in pages (WEB-INF/includes/idle-warning.xhtml; WCAG 2.2.1 Timing Adjustable).
// The server ends a session after a configured time without the user's own requests (polling does not count) and
// tells every answer how much time is left (header Asiointipiste-Session-Remaining). Before the end this opens a
// modal alert dialog: focus goes to "Continue", Tab stays inside, Escape continues. Before opening, and again at
// the end, it asks the server (GET, not counted as activity), because another tab may have been used meanwhile.
(function () {
    var box = document.getElementById('idleWarning');
    if (!box) {
        return;
    }
    var statusUrl = box.getAttribute('data-status-url');
    var loginUrl = box.getAttribute('data-login-url');
    var warningMs = parseInt(box.getAttribute('data-warning'), 10) * 1000;
    var deadline = Date.now() + parseInt(box.getAttribute('data-timeout'), 10) * 1000;
    var time = document.getElementById('idleWarningTime');
    var continueButton = document.getElementById('idleContinue');
    var signOutButton = document.getElementById('idleSignOut');
    var returnFocus = null;
    var asking = false;

    function isOpen() {
        return !box.hidden;
    }

    function setRemaining(seconds) {
        if (!isNaN(seconds)) {
            deadline = Date.now() + seconds * 1000;
        }
    }

    function ask(method, then) {
        var xhr = new XMLHttpRequest();
        xhr.open(method, statusUrl, true);
        xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.onload = function () {
            var answer = {};
            try {
                answer = JSON.parse(xhr.responseText);
            } catch (e) {
                answer = {};
            }
            if (xhr.status === 200) {
                then(answer.remaining || 0);
            } else if (xhr.status === 401) {
                end(answer.reason); // the session has ended (timed out, account changed, signed out elsewhere)
            } else {
                then(null);
            }
        };
        xhr.onerror = function () {
            then(null);
        };
        xhr.send();
    }

    function open() {
        returnFocus = document.activeElement;
        box.hidden = false;
        document.body.classList.add('idle-warning-open');
        show();
        continueButton.focus();
    }

    function close() {
        box.hidden = true;
        document.body.classList.remove('idle-warning-open');
        if (returnFocus && document.contains(returnFocus)) {
            returnFocus.focus();
        }
        returnFocus = null;
    }

    function show() {
        var left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
        var minutes = Math.floor(left / 60);
        var seconds = left % 60;
        time.textContent = minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
    }

    function end(reason) {
        var why = reason === 'ended' || reason === 'signedOut' ? reason : 'timedOut';
        var here = window.location.pathname + window.location.search;
        window.location.href = loginUrl + '?' + why + '=true&next=' + encodeURIComponent(here);
    }

    function tick() {
        if (asking) {
            return;
        }
        var left = deadline - Date.now();
        if (left <= 0) {
            asking = true;
            ask('GET', function (remaining) {
                asking = false;
                if (remaining === null) {
                    return; // the network is out: try again at the next tick
                }
                if (remaining > 0) {
                    setRemaining(remaining);
                    if (remaining * 1000 > warningMs && isOpen()) {
                        close();
                    }
                } else {
                    end();
                }
            });
        } else if (!isOpen() && left <= warningMs) {
            asking = true;
            ask('GET', function (remaining) {
                asking = false;
                if (remaining === null) {
                    return;
                }
                setRemaining(remaining);
                if (remaining * 1000 <= warningMs) {
                    open();
                }
            });
        } else if (isOpen()) {
            show();
        }
    }

    function keepGoing() {
        ask('POST', function (remaining) {
            if (remaining === null) {
                return;
            }
            if (remaining > 0) {
                setRemaining(remaining);
                close();
            } else {
                end();
            }
        });
    }

    continueButton.addEventListener('click', keepGoing);
    signOutButton.addEventListener('click', function () {
        var signOut = document.getElementById('userForm:signOut');
        if (signOut) {
            signOut.click();
        } else {
            end();
        }
    });
    box.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') {
            event.preventDefault();
            keepGoing();
        } else if (event.key === 'Tab') {
            // Keep focus inside the dialog while it is open.
            event.preventDefault();
            (document.activeElement === continueButton ? signOutButton : continueButton).focus();
        }
    });

    // Every Ajax answer of a signed-in page says how much time is left (a poll's answer does not add any).
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function (event, xhr) {
            var header = xhr && xhr.getResponseHeader ? xhr.getResponseHeader('Asiointipiste-Session-Remaining') : null;
            if (header !== null) {
                setRemaining(parseInt(header, 10));
            }
        });
    }
    if (window.faces && faces.ajax && faces.ajax.addOnEvent) {
        faces.ajax.addOnEvent(function (data) {
            if (data.status === 'success') {
                ask('GET', function (remaining) {
                    if (remaining !== null && remaining > 0) {
                        setRemaining(remaining);
                    }
                });
            }
        });
    }
    window.setInterval(tick, 1000);
})();
