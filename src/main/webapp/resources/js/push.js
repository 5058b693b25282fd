// The pages' push sockets (platform.push: /push/{channel}/{key}, same origin). A socket only listens; it never makes
// the HTTP session live longer. A lost connection (a restart, a node lost in a cluster) is opened again with back-off
// (1 s doubling to 30 s, with jitter); "reopened" lets the page catch up. A socket the server closes with 1008 (its
// session ended or it was refused) stays closed. No inline script: CSP-friendly.
var PushSocket = (function () {
    'use strict';

    function open(path, handlers) {
        var delay = 1000;
        var socket = null;
        var stopped = false;
        var everOpen = false;

        function address() {
            var l = window.location;
            return (l.protocol === 'https:' ? 'wss://' : 'ws://') + l.host + path;
        }

        function connect() {
            var opened = false;
            socket = new WebSocket(address());
            socket.onopen = function () {
                opened = true;
                delay = 1000;
                if (everOpen && handlers.reopened) {
                    handlers.reopened();
                }
                everOpen = true;
            };
            socket.onmessage = function (event) {
                handlers.message(event.data);
            };
            socket.onclose = function (event) {
                if (stopped) {
                    return;
                }
                if (handlers.closed && (opened || event.code === 1008)) {
                    handlers.closed(event.code);
                }
                if (event.code === 1008) {
                    return;
                }
                setTimeout(connect, delay + Math.floor(Math.random() * delay / 2));
                delay = Math.min(delay * 2, 30000);
            };
        }

        window.addEventListener('pagehide', function () {
            stopped = true;
            if (socket) {
                socket.close();
            }
        });
        window.addEventListener('pageshow', function (event) {
            if (event.persisted && stopped) {
                stopped = false;
                connect();
            }
        });
        connect();
    }

    /** Opens the socket named by the element's data-push attribute, if the page has the element. */
    function openFor(id, handlers) {
        var element = document.getElementById(id);
        var path = element ? element.getAttribute('data-push') : null;
        if (path) {
            open(path, handlers);
        }
    }

    return {open: open, openFor: openFor};
})();
