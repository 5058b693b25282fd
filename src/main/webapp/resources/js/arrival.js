// Arrival (issue 13): the boards drawn by push. The pages embed their first board and their texts as JSON
// (script elements of type application/json); every push message (the page's socket, resources/js/push.js) carries a
// whole new board, so a page redraws itself without asking the server — no request follows a push. A socket that is
// opened again hears the current board first. No inline script: CSP-friendly.
var Arrival = (function () {
    'use strict';

    function json(id) {
        var node = document.getElementById(id);
        if (!node) {
            return null;
        }
        try {
            return JSON.parse(node.textContent || 'null');
        } catch (e) {
            return null;
        }
    }

    function parse(message) {
        return typeof message === 'string' ? JSON.parse(message) : message;
    }

    function format(pattern, args) {
        return String(pattern).replace(/\{(\d)\}/g, function (m, i) {
            return args[+i] === undefined || args[+i] === null ? '' : String(args[+i]);
        });
    }

    function node(tag, className, text) {
        var n = document.createElement(tag);
        if (className) {
            n.className = className;
        }
        if (text !== undefined && text !== null) {
            n.textContent = text;
        }
        return n;
    }

    function range(L, low, high) {
        if (low === null || low === undefined) {
            return L.noEstimate;
        }
        return high <= 5 ? L.underFive : format(L.minutes, [low, high]);
    }

    function deskText(L, number, name) {
        return format(L.desk, [number]) + (name ? ' (' + name + ')' : '');
    }

    function localMillis(iso) {
        // The server's local time as written in the board; only differences of two such times are used.
        return iso ? Date.parse(iso + 'Z') : null;
    }

    function hhmm(iso) {
        return iso ? iso.substring(11, 16) : '';
    }

    // ---------------------------------------------------------------- waiting-room display
    var display = {root: null, board: null, labels: null, langs: ['fi', 'sv', 'en'], lang: 0, seen: {},
        fresh: {}, chime: false, audio: null};

    function callKey(c) {
        return c.ticket + ':' + c.calls + ':' + c.calledAt;
    }

    function displayInit() {
        display.root = document.getElementById('display');
        if (!display.root) {
            return;
        }
        display.labels = json('labelsData');
        display.board = json('boardData') || {};
        (display.board.calls || []).forEach(function (c) {
            display.seen[callKey(c)] = true;
        });
        var chime = document.getElementById('chime');
        chime.addEventListener('click', function () {
            display.chime = !display.chime;
            chime.setAttribute('aria-pressed', String(display.chime));
            if (display.chime) {
                ding();
            }
            displayTexts();
        });
        displayRender();
        setInterval(function () {
            display.lang = (display.lang + 1) % display.langs.length;
            displayRender();
        }, 8000);
        clock();
        setInterval(clock, 1000);
    }

    function clock() {
        var c = document.getElementById('displayClock');
        if (c) {
            var now = new Date();
            c.textContent = ('0' + now.getHours()).slice(-2) + ':' + ('0' + now.getMinutes()).slice(-2);
        }
    }

    function displayTexts() {
        var L = display.labels[display.langs[display.lang]];
        document.documentElement.lang = display.langs[display.lang];
        display.root.querySelectorAll('[data-label]').forEach(function (n) {
            var key = n.getAttribute('data-label');
            if (key === 'chimeOff') {
                n.textContent = display.chime ? L.chimeOn : L.chimeOff;
            } else {
                n.textContent = L[key];
            }
        });
        return L;
    }

    function callNode(L, c, className) {
        var item = node(className === 'call' ? 'div' : 'li', className);
        item.setAttribute('data-ticket', c.ticket);
        item.setAttribute('data-desk', c.desk);
        item.appendChild(node('span', 'ticket', c.ticket));
        item.appendChild(document.createTextNode(' \u2192 '));
        item.appendChild(node('span', 'desk', deskText(L, c.desk, c.deskName)));
        if (display.fresh[callKey(c)] && display.fresh[callKey(c)] > Date.now()) {
            item.className += ' fresh';
        }
        return item;
    }

    function displayRender() {
        var L = displayTexts();
        var b = display.board;
        var calls = b.calls || [];
        var now = document.getElementById('nowCalling');
        var latest = calls.filter(function (c) {
            return c.now;
        })[0];
        var shownKey = latest ? callKey(latest) : '';
        if (now.getAttribute('data-key') !== shownKey || now.getAttribute('data-lang') !== L.lang) {
            now.textContent = '';
            if (latest) {
                now.appendChild(callNode(L, latest, 'call'));
            }
            now.setAttribute('data-key', shownKey);
            now.setAttribute('data-lang', L.lang);
        }
        var recent = document.getElementById('recentCalls');
        recent.textContent = '';
        calls.forEach(function (c) {
            recent.appendChild(callNode(L, c, ''));
        });
        document.getElementById('waitingTotal').textContent = b.waiting === undefined ? '' : b.waiting;
        var rows = document.getElementById('groupRows');
        rows.textContent = '';
        (b.groups || []).forEach(function (g) {
            var tr = node('tr');
            tr.appendChild(node('td', null, L.groups[g.group] || g.group));
            tr.appendChild(node('td', 'num', g.waiting));
            tr.appendChild(node('td', null, b.serving ? range(L, g.low, g.high) : '\u2013'));
            rows.appendChild(tr);
        });
        document.getElementById('servingNote').textContent = b.serving ? '' : L.noDeskOpen;
    }

    function displayMessage(message) {
        var b = parse(message);
        if (!display.root || b.type !== 'board' || String(b.point) !== display.root.getAttribute('data-point')) {
            return;
        }
        var announce = false;
        (b.calls || []).forEach(function (c) {
            if (!display.seen[callKey(c)]) {
                display.seen[callKey(c)] = true;
                display.fresh[callKey(c)] = Date.now() + 20000;
                announce = announce || c.now;
            }
        });
        display.board = b;
        if (announce) {
            display.lang = 0;
            if (display.chime) {
                ding();
            }
            setTimeout(displayRender, 20500);
        }
        displayRender();
    }

    function displayClosed() {
        // The socket reconnects by itself (push.js) and then hears the current board; keep the last one meanwhile.
    }

    /** A short two-tone chime made with the Web Audio API (no sound file). */
    function ding() {
        try {
            var Ctx = window.AudioContext || window.webkitAudioContext;
            display.audio = display.audio || new Ctx();
            var ctx = display.audio;
            [[880, 0], [660, 0.35]].forEach(function (tone) {
                var osc = ctx.createOscillator();
                var gain = ctx.createGain();
                osc.frequency.value = tone[0];
                osc.type = 'sine';
                gain.gain.setValueAtTime(0.0001, ctx.currentTime + tone[1]);
                gain.gain.exponentialRampToValueAtTime(0.4, ctx.currentTime + tone[1] + 0.03);
                gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + tone[1] + 0.6);
                osc.connect(gain).connect(ctx.destination);
                osc.start(ctx.currentTime + tone[1]);
                osc.stop(ctx.currentTime + tone[1] + 0.65);
            });
        } catch (e) {
            // no audio on this device
        }
    }

    // ---------------------------------------------------------------- check-in terminal
    var terminal = {root: null, point: null, timer: null};

    function terminalInit() {
        terminal.root = document.getElementById('terminal');
        if (!terminal.root) {
            return;
        }
        var board = json('boardData') || {};
        terminal.point = board.point;
        terminalWaiting(board);
        var hidden = document.querySelector('input[id$=":chosen"]');
        document.querySelectorAll('.errand-button').forEach(function (button) {
            button.addEventListener('click', function () {
                var pressed = button.getAttribute('aria-pressed') !== 'true';
                button.setAttribute('aria-pressed', String(pressed));
                var codes = hidden.value ? hidden.value.split(',') : [];
                var code = button.getAttribute('data-code');
                codes = codes.filter(function (c) {
                    return c !== code;
                });
                if (pressed) {
                    codes.push(code);
                }
                hidden.value = codes.join(',');
            });
        });
        document.querySelectorAll('[data-print]').forEach(function (button) {
            button.addEventListener('click', function () {
                window.print();
            });
        });
        var heading = terminal.root.querySelector('.terminal-question');
        if (heading && heading.hasAttribute('tabindex')) {
            heading.focus();
        }
        var seconds = +terminal.root.getAttribute('data-reset-after') || 60;
        var start = terminal.root.getAttribute('data-start');
        var onLanguageStep = !document.querySelector('form[id="terminalForm"]');
        function rearm() {
            clearTimeout(terminal.timer);
            if (!onLanguageStep) {
                terminal.timer = setTimeout(function () {
                    window.location.href = start;
                }, seconds * 1000);
            }
        }
        ['pointerdown', 'keydown', 'input'].forEach(function (type) {
            document.addEventListener(type, rearm, true);
        });
        rearm();
    }

    function terminalWaiting(board) {
        var panel = document.getElementById('terminalWaiting');
        if (!panel || !board || board.waiting === undefined) {
            return;
        }
        var general = (board.groups || []).filter(function (g) {
            return g.group === 'OTHER';
        })[0];
        var text = format(panel.getAttribute('data-text-waiting'), [board.waiting]);
        if (!board.serving) {
            text += ' ' + panel.getAttribute('data-text-closed');
        } else if (general && general.low !== null) {
            text += ' ' + (general.high <= 5 ? panel.getAttribute('data-text-under')
                : format(panel.getAttribute('data-text-estimate'), [general.low, general.high]));
        }
        panel.textContent = text;
    }

    function terminalMessage(message) {
        var b = parse(message);
        if (terminal.root && b.type === 'board' && b.point === terminal.point) {
            terminalWaiting(b);
        }
    }

    // ---------------------------------------------------------------- the desks' board on the queue page
    var desks = {root: null, board: null, labels: null, receivedAt: 0};

    function desksInit() {
        desks.root = document.getElementById('liveQueue');
        if (!desks.root) {
            return;
        }
        desks.labels = json('desksLabels');
        desks.board = json('desksBoard') || {};
        desks.receivedAt = Date.now();
        desksRender();
        setInterval(desksRender, 30000);
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', desksRender);
        }
        desks.root.addEventListener('click', function (event) {
            var button = event.target.closest ? event.target.closest('button[data-call]') : null;
            if (button && window.arrivalCallTicket) {
                window.arrivalCallTicket([{name: 'ticket', value: button.getAttribute('data-call')}]);
            }
        });
    }

    function canCall() {
        var flag = document.querySelector('[data-can-call]');
        return flag && flag.getAttribute('data-can-call') === 'true';
    }

    function minutesSince(iso) {
        var at = localMillis(desks.board.at);
        var since = localMillis(iso);
        if (at === null || since === null) {
            return '';
        }
        return Math.max(0, Math.floor((at - since + (Date.now() - desks.receivedAt)) / 60000));
    }

    function headerRow(table, names) {
        var thead = node('thead');
        var tr = node('tr');
        names.forEach(function (n) {
            var th = node('th', null, n);
            th.setAttribute('scope', 'col');
            tr.appendChild(th);
        });
        thead.appendChild(tr);
        table.appendChild(thead);
        var tbody = node('tbody');
        table.appendChild(tbody);
        return tbody;
    }

    function errandsCell(L, t) {
        var cell = node('td');
        var list = node('ul', 'plain');
        if (!t.errands.length) {
            list.appendChild(node('li', null, L.helpMe));
        }
        t.errands.forEach(function (e) {
            var text = (L.tasks[e.task] || e.task);
            if (e.level) {
                text += ' \u2013 ' + L.levels[e.level];
            } else {
                text += ' \u2013 ' + L.unknownLevel;
            }
            if (e.specialist) {
                text += ' (' + format(L.specialist, [L.groups[e.specialist] || e.specialist]) + ')';
            }
            if (e.state === 'SELF_SERVICE' || e.state === 'OFFERED') {
                text += ' \u2013 ' + L.selfService;
            } else if (e.state === 'HANDLED') {
                text += ' \u2013 ' + L.handled;
            }
            var li = node('li', e.level ? 'level-' + e.level : null, text);
            list.appendChild(li);
        });
        cell.appendChild(list);
        var notes = [];
        if (t.dueAt) {
            notes.push(L.due + ' ' + hhmm(t.dueAt));
        }
        if (t.interpreter) {
            notes.push(L.interpreter);
        }
        if (notes.length) {
            cell.appendChild(node('p', 'meta', notes.join(' \u00b7 ')));
        }
        return cell;
    }

    function whereText(L, t) {
        if (t.status === 'CALLED') {
            return L.statuses.CALLED + ' \u2192 ' + format(L.desk, [t.desk]) + (t.calls > 1 ? ' (' + t.calls + '\u00d7)' : '');
        }
        if (t.status === 'SERVING') {
            return L.statuses.SERVING + ' \u2013 ' + format(L.desk, [t.desk]);
        }
        switch (t.target) {
            case 'DESK':
                return format(L.transferredDesk, [t.targetDesk]);
            case 'CLERK':
                return format(L.transferredClerk, [t.targetClerk]);
            case 'AGENCY':
                return format(L.transferredAgency, [L.groups[t.targetAgency] || t.targetAgency]);
            default:
                return L.statuses.WAITING;
        }
    }

    function desksRender() {
        if (!desks.root) {
            return;
        }
        var L = desks.labels;
        var b = desks.board;
        var focused = document.activeElement && document.activeElement.getAttribute
            ? document.activeElement.getAttribute('data-call') : null;
        var tickets = b.tickets || [];
        var waiting = tickets.filter(function (t) {
            return t.status === 'WAITING';
        });
        var counters = document.getElementById('liveCounters');
        counters.textContent = '';
        var ul = node('ul', 'counters');
        [[waiting.length, L.waiting], [tickets.length - waiting.length, L.nowServing], [b.selfService, L.selfService],
            [b.done, L.done], [b.noShows, L.noShows]].forEach(function (c) {
            var li = node('li');
            li.appendChild(node('span', 'counter-value', c[0] === undefined ? 0 : c[0]));
            li.appendChild(node('span', 'counter-label', c[1]));
            ul.appendChild(li);
        });
        counters.appendChild(ul);

        var table = document.getElementById('liveTickets');
        table.textContent = '';
        var mayCall = canCall();
        var body = headerRow(table, [L.ticket, L.waited, L.errands, L.estimate, L.status].concat(mayCall ? [L.call] : []));
        tickets.forEach(function (t) {
            var tr = node('tr');
            tr.appendChild(node('td', 'ticket-label', t.label));
            tr.appendChild(node('td', 'num', minutesSince(t.queuedAt)));
            tr.appendChild(errandsCell(L, t));
            tr.appendChild(node('td', null, t.status === 'WAITING' ? range(L, t.low, t.high) : ''));
            tr.appendChild(node('td', null, whereText(L, t)));
            if (mayCall) {
                var cell = node('td');
                if (t.status === 'WAITING') {
                    var button = node('button', 'call-button', L.call);
                    button.type = 'button';
                    button.setAttribute('data-call', t.id);
                    button.setAttribute('aria-label', L.call + ' ' + t.label);
                    cell.appendChild(button);
                }
                tr.appendChild(cell);
            }
            body.appendChild(tr);
        });
        if (!tickets.length) {
            var empty = node('tr');
            var td = node('td', 'meta', L.nobodyWaiting);
            td.colSpan = mayCall ? 6 : 5;
            empty.appendChild(td);
            body.appendChild(empty);
        }

        var deskTable = document.getElementById('liveDesks');
        deskTable.textContent = '';
        var deskBody = headerRow(deskTable, [L.desks, L.clerk, L.status, L.ticket]);
        (b.desks || []).forEach(function (d) {
            var tr = node('tr');
            tr.appendChild(node('td', null, deskText(L, d.number, d.name)));
            tr.appendChild(node('td', null, d.clerk || ''));
            tr.appendChild(node('td', null, L.statuses[d.status] || d.status));
            tr.appendChild(node('td', 'ticket-label', d.ticket || ''));
            deskBody.appendChild(tr);
        });

        var groupTable = document.getElementById('liveGroups');
        groupTable.textContent = '';
        var groupBody = headerRow(groupTable, [L.group, L.waiting, L.estimate]);
        (b.groups || []).forEach(function (g) {
            var tr = node('tr');
            tr.appendChild(node('td', null, L.groups[g.group] || g.group));
            tr.appendChild(node('td', 'num', g.waiting));
            tr.appendChild(node('td', null, range(L, g.low, g.high)));
            groupBody.appendChild(tr);
        });
        if (focused) {
            var again = desks.root.querySelector('button[data-call="' + focused + '"]');
            if (again) {
                again.focus();
            }
        }
    }

    function desksMessage(message) {
        var b = parse(message);
        if (!desks.root || b.type !== 'desks') {
            return;
        }
        desks.board = b;
        desks.receivedAt = Date.now();
        desksRender();
        var status = document.getElementById('liveStatus');
        if (status) {
            status.textContent = format(desks.labels.updated, [hhmm(b.at), (b.tickets || []).filter(function (t) {
                return t.status === 'WAITING';
            }).length]);
        }
    }

    function desksClosed(code) {
        // The socket closes when its session ends (code 1008: no more updates until a reload) or the connection is
        // lost (push.js opens it again, and the board that then arrives replaces this note).
        var status = document.getElementById('liveStatus');
        if (status && desks.labels) {
            status.textContent = desks.labels.disconnected;
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        displayInit();
        terminalInit();
        desksInit();
        PushSocket.openFor('display', {message: displayMessage, closed: displayClosed});
        PushSocket.openFor('terminal', {message: terminalMessage});
        PushSocket.openFor('liveQueue', {message: desksMessage, closed: desksClosed});
    });

    return {
        displayMessage: displayMessage,
        displayClosed: displayClosed,
        terminalMessage: terminalMessage,
        desksMessage: desksMessage,
        desksClosed: desksClosed
    };
})();
